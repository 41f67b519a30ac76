import { getCodesOfCategory } from '@dapr-codes/catalog';
import rule from '../../src/rules/exhaustive-handling.js';
import { js, ruleTester } from '../rule-tester.js';

const sentState = getCodesOfCategory('state').filter((c) => c.status === 'active').map((c) => c.code);
const allStateCases = sentState.map((c) => `case '${c}':`).join(' ');

ruleTester.run('exhaustive-handling', rule, {
  valid: [
    // a default handles the rest
    "switch (body.errorCode) { case 'ERR_STATE_GET': retry(); break; default: fail(); }",
    // every state code handled
    `switch (body.errorCode) { ${allStateCases} break; }`,
    // opt-out comment
    "switch (body.errorCode) {\n  case 'ERR_STATE_GET':\n    break;\n  // no default\n}",
    { code: "switch (body.errorCode) {\n  case 'ERR_STATE_GET':\n    break;\n  // other codes are retried upstream\n}", options: [{ defaultCaseCommentPattern: '^other codes' }] },
    // a lone if handles one code on purpose; an if/else chain with a final else is complete
    "if (body.errorCode === 'ERR_STATE_GET') retry();",
    "if (e.errorCode === 'ERR_STATE_GET') a(); else if (e.errorCode === 'ERR_STATE_SAVE') b(); else c();",
    // not over a Dapr code
    "switch (err.code) { case 'ERR_BAD_REQUEST': break; case 'ERR_NETWORK': break; }",
    "switch (kind) { case 'a': break; case 'b': break; }",
    "switch (body.errorCode) { case 'ERR_ORDER_LOST': break; }",
    "if (x.code === 'ERR_INVALID_ARG_TYPE') a(); else if (x.code === 'ERR_OUT_OF_RANGE') b();",
    // chains that compare different things are not a dispatch on one code
    "if (a.errorCode === 'ERR_STATE_GET') x(); else if (b.errorCode === 'ERR_STATE_SAVE') y();",
    { code: "if (e.errorCode === 'ERR_STATE_GET') a(); else if (e.errorCode === 'ERR_STATE_SAVE') b();", options: [{ checkIfChains: false }] },
    { code: `switch (body.errorCode) { ${allStateCases} break; }`, ...js },
  ],
  invalid: [
    {
      code: "switch (body.errorCode) {\n  case 'ERR_STATE_GET':\n    retry();\n    break;\n}",
      errors: [
        {
          messageId: 'missingCases',
          data: {
            construct: 'Switch',
            what: 'error code',
            count: sentState.length - 1,
            scope: 'the state codes',
            list: `ERR_STATE_TRANSACTION, ERR_STATE_SAVE, ERR_STATE_DELETE, ERR_STATE_BULK_DELETE, ERR_STATE_BULK_GET, ERR_NOT_SUPPORTED_STATE_OPERATION and ${sentState.length - 7} more`,
            fallback: 'default case',
          },
          line: 1,
          column: 9,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { title: `Add the ${sentState.length - 1} missing cases` },
              output: `switch (body.errorCode) {\n  case 'ERR_STATE_GET':\n    retry();\n    break;\n  ${sentState
                .filter((c) => c !== 'ERR_STATE_GET')
                .map((c) => `case '${c}': {\n    throw new Error('Not handled yet: ${c}');\n  }`)
                .join('\n  ')}\n}`,
            },
            {
              messageId: 'addDefault',
              data: { title: 'Add a default case' },
              output: "switch (body.errorCode) {\n  case 'ERR_STATE_GET':\n    retry();\n    break;\n  default: {\n    // Other Dapr error codes, including those of newer runtimes.\n    break;\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      // a multi-category code pulls in both categories; a targeted version changes the set
      code: 'switch (body.errorCode) { case "ERR_LOCK_STORE_NOT_FOUND": case "ERR_TRY_LOCK": case "ERR_UNLOCK": break }',
      errors: [
        {
          messageId: 'missingCases',
          data: { construct: 'Switch', what: 'error code', count: 1, scope: 'the lock codes', list: 'ERR_LOCK_STORE_NOT_CONFIGURED', fallback: 'default case' },
          suggestions: [
            { messageId: 'addMissingCases', data: { title: 'Add the missing case' }, output: 'switch (body.errorCode) { case "ERR_LOCK_STORE_NOT_FOUND": case "ERR_TRY_LOCK": case "ERR_UNLOCK": break\ncase "ERR_LOCK_STORE_NOT_CONFIGURED": {\n  throw new Error("Not handled yet: ERR_LOCK_STORE_NOT_CONFIGURED")\n} }' },
            { messageId: 'addDefault', data: { title: 'Add a default case' }, output: 'switch (body.errorCode) { case "ERR_LOCK_STORE_NOT_FOUND": case "ERR_TRY_LOCK": case "ERR_UNLOCK": break\ndefault: {\n  // Other Dapr error codes, including those of newer runtimes.\n  break\n} }' },
          ],
        },
      ],
    },
    {
      // with a default that does not count, and scope 'all'
      code: "switch (body.errorCode) { case 'ERR_HEALTH_NOT_READY': case 'ERR_HEALTH_APPID_NOT_MATCH': break; default: break; }",
      options: [{ considerDefaultExhaustive: false }],
      errors: [{ messageId: 'missingCases', data: { construct: 'Switch', what: 'error code', count: 1, scope: 'the health codes', list: 'ERR_OUTBOUND_HEALTH_NOT_READY', fallback: 'default case' }, suggestions: [{ messageId: 'addMissingCases', data: { title: 'Add the missing case' }, output: "switch (body.errorCode) { case 'ERR_HEALTH_NOT_READY': case 'ERR_HEALTH_APPID_NOT_MATCH': break; case 'ERR_OUTBOUND_HEALTH_NOT_READY': {\n  throw new Error('Not handled yet: ERR_OUTBOUND_HEALTH_NOT_READY');\n}\ndefault: break; }" }] }],
    },
    {
      // complete, but strict wants a default because newer runtimes add codes
      code: "switch (body.errorCode) { case 'ERR_HEALTH_NOT_READY': case 'ERR_HEALTH_APPID_NOT_MATCH': case 'ERR_OUTBOUND_HEALTH_NOT_READY': break; }",
      options: [{ requireDefault: true }],
      errors: [{ messageId: 'missingDefault', data: { construct: 'Switch', what: 'error code', fallback: 'default case' }, suggestions: [{ messageId: 'addDefault', data: { title: 'Add a default case' }, output: "switch (body.errorCode) { case 'ERR_HEALTH_NOT_READY': case 'ERR_HEALTH_APPID_NOT_MATCH': case 'ERR_OUTBOUND_HEALTH_NOT_READY': break;\ndefault: {\n  // Other Dapr error codes, including those of newer runtimes.\n  break;\n} }" }] }],
    },
    {
      // an if/else chain over the same code with no final else
      code: "if (e.errorCode === 'ERR_CRYPTO_KEY') a();\nelse if (e.errorCode === 'ERR_CRYPTO' || e.errorCode === 'ERR_CRYPTO_PROVIDER_NOT_FOUND') b();",
      errors: [
        {
          messageId: 'missingCases',
          data: { construct: 'if/else chain', what: 'error code', count: 1, scope: 'the crypto codes', list: 'ERR_CRYPTO_PROVIDERS_NOT_CONFIGURED', fallback: 'final else' },
          suggestions: [{ messageId: 'addElse', data: { title: 'Add an else branch' }, output: "if (e.errorCode === 'ERR_CRYPTO_KEY') a();\nelse if (e.errorCode === 'ERR_CRYPTO' || e.errorCode === 'ERR_CRYPTO_PROVIDER_NOT_FOUND') b(); else {\n  // Other Dapr error codes, including those of newer runtimes.\n}" }],
        },
      ],
    },
    {
      // a switch on ErrorInfo reasons; a switch recognised by its cases alone
      code: "switch (info.errorInfo.reason) { case 'DAPR_STATE_NOT_FOUND': break; }",
      // the reasons equal to a code (ERR_STATE_GET, sent by the older gRPC path) are not "state reasons" here
      errors: [{ messageId: 'missingCases', data: { construct: 'Switch', what: 'ErrorInfo reason', count: 6, scope: 'the state reasons', list: 'DAPR_STATE_NOT_CONFIGURED, DAPR_STATE_ILLEGAL_KEY, DAPR_STATE_TRANSACTIONS_NOT_SUPPORTED, DAPR_STATE_QUERYING_NOT_SUPPORTED, DAPR_STATE_TOO_MANY_TRANSACTIONS, DAPR_STATE_QUERY_FAILED', fallback: 'default case' }, suggestions: 2 as never }],
    },
    {
      // a switch that handles a code-named reason itself is about those too
      code: "switch (info.errorInfo.reason) { case 'ERR_STATE_GET': break; case 'DAPR_STATE_NOT_FOUND': break; }",
      errors: [{ messageId: 'missingCases', data: { construct: 'Switch', what: 'ErrorInfo reason', count: 11, scope: 'the state reasons', list: 'DAPR_STATE_NOT_CONFIGURED, DAPR_STATE_ILLEGAL_KEY, DAPR_STATE_TRANSACTIONS_NOT_SUPPORTED, DAPR_STATE_QUERYING_NOT_SUPPORTED, DAPR_STATE_TOO_MANY_TRANSACTIONS, DAPR_STATE_QUERY_FAILED and 5 more', fallback: 'default case' }, suggestions: 2 as never }],
    },
    {
      code: "switch (code) { case 'ERR_CONVERSATION_INVOKE': break; case 'ERR_CONVERSATION_NOT_FOUND': break; }",
      errors: [{ messageId: 'missingCases', data: { construct: 'Switch', what: 'error code', count: 2, scope: 'the conversation codes', list: 'ERR_CONVERSATION_INVALID_PARMS, ERR_CONVERSATION_MISSING_INPUTS', fallback: 'default case' }, suggestions: 2 as never }],
    },
    {
      // against Dapr 1.14 the scheduler codes had no DAPR_ prefix
      code: "switch (body.errorCode) { case 'SCHEDULER_JOB_NAME': break; }",
      settings: { dapr: { version: '1.14' } },
      errors: [{ messageId: 'missingCases', data: { construct: 'Switch', what: 'error code', count: 7, scope: 'the job codes', list: 'SCHEDULER_SCHEDULE_JOB, SCHEDULER_JOB_NAME_EMPTY, SCHEDULER_GET_JOB, SCHEDULER_LIST_JOBS, SCHEDULER_DELETE_JOB, SCHEDULER_EMPTY and 1 more', fallback: 'default case' }, suggestions: 2 as never }],
    },
    {
      // over a rolling upgrade from 1.14 to 1.15, both names of each scheduler code must be handled
      code: "switch (body.errorCode) { case 'SCHEDULER_JOB_NAME': break; }",
      settings: { dapr: { version: '1.14 - 1.15' } },
      errors: [{ messageId: 'missingCases', data: { construct: 'Switch', what: 'error code', count: 15, scope: 'the job codes', list: 'DAPR_SCHEDULER_SCHEDULE_JOB, SCHEDULER_SCHEDULE_JOB, DAPR_SCHEDULER_JOB_NAME, DAPR_SCHEDULER_JOB_NAME_EMPTY, SCHEDULER_JOB_NAME_EMPTY, DAPR_SCHEDULER_GET_JOB and 9 more', fallback: 'default case' }, suggestions: 2 as never }],
    },
  ],
});
