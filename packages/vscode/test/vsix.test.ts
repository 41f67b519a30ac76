// The packaged .vsix: its manifest (what VS Code reads) and its files (what it runs), offline.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { DEFAULT_OPTIONS, EDITOR_OPTION_NAMES, MAX_FILE_SIZE_CEILING } from '@dapr-codes/catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, LANGUAGE_IDS, PLUGIN_NAME } from '../src/names.js';
import { OPTION_KEYS } from '../src/options.js';
import { LANGUAGE_SERVER_MODES } from '../src/route.js';
import { PACKAGE_DIR, packVsix, type Vsix } from './harness/vsix.js';

interface Property {
  readonly type: string;
  readonly default: unknown;
  readonly enum?: readonly string[];
  readonly items?: { readonly type: string };
  readonly description?: string;
  readonly markdownDescription?: string;
}

let vsix: Vsix;
beforeAll(() => {
  vsix = packVsix();
});
afterAll(() => vsix?.remove());

const source = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string; engines: { vscode: string }; devDependencies: Record<string, string> };

describe('manifest', () => {
  it('names the extension and the VS Code it needs', () => {
    expect(vsix.manifest).toMatchObject({ name: 'dapr-codes', publisher: 'dapr-codes', version: source.version, main: './dist/extension.js' });
    // vscode-languageclient 11 needs VS Code 1.91; the API types must not be newer than the engine.
    expect(vsix.manifest.engines).toEqual({ vscode: '^1.91.0' });
    expect(source.devDependencies['@types/vscode']).toBe('~1.91.0');
  });

  it('is described to the Marketplace and VS Code by the same identity, engine and licence', () => {
    const vsixManifest = vsix.entries.get('extension.vsixmanifest')!.toString('utf8');
    // The language server's parser is native code for one platform: the .vsix is for this machine's.
    const native = [...vsix.entries.keys()].filter((name) => name.endsWith('.node'));
    expect(native.length).toBeGreaterThan(0);
    const platform = `${process.platform}-${process.arch}`;
    expect(vsixManifest).toContain(`<Identity Language="en-US" Id="dapr-codes" Version="${source.version}" Publisher="dapr-codes" TargetPlatform="${platform}"/>`);
    expect(vsixManifest).toContain('<Property Id="Microsoft.VisualStudio.Code.Engine" Value="^1.91.0" />');
    expect(vsix.entries.get('extension/LICENSE.txt')?.toString('utf8')).toBe(readFileSync(join(PACKAGE_DIR, '../../LICENSE'), 'utf8'));
  });

  it('shows on the Marketplace with an icon, a banner, categories, tags and its CHANGELOG', () => {
    const vsixManifest = vsix.entries.get('extension.vsixmanifest')!.toString('utf8');
    const icon = vsix.entries.get('extension/images/icon.png');
    // A PNG (the Marketplace takes no SVG), square and at least 128 pixels wide.
    expect(icon?.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([icon!.readUInt32BE(16), icon!.readUInt32BE(20)]).toEqual([128, 128]);
    expect(vsixManifest).toContain('<Icon>extension/images/icon.png</Icon>');
    expect(vsixManifest).toContain('<Categories>Programming Languages,Linters</Categories>');
    expect(vsixManifest).toMatch(/<Tags>dapr,error-codes,[^<]*<\/Tags>/);
    expect(vsixManifest).toContain('<Property Id="Microsoft.VisualStudio.Services.Branding.Color" Value="#0d2192" />');
    // vsce stores the CHANGELOG as extension/changelog.md and lists it as the manifest's changelog asset.
    expect(vsixManifest).toContain('<Asset Type="Microsoft.VisualStudio.Services.Content.Changelog" Path="extension/changelog.md" Addressable="true" />');
    const changelog = vsix.entries.get('extension/changelog.md')?.toString('utf8');
    // changesets writes it when a release is cut (docs/releasing.md); the .vsix carries it as it is.
    expect(changelog).toBe(readFileSync(join(PACKAGE_DIR, 'CHANGELOG.md'), 'utf8'));
    expect(changelog).toMatch(/^# dapr-codes\n/);
  });

  it('works in Restricted Mode, where a workspace cannot choose which process runs', () => {
    expect(vsix.manifest.capabilities).toMatchObject({ untrustedWorkspaces: { supported: 'limited', restrictedConfigurations: ['daprCodes.languageServer'] } });
    expect((vsix.manifest.capabilities as { untrustedWorkspaces: { description: string } }).untrustedWorkspaces.description).toMatch(/Restricted Mode/);
  });

  it('contributes the commands it registers, under the Dapr Codes category', () => {
    expect(vsix.manifest.contributes.commands).toEqual([
      { command: COMMANDS.restartServer, title: 'Restart Language Server', category: 'Dapr Codes' },
      { command: COMMANDS.showOutput, title: 'Show Output', category: 'Dapr Codes' },
    ]);
  });

  it('activates on the JavaScript and TypeScript language ids the server reads', () => {
    expect(vsix.manifest.activationEvents).toEqual(LANGUAGE_IDS.map((id) => `onLanguage:${id}`));
  });

  it('contributes the tsserver plugin, also for the workspace TypeScript version', () => {
    expect(vsix.manifest.contributes.typescriptServerPlugins).toEqual([{ name: PLUGIN_NAME, enableForWorkspaceTypeScriptVersions: true }]);
  });

  it('contributes one setting per plugin option, and the languageServer switch', () => {
    const { properties } = vsix.manifest.contributes.configuration as { properties: Record<string, Property> };
    expect([...OPTION_KEYS].sort()).toEqual([...EDITOR_OPTION_NAMES].sort());
    expect(Object.keys(properties).sort()).toEqual(['languageServer', ...OPTION_KEYS].map((key) => `daprCodes.${key}`).sort());
    for (const [key, property] of Object.entries(properties)) {
      expect(property.description ?? property.markdownDescription, key).toMatch(/\S/);
      if (property.enum) expect(property.enum, key).toContain(property.default);
    }
    expect(properties['daprCodes.languageServer']).toMatchObject({ type: 'string', enum: [...LANGUAGE_SERVER_MODES], default: 'auto' });
    expect(properties['daprCodes.severity']).toMatchObject({ enum: ['warning', 'error'], default: 'warning' });
    expect(properties['daprCodes.removedCodeCompletions']).toMatchObject({ enum: ['deprecated', 'hidden'], default: 'deprecated' });
    expect(properties['daprCodes.appCodes']).toMatchObject({ enum: ['ignore-distant', 'report'], default: DEFAULT_OPTIONS.appCodes });
    expect(properties['daprCodes.allowedCodes']).toMatchObject({ type: 'array', items: { type: 'string' }, default: [] });
    for (const flag of ['diagnostics', 'hover', 'completions']) expect(properties[`daprCodes.${flag}`]).toMatchObject({ type: 'boolean', default: true });
    expect(properties['daprCodes.maxFileSize']).toMatchObject({ type: 'integer', minimum: 1, maximum: MAX_FILE_SIZE_CEILING, default: DEFAULT_OPTIONS.maxFileSize });
  });

  it('leaves the workspace out: no scripts, no dev dependencies, no workspace: ranges', () => {
    expect(vsix.manifest).not.toHaveProperty('scripts');
    expect(vsix.manifest).not.toHaveProperty('devDependencies');
    for (const [name, file] of [['dapr-codes', 'extension/package.json'], [PLUGIN_NAME, `extension/node_modules/${PLUGIN_NAME}/package.json`]]) {
      const text = vsix.entries.get(file!)?.toString('utf8');
      expect(text, name).toBeDefined();
      expect(text, name).not.toContain('workspace:');
    }
  });
});

describe('files', () => {
  const names = () => [...vsix.entries.keys()];

  it('holds the language server with its dependencies, this platform’s parser binding among them', () => {
    const server = JSON.parse(vsix.entries.get('extension/node_modules/@dapr-codes/language-server/package.json')!.toString('utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(server.dependencies)) expect(names(), name).toContain(`extension/node_modules/${name}/package.json`);
    expect(names()).toContain('extension/node_modules/@dapr-codes/language-server/dist/server.js');
    expect(names().some((name) => name.startsWith('extension/node_modules/@oxc-parser/binding-') && name.endsWith('.node'))).toBe(true);
  });

  it('holds the bundled extension, the tsserver plugin, its catalog and its deployment reader', () => {
    const plugin = JSON.parse(vsix.entries.get(`extension/node_modules/${PLUGIN_NAME}/package.json`)!.toString('utf8')) as { main: string; dependencies: Record<string, string> };
    expect(names()).toEqual(expect.arrayContaining([
      'extension/dist/extension.js',
      `extension/node_modules/${PLUGIN_NAME}/${plugin.main.replace(/^\.\//, '')}`,
      'extension/node_modules/@dapr-codes/catalog/package.json',
      'extension/node_modules/@dapr-codes/catalog/dist/cjs/index.js',
      'extension/node_modules/@dapr-codes/deployment/dist/cjs/index.js',
      'extension/node_modules/yaml/package.json',
      'extension/node_modules/ignore/package.json',
    ]));
    expect(Object.keys(plugin.dependencies).sort()).toEqual(['@dapr-codes/catalog', '@dapr-codes/deployment']);
  });

  it('holds nothing of the workspace but what runs: no sources, tests, types or maps', () => {
    const stray = names().filter((name) => /\/(src|test|bench|scripts)\/|\.d\.[cm]?ts$|\.map$|\/tsconfig[^/]*\.json$|\.tsbuildinfo$/.test(name));
    expect(stray).toEqual([]);
  });

  it('bundles the extension in one file that needs only vscode and Node', () => {
    const bundle = vsix.entries.get('extension/dist/extension.js')!.toString('utf8');
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    const foreign = [...required].filter((name) => name !== 'vscode' && !name.startsWith('node:') && !builtinModules.includes(name));
    expect(foreign).toEqual([]);
    expect(required).toContain('vscode');
  });
});

