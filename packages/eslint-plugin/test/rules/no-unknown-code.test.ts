import rule from '../../src/rules/no-unknown-code.js';
import { js, ruleTester, typoError } from '../rule-tester.js';

const unknownMsg = (value: string, ...suggestions: string[]) =>
  suggestions.length === 0
    ? `'${value}' is not a Dapr error code.`
    : `'${value}' is not a Dapr error code. Did you mean ${suggestions.map((s) => `'${s}'`).join(', ').replace(/, ([^,]*)$/, ' or $1')}?`;

ruleTester.run('no-unknown-code', rule, {
  valid: [
    // whole words of a code, searched for or tested as a prefix: they find it
    "if (msg.includes('ERR_INVOKE_OUTPUT') || body.errorCode.startsWith('ERR_INVOKE_OUTPUT')) {}",
    // known codes in every kind of position
    "if (body.errorCode === 'ERR_STATE_STORE_NOT_FOUND') {}",
    "if (err?.errorCode !== 'ERR_PUBSUB_NOT_FOUND') {}",
    "const { errorCode } = body; if (errorCode == 'ERR_DIRECT_INVOKE') {}",
    "const { errorCode: code } = body; if (code === 'ERR_STATE_GET') {}",
    "switch (res.data.errorCode) { case 'ERR_ACTOR_INSTANCE_MISSING': break; }",
    "const mock = { errorCode: 'ERR_BAD_REQUEST', message: 'bad' };",
    'const body = \'{"errorCode":"ERR_STATE_GET","message":"x"}\';',
    'const body = `{"errorCode":"ERR_STATE_GET","message":"${msg}"}`;',
    "if (msg.toLowerCase().includes('err_direct_invoke')) {}",
    "if (detail.errorInfo.reason === 'DAPR_STATE_NOT_FOUND') {}",
    "const d = { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'DAPR_PUBSUB_NOT_FOUND', domain: 'dapr.io' };",
    "if (['ERR_STATE_GET', 'ERR_STATE_SAVE'].includes(body.errorCode)) {}",
    // traps: other tools' codes, env names, app codes, comments
    "if (err.code === 'ERR_BAD_REQUEST') {}",
    "if (axios.isAxiosError(e) && e.code === 'ERR_NETWORK') {}",
    "if (err.code === 'ERR_INVALID_ARG_TYPE') {}",
    "if (e.errorCode === 'ERR_INVALID_ARG_TYPE') {}",
    "if (e.errorCode === 'ERR_PNPM_OUTDATED_LOCKFILE') {}",
    "const port = process.env.DAPR_HTTP_PORT ?? process.env['DAPR_GRPC_PORT'];",
    "const name = process.env['DAPR_PUBSUB_NAME'] ?? 'pubsub';",
    "if (e.message === 'DAPR_SIDECAR_COULD_NOT_BE_STARTED') {}",
    "if (e.errorCode === 'DAPR_SIDECAR_COULD_NOT_BE_STARTED') {}",
    "enum AppError { ERR_STATE_MACHINE_STUCK = 'ERR_STATE_MACHINE_STUCK', ERR_ACTOR_OVERLOAD = 'ERR_ACTOR_OVERLOAD' }",
    "class DaprError extends Error { code = 'ORDER_LOST'; static SIDECAR = 'ERR_SIDECAR_DOWN'; }",
    "if (res.errorCode === 'ORDER_NOT_FOUND') {}",
    "const reason = 'user cancelled'; if (x.reason === 'TIMEOUT') {}",
    "// if (body.errorCode === 'ERR_STATE_STORE_NOTFOUND') {}\n/* 'ERR_ACTOR_REMINDR_GET' */ const x = 1;",
    "type Code = 'ERR_STATE_STORE_NOTFOUND' | 'ERR_X';",
    "import { x } from 'ERR_STATE_STORE_NOTFOUND';",
    "const o = { 'ERR_STATE_STORE_NOTFOUND': 1 };",
    "const t = tag`ERR_STATE_STORE_NOTFOUND`;",
    "const label = 'ERR_STATE_STORE_NOT_FOUND_DESCRIPTION';",
    { code: "if (body.errorCode === 'ERR_ORDER_LOCKED') {}", options: [{ allowedCodes: ['ERR_ORDER_LOCKED'] }] },
    { code: "if (body.errorCode === 'ERR_ORDERS_LOCKED') {}", options: [{ allowedPattern: '^ERR_ORDERS?_' }] },
    { code: "if (body.errorCode === 'ERR_STATE_GET') {}", ...js },
    { code: '<Alert code="ERR_STATE_GET" />', languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    "const s = 'ERR_\\u0053TATE_GET'; if (body.errorCode === s) {}",
    '',
  ],
  invalid: [
    {
      // a code cut short: compared exactly, it never matches; "did you mean" completes it
      code: "if (body.errorCode === 'ERR_INVOKE_OUTPUT') {}",
      errors: [typoError('ERR_INVOKE_OUTPUT', 'ERR_INVOKE_OUTPUT_BINDING', "if (body.errorCode === 'ERR_INVOKE_OUTPUT_BINDING') {}")],
    },
    {
      code: "if (body.errorCode === 'ERR_STATE_STORE_NOTFOUND') {}",
      errors: [
        {
          messageId: 'unknownCode',
          data: { message: unknownMsg('ERR_STATE_STORE_NOTFOUND', 'ERR_STATE_STORE_NOT_FOUND') },
          line: 1,
          column: 24,
          endColumn: 50,
          suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_STATE_STORE_NOT_FOUND'" }, output: "if (body.errorCode === 'ERR_STATE_STORE_NOT_FOUND') {}" }],
        },
      ],
    },
    {
      // swapped words, double quotes kept
      code: 'if (err?.errorCode !== "ERR_STORE_STATE_NOT_FOUND") {}',
      errors: [
        {
          messageId: 'unknownCode',
          data: { message: unknownMsg('ERR_STORE_STATE_NOT_FOUND', 'ERR_STATE_STORE_NOT_FOUND', 'ERR_SECRET_STORE_NOT_FOUND') },
          suggestions: [
            { messageId: 'replaceWith', data: { title: "Replace with 'ERR_STATE_STORE_NOT_FOUND'" }, output: 'if (err?.errorCode !== "ERR_STATE_STORE_NOT_FOUND") {}' },
            { messageId: 'replaceWith', data: { title: "Replace with 'ERR_SECRET_STORE_NOT_FOUND'" }, output: 'if (err?.errorCode !== "ERR_SECRET_STORE_NOT_FOUND") {}' },
          ],
        },
      ],
    },
    {
      // missing prefix, compared through a destructured name
      code: "const { errorCode } = body;\nif (errorCode === 'STATE_STORE_NOT_FOUND') {}",
      errors: [{ messageId: 'unknownCode', line: 2, suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_STATE_STORE_NOT_FOUND'" }, output: "const { errorCode } = body;\nif (errorCode === 'ERR_STATE_STORE_NOT_FOUND') {}" }] }],
    },
    {
      // a switch case, lower case: the runtime sends upper case, so the case can never match
      code: "switch (body.errorCode) {\n  case 'err_direct_invoke':\n    break;\n}",
      errors: [{ messageId: 'neverMatches', line: 2, suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_DIRECT_INVOKE'" }, output: "switch (body.errorCode) {\n  case 'ERR_DIRECT_INVOKE':\n    break;\n}" }] }],
    },
    {
      // Dapr-shaped but nothing close: with appCodes 'report' (strict), reported without suggestions
      code: "if (body.errorCode === 'ERR_ORDER_NOT_FOUND') {}",
      options: [{ appCodes: 'report' }],
      errors: [{ messageId: 'unknownCode', data: { message: unknownMsg('ERR_ORDER_NOT_FOUND') }, suggestions: [] }],
    },
    {
      // a mocked sidecar body (property value), plain JavaScript with espree
      code: "export const body = { errorCode: 'ERR_PUBSUB_FORBIDEN', message: 'no' };",
      ...js,
      errors: [{ messageId: 'unknownCode', suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_PUBSUB_FORBIDDEN'" }, output: "export const body = { errorCode: 'ERR_PUBSUB_FORBIDDEN', message: 'no' };" }] }],
    },
    {
      // JSON text in a string: only the value is replaced
      code: 'const raw = \'{"errorCode":"ERR_STATE_GETT","message":"x"}\';',
      errors: [{ messageId: 'unknownCode', column: 28, endColumn: 42, suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_STATE_GET'" }, output: 'const raw = \'{"errorCode":"ERR_STATE_GET","message":"x"}\';' }] }],
    },
    {
      // JSON in a template literal with expressions, escaped as the SDK's error_msg is
      code: 'const m = `{"error":"Bad Request","error_msg":"{\\"errorCode\\":\\"ERR_PUBSUB_NOT_FOUN\\"}","status":${s}}`;',
      errors: [{ messageId: 'unknownCode', suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_PUBSUB_NOT_FOUND'" }, output: 'const m = `{"error":"Bad Request","error_msg":"{\\"errorCode\\":\\"ERR_PUBSUB_NOT_FOUND\\"}","status":${s}}`;' }] }],
    },
    {
      // a text search on a message, case-folded: the suggestion keeps the case
      code: "if (msg.toLowerCase().includes('err_direct_invok')) {}",
      errors: [{ messageId: 'unknownCode', suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'err_direct_invoke'" }, output: "if (msg.toLowerCase().includes('err_direct_invoke')) {}" }] }],
    },
    {
      // a bare string with a Dapr-only prefix and a close code
      code: "const RETRY = ['ERR_ACTOR_REMINDR_GET'];",
      errors: [{ messageId: 'unknownCode', suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_ACTOR_REMINDER_GET'" }, output: "const RETRY = ['ERR_ACTOR_REMINDER_GET'];" }] }],
    },
    {
      // a reason where an errorCode belongs
      code: "if (body.errorCode === 'DAPR_STATE_NOT_FOUND') {}",
      errors: [
        {
          messageId: 'unknownCode',
          data: { message: "'DAPR_STATE_NOT_FOUND' is an ErrorInfo reason, not an errorCode; here use 'ERR_STATE_STORE_NOT_FOUND'." },
          suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_STATE_STORE_NOT_FOUND'" }, output: "if (body.errorCode === 'ERR_STATE_STORE_NOT_FOUND') {}" }],
        },
      ],
    },
    {
      // an ErrorInfo reason next to its @type
      code: "const d = { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'DAPR_STATE_NOTFOUND' };",
      errors: [
        {
          messageId: 'unknownCode',
          data: { message: "'DAPR_STATE_NOTFOUND' is not a Dapr ErrorInfo reason. Did you mean 'DAPR_STATE_NOT_FOUND'?" },
          suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'DAPR_STATE_NOT_FOUND'" }, output: "const d = { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'DAPR_STATE_NOT_FOUND' };" }],
        },
      ],
    },
    {
      // the catalog's own helpers
      code: "import { getCode } from '@dapr-codes/catalog';\ngetCode('ERR_CONFIGURATION_STORE_NOTFOUND');",
      errors: [{ messageId: 'unknownCode', suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_CONFIGURATION_STORE_NOT_FOUND'" }, output: "import { getCode } from '@dapr-codes/catalog';\ngetCode('ERR_CONFIGURATION_STORE_NOT_FOUND');" }] }],
    },
    {
      // assignment to an errorCode property
      code: "res.errorCode = 'ERR_SECRET_STORE_NOTFOUND';",
      errors: [
        {
          messageId: 'unknownCode',
          suggestions: [
            { messageId: 'replaceWith', data: { title: "Replace with 'ERR_SECRET_STORE_NOT_FOUND'" }, output: "res.errorCode = 'ERR_SECRET_STORE_NOT_FOUND';" },
            { messageId: 'replaceWith', data: { title: "Replace with 'ERR_STATE_STORE_NOT_FOUND'" }, output: "res.errorCode = 'ERR_STATE_STORE_NOT_FOUND';" },
          ],
        },
      ],
    },
    {
      // with a targeted version, suggestions that version sends come first
      code: "if (body.errorCode === 'ERR_TOPIC_EMPTI') {}",
      settings: { dapr: { version: '1.13' } },
      errors: [{ messageId: 'unknownCode', suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_TOPIC_EMPTY'" }, output: "if (body.errorCode === 'ERR_TOPIC_EMPTY') {}" }] }],
    },
  ],
});
