import { META } from '@dapr-codes/catalog';
import rule from '../../src/rules/no-deprecated-code.js';
import { js, ruleTester } from '../rule-tester.js';

ruleTester.run('no-deprecated-code', rule, {
  valid: [
    "if (body.errorCode === 'ERR_TOPIC_NAME_EMPTY') {}",
    "if (body.errorCode === 'ERR_STATE_GET') {}",
    // removed later than the targeted runtime: still sent by it
    { code: "if (body.errorCode === 'ERR_TOPIC_EMPTY') {}", settings: { dapr: { version: '1.13' } } },
    { code: "if (body.errorCode === 'ERR_TOPIC_EMPTY') {}", options: [{ daprVersion: 'v1.13.2' }] },
    { code: "if (body.errorCode === 'SCHEDULER_JOB_NAME') {}", settings: { dapr: { version: '1.14' } } },
    { code: "if (body.errorCode === 'ERR_WORKFLOW_APP_ID_INVALID') {}", settings: { dapr: { version: 'master' } } },
    { code: "if (body.errorCode === 'ERR_TOPIC_NAME_EMPTY') {}", settings: { dapr: { version: '^1.14' } } },
    { code: "if (body.errorCode === 'ERR_TOPIC_EMPTY') {}", settings: { dapr: { version: ['1.12', '1.13.6'] } } },
    // A rolling upgrade handles both names of a renamed code: between them every runtime of the range is covered.
    ...[
      "if (body.errorCode === 'ERR_TOPIC_EMPTY' || body.errorCode === 'ERR_TOPIC_NAME_EMPTY') {}",
      "switch (body.errorCode) { case 'ERR_TOPIC_NAME_EMPTY': return 1; case 'ERR_PUBSUB_NOT_FOUND': return 2; case 'ERR_TOPIC_EMPTY': return 1; }",
      "if (body.errorCode === 'ERR_TOPIC_NAME_EMPTY') {} else if (body.errorCode === 'ERR_TOPIC_EMPTY') {}",
      "const empty = ['ERR_TOPIC_EMPTY', 'ERR_TOPIC_NAME_EMPTY'].includes(body.errorCode);",
    ].map((code) => ({ code, settings: { dapr: { version: '>=1.13 <1.15' } } })),
    // The same over a detected upgrade written as a list of the two runtimes.
    { code: "const empty = body.errorCode === 'ERR_TOPIC_EMPTY' || body.errorCode === 'ERR_TOPIC_NAME_EMPTY';", settings: { dapr: { version: ['1.13.6', '1.14.4'] } } },
    { code: "if (body.errorCode === 'ERR_STATE_GET') {}", settings: { dapr: { version: 'latest' } } },
    // not a Dapr position: silent
    "const label = 'ERR_TOPIC_EMPTY';",
    "if (err.code === 'ERR_GET_STATE') {}",
    "// body.errorCode === 'ERR_TOPIC_EMPTY'",
    "enum Old { ERR_ACTOR_STATE_SAVE = 'ERR_ACTOR_STATE_SAVE' }",
    { code: "if (body.errorCode === 'ERR_STATE_SAVE') {}", ...js },
  ],
  invalid: [
    {
      // an exact rename: autofixed
      code: "if (body.errorCode === 'ERR_TOPIC_EMPTY') {}",
      output: "if (body.errorCode === 'ERR_TOPIC_NAME_EMPTY') {}",
      errors: [
        {
          messageId: 'deprecatedCode',
          data: { message: "'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'." },
          line: 1,
          column: 24,
          suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_TOPIC_NAME_EMPTY'" }, output: "if (body.errorCode === 'ERR_TOPIC_NAME_EMPTY') {}" }],
        },
      ],
    },
    {
      // not an exact successor: a suggestion, no autofix
      code: 'switch (body.errorCode) { case "ERR_ACTOR_STATE_SAVE": break; }',
      output: null,
      errors: [
        {
          messageId: 'deprecatedCode',
          data: { message: "'ERR_ACTOR_STATE_SAVE' was removed from Dapr in v0.11.0 (last sent by v0.10.0); use 'ERR_ACTOR_STATE_TRANSACTION_SAVE'." },
          suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_ACTOR_STATE_TRANSACTION_SAVE'" }, output: 'switch (body.errorCode) { case "ERR_ACTOR_STATE_TRANSACTION_SAVE": break; }' }],
        },
      ],
    },
    {
      // nothing replaced it
      code: "if (body.errorCode === 'ERR_STATE_NOT_FOUND') {}",
      output: null,
      errors: [{ messageId: 'deprecatedCode', data: { message: "'ERR_STATE_NOT_FOUND' was removed from Dapr in v0.4.0 (last sent by v0.3.0); nothing replaces it." }, suggestions: [] }],
    },
    {
      // the autofix would duplicate a case: suggestion only
      code: "switch (body.errorCode) { case 'ERR_TOPIC_EMPTY': case 'ERR_TOPIC_NAME_EMPTY': break; }",
      output: null,
      errors: [{ messageId: 'deprecatedCode', suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_TOPIC_NAME_EMPTY'" }, output: "switch (body.errorCode) { case 'ERR_TOPIC_NAME_EMPTY': case 'ERR_TOPIC_NAME_EMPTY': break; }" }] }],
    },
    {
      code: "const retry = ['ERR_ACTOR_NO_APP_CHANNEL'];",
      output: null,
      errors: [{ messageId: 'deprecatedCode', data: { message: "'ERR_ACTOR_NO_APP_CHANNEL' is declared by the Dapr runtime but never sent: code that waits for it never runs." }, suggestions: [] }],
    },
    {
      code: "if (body.errorCode === 'ERR_ACTOR_TIMER_GET') {}",
      output: null,
      errors: [{ messageId: 'deprecatedCode', data: { message: `'ERR_ACTOR_TIMER_GET' is listed in the Dapr docs, but no runtime up to ${META.latestRelease} or master sends it.` }, suggestions: [] }],
    },
    {
      code: "if (body.errorCode === 'ERR_WORKFLOW_APP_ID_INVALID') {}",
      output: null,
      errors: [{ messageId: 'deprecatedCode', data: { message: `'ERR_WORKFLOW_APP_ID_INVALID' is only in unreleased Dapr master (${META.masterLine} development); no released runtime sends it.` }, suggestions: [] }],
    },
    {
      // absent from the targeted runtime: the older name is suggested
      code: "if (body.errorCode === 'ERR_TOPIC_NAME_EMPTY') {}",
      settings: { dapr: { version: '1.13' } },
      output: null,
      errors: [
        {
          messageId: 'deprecatedCode',
          data: { message: "'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; the configured version is \"1.13\". That runtime sends 'ERR_TOPIC_EMPTY'." },
          suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_TOPIC_EMPTY'" }, output: "if (body.errorCode === 'ERR_TOPIC_EMPTY') {}" }],
        },
      ],
    },
    {
      // the rule option wins over settings
      code: "if (body.errorCode === 'ERR_ACTOR_TYPE_RESERVED') {}",
      settings: { dapr: { version: '1.18' } },
      options: [{ daprVersion: '1.17' }],
      output: null,
      errors: [{ messageId: 'deprecatedCode', data: { message: "'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; the configured version is \"1.17\"." }, suggestions: [] }],
    },
    {
      // a rolling upgrade: a code is fine only if every runtime of the range sends it, or a rename of it is handled beside it
      code: "if (body.errorCode === 'ERR_TOPIC_NAME_EMPTY' || body.errorCode === 'ERR_PUBSUB_NOT_FOUND') {}",
      settings: { dapr: { version: '>=1.13 <1.15' } },
      output: null,
      errors: [
        {
          messageId: 'deprecatedCode',
          data: { message: "'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; the configured version is \">=1.13 <1.15\". That runtime sends 'ERR_TOPIC_EMPTY'." },
          suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_TOPIC_EMPTY'" }, output: "if (body.errorCode === 'ERR_TOPIC_EMPTY' || body.errorCode === 'ERR_PUBSUB_NOT_FOUND') {}" }],
        },
      ],
    },
    {
      // the old name alone over the upgrade: the newer runtime sends the other one
      code: "switch (body.errorCode) { case 'ERR_TOPIC_EMPTY': break; case 'ERR_PUBSUB_NOT_FOUND': break; }",
      settings: { dapr: { version: '>=1.13 <1.15' } },
      output: null,
      errors: [{ messageId: 'deprecatedCode', data: { message: "'ERR_TOPIC_EMPTY' is not sent since Dapr v1.14.0 (last sent by v1.13.6); the configured version is \">=1.13 <1.15\"." }, suggestions: [] }],
    },
    {
      // one runtime: the newer name handled beside the older one is still never sent by it
      code: "switch (body.errorCode) { case 'ERR_TOPIC_EMPTY': case 'ERR_TOPIC_NAME_EMPTY': break; }",
      settings: { dapr: { version: '1.13' } },
      output: null,
      errors: [
        {
          messageId: 'deprecatedCode',
          data: { message: "'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; the configured version is \"1.13\". That runtime sends 'ERR_TOPIC_EMPTY'." },
          suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_TOPIC_EMPTY'" }, output: "switch (body.errorCode) { case 'ERR_TOPIC_EMPTY': case 'ERR_TOPIC_EMPTY': break; }" }],
        },
      ],
    },
    {
      // a list in the rule option
      code: "if (body.errorCode === 'ERR_ACTOR_TYPE_RESERVED') {}",
      options: [{ daprVersion: ['1.18.0', '1.17.4'] }],
      output: null,
      errors: [{ messageId: 'deprecatedCode', data: { message: "'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; the configured version is \"1.18.0 || 1.17.4\"." }, suggestions: [] }],
    },
    {
      // the v1.14 scheduler names, in a mocked body (plain JavaScript)
      code: "export const body = { errorCode: 'SCHEDULER_JOB_NAME' };",
      ...js,
      output: "export const body = { errorCode: 'DAPR_SCHEDULER_JOB_NAME' };",
      errors: [{ messageId: 'deprecatedCode', data: { message: "'SCHEDULER_JOB_NAME' was sent only by Dapr v1.14.0–v1.14.5; since v1.15.0 the runtime sends 'DAPR_SCHEDULER_JOB_NAME'." }, suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'DAPR_SCHEDULER_JOB_NAME'" }, output: "export const body = { errorCode: 'DAPR_SCHEDULER_JOB_NAME' };" }] }],
    },
    {
      // JSON in a string, and a removed reason next to ErrorInfo
      code: 'const b = \'{"errorCode":"ERR_TOPIC_EMPTY","details":[{"reason":"DAPR_PUBSUB_TOPICNAME_EMPTY"}]}\';',
      output: 'const b = \'{"errorCode":"ERR_TOPIC_NAME_EMPTY","details":[{"reason":"DAPR_PUBSUB_TOPIC_NAME_EMPTY"}]}\';',
      errors: [
        { messageId: 'deprecatedCode', column: 26, suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_TOPIC_NAME_EMPTY'" }, output: 'const b = \'{"errorCode":"ERR_TOPIC_NAME_EMPTY","details":[{"reason":"DAPR_PUBSUB_TOPICNAME_EMPTY"}]}\';' }] },
        {
          messageId: 'deprecatedCode',
          data: { message: "ErrorInfo reason 'DAPR_PUBSUB_TOPICNAME_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'DAPR_PUBSUB_TOPIC_NAME_EMPTY'." },
          suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'DAPR_PUBSUB_TOPIC_NAME_EMPTY'" }, output: 'const b = \'{"errorCode":"ERR_TOPIC_EMPTY","details":[{"reason":"DAPR_PUBSUB_TOPIC_NAME_EMPTY"}]}\';' }],
        },
      ],
    },
    {
      // case-folded search: the fix keeps the case
      code: "if (msg.toLowerCase().includes('err_get_state')) {}",
      output: "if (msg.toLowerCase().includes('err_state_get')) {}",
      errors: [{ messageId: 'deprecatedCode', suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'err_state_get'" }, output: "if (msg.toLowerCase().includes('err_state_get')) {}" }] }],
    },
  ],
});
