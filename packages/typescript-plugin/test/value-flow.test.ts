// Assertions and values handed on by test tables and helpers (docs/where-a-string-is-a-code.md), as the
// tsserver plugin places them; tests/parity.test.ts checks that the ESLint rules place them the same.
import type { UseSite } from '@dapr-codes/catalog';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stringExpressionOf } from '../src/string-tokens.js';
import { useSiteOf } from '../src/use-site.js';
import { tokenWith, typed } from './helpers.js';

const strongCode: UseSite = { strength: 'strong', namespace: 'code' };
const mockedCode: UseSite = { ...strongCode, envelope: 'object' };
const weakSearch: UseSite = { strength: 'weak', search: true };
const bare: UseSite = { strength: 'bare' };

/** The site of the string holding `needle`, with the checker of a program holding `code`. */
function site(code: string, needle = 'ERR_X'): UseSite | undefined {
  const { file, types } = typed(code);
  return useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, needle)), types);
}

describe('assertions', () => {
  it.each<[string, string, UseSite | undefined]>([
    ['assert.equal', 'declare const assert: any, res: any; assert.equal(res.errorCode, "ERR_X");', strongCode],
    ['either order', 'declare const assert: any, body: any; assert.strictEqual("ERR_X", body.errorCode);', strongCode],
    ['an imported strictEqual', 'import { strictEqual } from "node:assert"; declare const err: any; strictEqual(err.errorCode, "ERR_X");', strongCode],
    ['assert.strict.equal', 'declare const assert: any, res: any; assert.strict.equal(res.body.errorCode, "ERR_X");', strongCode],
    ['AVA t.is', 'declare const t: any, error: any; t.is(error.errorCode, "ERR_X");', strongCode],
    ['chai assert.include', 'declare const assert: any, err: any; assert.include(err.message, "ERR_X");', weakSearch],
    ['chai assert.propertyVal', 'declare const assert: any, res: any; assert.propertyVal(res.body, "errorCode", "ERR_X");', strongCode],
    ['the key of propertyVal is a name', 'declare const assert: any, res: any; assert.propertyVal(res.body, "ERR_X", "x");', bare],
    ['expect().toBe', 'declare const expect: any, err: any; expect(err.errorCode).toBe("ERR_X");', strongCode],
    ['expect().not.toEqual', 'declare const expect: any, res: any; expect(res.body.errorCode).not.toEqual("ERR_X");', strongCode],
    ['rejects.toHaveProperty', 'declare const expect: any, call: any; expect(call()).rejects.toHaveProperty("errorCode", "ERR_X");', strongCode],
    ['chai expect().to.equal', 'declare const chai: any, body: any; chai.expect(body.errorCode).to.equal("ERR_X");', strongCode],
    ['should', 'declare const res: any; res.body.errorCode.should.equal("ERR_X");', strongCode],
    ['should.have.property', 'declare const res: any; res.body.should.have.property("errorCode", "ERR_X");', strongCode],
    ['a matcher on a Node code', 'declare const expect: any, err: any; expect(err.code).toBe("ERR_X");', bare],
    ['no assertion', 'declare const expect: any, screen: any; expect(screen.getByText("ERR_X")).toBeVisible();', bare],
  ])('%s', (_, code, expected) => {
    expect(site(code)).toEqual(expected);
  });

  it('follows the actual value to what it was read from', () => {
    expect(site('declare const assert: any, body: any; const code = body.errorCode; assert.equal(code, "ERR_X");')).toEqual(strongCode);
  });
});

