// What the status bar item says: which way serves the window, and which Dapr version its checks are for.
// Pure functions, so every state is unit-tested; status-bar.ts puts them on screen.
import { parseDaprVersion } from '@dapr-codes/catalog';
import { VIA_LABELS, type Route } from './route.js';

/** The Dapr version the extension hands to the plugin and the server (`daprCodes.daprVersion`). */
export interface CheckedVersion {
  /** Short, for the status bar: `1.16`, `any version`. */
  readonly label: string;
  /** One sentence for the tooltip: where it comes from, or what is wrong with it. */
  readonly why: string;
  readonly valid: boolean;
}

export function checkedVersion(setting: unknown): CheckedVersion {
  if (setting === undefined || setting === null || (typeof setting === 'string' && setting.trim() === '')) {
    return { label: 'any version', why: 'daprCodes.daprVersion is not set: codes of every Dapr version count (a tsconfig.json plugin entry may set one for its project).', valid: true };
  }
  const parsed = typeof setting === 'string' ? parseDaprVersion(setting) : undefined;
  if (!parsed?.ok) {
    const error = parsed ? parsed.error : `${JSON.stringify(setting)} is not a version string`;
    return { label: 'any version', why: `daprCodes.daprVersion: ${error}. Codes of every Dapr version count.`, valid: false };
  }
  return { label: parsed.version.text, why: `Checked against Dapr ${parsed.version.text} (daprCodes.daprVersion).`, valid: true };
}

/** The language client's lifecycle, as far as the status shows it. */
export type ServerState = 'starting' | 'running' | 'stopped';

export interface Status {
  readonly text: string;
  readonly tooltip: string;
  /** Drawn as a warning: nothing serves, the server stopped, or the version setting is wrong. */
  readonly warning: boolean;
}

const ICONS = { ok: '$(check)', starting: '$(sync~spin)', off: '$(circle-slash)', problem: '$(warning)' } as const;

/** `server`: the language client's state while the route is the language server's. */
export function statusOf(route: Route, version: CheckedVersion, server?: ServerState): Status {
  const stopped = route.via === 'language-server' && server === 'stopped';
  const icon = route.via === 'none' ? ICONS.off : stopped || !version.valid ? ICONS.problem : route.via === 'language-server' && server !== 'running' ? ICONS.starting : ICONS.ok;
  const serving = route.via === 'none' ? 'off' : `${VIA_LABELS[route.via]}${stopped ? ' (stopped)' : ''} · ${version.label}`;
  const lines = [
    `Dapr Codes: ${VIA_LABELS[route.via]}. ${route.why}`,
    ...(stopped ? ['The language server is not running: "Dapr Codes: Restart Language Server" starts it again.'] : []),
    ...(route.via === 'none' ? [] : [version.why]),
    'Click to show the output.',
  ];
  return { text: `${icon} Dapr: ${serving}`, tooltip: lines.join('\n\n'), warning: route.via === 'none' || stopped || !version.valid };
}
