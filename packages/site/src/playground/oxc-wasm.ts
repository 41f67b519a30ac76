// oxc's parser compiled to WebAssembly (the `parser.wasm32-wasip1.wasm` that the oxc-parser package
// ships, the same parser version the language server runs natively), instantiated through emnapi, the
// Node-API runtime for WebAssembly that napi-rs builds target. Runs in a browser and in Node alike.
import { emnapiAsyncWorkPlugin, emnapiTSFNPlugin, getDefaultContext, instantiateNapiModule, WASI } from '@napi-rs/wasm-runtime';
import { wrap } from 'oxc-parser/src-js/wrap.js';
import { importedMemory } from './wasm-memory.js';

export interface OxcParseOptions {
  readonly lang: 'js' | 'jsx' | 'ts' | 'tsx';
  readonly sourceType: 'module' | 'script';
  readonly astType: 'js' | 'ts';
  readonly range: true;
  readonly preserveParens: false;
}

export interface OxcComment {
  readonly type: 'Line' | 'Block';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface OxcParseResult {
  readonly program: unknown;
  readonly comments: readonly OxcComment[];
  readonly errors: readonly { readonly message: string; readonly labels?: readonly { readonly start: number; readonly end: number }[] }[];
}

export type ParseSync = (fileName: string, text: string, options: OxcParseOptions) => OxcParseResult;

interface NapiExports {
  parseSync(fileName: string, text: string, options: OxcParseOptions): unknown;
}

/**
 * Instantiates the parser from the module's bytes (or an already compiled module, with its bytes for
 * the memory size). Async work and threadsafe functions come from emnapi's JS plugins: the single-
 * threaded build links none of its own.
 */
export async function instantiateOxc(bytes: Uint8Array, compiled?: WebAssembly.Module): Promise<ParseSync> {
  const limits = importedMemory(bytes);
  const memory = limits && new WebAssembly.Memory({ initial: limits.initial, maximum: limits.maximum ?? 65_536 });
  const { napiModule } = (await instantiateNapiModule(compiled ?? bytes, {
    context: getDefaultContext(),
    wasi: new WASI({ version: 'preview1' }),
    asyncWorkPoolSize: 0,
    plugins: [emnapiAsyncWorkPlugin, emnapiTSFNPlugin],
    overwriteImports(imports: Record<string, Record<string, unknown>>) {
      imports['env'] = { ...imports['env'], ...imports['napi'], ...imports['emnapi'], ...(memory ? { memory } : {}) };
      return imports;
    },
    beforeInit({ instance }: { instance: WebAssembly.Instance }) {
      // napi-rs registers each exported item through its own function, called before the module's init.
      for (const [name, value] of Object.entries(instance.exports)) if (name.startsWith('__napi_register__')) (value as () => void)();
    },
  })) as { napiModule: { exports: NapiExports } };
  const binding = napiModule.exports;
  return (fileName, text, options) => wrap(binding.parseSync(fileName, text, options)) as OxcParseResult;
}