describe('values handed on by test tables and helpers', () => {
  const declared = 'declare const it: any, test: any, describe: any, expect: any, assert: any, res: any, body: any, mock: any;\n';
  it.each<[string, string, UseSite | undefined]>([
    ['it.each array rows spread over the parameters', 'it.each([["ERR_X", 500]])("%s", (code, status) => { expect(res.body.errorCode).toBe(code); });', strongCode],
    ['it.each rows of one value', 'describe.each(["ERR_X"])("%s", (errorCode) => { assert.equal(body.errorCode, errorCode); });', strongCode],
    ['test.each object rows, destructured', 'test.each([{ code: "ERR_X" }])("$code", ({ code }) => { mock.reply(500, { errorCode: code }); });', mockedCode],
    ['a const table, rows read as row.code', 'const CASES = [{ code: "ERR_X", status: 500 }]; it.each(CASES)("$code", (row) => { expect(res.body.errorCode).toBe(row.code); });', strongCode],
    ['test.concurrent.each', 'test.concurrent.each([["ERR_X"]])("%s", async (code) => { expect(body.errorCode).toBe(code); });', strongCode],
    ['for...of a list', 'for (const code of ["ERR_X", "ERR_Y"]) { if (body.errorCode === code) {} }', strongCode],
    ['for...of array rows', 'for (const [code, status] of [["ERR_X", 500]] as const) { mock.reply(status, { errorCode: code }); }', mockedCode],
    ['forEach over a const list', 'const RETRYABLE = ["ERR_X"]; RETRYABLE.forEach((code) => { expect(body.errorCode).toBe(code); });', strongCode],
    ['a helper declared as a function', 'function mockError(code: string) { return { errorCode: code }; }\nmockError("ERR_X");', mockedCode],
    ['a helper held by a const, with a default', 'const daprError = (status = 500, code = "x") => ({ status, body: { errorCode: code } });\ndaprError(500, "ERR_X");', mockedCode],
    ['a helper that hands its parameter on in a shorthand property', 'function mockError(errorCode: string) { return { errorCode }; }\nmockError("ERR_X");', mockedCode],
    ['a helper given an object', 'function reply({ code }: { code: string }) { return { errorCode: code }; }\nreply({ code: "ERR_X" });', mockedCode],
    ['the row element bound to a title', 'it.each([["ERR_X", 500]])("%s", (title, status) => { expect(res.status).toBe(status); });', bare],
    ['an array row given whole to a pattern that is not spread', 'it.each([["ERR_X", 500]])("%s", ([code]) => { expect(res.body.errorCode).toBe(code); });', bare],
    ['a rest parameter', 'function mockError(...codes: string[]) { return { errorCode: codes[0] }; }\nmockError("ERR_X");', bare],
    ['a helper held by a let', 'let mockError = (code: string) => ({ errorCode: code });\nmockError("ERR_X");', bare],
    ['a table read where it says nothing', 'for (const name of ["ERR_X"]) { delete process.env[name]; }', bare],
  ])('%s', (_, code, expected) => {
    expect(site(declared + code)).toEqual(expected);
  });

  it('finds the reads of a parameter in its nested callbacks, not those of a same-named sibling', () => {
    const code = `${declared}it.each([["ERR_X"]])("%s", (code) => { it("x", () => { expect(res.body.errorCode).toBe(code); }); });\nit.each([["ERR_Y"]])("%s", (code) => { mock(code); });`;
    expect(site(code, 'ERR_X')).toEqual(strongCode);
    expect(site(code, 'ERR_Y')).toEqual(bare);
  });

  it('asks for declarations and reads only when the syntax shows a table or a helper of the file', () => {
    for (const code of ['expect(body.errorCode).toBe("ERR_X");', 'log("ERR_X");', 'if (["ERR_X"].includes(body.errorCode)) {}', 'for (const c of ["ERR_X"]) {}']) {
      const { file, types } = typed(`declare const expect: any, body: any, log: any;\n${code}`);
      const asked: string[] = [];
      const spy = { ...types, readsOf: (n: ts.Identifier) => (asked.push('readsOf'), types.readsOf(n)), declarationOf: (n: ts.Identifier) => (asked.push('declarationOf'), types.declarationOf(n)) };
      expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_X')), spy)).toBeDefined();
      expect(asked).toEqual(code.startsWith('for') ? ['readsOf'] : []);
    }
  });

  it('follows nothing without the checker', () => {
    const { file } = typed('function mockError(code: string) { return { errorCode: code }; }\nmockError("ERR_X");');
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_X')))).toEqual(bare);
  });
});
