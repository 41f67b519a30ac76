// Values held by a `const` are judged where the const is read (docs/where-a-string-is-a-code.md).
import rule from '../../src/rules/no-unknown-code.js';
import { js, ruleTester, typoError as typo } from '../rule-tester.js';

ruleTester.run('no-unknown-code: values held by a const', rule, {
  valid: [
    // known codes through every kind of const
    "const normalized = text.toLowerCase(); if (normalized.includes('err_direct_invoke')) {}",
    "const UNLOCK_FAILED = 'ERR_UNLOCK'; if (body.errorCode === UNLOCK_FAILED) {}",
    "const RETRY = ['ERR_STATE_GET', 'ERR_STATE_SAVE'] as const; if (RETRY.includes(err.errorCode)) {}",
    "const RETRY = new Set(['ERR_DIRECT_INVOKE']); if (RETRY.has(body.errorCode)) {}",
    "const CODES = { notFound: 'ERR_PUBSUB_NOT_FOUND' } as const; if (body.errorCode === CODES.notFound) {}",
    // the const is read where nothing says "code": its strings stay bare
    "const KINDS = ['dapr_workflow_slot', 'dapr_state']; if (KINDS.includes(resourceType)) {}",
    "const LABEL = 'ERR_ORDER_REJECTD'; log(LABEL);",
    "const CODES = { bad: 'ERR_BAD_REQUEST' }; if (err.code === CODES.bad) {}",
    // another member of the object is the one compared
    "const CODES = { a: 'ERR_ORDER_REJECTD', b: 'ERR_STATE_GET' }; if (body.errorCode === CODES.b) {}",
    // only a const is followed: a `let` may hold anything by the time it is read
    "let normalized = text.toLowerCase(); normalized = other; if (normalized.includes('err_direct_invok')) {}",
    // scope-aware: the inner `normalized` is not the case-folded message
    "const normalized = text.toLowerCase(); function f(normalized) { return normalized.includes('err_direct_invok'); }",
    { code: "const normalized = text.toLowerCase(); if (normalized.includes('err_direct_invoke')) {}", ...js },
  ],
  invalid: [
    {
      // workflow-builder's shape: a case-folded copy of the text in a const; the fix keeps lower case
      code: "const normalized = text.toLowerCase();\nif (normalized.includes('err_direct_invok')) {}",
      errors: [{ ...typo('err_direct_invok', 'err_direct_invoke', "const normalized = text.toLowerCase();\nif (normalized.includes('err_direct_invoke')) {}"), line: 2, column: 25 }],
    },
    {
      code: "const normalized = errorText(input).toLowerCase(); const n = normalized; n.includes('err_invoke_output_bindng');",
      errors: [typo('err_invoke_output_bindng', 'err_invoke_output_binding', "const normalized = errorText(input).toLowerCase(); const n = normalized; n.includes('err_invoke_output_binding');")],
    },
    {
      code: "const UNLOCK_FAILED = 'ERR_UNLOKC';\nif (body.errorCode === UNLOCK_FAILED) {}",
      errors: [{ ...typo('ERR_UNLOKC', 'ERR_UNLOCK', "const UNLOCK_FAILED = 'ERR_UNLOCK';\nif (body.errorCode === UNLOCK_FAILED) {}"), line: 1, column: 23 }],
    },
    {
      code: "const UNLOCK_FAILED = 'ERR_UNLOKC'; switch (res.errorCode) { case UNLOCK_FAILED: break; }",
      errors: [typo('ERR_UNLOKC', 'ERR_UNLOCK', "const UNLOCK_FAILED = 'ERR_UNLOCK'; switch (res.errorCode) { case UNLOCK_FAILED: break; }")],
    },
    {
      code: "const RETRYABLE = ['ERR_STATE_GET', 'ERR_STATE_SAVEE'] as const; if (RETRYABLE.includes(err.errorCode)) {}",
      errors: [typo('ERR_STATE_SAVEE', 'ERR_STATE_SAVE', "const RETRYABLE = ['ERR_STATE_GET', 'ERR_STATE_SAVE'] as const; if (RETRYABLE.includes(err.errorCode)) {}")],
    },
    {
      code: "const RETRY = new Set(['ERR_DIRECT_INVOK']); if (RETRY.has(body.errorCode)) {}",
      errors: [typo('ERR_DIRECT_INVOK', 'ERR_DIRECT_INVOKE', "const RETRY = new Set(['ERR_DIRECT_INVOKE']); if (RETRY.has(body.errorCode)) {}")],
    },
    {
      code: "const CODES = { notFound: 'ERR_PUBSUB_NOTFOUND' } as const; if (body.errorCode === CODES['notFound']) {}",
      errors: [typo('ERR_PUBSUB_NOTFOUND', 'ERR_PUBSUB_NOT_FOUND', "const CODES = { notFound: 'ERR_PUBSUB_NOT_FOUND' } as const; if (body.errorCode === CODES['notFound']) {}")],
    },
    {
      code: "const RETRY = ['ERR_DIRECT_INVOK']; if (RETRY.includes(body.errorCode)) {}",
      ...js,
      errors: [typo('ERR_DIRECT_INVOK', 'ERR_DIRECT_INVOKE', "const RETRY = ['ERR_DIRECT_INVOKE']; if (RETRY.includes(body.errorCode)) {}")],
    },
  ],
});
