// Does a file talk to Dapr? Evidence read off its text once, the same in every host (no syntax tree is
// needed: what counts is written out in strings, imports and names). It decides two things about an
// unknown `ERR_`/`DAPR_` string (docs/where-a-string-is-a-code.md, "Dapr context"): in a Dapr client, the
// `errorCode` of a written-out response body is a sidecar answer (a mock), reported even far from every
// Dapr name (in a test, also an object's `errorCode`: there it is a mocked answer, elsewhere maybe the
// app's own response); in a file that never says "Dapr", a Dapr-only prefix alone does not make an app's code Dapr's.

import { describeValue } from './config-text.js';

/**
 * - `client`: the file talks to a Dapr sidecar (an SDK import, a Dapr API path, a Dapr header or port);
 * - `client-test`: it does, and it is a test (a mocked sidecar's bodies are written out there);
 * - `mentions`: it says "dapr" somewhere, nothing more;
 * - `none`: not a word of Dapr.
 */
export type DaprContext = 'client-test' | 'client' | 'mentions' | 'none';

/** What a project says of its files: `'auto'` reads each file; `true` / `false` say it is / is not a Dapr client. */
export type DaprClientSetting = 'auto' | boolean;

export interface ContextEvidence {
  /** What the evidence is, as the docs list it. */
  readonly name: string;
  readonly pattern: RegExp;
  readonly example: string;
}

/** What makes a file a Dapr client. Each pattern is tested on the whole text (comments included: this is evidence, not a finding). */
export const CLIENT_EVIDENCE: readonly ContextEvidence[] = [
  { name: 'an import or require of a Dapr module', pattern: /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["'`][^"'`\n]*dapr[^"'`\n]*["'`]/i, example: "import { DaprClient } from '@dapr/dapr'" },
  {
    name: 'a Dapr HTTP API path',
    pattern: /\/v1\.0(?:-alpha1|-beta1)?\/(?:state|publish|invoke|actors|bindings|secrets|configuration|lock|unlock|workflows?|jobs|conversation|crypto|metadata|healthz|subscribe|outbox)\b/,
    example: '`/v1.0/state/${store}`',
  },
  { name: 'a Dapr HTTP header', pattern: /\bdapr-(?:app-id|api-token|caller-app-id|callee-app-id)\b/i, example: "headers: { 'dapr-app-id': 'orders' }" },
  { name: "the sidecar's environment variables", pattern: /\bDAPR_(?:HTTP_PORT|GRPC_PORT|HTTP_ENDPOINT|GRPC_ENDPOINT|API_TOKEN|HOST|SIDECAR_HOST)\b/, example: 'process.env.DAPR_HTTP_PORT' },
  { name: 'the sidecar itself', pattern: /\bdaprd\b/i, example: "image: 'daprio/daprd:1.16.0'" },
  { name: "the SDKs' client and server classes", pattern: /\bDapr(?:Client|Server|WorkflowClient|GrpcClient|HttpClient)\b/, example: 'new DaprClient({ daprPort })' },
  { name: "the sidecar's default HTTP address", pattern: /\b(?:localhost|127\.0\.0\.1):3500\b/, example: "fetch('http://localhost:3500/...')" },
];

const MENTION = /dapr/i;

/** What makes a file a test: a test title (`it("…"`, `test.each(…)(`), or an import of a test runner, assertion or HTTP-mocking library. */
export const TEST_EVIDENCE: readonly ContextEvidence[] = [
  { name: 'a test or suite with a title', pattern: /\b(?:describe|it|test)(?:\.(?:only|skip|concurrent|each\s*\([^)]*\)))*\s*\(\s*["'`]/, example: "it('retries on ERR_STATE_GET', …)" },
  {
    name: 'a test runner, assertion or HTTP-mocking library',
    pattern: /(?:\bfrom\s*|\brequire\s*\(\s*)["'`](?:vitest|@jest\/globals|node:test|node:assert(?:\/strict)?|assert|chai|ava|mocha|nock|msw(?:\/node)?|supertest|undici)["'`]/,
    example: "import { MockAgent } from 'undici'",
  },
];

/** A `daprClient` setting's value, or what is wrong with it (the hosts prefix the setting's name). */
export function readClientSetting(value: unknown): { readonly ok: true; readonly setting: DaprClientSetting } | { readonly ok: false; readonly problem: string } {
  if (value === 'auto' || value === true || value === false) return { ok: true, setting: value };
  return { ok: false, problem: `must be "auto", true (the files are Dapr clients) or false (they are not), got ${describeValue(value)}` };
}

/** How much a file's text shows that it talks to Dapr, unless the project's setting says. */
export function daprContextOf(text: string, setting: DaprClientSetting = 'auto'): DaprContext {
  if (setting === false) return 'none';
  if (setting !== true && typeof text !== 'string') return 'none';
  if (setting === true || CLIENT_EVIDENCE.some((e) => e.pattern.test(text))) return TEST_EVIDENCE.some((e) => e.pattern.test(text)) ? 'client-test' : 'client';
  return MENTION.test(text) ? 'mentions' : 'none';
}
