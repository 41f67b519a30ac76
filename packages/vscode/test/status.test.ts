import { META } from '@dapr-codes/catalog';
import { describe, expect, it } from 'vitest';
import { chooseRoute, type Route } from '../src/route.js';
import { checkedVersion, statusOf } from '../src/status.js';

const plugin = chooseRoute({ mode: 'auto', useTsgo: false, nativePreview: false, tsserver: true, trusted: true, trustedSinceOpen: false });
const server = chooseRoute({ mode: 'on', useTsgo: false, nativePreview: false, tsserver: true, trusted: true, trustedSinceOpen: false });
const none: Route = chooseRoute({ mode: 'off', useTsgo: false, nativePreview: false, tsserver: false, trusted: false, trustedSinceOpen: false });
const latest = META.latestRelease.replace(/^v/, '');

describe('checkedVersion', () => {
  it('is any version while daprCodes.daprVersion is empty', () => {
    for (const setting of [undefined, '', '  ']) expect(checkedVersion(setting)).toMatchObject({ label: 'any version', valid: true });
  });

  it('is the version as written, when the catalog covers it', () => {
    expect(checkedVersion(latest)).toEqual({ label: latest, why: `Checked against Dapr ${latest} (daprCodes.daprVersion).`, valid: true });
  });

  it('says what is wrong with a version the catalog does not cover, and that every version counts', () => {
    const version = checkedVersion('99.1');
    expect(version).toMatchObject({ label: 'any version', valid: false });
    expect(version.why).toMatch(/^daprCodes\.daprVersion: Dapr runtime version "99\.1" is not covered by this catalog .*\. Codes of every Dapr version count\.$/);
    expect(checkedVersion(16).why).toBe('daprCodes.daprVersion: 16 is not a version string. Codes of every Dapr version count.');
  });
});

describe('statusOf', () => {
  const any = checkedVersion('');

  it('names the way and the version; the tooltip says why and that a click shows the output', () => {
    const status = statusOf(plugin, checkedVersion(latest));
    expect(status).toMatchObject({ text: `$(check) Dapr: tsserver plugin · ${latest}`, warning: false });
    expect(status.tooltip.split('\n\n')).toEqual([`Dapr Codes: tsserver plugin. ${plugin.why}`, `Checked against Dapr ${latest} (daprCodes.daprVersion).`, 'Click to show the output.']);
  });

  it('follows the language server: starting, running, stopped', () => {
    expect(statusOf(server, any, 'starting').text).toBe('$(sync~spin) Dapr: language server · any version');
    expect(statusOf(server, any, 'running')).toMatchObject({ text: '$(check) Dapr: language server · any version', warning: false });
    const stopped = statusOf(server, any, 'stopped');
    expect(stopped).toMatchObject({ text: '$(warning) Dapr: language server (stopped) · any version', warning: true });
    expect(stopped.tooltip).toContain('"Dapr Codes: Restart Language Server" starts it again.');
  });

  it('says why nothing runs', () => {
    const status = statusOf(none, any);
    expect(status).toMatchObject({ text: '$(circle-slash) Dapr: off', warning: true });
    expect(status.tooltip).toContain('Restricted Mode');
  });

  it('warns about a version setting the plugin and the server will not use', () => {
    expect(statusOf(plugin, checkedVersion('99.1'))).toMatchObject({ text: '$(warning) Dapr: tsserver plugin · any version', warning: true });
  });
});
