// The package's name, version and documentation, as the server introduces itself (`serverInfo`,
// `--version`, `--help`) and starts its messages: read from its package.json, the one place they are
// written (dist/ sits next to it, in the workspace, the npm package and the VS Code extension alike).
import { readFileSync } from 'node:fs';

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly homepage: string;
}

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;

export const SERVER_NAME = manifest.name;
export const SERVER_VERSION = manifest.version;
export const DOCS_URL = manifest.homepage;
