// Text normalised through a call is a case-folded search in what it was made from
// (docs/where-a-string-is-a-code.md, "Text and case"), held in a const or not.
import rule from '../../src/rules/no-unknown-code.js';
import { ruleTester, typoError as typo } from '../rule-tester.js';

const hits = [
  "if (String(err?.message ?? err).toLowerCase().includes('err_direct_invok')) {}",
  "const text = String(err?.message ?? err).toLowerCase(); if (text.includes('err_direct_invok')) {}",
  "if (`${err}`.toLowerCase().includes('err_direct_invok')) {}",
  "if ((e.message || '').toLowerCase().includes('err_direct_invok')) {}",
  "if (JSON.stringify(body).toLowerCase().includes('err_direct_invok')) {}",
  "if (String(error).toLocaleLowerCase().indexOf('err_direct_invok') >= 0) {}",
  "const lower = (lastError.toString() + '').toLowerCase(); if (lower.includes('err_direct_invok')) {}",
];

ruleTester.run('no-unknown-code: normalised text', rule, {
  valid: [
    ...hits.map((code) => code.replace('err_direct_invok', 'err_direct_invoke')),
    // text made of something that is neither an error nor a message
    "if (String(value).toLowerCase().includes('err_direct_invok')) {}",
    "if (`${path}`.toLowerCase().includes('err_direct_invok')) {}",
  ],
  invalid: hits.map((code) => ({ code, errors: [typo('err_direct_invok', 'err_direct_invoke', code.replace('err_direct_invok', 'err_direct_invoke'))] })),
});
