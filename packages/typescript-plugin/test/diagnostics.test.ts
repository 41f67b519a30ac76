import { DEFAULT_OPTIONS, toDaprTarget, type DaprTarget } from '@dapr-codes/catalog';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { configDiagnostics, createFindingsCache, findingsInFile, toDiagnostic, type Finding } from '../src/diagnostics.js';
import { codeFixesFor, withFixableCodes } from '../src/code-fixes.js';
import { createClassifier, fileContext } from '../src/occurrences.js';
import { sourceFile } from './helpers.js';

const version = (v: string) => toDaprTarget(v);
const spanText = (text: string, span: ts.TextSpan) => text.slice(span.start, span.start + span.length);

function findings(text: string, v?: DaprTarget) {
  const file = sourceFile(text);
  return findingsInFile({ ts, sourceFile: file, types: undefined, classify: createClassifier(new Set()), context: fileContext(file, 'auto') }, v);
}

describe('findings', () => {
  const text = [
    'if (body.errorCode === "ERR_TOPIC_EMPTY") {}',
    'if (body.errorCode === "ERR_PUBSUB_NOT_FOUN") {}',
    'if (body.errorCode === "ERR_TOPIC_NAME_EMPTY") {}',
    'if (body.errorCode === "DAPR_STATE_NOT_FOUND") {}',
  ].join('\n');

  it('reports unknown and deprecated codes with the ESLint rules\' messages and fixes', () => {
    expect(findings(text).map((f) => [f.code, f.message, spanText(text, f.span), spanText(text, f.valueSpan), f.replacements, f.deprecated])).toEqual([
      [93101, "'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'.", '"ERR_TOPIC_EMPTY"', 'ERR_TOPIC_EMPTY', ['ERR_TOPIC_NAME_EMPTY'], true],
      [93100, "'ERR_PUBSUB_NOT_FOUN' is not a Dapr error code. Did you mean 'ERR_PUBSUB_NOT_FOUND'?", '"ERR_PUBSUB_NOT_FOUN"', 'ERR_PUBSUB_NOT_FOUN', ['ERR_PUBSUB_NOT_FOUND'], false],
      [93100, "'DAPR_STATE_NOT_FOUND' is an ErrorInfo reason, not an errorCode; here use 'ERR_STATE_STORE_NOT_FOUND'.", '"DAPR_STATE_NOT_FOUND"', 'DAPR_STATE_NOT_FOUND', ['ERR_STATE_STORE_NOT_FOUND'], false],
    ]);
  });

  it('checks against the configured runtime version', () => {
    expect(findings(text, version('1.13')).map((f) => [f.message, f.replacements])).toEqual([
      ["'ERR_PUBSUB_NOT_FOUN' is not a Dapr error code. Did you mean 'ERR_PUBSUB_NOT_FOUND'?", ['ERR_PUBSUB_NOT_FOUND']],
      ["'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; the configured version is \"1.13\". That runtime sends 'ERR_TOPIC_EMPTY'.", ['ERR_TOPIC_EMPTY']],
      ["'DAPR_STATE_NOT_FOUND' is an ErrorInfo reason, not an errorCode; here use 'ERR_STATE_STORE_NOT_FOUND'.", ['ERR_STATE_STORE_NOT_FOUND']],
    ]);
  });

  it('keeps the written case in fixes of a case-folded search', () => {
    const folded = 'if (msg.toLowerCase().includes("err_direct_invok")) {}';
    expect(findings(folded).map((f) => [f.message, f.replacements])).toEqual([["'err_direct_invok' is not a Dapr error code. Did you mean 'err_direct_invoke'?", ['err_direct_invoke']]]);
  });

  it('skips files with nothing that could be a code', () => {
    expect(findings('const port = process.env.DAPR_HTTP_PORT; // errorCode reason ERR_STATE_GET')).toEqual([]);
  });
});

describe('diagnostics', () => {
  const text = 'if (body.errorCode === "ERR_TOPIC_EMPTY") {}';
  const file = sourceFile(text);
  const [finding] = findings(text);

  it('carry the code, the category, the source, and the deprecated tag of removed codes', () => {
    expect(toDiagnostic(ts, file, finding!, 'error')).toEqual({
      file,
      start: 23,
      length: 17,
      messageText: finding!.message,
      category: ts.DiagnosticCategory.Error,
      code: 93101,
      source: 'dapr-codes',
      reportsDeprecated: {},
    });
    expect(toDiagnostic(ts, file, finding!, 'warning').category).toBe(ts.DiagnosticCategory.Warning);
  });

  it('put a misconfiguration on the first line', () => {
    const two = sourceFile('// first line\nconst a = 1;');
    expect(configDiagnostics(ts, two, [{ code: 93111, message: 'unknown option' }])).toEqual([
      { file: two, start: 0, length: 13, messageText: 'unknown option', category: ts.DiagnosticCategory.Warning, code: 93111, source: 'dapr-codes' },
    ]);
  });
});

describe('code fixes', () => {
  const fileName = '/src/a.ts';
  const finding: Finding = { code: 93100, message: 'm', span: { start: 10, length: 7 }, valueSpan: { start: 11, length: 5 }, replacements: ['ERR_A', 'ERR_B'], deprecated: false };

  it('offer one replacement per suggestion for a finding in the range', () => {
    expect(codeFixesFor([finding], fileName, 12, 12, [93100])).toEqual([
      { fixName: 'daprCodesReplace', description: "Replace with 'ERR_A'", changes: [{ fileName, textChanges: [{ span: { start: 11, length: 5 }, newText: 'ERR_A' }] }] },
      { fixName: 'daprCodesReplace', description: "Replace with 'ERR_B'", changes: [{ fileName, textChanges: [{ span: { start: 11, length: 5 }, newText: 'ERR_B' }] }] },
    ]);
  });

  it('offer nothing outside the range or for other codes', () => {
    expect(codeFixesFor([finding], fileName, 0, 9, [93100])).toEqual([]);
    expect(codeFixesFor([finding], fileName, 12, 12, [93101, 2304])).toEqual([]);
  });

  it('add the fixable codes to the supported ones once', () => {
    expect(withFixableCodes(['2304'])).toEqual(['2304', '93100', '93101']);
    expect(withFixableCodes(['93100', '93101'])).toEqual(['93100', '93101']);
  });
});

describe('findings cache', () => {
  const file = sourceFile('if (body.errorCode === "ERR_TOPIC_EMPTY") {}');
  const programA = {} as ts.Program;
  const programB = {} as ts.Program;

  it('computes once per file text and options; per program only when types decided', () => {
    const cache = createFindingsCache();
    let runs = 0;
    const compute = (usedTypes: boolean) => () => {
      runs++;
      return { findings: [], usedTypes };
    };
    cache.get(file, DEFAULT_OPTIONS, undefined, programA, compute(false));
    cache.get(file, DEFAULT_OPTIONS, undefined, programB, compute(false));
    expect(runs).toBe(1);
    cache.get(file, { ...DEFAULT_OPTIONS }, undefined, programB, compute(true));
    expect(runs).toBe(2);
    cache.get(file, DEFAULT_OPTIONS, undefined, programB, compute(true));
    cache.get(file, DEFAULT_OPTIONS, undefined, programB, compute(true));
    expect(runs).toBe(3);
    cache.get(file, DEFAULT_OPTIONS, undefined, programA, compute(true));
    expect(runs).toBe(4);
    cache.get(sourceFile('if (body.errorCode === "ERR_TOPIC_EMPTY") {}'), DEFAULT_OPTIONS, undefined, programA, compute(false));
    expect(runs).toBe(5);
  });
});
