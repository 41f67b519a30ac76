import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_EVIDENCE, classifyString, daprContextOf, readClientSetting, TEST_EVIDENCE } from '../src/index.js';

describe('daprContextOf', () => {
  it.each([
    ["import { DaprClient } from '@dapr/dapr';", 'client'],
    ["const { DaprServer } = require('@dapr/dapr');", 'client'],
    ['await fetch(`http://localhost:${port}/v1.0/state/${store}`);', 'client'],
    ["await fetch(url, { headers: { 'dapr-app-id': 'orders' } });", 'client'],
    ['const port = process.env.DAPR_HTTP_PORT ?? 3500;', 'client'],
    ["const image = 'daprio/daprd:1.16.0';", 'client'],
    ["await fetch('http://localhost:3500/v1.0-alpha1/jobs/x');", 'client'],
    ["import { DaprClient } from '@dapr/dapr';\nit('retries', () => {});", 'client-test'],
    ["import nock from 'nock';\nconst c = new DaprClient();", 'client-test'],
    ['// the dapr sidecar answers here', 'mentions'],
    ["res.json({ errorCode: 'ERR_STATE_ABBREVIATION_INVALID' });", 'none'],
    ["it('works', () => expect(1).toBe(1));", 'none'],
  ] as const)('%s → %s', (text, context) => {
    expect(daprContextOf(text)).toBe(context);
  });

  it('follows the project setting', () => {
    expect(daprContextOf('const a = 1;', true)).toBe('client');
    expect(daprContextOf("describe('x', () => {});", true)).toBe('client-test');
    expect(daprContextOf("import { DaprClient } from '@dapr/dapr';", false)).toBe('none');
  });

  it('checks the setting, naming what to write', () => {
    expect(readClientSetting('auto')).toEqual({ ok: true, setting: 'auto' });
    expect(readClientSetting(false)).toEqual({ ok: true, setting: false });
    expect(readClientSetting('yes')).toEqual({ ok: false, problem: 'must be "auto", true (the files are Dapr clients) or false (they are not), got "yes"' });
  });

  it('is documented evidence by evidence', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../docs/where-a-string-is-a-code.md'), 'utf8');
    for (const e of [...CLIENT_EVIDENCE, ...TEST_EVIDENCE]) expect(e.pattern.test(e.example), e.name).toBe(true);
    expect(doc).toContain('## Dapr context');
    for (const word of ['/v1.0/state/', 'dapr-app-id', 'DAPR_HTTP_PORT', 'daprd', 'DaprClient', 'localhost:3500', 'nock', 'settings.dapr.client', 'daprClient']) expect(doc).toContain(word);
  });
});

describe('classifyString with a Dapr context', () => {
  const object = { strength: 'strong', namespace: 'code', envelope: 'object' } as const;
  const json = { strength: 'strong', namespace: 'code', envelope: 'json' } as const;
  const compared = { strength: 'strong', namespace: 'code' } as const;
  const at = (context: ReturnType<typeof daprContextOf>) => ({ context: () => context });

  it('reports a mocked sidecar body in a client test, and JSON text in a client', () => {
    expect(classifyString('ERR_VERSION_CONFLICT', object, at('client-test'))).toMatchObject({ kind: 'unknown', suggestions: [] });
    expect(classifyString('ERR_VERSION_CONFLICT', object, at('client'))).toBeUndefined();
    expect(classifyString('ERR_VERSION_CONFLICT', json, at('client'))).toMatchObject({ kind: 'unknown' });
    expect(classifyString('ERR_VERSION_CONFLICT', compared, at('client-test'))).toBeUndefined();
    expect(classifyString('ORDER_LOST', object, at('client-test'))).toBeUndefined();
  });

  it('needs a word of Dapr for a Dapr-only prefix to count', () => {
    expect(classifyString('ERR_STATE_ABBREVIATION_INVALID', object, at('none'))).toBeUndefined();
    expect(classifyString('ERR_STATE_ABBREVIATION_INVALID', object, at('mentions'))).toMatchObject({ kind: 'unknown' });
    // a near miss stays a typo
    expect(classifyString('ERR_STATE_STORE_NOTFOUND', object, at('none'))).toMatchObject({ kind: 'unknown', suggestions: ['ERR_STATE_STORE_NOT_FOUND'] });
    expect(classifyString('ERR_STATE_ABBREVIATION_INVALID', object, { ...at('none'), appCodes: 'report' })).toMatchObject({ kind: 'unknown' });
  });
});
