import { classifyString, codePageUrl, hoverMarkdown, reasonPageUrl, hoverTitle, toDaprTarget, type KnownUse, type UseSite } from '@dapr-codes/catalog';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { withDaprQuickInfo, type KnownOccurrence } from '../src/hover.js';

const strongCode: UseSite = { strength: 'strong', namespace: 'code' };
const known = (value: string, site: UseSite = strongCode) => classifyString(value, site) as KnownUse;
const version = (v: string) => toDaprTarget(v);
const DAPR_DOCS = '[Dapr docs: error codes reference](https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/)';
/** The hover's links: the entry's page on the reference site, then the Dapr docs or source. */
const links = (name: string, page: string, dapr = DAPR_DOCS) => `[${name} in the dapr-codes reference](${page}) · ${dapr}`;

describe('hover markdown', () => {
  it('describes a current code', () => {
    expect(hoverTitle(known('ERR_STATE_STORE_NOT_FOUND'))).toBe('(Dapr error code) ERR_STATE_STORE_NOT_FOUND');
    expect(hoverMarkdown(known('ERR_STATE_STORE_NOT_FOUND'), undefined)).toBe(
      [
        'State store not found',
        '- Category: `state`\n- HTTP status `400` · gRPC `InvalidArgument`\n- ErrorInfo reasons: `DAPR_STATE_NOT_FOUND`\n- Message: `state store %s is not found`\n- Sent since Dapr v0.1.0',
        links('ERR_STATE_STORE_NOT_FOUND', codePageUrl('ERR_STATE_STORE_NOT_FOUND')),
      ].join('\n\n'),
    );
  });

  it('says when a code was removed and what replaced it, linking to the runtime source', () => {
    expect(hoverMarkdown(known('ERR_TOPIC_EMPTY'), undefined)).toBe(
      [
        'Topic name empty',
        '- Category: `pubsub`\n- HTTP status `404` · gRPC `InvalidArgument`\n- ErrorInfo reasons: `DAPR_PUBSUB_TOPICNAME_EMPTY`\n- Message: `topic is empty in pubsub %s`\n- Sent since Dapr v0.11.0\n- Removed in Dapr v1.14.0 (last sent by v1.13.6); replaced by `ERR_TOPIC_NAME_EMPTY`',
        'Note: v0.11-v1.12 HTTP 404 (and gRPC plain error in v0.11); v1.13.x kit error with reason DAPR_PUBSUB_TOPICNAME_EMPTY',
        links('ERR_TOPIC_EMPTY', codePageUrl('ERR_TOPIC_EMPTY'), '[Dapr runtime source](https://github.com/dapr/dapr/blob/v1.13.6/pkg/api/errors/pubsub.go)'),
      ].join('\n\n'),
    );
  });

  it('describes an ErrorInfo reason', () => {
    const use = known('DAPR_STATE_NOT_FOUND', { strength: 'strong', namespace: 'reason' });
    expect(hoverTitle(use)).toBe('(Dapr ErrorInfo reason) DAPR_STATE_NOT_FOUND');
    expect(hoverMarkdown(use, undefined)).toBe(
      [
        'ErrorInfo reason of `ERR_STATE_STORE_NOT_FOUND`.',
        '- Category: `state`\n- Sent with errorCode `ERR_STATE_STORE_NOT_FOUND`\n- HTTP status `400` · gRPC `InvalidArgument`\n- Sent since Dapr v1.13.0',
        'Note: appID metadata only set on the HTTP path',
        links('DAPR_STATE_NOT_FOUND', reasonPageUrl('DAPR_STATE_NOT_FOUND')),
      ].join('\n\n'),
    );
  });

  it('names the current code of a former name and warns about it', () => {
    const use = known('SCHEDULER_JOB_NAME');
    expect(hoverTitle(use)).toBe('(Dapr error code, former name of DAPR_SCHEDULER_JOB_NAME) SCHEDULER_JOB_NAME');
    const md = hoverMarkdown(use, undefined);
    expect(md.split('\n\n').slice(0, 2)).toEqual(['Job name should only be set in the url', '`SCHEDULER_JOB_NAME` is the name Dapr v1.14.0–v1.14.5 sent for `DAPR_SCHEDULER_JOB_NAME`.']);
    expect(md).toContain("**Warning:** 'SCHEDULER_JOB_NAME' was sent only by Dapr v1.14.0–v1.14.5; since v1.15.0 the runtime sends 'DAPR_SCHEDULER_JOB_NAME'.");
  });

  it('warns when the configured runtime version does not send the code', () => {
    expect(hoverMarkdown(known('ERR_TOPIC_NAME_EMPTY'), version('1.13'))).toContain(
      "**Warning:** 'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; the configured version is \"1.13\". That runtime sends 'ERR_TOPIC_EMPTY'.",
    );
    expect(hoverMarkdown(known('ERR_TOPIC_NAME_EMPTY'), version('1.14'))).not.toContain('Warning');
  });
});

describe('withDaprQuickInfo', () => {
  const occurrence = { use: known('ERR_STATE_GET'), site: strongCode, span: { start: 10, length: 15 }, valueSpan: { start: 11, length: 13 } } satisfies KnownOccurrence;

  it('answers over the string when TypeScript has nothing', () => {
    const info = withDaprQuickInfo(ts, undefined, occurrence, undefined);
    expect(info).toEqual({
      kind: 'string',
      kindModifiers: '',
      textSpan: { start: 10, length: 15 },
      displayParts: [{ text: '(Dapr error code) ERR_STATE_GET', kind: 'text' }],
      documentation: [{ text: hoverMarkdown(occurrence.use, undefined), kind: 'text' }],
      tags: [],
    });
  });

  it("adds to TypeScript's quick info without replacing any of it", () => {
    const base: ts.QuickInfo = {
      kind: ts.ScriptElementKind.memberVariableElement,
      kindModifiers: '',
      textSpan: { start: 9, length: 17 },
      displayParts: [{ text: '(property) x', kind: 'text' }],
      documentation: [{ text: 'TypeScript docs', kind: 'text' }],
      tags: [{ name: 'see', text: [{ text: 'y', kind: 'text' }] }],
    };
    expect(withDaprQuickInfo(ts, base, occurrence, undefined)).toEqual({
      ...base,
      documentation: [
        { text: 'TypeScript docs', kind: 'text' },
        { text: '\n\n', kind: 'lineBreak' },
        { text: `**(Dapr error code) ERR_STATE_GET**\n\n${hoverMarkdown(occurrence.use, undefined)}`, kind: 'text' },
      ],
    });
  });
});
