// Runs the rules of @dapr-codes/eslint-plugin on a parsed file, as ESLint would: listeners (with
// `:exit`) in traversal order, options with the rule's defaults, `context.report` with message
// formatting, fixes and suggestions through a fixer. The rules are the single source of what is found.
import { rules, type RuleName } from '@dapr-codes/eslint-plugin';
import type { TSESTree } from '@typescript-eslint/types';
import { childNodes } from '../parsing/children.js';
import type { ParsedFile } from '../parsing/parse.js';
import { sourceCodeOf, type SourceCodeLike } from './source-code.js';

export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface LintMessage {
  readonly ruleId: RuleName;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** The report's data (the rules put facts such as a problem's kind there). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly fix: TextEdit | undefined;
  readonly suggestions: readonly { readonly desc: string; readonly fix: TextEdit }[];
}

export interface RuleConfig {
  readonly ruleId: RuleName;
  readonly options: readonly unknown[];
}

export interface LintResult {
  readonly messages: readonly LintMessage[];
  /** A rule that threw (a bad option): its name and error; the other rules still ran. */
  readonly failures: readonly { readonly ruleId: RuleName; readonly error: string }[];
}

type Listener = (node: TSESTree.Node) => void;
type Ranged = { range: readonly [number, number] };
type FixResult = TextEdit | Iterable<TextEdit> | null | undefined;

interface Fixer {
  insertTextAfter(n: Ranged, text: string): TextEdit;
  insertTextBefore(n: Ranged, text: string): TextEdit;
  insertTextAfterRange(r: readonly [number, number], text: string): TextEdit;
  insertTextBeforeRange(r: readonly [number, number], text: string): TextEdit;
  replaceText(n: Ranged, text: string): TextEdit;
  replaceTextRange(r: readonly [number, number], text: string): TextEdit;
  remove(n: Ranged): TextEdit;
  removeRange(r: readonly [number, number]): TextEdit;
}

interface ReportDescriptor {
  node?: Ranged;
  loc?: TSESTree.SourceLocation | TSESTree.Position;
  messageId?: string;
  message?: string;
  data?: Record<string, unknown>;
  fix?: ((fixer: Fixer) => FixResult) | null;
  suggest?: readonly { messageId?: string; desc?: string; data?: Record<string, unknown>; fix: (fixer: Fixer) => FixResult }[] | null;
}

const fixer: Fixer = {
  insertTextAfter: (n: Ranged, text: string): TextEdit => ({ range: [n.range[1], n.range[1]], text }),
  insertTextBefore: (n: Ranged, text: string): TextEdit => ({ range: [n.range[0], n.range[0]], text }),
  insertTextAfterRange: (r: readonly [number, number], text: string): TextEdit => ({ range: [r[1], r[1]], text }),
  insertTextBeforeRange: (r: readonly [number, number], text: string): TextEdit => ({ range: [r[0], r[0]], text }),
  replaceText: (n: Ranged, text: string): TextEdit => ({ range: n.range, text }),
  replaceTextRange: (r: readonly [number, number], text: string): TextEdit => ({ range: r, text }),
  remove: (n: Ranged): TextEdit => ({ range: n.range, text: '' }),
  removeRange: (r: readonly [number, number]): TextEdit => ({ range: r, text: '' }),
};

/** ESLint's `{{ name }}` interpolation: unknown names stay as written. */
export function interpolate(text: string, data: Record<string, unknown> | undefined): string {
  if (!data) return text;
  return text.replace(/\{\{([^{}]+?)\}\}/g, (whole, name: string) => (Object.hasOwn(data, name.trim()) ? String(data[name.trim()]) : whole));
}

