// A known code in a case its comparison never matches: the branch never runs
// (docs/rules/no-unknown-code.md, "Comparisons that can never match").
import rule from '../../src/rules/no-unknown-code.js';
import { js, ruleTester } from '../rule-tester.js';

const never = (value: string, written: string, output: string, fold?: 'lower' | 'upper') => ({
  messageId: 'neverMatches' as const,
  data: {
    message: fold
      ? `'${value}' can never match: the text is ${fold}-cased before this comparison; write '${written}'.`
      : `'${value}' can never match: Dapr sends '${written}', in upper case, and this comparison does not fold case.`,
  },
  suggestions: [{ messageId: 'replaceWith' as const, data: { title: `Replace with '${written}'` }, output }],
});

ruleTester.run('no-unknown-code: comparisons that can never match', rule, {
  valid: [
    "if (msg.toLowerCase().includes('err_direct_invoke')) {}",
    "if (body.errorCode.toUpperCase() === 'ERR_DIRECT_INVOKE') {}",
    "switch (body.errorCode.toLowerCase()) { case 'err_direct_invoke': break; }",
    "if (msg.toUpperCase().includes('ERR_DIRECT_INVOKE')) {}",
    // not a known code in another case, nor a comparison
    "if (body.errorCode === 'err_order_lost') {}",
    "const label = 'err_direct_invoke';",
  ],
  invalid: [
    {
      code: "if (body.errorCode === 'err_direct_invoke') {}",
      errors: [never('err_direct_invoke', 'ERR_DIRECT_INVOKE', "if (body.errorCode === 'ERR_DIRECT_INVOKE') {}")],
    },
    {
      code: "if (err.errorCode !== 'Err_State_Get') {}",
      errors: [never('Err_State_Get', 'ERR_STATE_GET', "if (err.errorCode !== 'ERR_STATE_GET') {}")],
    },
    {
      code: "if (text.toLowerCase().includes('ERR_DIRECT_INVOKE')) {}",
      errors: [never('ERR_DIRECT_INVOKE', 'err_direct_invoke', "if (text.toLowerCase().includes('err_direct_invoke')) {}", 'lower')],
    },
    {
      // through a const-held text: the fix is in the case the search needs
      code: "const t = err.message.toLowerCase(); if (t.includes('ERR_DIRECT_INVOKE')) {}",
      errors: [never('ERR_DIRECT_INVOKE', 'err_direct_invoke', "const t = err.message.toLowerCase(); if (t.includes('err_direct_invoke')) {}", 'lower')],
    },
    {
      code: "if (String(err).toUpperCase().includes('err_direct_invoke')) {}",
      errors: [never('err_direct_invoke', 'ERR_DIRECT_INVOKE', "if (String(err).toUpperCase().includes('ERR_DIRECT_INVOKE')) {}", 'upper')],
    },
    {
      code: "if (body.errorCode.toLowerCase() === 'ERR_PUBSUB_NOT_FOUND') {}",
      errors: [never('ERR_PUBSUB_NOT_FOUND', 'err_pubsub_not_found', "if (body.errorCode.toLowerCase() === 'err_pubsub_not_found') {}", 'lower')],
    },
    {
      code: "expect(res.errorCode).toBe('err_direct_invoke');",
      ...js,
      errors: [never('err_direct_invoke', 'ERR_DIRECT_INVOKE', "expect(res.errorCode).toBe('ERR_DIRECT_INVOKE');")],
    },
  ],
});
