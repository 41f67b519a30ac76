// Deployment steps outside YAML: shell and PowerShell scripts, Makefiles, Dockerfiles, package.json scripts,
// and Testcontainers images in test sources. Read line by line for the commands `commands.ts` knows.
import { commandVersions, logicalLines } from './commands.js';
import { lineAt, type FileFindings, type RawFinding } from './finding.js';
import { daprdImagesIn, parseImage } from './image.js';
import { assignmentsIn } from './variables.js';

function phraseOf(what: string): RawFinding['phrase'] {
  return what === 'image daprd' ? 'runs daprd' : what.startsWith('helm') ? 'installs the dapr chart' : 'installs Dapr';
}

/** A script, Makefile or Dockerfile: every logical line, with the variables the file assigns. */
export function readScript(text: string): FileFindings {
  const findings: RawFinding[] = [];
  for (const line of logicalLines(text)) {
    for (const c of commandVersions(line.text)) findings.push({ text: c.text, phrase: phraseOf(c.what), line: lineAt(text, line.offset) });
  }
  return { findings, scope: assignmentsIn(text), envFiles: [] };
}

/** package.json `scripts`: each is a command line. */
export function readPackageScripts(text: string): FileFindings {
  let scripts: unknown;
  try {
    scripts = (JSON.parse(text) as { scripts?: unknown }).scripts;
  } catch {
    return { findings: [], scope: new Map(), envFiles: [] };
  }
  const findings: RawFinding[] = [];
  if (typeof scripts === 'object' && scripts !== null) {
    for (const command of Object.values(scripts)) {
      if (typeof command !== 'string') continue;
      const at = text.indexOf(JSON.stringify(command).slice(1, -1));
      for (const c of commandVersions(command)) findings.push({ text: c.text, phrase: phraseOf(c.what), line: lineAt(text, Math.max(at, 0)) });
    }
  }
  return { findings, scope: new Map(), envFiles: [] };
}

/** `const DAPR_VERSION = '1.14.4'` and `process.env.X ?? '1.14.4'` defaults, for images built in templates. */
function sourceScope(text: string): Map<string, string[]> {
  const scope = new Map<string, string[]>();
  const decl = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w.]+\s*)?=\s*(?:[\w.$[\]'"]+\s*(?:\?\?|\|\|)\s*)?(['"`])([^'"`$\n]+)\2/g;
  for (const m of text.matchAll(decl)) if (!scope.has(m[1]!)) scope.set(m[1]!, [m[3]!]);
  return scope;
}

/** A test source: daprd image strings (`new GenericContainer('daprio/daprd:1.14.4')`, `DaprContainer(…)`). */
export function readSource(text: string): FileFindings {
  const findings: RawFinding[] = [];
  // `${process.env.V ?? '1.14.4'}` inside a template: the literal is the version the file gives.
  const plain = text.replace(/\$\{[^}\n]*?(?:\?\?|\|\|)\s*(['"])([^'"\n]+)\1\s*\}/g, (all, _q: string, literal: string) => literal.padEnd(all.length));
  for (const { image, index } of daprdImagesIn(plain)) {
    const tag = parseImage(image)?.tag;
    if (tag !== undefined) findings.push({ text: tag, phrase: 'runs daprd', line: lineAt(text, index) });
  }
  return { findings, scope: sourceScope(text), envFiles: [] };
}
