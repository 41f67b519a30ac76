// An app's own API that names its field `errorCode` too (docs/where-a-string-is-a-code.md, "App codes").
import rule from '../../src/rules/no-unknown-code.js';
import { js, ruleTester } from '../rule-tester.js';

const report: [{ appCodes: 'report' }] = [{ appCodes: 'report' }];

ruleTester.run('no-unknown-code: app codes', rule, {
  valid: [
    // far from every Dapr code, no Dapr-only prefix: the app's own codes (the default, and `recommended`)
    "if (body.errorCode === 'ERR_ORDER_REJECTED') {}",
    "const res = { errorCode: 'ERR_PAYMENT_DECLINED', message: 'card declined' };",
    "switch (apiError.errorCode) { case 'ERR_ORDER_REJECTED': case 'ERR_CART_EMPTY': break; }",
    "if (body.errorCode.startsWith('ERR_ORDER_')) {}",
    "const REJECTED = 'ERR_ORDER_REJECTED'; if (body.errorCode === REJECTED) {}",
    { code: "if (body.errorCode === 'ERR_ORDER_REJECTED') {}", options: [{ appCodes: 'ignore-distant' }] },
    { code: "if (body.errorCode === 'ERR_ORDER_REJECTED') {}", ...js },
  ],
  invalid: [
    {
      // a near miss of a Dapr code is a typo, whatever the option
      code: "if (body.errorCode === 'ERR_UNLOKC') {}",
      errors: [{ messageId: 'unknownCode', data: { message: "'ERR_UNLOKC' is not a Dapr error code. Did you mean 'ERR_UNLOCK'?" }, suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_UNLOCK'" }, output: "if (body.errorCode === 'ERR_UNLOCK') {}" }] }],
    },
    {
      // under a Dapr-only prefix, in a file that says "Dapr": Dapr's namespace, not the app's
      code: "import { DaprClient } from '@dapr/dapr';\nif (body.errorCode === 'ERR_STATE_MACHINE_STUCK') {}",
      errors: [{ messageId: 'unknownCode', data: { message: "'ERR_STATE_MACHINE_STUCK' is not a Dapr error code." }, suggestions: [] }],
    },
    {
      // DAPR_ is the runtime's own prefix
      code: "if (body.errorCode === 'DAPR_ORDER_REJECTED') {}",
      errors: [{ messageId: 'unknownCode', data: { message: "'DAPR_ORDER_REJECTED' is not a Dapr error code." }, suggestions: [] }],
    },
    {
      // strict: every unknown is reported
      code: "if (body.errorCode === 'ERR_ORDER_REJECTED') {}",
      options: report,
      errors: [{ messageId: 'unknownCode', data: { message: "'ERR_ORDER_REJECTED' is not a Dapr error code." }, suggestions: [] }],
    },
    {
      code: "if (body.errorCode.startsWith('ERR_ORDER_')) {}",
      options: report,
      errors: [{ messageId: 'unknownCode', data: { message: "No Dapr error code starts with 'ERR_ORDER_'." }, suggestions: [] }],
    },
  ],
});
