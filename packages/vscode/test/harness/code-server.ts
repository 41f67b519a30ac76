// A real VS Code for the tests: code-server (run by the Node 24 that scripts/test-tools.mjs installs) on
// 127.0.0.1 with its own user-data and extensions folders, the packaged .vsix installed the way a user
// installs one, and nothing that reaches out: no gallery, no telemetry, no update check, no type acquisition.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testTools } from '../../../../scripts/test-tools.mjs';

export interface CodeServerOptions {
  /** A fresh folder for this server's user data, extensions and config. */
  readonly home: string;
  readonly vsix: string;
  /** Workspace Trust on (folders open in Restricted Mode) or off (every folder trusted). */
  readonly workspaceTrust: boolean;
}

/** User settings that keep VS Code quiet and offline; the tsserver log is what tells the syntax server's answers. */
function userSettings(workspaceTrust: boolean): Record<string, unknown> {
  return {
    'security.workspace.trust.enabled': workspaceTrust,
    'security.workspace.trust.startupPrompt': 'never',
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'npm.fetchOnlinePackageInfo': false,
    'typescript.disableAutomaticTypeAcquisition': true,
    'typescript.tsserver.log': 'verbose',
    'editor.minimap.enabled': false,
  };
}

export class CodeServer {
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly userDataDir: string,
    readonly port: number,
  ) {}

  static async start({ home, vsix, workspaceTrust }: CodeServerOptions): Promise<CodeServer> {
    const tools = testTools();
    const userDataDir = join(home, 'user-data');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify(userSettings(workspaceTrust), null, 2));
    const config = join(home, 'config.yaml');
    writeFileSync(config, '');
    const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', join(home, 'extensions')];
    // No extensions gallery at all (code-server's default is open-vsx.org).
    const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
    execFileSync(tools.node24, [tools.codeServer, ...common, '--install-extension', vsix], { env, stdio: 'pipe' });
    const child = spawn(
      tools.node24,
      [tools.codeServer, ...common, '--auth', 'none', '--bind-addr', '127.0.0.1:0', '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened'],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const port = await new Promise<number>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`code-server did not start:\n${seen}`)), 60_000);
      const read = (chunk: Buffer) => {
        seen += chunk.toString();
        const listening = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(seen);
        if (listening) {
          clearTimeout(timer);
          resolve(Number(listening[1]));
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.on('exit', (code) => reject(new Error(`code-server exited (${code}):\n${seen}`)));
    });
    const server = new CodeServer(child, userDataDir, port);
    const keep = (chunk: Buffer) => void (server.output += chunk.toString());
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    return server;
  }

  url(folder: string): string {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(folder)}`;
  }

  /** What code-server printed since it started listening. */
  log(): string {
    return this.output;
  }

  /** Every log file named `name` under the user-data folder (each window's extension host writes its own). */
  logFiles(name: string): string[] {
    const root = join(this.userDataDir, 'logs');
    let entries: string[];
    try {
      entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
    return entries
      .filter((entry) => entry.endsWith(`/${name}`))
      .map((entry) => join(root, entry))
      .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  }

  /** The lines of the log files named `name` that `known` did not list (the files a window wrote). */
  newLogLines(name: string, known: readonly string[]): string[] {
    return this.logFiles(name)
      .filter((file) => !known.includes(file))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n'));
  }

  stop(): void {
    this.child.kill();
  }
}
