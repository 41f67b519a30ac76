// A tsserver plugin for fault injection, written to a temporary directory: it loads the real plugin
// but hands it a language service whose getProgram() throws, so every plugin feature fails at its
// first step while TypeScript's own methods keep working.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

export const FAULT_PLUGIN_NAME = 'dapr-codes-fault-injection';

const source = (pluginPath: string) => `'use strict';
const init = require(${JSON.stringify(pluginPath)});
module.exports = (modules) => {
  const plugin = init(modules);
  return {
    create(info) {
      const languageService = { ...info.languageService, getProgram() { throw new Error('injected fault'); } };
      return plugin.create({ ...info, languageService });
    },
    onConfigurationChanged: (config) => plugin.onConfigurationChanged(config),
  };
};
`;

/** Writes the plugin; returns the probe location to pass to tsserver and a cleanup. */
export function writeFaultPlugin(): { probeLocation: string; dispose(): void } {
  const probeLocation = mkdtempSync(join(tmpdir(), 'dapr-codes-fault-'));
  const dir = join(probeLocation, 'node_modules', FAULT_PLUGIN_NAME);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: FAULT_PLUGIN_NAME, version: '0.0.0', main: 'index.js' }));
  writeFileSync(join(dir, 'index.js'), source(join(REPO_ROOT, 'packages/typescript-plugin')));
  return { probeLocation, dispose: () => rmSync(probeLocation, { recursive: true, force: true }) };
}
