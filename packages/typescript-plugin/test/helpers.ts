// In-memory TypeScript for unit tests: source files with parents set, and a language service over a
// few files (for the type checker and for the whole plugin without tsserver).
import ts from 'typescript';
import { createTypeOracle, type TypeOracle } from '../src/type-oracle.js';
import { stringTokenAt, type StringToken } from '../src/string-tokens.js';

export function sourceFile(text: string, fileName = 'test.ts'): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** The string token around the `nth` occurrence of `needle` in the file's text. */
export function tokenWith(file: ts.SourceFile, needle: string, nth = 0): StringToken {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = file.text.indexOf(needle, index + 1);
  const token = index < 0 ? undefined : stringTokenAt(ts, file, index);
  if (!token) throw new Error(`no string token with ${needle}`);
  return token;
}

export const FILE = '/src/test.ts';

export interface InMemory {
  readonly service: ts.LanguageService;
  readonly host: ts.LanguageServiceHost;
  /** Replaces the file's text (a new version). */
  edit(text: string): void;
}

export function inMemoryService(text: string): InMemory {
  let content = text;
  let version = 1;
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], strict: true, noEmit: true, types: [] };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [FILE],
    getScriptVersion: (f) => (f === FILE ? String(version) : '1'),
    getScriptSnapshot: (f) => {
      if (f === FILE) return ts.ScriptSnapshot.fromString(content);
      const lib = ts.sys.readFile(f);
      return lib === undefined ? undefined : ts.ScriptSnapshot.fromString(lib);
    },
    getCurrentDirectory: () => '/',
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => f === FILE || ts.sys.fileExists(f),
    readFile: (f) => (f === FILE ? content : ts.sys.readFile(f)),
  };
  return {
    service: ts.createLanguageService(host),
    host,
    edit(next) {
      content = next;
      version++;
    },
  };
}

/** The source file and a type oracle of an in-memory program holding `text`. */
export function typed(text: string): { file: ts.SourceFile; types: TypeOracle; program: ts.Program } {
  const program = inMemoryService(text).service.getProgram()!;
  return { file: program.getSourceFile(FILE)!, types: createTypeOracle(ts, () => program.getTypeChecker()), program };
}