/** Several edits of one fix become one edit over the text between them (as ESLint merges them). */
function mergeFix(result: FixResult, text: string): TextEdit | undefined {
  if (!result) return undefined;
  const edits = (Symbol.iterator in result ? [...result] : [result]).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  if (edits.length <= 1) return edits[0];
  const start = edits[0]!.range[0];
  const end = Math.max(...edits.map((e) => e.range[1]));
  let out = '';
  let at = start;
  for (const edit of edits) {
    if (edit.range[0] < at) throw new Error('Fix objects must not be overlapped in a report.');
    out += text.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return { range: [start, end], text: out + text.slice(at, end) };
}

function offsetsOf(descriptor: ReportDescriptor, sourceCode: SourceCodeLike): [number, number] {
  const { loc, node } = descriptor;
  if (loc) {
    if ('start' in loc) return [sourceCode.getIndexFromLoc(loc.start), sourceCode.getIndexFromLoc(loc.end)];
    const at = sourceCode.getIndexFromLoc(loc);
    return [at, at];
  }
  return node ? [node.range[0], node.range[1]] : [0, 0];
}

/** Walks the tree in ESLint's order (visitor keys, enter then `:exit`), calling the rules' listeners. */
function traverse(ast: TSESTree.Program, listeners: ReadonlyMap<string, Listener[]>): void {
  // Explicit stack: entering pushes an exit marker, then the children in reverse.
  const stack: { node: TSESTree.Node; exit: boolean }[] = [{ node: ast, exit: false }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, exit } = item;
    const called = listeners.get(exit ? `${node.type}:exit` : node.type);
    if (called) for (const listener of called) listener(node);
    if (exit) continue;
    stack.push({ node, exit: true });
    const children = childNodes(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
}

export function lint(file: ParsedFile, configs: readonly RuleConfig[], settings: Readonly<Record<string, unknown>>, fileName: string): LintResult {
  const sourceCode = sourceCodeOf(file);
  const messages: LintMessage[] = [];
  const failures: { ruleId: RuleName; error: string }[] = [];
  const listeners = new Map<string, Listener[]>();
  for (const { ruleId, options } of configs) {
    const rule = rules[ruleId];
    const messageTexts = (rule.meta?.messages ?? {}) as Record<string, string>;
    const textOf = (d: { messageId?: string; message?: string; desc?: string; data?: Record<string, unknown> }) =>
      interpolate(d.messageId !== undefined ? (messageTexts[d.messageId] ?? d.messageId) : (d.message ?? d.desc ?? ''), d.data);
    const report = (descriptor: ReportDescriptor) => {
      const [start, end] = offsetsOf(descriptor, sourceCode);
      messages.push({
        ruleId,
        message: textOf(descriptor),
        start,
        end,
        data: descriptor.data ?? {},
        fix: descriptor.fix ? mergeFix(descriptor.fix(fixer), file.text) : undefined,
        suggestions: (descriptor.suggest ?? []).flatMap((s) => {
          const fix = mergeFix(s.fix(fixer), file.text);
          return fix ? [{ desc: textOf(s), fix }] : [];
        }),
      });
    };
    const context = {
      id: `@dapr-codes/${ruleId}`,
      options,
      settings,
      filename: fileName,
      physicalFilename: fileName,
      cwd: '/',
      languageOptions: {},
      sourceCode,
      getSourceCode: () => sourceCode,
      report,
    };
    try {
      const ruleListeners = (rule.create as unknown as (c: typeof context) => Record<string, Listener>)(context);
      for (const [selector, listener] of Object.entries(ruleListeners)) {
        const guarded: Listener = (node) => {
          try {
            listener(node);
          } catch (error) {
            // One failure per rule is enough to report; the traversal goes on for the other rules.
            if (!failures.some((f) => f.ruleId === ruleId)) failures.push({ ruleId, error: error instanceof Error ? error.message : String(error) });
          }
        };
        listeners.set(selector, [...(listeners.get(selector) ?? []), guarded]);
      }
    } catch (error) {
      failures.push({ ruleId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  traverse(file.ast, listeners);
  return { messages: messages.sort((a, b) => a.start - b.start || a.end - b.end), failures };
}
