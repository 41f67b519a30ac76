import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const linter = new Linter({ configType: 'flat' });
const all = { files: ['**/*.{ts,tsx,js,cjs,mjs}'], plugins: { '@dapr-codes': plugin }, rules: plugin.configs.all.rules, settings: { dapr: { version: '1.16' } } };
const lint = (code: string, filename: string, ts = true) =>
  linter.verify(code, [{ files: ['**/*.{ts,tsx,js,cjs,mjs}'], ...(ts ? { languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } } : {}) }, all], filename);

describe('odd input', () => {
  const huge = Array.from({ length: 20_000 }, (_, i) => `if (b.errorCode === 'ERR_STATE_GET') f(${i}); const s${i} = "x";`).join('\n');
  it.each([
    ['empty file', '', 'a.ts'],
    ['only a comment', "// body.errorCode === 'ERR_STATE_STORE_NOTFOUND'", 'a.ts'],
    ['odd Unicode', "const é = '𝒳'; if (b.errorCode === 'ERR_STATE_GÉT') {} const bom = '\\uFEFF';", 'a.ts'],
    ['escapes in literals', "if (b.errorCode === 'ERR_\\u0053TATE_GET' || b.errorCode === '\\x45RR_TOPIC_EMPTY') {}", 'a.ts'],
    ['JSX', "const A = () => <div data-code='ERR_STATE_STORE_NOTFOUND'>{err.errorCode === 'ERR_STATE_GET' ? 'x' : 'y'}</div>;", 'a.tsx'],
    ['decorators', "@Catch('ERR_ACTOR_REMINDR_GET') class H { @On('ERR_STATE_GET') m() {} }", 'a.ts'],
    ['CommonJS', "module.exports = { errorCode: 'ERR_STATE_GET' }; if (require('x').errorCode === 'ERR_TOPIC_EMPTY') {}", 'a.cjs'],
    ['ES module', "export default { errorCode: 'ERR_STATE_GET' };", 'a.mjs'],
    ['invalid escape in a template', 'const t = tag`\\unicode ${x}`; const u = `{"errorCode":"${c}"}`;', 'a.ts'],
    ['empty switch and chains', "switch (b.errorCode) {} if (b.errorCode === '') {} else if (b.errorCode === ``) {}", 'a.ts'],
    ['syntax error', "if (b.errorCode === 'ERR_STATE_GET' {", 'a.ts'],
  ])('%s: no crash', (_, code, filename) => {
    const messages = lint(code, filename);
    expect(messages.filter((m) => m.fatal && !/Parsing error|expected/i.test(m.message))).toEqual([]);
  });

  it('plain JavaScript with espree finds the same problems as TypeScript', () => {
    const code = "if (b.errorCode === 'ERR_STATE_STORE_NOTFOUND') {} if (b.errorCode === 'ERR_TOPIC_EMPTY') {}";
    const ids = (ms: Linter.LintMessage[]) => ms.map((m) => `${m.ruleId}:${m.line}:${m.column}`);
    expect(ids(lint(code, 'a.js', false))).toEqual(ids(lint(code, 'a.ts')));
    expect(lint(code, 'a.js', false)).toHaveLength(2);
  });

  it('lints a 20k-line file of known codes without findings', () => {
    expect(lint(huge, 'big.ts')).toEqual([]);
  });
});
