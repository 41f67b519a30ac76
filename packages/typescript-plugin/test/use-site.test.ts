import type { UseSite } from '@dapr-codes/catalog';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stringExpressionOf } from '../src/string-tokens.js';
import { useSiteOf } from '../src/use-site.js';
import { sourceFile, tokenWith, typed } from './helpers.js';

const strongCode: UseSite = { strength: 'strong', namespace: 'code' };
const strongReason: UseSite = { strength: 'strong', namespace: 'reason' };
const weakReason: UseSite = { strength: 'weak', namespace: 'reason' };
const weak: UseSite = { strength: 'weak' };
const bare: UseSite = { strength: 'bare' };

/** The site of the string holding `needle` in `code` (syntax only). */
function site(code: string, needle = 'ERR_X'): UseSite | undefined {
  const file = sourceFile(code);
  return useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, needle)));
}

describe('useSiteOf: syntax', () => {
  it.each<[string, string, UseSite | undefined]>([
    ['=== on errorCode', 'if (body.errorCode === "ERR_X") {}', strongCode],
    ['literal on the left', 'if ("ERR_X" !== body.errorCode) {}', strongCode],
    ['optional chain and ==', 'if (err?.errorCode == "ERR_X") {}', strongCode],
    ['destructured identifier', 'const { errorCode } = body; if (errorCode != "ERR_X") {}', strongCode],
    ['snake case name', 'if (err.error_code === "ERR_X") {}', strongCode],
    ['*ErrorCode name', 'if (state.daprErrorCode === "ERR_X") {}', strongCode],
    ['element access by name', 'if (body["errorCode"] === "ERR_X") {}', strongCode],
    ['parenthesized and non-null', 'if ((body.errorCode!) === ("ERR_X")) {}', strongCode],
    ['case-folded comparison', 'if (body.errorCode.toUpperCase() === "ERR_X") {}', { ...strongCode, fold: 'upper' }],
    ['switch case on errorCode', 'switch (body.errorCode) { case "ERR_X": break; }', strongCode],
    ['switch case on reason, no ErrorInfo', 'switch (detail.reason) { case "ERR_X": break; }', weakReason],
    ['switch over Dapr-prefixed cases', 'switch (code) { case "ERR_STATE_GET": break; case "ERR_X": break; }', strongCode],
    ['switch over app cases', 'switch (code) { case "ERR_ORDER_LOST": break; case "ERR_X": break; }', bare],
    ['switch with a non-code case', 'switch (code) { case "ERR_STATE_GET": break; case "ERR_X": break; case "ok": break; }', bare],
    ['switch on a message', 'switch (msg) { case "ERR_X": break; }', weak],
    ['list looked up by errorCode', 'if (["ERR_X", "ERR_Y"].includes(body.errorCode)) {}', strongCode],
    ['list looked up by something else', 'if (["ERR_X"].includes(code)) {}', bare],
    ['errorCode property value', 'const body = { errorCode: "ERR_X" };', { ...strongCode, envelope: 'object' }],
    ['quoted errorCode key', 'const body = { "errorCode": "ERR_X" as const };', { ...strongCode, envelope: 'object' }],
    ['assignment to errorCode', 'body.errorCode = "ERR_X";', strongCode],
    ['errorCode variable', 'const errorCode = "ERR_X";', strongCode],
    ['errorCode default value', 'function f({ errorCode = "ERR_X" }) {}', strongCode],
    ['errorCode class field', 'class Reply { errorCode = "ERR_X"; }', strongCode],
    ['reason through errorInfo', 'if (err.errorInfo?.reason === "ERR_X") {}', strongReason],
    ['reason beside @type ErrorInfo', 'const d = { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "ERR_X" };', strongReason],
    ['reason beside domain dapr.io', 'const d = { domain: "dapr.io", reason: "ERR_X" };', strongReason],
    ['reason held by errorInfo', 'const d = { errorInfo: { reason: "ERR_X" } };', strongReason],
    ['reason without ErrorInfo', 'if (detail.reason === "ERR_X") {}', weakReason],
    ['reason beside another domain', 'const d = { domain: "example.com", reason: "ERR_X" };', weakReason],
    ['message search', 'if (err.message.includes("ERR_X")) {}', { ...weak, search: true }],
    ['case-folded message search', 'if (msg.toLowerCase().startsWith("ERR_X")) {}', { ...weak, fold: 'lower', search: true }],
    ['=== on a message', 'if (error_msg === "ERR_X") {}', weak],
    ['search on a non-message', 'if (list.includes("ERR_X")) {}', bare],
    ['search in errorCode (a family check)', 'if (body.errorCode.startsWith("ERR_X")) {}', { ...strongCode, part: 'prefix' }],
    ['=== on code (Node, axios)', 'if (err.code === "ERR_X") {}', bare],
    ['plain variable', 'const x = "ERR_X";', bare],
    ['argument', 'log("ERR_X");', bare],
    ['template literal', 'const x = `ERR_X`;', bare],
    ['catalog function', 'import { getCode } from "@dapr-codes/catalog"; getCode("ERR_X");', strongCode],
    ['renamed catalog import', 'import { getReason as r } from "@dapr-codes/catalog"; r("ERR_X");', strongReason],
    ['catalog namespace import', 'import * as catalog from "@dapr-codes/catalog"; catalog.isDaprErrorCode("ERR_X");', strongCode],
    ['catalog require', 'const { getCode } = require("@dapr-codes/catalog"); getCode("ERR_X");', strongCode],
    ['same name, other package', 'import { getCode } from "./codes"; getCode("ERR_X");', bare],
    ['catalog import, not a catalog function', 'import { suggestCodes } from "@dapr-codes/catalog"; suggestCodes("ERR_X");', bare],
    ['enum member initializer', 'enum AppError { A = "ERR_X" }', undefined],
    ['enum member name', 'enum AppError { "ERR_X" = 1 }', undefined],
    ['class field of an app', 'class Codes { static lost = "ERR_X"; }', undefined],
    ['literal type', 'let code: "ERR_X";', undefined],
    ['class field literal type', 'class DaprError { code: "ERR_X" | "B" = "B"; }', undefined],
    ['computed key', 'const o = { ["ERR_X"]: 1 };', undefined],
    ['object key', 'const o = { "ERR_X": 1 };', undefined],
    ['element access (process.env)', 'const port = process.env["ERR_X"];', undefined],
    ['import specifier', 'import x from "ERR_X";', undefined],
    ['export specifier', 'export { a } from "ERR_X";', undefined],
    ['require', 'const x = require("ERR_X");', undefined],
    ['dynamic import', 'const x = import("ERR_X");', undefined],
    ['module declaration', 'declare module "ERR_X" {}', undefined],
  ])('%s', (_, code, expected) => {
    expect(site(code)).toEqual(expected);
  });

  it('decides for a template expression as a whole (JSON inside it)', () => {
    expect(site('const x = { [`{"errorCode":"${c}"}`]: 1 };', 'errorCode')).toBeUndefined();
    expect(site('const x = `{"errorCode":"${c}"}`;', 'errorCode')).toEqual(bare);
  });
});

