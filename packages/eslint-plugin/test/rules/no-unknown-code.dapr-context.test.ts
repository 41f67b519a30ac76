// Whether a file talks to Dapr (docs/where-a-string-is-a-code.md, "Dapr context"): in a Dapr client's test a
// mocked sidecar body's unknown ERR_ code is reported; in a file that never says "Dapr" a Dapr-only
// prefix alone does not make an app's code Dapr's. `settings.dapr.client` overrides what the file shows.
import rule from '../../src/rules/no-unknown-code.js';
import { js, ruleTester } from '../rule-tester.js';

const unknown = (value: string) => ({ messageId: 'unknownCode' as const, data: { message: `'${value}' is not a Dapr error code.` }, suggestions: [] });
const SDK = "import { DaprClient } from '@dapr/dapr';\n";
const mockTest = "it('retries a conflict', async () => { sidecar.reply(409, { errorCode: 'ERR_VERSION_CONFLICT' }); });";

ruleTester.run('no-unknown-code: Dapr context', rule, {
  valid: [
    // an app's REST API about US states: no word of Dapr
    "res.status(400).json({ errorCode: 'ERR_STATE_ABBREVIATION_INVALID' });",
    "if (body.errorCode === 'ERR_STATE_ABBREVIATION_INVALID') {}",
    // a Dapr client's own response, outside tests: may be the app's code
    `${SDK}res.status(400).json({ errorCode: 'ERR_ORDER_REJECTED' });`,
    // a test that never talks to Dapr
    mockTest,
    "const body = '{\"errorCode\":\"ERR_VERSION_CONFLICT\"}';",
    // the project says its files are no Dapr clients
    { code: `${SDK}if (body.errorCode === 'ERR_STATE_MACHINE_STUCK') {}`, settings: { dapr: { client: false } } },
  ],
  invalid: [
    // a mocked sidecar body in a Dapr client's test
    { code: `${SDK}${mockTest}`, errors: [unknown('ERR_VERSION_CONFLICT')] },
    { code: `const url = \`http://localhost:\${process.env.DAPR_HTTP_PORT}/v1.0/state/store\`;\n${mockTest}`, ...js, errors: [unknown('ERR_VERSION_CONFLICT')] },
    // JSON text of a sidecar answer in a client
    { code: `${SDK}const body = '{"errorCode":"ERR_VERSION_CONFLICT"}';`, errors: [unknown('ERR_VERSION_CONFLICT')] },
    // the project says so
    { code: "const body = '{\"errorCode\":\"ERR_VERSION_CONFLICT\"}';", settings: { dapr: { client: true } }, errors: [unknown('ERR_VERSION_CONFLICT')] },
    // with a word of Dapr, a Dapr-only prefix is Dapr's namespace
    { code: "// talks to the dapr sidecar\nif (body.errorCode === 'ERR_STATE_MACHINE_STUCK') {}", errors: [unknown('ERR_STATE_MACHINE_STUCK')] },
  ],
});
