import { join } from 'node:path';
import exhaustive from '../../src/rules/exhaustive-handling.js';
import noUnknown from '../../src/rules/no-unknown-code.js';
import { RuleTester } from '@typescript-eslint/rule-tester';
import '../rule-tester.js';

// Type information sharpens the rules when the parser has a program; it is never required.
const typed = new RuleTester({
  languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: join(import.meta.dirname, '../fixtures/typed') } },
});
const filename = 'file.ts';

const codes = "type StateCode = 'ERR_STATE_GET' | 'ERR_STATE_SAVE' | 'ERR_STATE_DELETE';\n";

const locks = "type LockCode = 'ERR_TRY_LOCK' | 'ERR_UNLOCK' | 'ERR_LOCK_STORE_NOT_FOUND';\ndeclare function onLockError(c: LockCode): void;\n";
const lockTypo = `${locks}onLockError('ERR_TRY_LOKC');`;

// Without types the same text is silent: `ERR_TRY_` is no Dapr-only prefix and nothing names a code.
new RuleTester().run('no-unknown-code (same code, no types)', noUnknown, { valid: [lockTypo], invalid: [] });

typed.run('no-unknown-code (typed)', noUnknown, {
  valid: [{ filename, code: `${locks}onLockError('ERR_UNLOCK');\nconst label: string = 'ERR_TRY_LOKC';` }],
  invalid: [
    {
      // compared with a value of a Dapr code type: TypeScript has no contextual type there, the other side's type decides
      filename,
      code: `${locks}declare const c: LockCode;\nif (c === 'ERR_UNLOCKK') {}`,
      errors: [{ messageId: 'unknownCode', line: 4, suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_UNLOCK'" }, output: `${locks}declare const c: LockCode;\nif (c === 'ERR_UNLOCK') {}` }] }],
    },
    {
      // a string typed as a union of Dapr codes is a code position, whatever the names around it
      filename,
      code: lockTypo,
      errors: [
        {
          messageId: 'unknownCode',
          data: { message: "'ERR_TRY_LOKC' is not a Dapr error code. Did you mean 'ERR_TRY_LOCK'?" },
          line: 3,
          suggestions: [{ messageId: 'replaceWith', data: { title: "Replace with 'ERR_TRY_LOCK'" }, output: `${locks}onLockError('ERR_TRY_LOCK');` }],
        },
      ],
    },
  ],
});

typed.run('exhaustive-handling (typed)', exhaustive, {
  valid: [
    { filename, code: `${codes}declare const c: StateCode;\nswitch (c) { case 'ERR_STATE_GET': case 'ERR_STATE_SAVE': case 'ERR_STATE_DELETE': break; }` },
  ],
  invalid: [
    {
      // the discriminant's union decides what must be handled, not the whole state category
      filename,
      code: `${codes}declare const c: StateCode;\nswitch (c) { case 'ERR_STATE_GET': break; }`,
      errors: [
        {
          messageId: 'missingCases',
          data: { construct: 'Switch', what: 'error code', count: 2, scope: 'its type', list: 'ERR_STATE_SAVE, ERR_STATE_DELETE', fallback: 'default case' },
          suggestions: [
            { messageId: 'addMissingCases', data: { title: 'Add the 2 missing cases' }, output: `${codes}declare const c: StateCode;\nswitch (c) { case 'ERR_STATE_GET': break;\ncase 'ERR_STATE_SAVE': {\n  throw new Error('Not handled yet: ERR_STATE_SAVE');\n}\ncase 'ERR_STATE_DELETE': {\n  throw new Error('Not handled yet: ERR_STATE_DELETE');\n} }` },
            { messageId: 'addDefault', data: { title: 'Add a default case' }, output: `${codes}declare const c: StateCode;\nswitch (c) { case 'ERR_STATE_GET': break;\ndefault: {\n  // Other Dapr error codes, including those of newer runtimes.\n  break;\n} }` },
          ],
        },
      ],
    },
  ],
});