describe('useSiteOf: types', () => {
  const code = 'type Code = "ERR_STATE_GET" | "ERR_STATE_SAVE"; type App = "ORDER_LOST" | "ORDER_LATE";\n';

  it('places a string typed as a union of Dapr codes', () => {
    const { file, types } = typed(`${code}const c: Code = "ERR_X"; declare function f(c: Code): void; f("ERR_Y");`);
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_X')), types)).toEqual(strongCode);
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_Y')), types)).toEqual(strongCode);
    expect(types.consulted).toBe(true);
  });

  it('places the cases of a switch over such a type, and a string compared with one (by the other side\'s type)', () => {
    const { file, types } = typed(`${code}declare const c: Code; if (c === "ERR_X") {} switch (c) { case "ERR_Y": break; }`);
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_X')), types)).toEqual(strongCode);
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_Y')), types)).toEqual(strongCode);
  });

  it('reads only unions of string literals and nothing else, as the ESLint rules do', () => {
    const { file, types } = typed(`${code}const c: Code | undefined = "ERR_X";`);
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_X')), types)).toEqual(bare);
  });

  it('leaves app unions and plain strings bare', () => {
    const { file, types } = typed(`${code}const a: App | "ERR_STATE_GET" = "ERR_X"; const s: string = "ERR_Y";`);
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_X')), types)).toEqual(bare);
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_Y')), types)).toEqual(bare);
  });

  it('follows a local to the property it was read from', () => {
    const { file, types } = typed(
      'declare const body: { errorCode: string; detail: { reason: string } };\nconst code = body.errorCode; const { reason: r } = body.detail; const other = body.detail;\nif (code === "ERR_X" || r === "ERR_Y" || other === "ERR_Z") {}',
    );
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_X')), types)).toEqual(strongCode);
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_Y')), types)).toEqual(weakReason);
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_Z')), types)).toEqual(bare);
  });

  it('does not ask the checker when the syntax decides', () => {
    const { file, types } = typed('declare const body: { errorCode: string }; if (body.errorCode === "ERR_X") {}');
    expect(useSiteOf(ts, stringExpressionOf(ts, tokenWith(file, 'ERR_X')), types)).toEqual(strongCode);
    expect(types.consulted).toBe(false);
  });
});
