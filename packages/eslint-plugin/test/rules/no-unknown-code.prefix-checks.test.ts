// Family checks: `errorCode.startsWith("ERR_LOCK")` tests a part of a code (docs/where-a-string-is-a-code.md).
import rule from '../../src/rules/no-unknown-code.js';
import { js, replaceTitle, ruleTester } from '../rule-tester.js';

const noPart = (where: string, value: string, suggestions: string[], output: (s: string) => string) => ({
  messageId: 'unknownCode' as const,
  data: { message: `No Dapr error code ${where} '${value}'. Did you mean ${suggestions.map((s) => `'${s}'`).join(', ').replace(/, ([^,]*)$/, ' or $1')}?` },
  suggestions: suggestions.map((s) => ({ messageId: 'replaceWith' as const, data: { title: replaceTitle(value, s) }, output: output(s) })),
});

ruleTester.run('no-unknown-code: prefix checks', rule, {
  valid: [
    // a part some code has, at that end
    "if (body.errorCode.startsWith('ERR_LOCK')) {}",
    "if (body.errorCode.startsWith('ERR_STATE_')) {}",
    "if (errorCode.endsWith('_NOT_FOUND') || errorCode.startsWith('ERR_')) {}",
    "if (err.errorCode?.toLowerCase().startsWith('err_pubsub_')) {}",
    "if (info.errorInfo.reason.startsWith('DAPR_STATE_')) {}",
    "if (body.errorCode.includes('_TOPIC_')) {}",
    // a whole known code is a code
    "if (body.errorCode.startsWith('ERR_STATE_GET')) {}",
    // a search in a message looks for a whole code; in something else, for nothing of ours
    "if (msg.startsWith('ERR_STATES_')) {}",
    "if (e.code.startsWith('ERR_STATES_')) {}",
    // far from every code and not Dapr-shaped: the app's own family
    "if (body.errorCode.startsWith('ORDER_')) {}",
    { code: "if (body.errorCode.startsWith('ERR_LOCK')) {}", ...js },
  ],
  invalid: [
    {
      code: "if (body.errorCode.startsWith('ERR_STATES_')) {}",
      errors: [noPart('starts with', 'ERR_STATES_', ['ERR_STATE_', 'ERR_STATE'], (s) => `if (body.errorCode.startsWith('${s}')) {}`)],
    },
    {
      code: "if (errorCode.endsWith('_NOT_FOUNDD')) {}",
      errors: [noPart('ends with', '_NOT_FOUNDD', ['_NOT_FOUND', 'NOT_FOUND'], (s) => `if (errorCode.endsWith('${s}')) {}`)],
    },
    {
      // case-folded: the fix keeps the case the comparison needs
      code: "if (err.errorCode?.toLowerCase().startsWith('err_pubsubs_')) {}",
      errors: [noPart('starts with', 'err_pubsubs_', ['err_pubsub_', 'err_pub_sub_', 'err_pubsub'], (s) => `if (err.errorCode?.toLowerCase().startsWith('${s.toLowerCase()}')) {}`)],
    },
  ],
});
