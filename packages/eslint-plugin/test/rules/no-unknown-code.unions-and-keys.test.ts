// String-literal unions of codes, and keys of a const object looked up with a code
// (docs/where-a-string-is-a-code.md, "Unions and lookup keys").
import rule from '../../src/rules/no-unknown-code.js';
import { js, ruleTester, typoError as typo } from '../rule-tester.js';

ruleTester.run('no-unknown-code: unions and lookup keys', rule, {
  valid: [
    "type DaprCode = 'ERR_STATE_GET' | 'ERR_STATE_SAVE';",
    // a union of the app's own strings, a lone literal type under a name that says nothing
    "type Kind = 'ERR_ORDER_A' | 'ERR_ORDER_B';",
    "type Code = 'ERR_STATE_STORE_NOTFOUND';",
    "let x: 'created_at' | 'updated_at';",
    // keys are names unless the object is looked up with a code
    "const MESSAGES = { 'ERR_STATE_SAVEE': 'y' }; const m = MESSAGES[key];",
    "const o = { 'ERR_STATE_SAVEE': 1 };",
    "const MESSAGES = { 'ERR_STATE_GET': 'x' }; const m = MESSAGES[body.errorCode];",
    // unquoted keys are identifiers, not strings: not checked
    'const MESSAGES = { ERR_STATE_SAVEE: 1 }; const m = MESSAGES[body.errorCode];',
    { code: "const MESSAGES = { 'ERR_STATE_SAVEE': 'y' }; const m = MESSAGES[key];", ...js },
  ],
  invalid: [
    {
      // a union whose members are Dapr codes
      code: "type DaprCode = 'ERR_STATE_GET' | 'ERR_STATE_SAVEE';",
      errors: [typo('ERR_STATE_SAVEE', 'ERR_STATE_SAVE', "type DaprCode = 'ERR_STATE_GET' | 'ERR_STATE_SAVE';")],
    },
    {
      // a type named like a code
      code: "type ErrorCode = 'ERR_UNLOKC';",
      errors: [typo('ERR_UNLOKC', 'ERR_UNLOCK', "type ErrorCode = 'ERR_UNLOCK';")],
    },
    {
      code: "function f(code: 'ERR_STATE_GET' | 'ERR_PUBSUB_NOTFOUND') {}",
      errors: [typo('ERR_PUBSUB_NOTFOUND', 'ERR_PUBSUB_NOT_FOUND', "function f(code: 'ERR_STATE_GET' | 'ERR_PUBSUB_NOT_FOUND') {}")],
    },
    {
      code: "const MESSAGES = { 'ERR_STATE_GET': 'x', 'ERR_STATE_SAVEE': 'y' };\nconst m = MESSAGES[body.errorCode];",
      errors: [{ ...typo('ERR_STATE_SAVEE', 'ERR_STATE_SAVE', "const MESSAGES = { 'ERR_STATE_GET': 'x', 'ERR_STATE_SAVE': 'y' };\nconst m = MESSAGES[body.errorCode];"), line: 1, column: 42 }],
    },
    {
      code: "const MESSAGES = { 'ERR_STATE_SAVEE': 'y' }; const m = MESSAGES[body.errorCode];",
      ...js,
      errors: [typo('ERR_STATE_SAVEE', 'ERR_STATE_SAVE', "const MESSAGES = { 'ERR_STATE_SAVE': 'y' }; const m = MESSAGES[body.errorCode];")],
    },
  ],
});
