import { fixTitle, namespaceOfLiteralUnion, type Namespace, type UseSite } from '@dapr-codes/catalog';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { codeSites, switchSite } from '../utils/code-sites.js';
import { literalValue } from '../utils/node-shapes.js';
import { createRule } from '../utils/create-rule.js';
import { semicolonStyle } from '../utils/file-style.js';
import { coverage, shortList, type Scope } from '../utils/required-codes.js';
import { checkChoice } from '../utils/rule-options.js';
import { typeInfo } from '../utils/type-info.js';
import { compileUserPattern, MAX_TESTED_LENGTH, testUserPattern } from '../utils/user-pattern.js';
import { daprVersionSchema, ruleTarget } from '../utils/version.js';

export type MessageIds = 'missingCases' | 'missingDefault' | 'addMissingCases' | 'addDefault' | 'addElse';
export type Options = [
  {
    scope?: Scope;
    requireDefault?: boolean;
    considerDefaultExhaustive?: boolean;
    defaultCaseCommentPattern?: string;
    checkIfChains?: boolean;
    daprVersion?: string | string[];
  },
];

const RULE = 'exhaustive-handling';
const DEFAULT_COMMENT_PATTERN = '^no default$';
const SCOPES: readonly Scope[] = ['category', 'all'];

interface Checked {
  readonly scope: Scope;
  readonly commentPattern: RegExp;
}

// Options objects are shared by every file of a config (createRule): check them and compile once.
const checkedCache = new WeakMap<Options[0], Checked>();

function checked(options: Options[0]): Checked {
  let result = checkedCache.get(options);
  if (!result) {
    const scope = checkChoice(RULE, 'scope', options.scope, SCOPES) ?? 'category';
    const commentPattern = compileUserPattern(options.defaultCaseCommentPattern ?? DEFAULT_COMMENT_PATTERN, {
      setting: `@dapr-codes/${RULE}: option "defaultCaseCommentPattern"`,
      flags: 'iu',
      mustNotMatchAll: ['', 'TODO', 'handled by the caller'],
      matchAllEffect: 'any comment at the end of a switch would count as a default',
      example: JSON.stringify(DEFAULT_COMMENT_PATTERN),
    });
    checkedCache.set(options, (result = { scope, commentPattern }));
  }
  return result;
}

interface Chain {
  readonly first: TSESTree.IfStatement;
  readonly last: TSESTree.IfStatement;
  readonly discriminant: TSESTree.Node;
  readonly values: readonly string[];
  readonly site: UseSite;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require a switch or if/else chain over a Dapr error code to handle every code it must, or to have a default',
      recommended: true,
      requiresTypeChecking: false,
    },
    hasSuggestions: true,
    messages: {
      missingCases: '{{construct}} over a Dapr {{what}} misses {{count}} of {{scope}}: {{list}}. Handle them or add a {{fallback}}.',
      missingDefault: '{{construct}} over a Dapr {{what}} has no {{fallback}}: newer runtimes send codes it does not list.',
      // Fix titles are the catalog's, so every host words a fix alike.
      addMissingCases: '{{title}}',
      addDefault: '{{title}}',
      addElse: '{{title}}',
    },
    schema: [
      {
        type: 'object',
        properties: {
          // The allowed values are checked by the rule, whose message lists them (ESLint's does not).
          scope: { type: 'string', description: "'category': every code of each category the cases touch; 'all': every code." },
          requireDefault: { type: 'boolean', description: 'Also require a default (or else) when every code is handled.' },
          considerDefaultExhaustive: { type: 'boolean', description: 'A default case (or final else) counts as handling every other code.' },
          defaultCaseCommentPattern: {
            type: 'string',
            description: `A comment after the last case matching this regular expression (case-insensitive) counts as a default; checked for catastrophic backtracking, tested on comments of up to ${MAX_TESTED_LENGTH} characters.`,
          },
          checkIfChains: { type: 'boolean', description: 'Also check if/else-if chains that compare one Dapr code with two or more codes.' },
          daprVersion: daprVersionSchema,
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ scope: 'category', requireDefault: false, considerDefaultExhaustive: true, defaultCaseCommentPattern: DEFAULT_COMMENT_PATTERN, checkIfChains: true }],
  create(context, [options]) {
    const { scope, commentPattern } = checked(options);
    const target = ruleTarget(RULE, context, options.daprVersion);
    const { sourceCode } = context;
    const what = (ns: Namespace) => (ns === 'code' ? 'error code' : 'ErrorInfo reason');
    const noun = (ns: Namespace) => (ns === 'code' ? 'codes' : 'reasons');
    const scopeText = (categories: readonly string[], ns: Namespace) => (scope === 'all' ? `all ${noun(ns)}` : `the ${categories.join(', ')} ${noun(ns)}`);

    /** The leading whitespace of the node's line (a case written on the switch's line gets the switch's). */
    function indentOf(node: TSESTree.Node): string {
      const lineStart = node.range[0] - sourceCode.getLocFromIndex(node.range[0]).column;
      return /^[ \t]*/.exec(sourceCode.text.slice(lineStart, node.range[0]))![0];
    }
    const semicolon = semicolonStyle(sourceCode.text);

    /** With type information: the discriminant's union, when it is a union of this namespace's names. */
    function unionOf(discriminant: TSESTree.Node, ns: Namespace): readonly string[] | undefined {
      const members = typeInfo(context)?.unionMembers(discriminant);
      return members && namespaceOfLiteralUnion(members) === ns ? members : undefined;
    }

    function hasDefaultComment(node: TSESTree.SwitchStatement): boolean {
      // The last comment in the switch: after the last case when there is one there.
      const inner = sourceCode.getCommentsInside(node);
      const candidate = inner[inner.length - 1];
      return candidate !== undefined && testUserPattern(commentPattern, candidate.value.trim());
    }

    function checkSwitch(node: TSESTree.SwitchStatement): void {
      const site = switchSite(node, context);
      if (!site?.namespace) return;
      const ns = site.namespace;
      const values = node.cases.map((c) => (c.test ? literalValue(c.test) : undefined)).filter((v): v is string => v !== undefined);
      const defaultCase = node.cases.find((c) => c.test === null);
      if (defaultCase === undefined && hasDefaultComment(node)) return;
      const unionMembers = unionOf(node.discriminant, ns);
      const { categories, missing } = coverage(values, ns, { scope, target, unionMembers });
      if (categories.length === 0 && !unionMembers) return;
      const lastCase = node.cases[node.cases.length - 1];
      if (!lastCase) return; // unreachable: a switch without cases is not over a Dapr code
      const quote = quoteOf(node);
      const indent = indentOf(lastCase);
      const insertCases = (fixer: TSESLint.RuleFixer) => {
        const text = missing
          .map((code) => `case ${quote}${code}${quote}: {\n${indent}  throw new Error(${quote}Not handled yet: ${code}${quote})${semicolon}\n${indent}}`)
          .join(`\n${indent}`);
        return defaultCase ? fixer.insertTextBefore(defaultCase, `${text}\n${indent}`) : fixer.insertTextAfter(lastCase, `\n${indent}${text}`);
      };
      const insertDefault = (fixer: TSESLint.RuleFixer) =>
        fixer.insertTextAfter(lastCase, `\n${indent}default: {\n${indent}  // Other Dapr ${what(ns)}s, including those of newer runtimes.\n${indent}  break${semicolon}\n${indent}}`);
      const construct = 'Switch';
      if (missing.length > 0 && (defaultCase === undefined || options.considerDefaultExhaustive === false)) {
        context.report({
          node: node.discriminant,
          messageId: 'missingCases',
          data: { construct, what: what(ns), count: missing.length, scope: unionMembers ? 'its type' : scopeText(categories, ns), list: shortList(missing), fallback: 'default case' },
          suggest: [
            { messageId: 'addMissingCases', data: { title: fixTitle({ kind: 'add-missing-cases', count: missing.length }) }, fix: insertCases },
            ...(defaultCase ? [] : [{ messageId: 'addDefault' as const, data: { title: fixTitle({ kind: 'add-default' }) }, fix: insertDefault }]),
          ],
        });
      } else if (options.requireDefault && defaultCase === undefined) {
        context.report({
          node: node.discriminant,
          messageId: 'missingDefault',
          data: { construct, what: what(ns), fallback: 'default case' },
          suggest: [{ messageId: 'addDefault', data: { title: fixTitle({ kind: 'add-default' }) }, fix: insertDefault }],
        });
      }
    }

    function quoteOf(node: TSESTree.SwitchStatement): string {
      const test = node.cases.find((c) => c.test && literalValue(c.test) !== undefined)?.test;
      const first = test ? sourceCode.getText(test)[0] : undefined;
      return first === '"' || first === '`' ? first : "'";
    }

    /** `x === "A"` or `"A" === x` or `x === "A" || x === "B"`: the compared expression and the strings. */
    function comparisons(test: TSESTree.Node): { discriminant: TSESTree.Node; literals: TSESTree.Node[] } | undefined {
      if (test.type === AST_NODE_TYPES.LogicalExpression && test.operator === '||') {
        const l = comparisons(test.left);
        const r = comparisons(test.right);
        if (!l || !r || sourceCode.getText(l.discriminant) !== sourceCode.getText(r.discriminant)) return undefined;
        return { discriminant: l.discriminant, literals: [...l.literals, ...r.literals] };
      }
      if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '===' && test.operator !== '==')) return undefined;
      if (literalValue(test.right) !== undefined) return { discriminant: test.left, literals: [test.right] };
      if (literalValue(test.left) !== undefined) return { discriminant: test.right, literals: [test.left] };
      return undefined;
    }

    function chainOf(first: TSESTree.IfStatement): Chain | undefined {
      let discriminantText: string | undefined;
      let discriminant: TSESTree.Node | undefined;
      const values: string[] = [];
      let site: UseSite | undefined;
      let cur: TSESTree.IfStatement = first;
      for (;;) {
        const cmp = comparisons(cur.test);
        if (!cmp) return undefined;
        const text = sourceCode.getText(cmp.discriminant);
        if (discriminantText !== undefined && text !== discriminantText) return undefined;
        discriminantText = text;
        discriminant = cmp.discriminant;
        for (const lit of cmp.literals) {
          const value = literalValue(lit)!;
          values.push(value);
          const litSite = codeSites(lit as TSESTree.StringLiteral, context)[0]?.site;
          if (litSite?.strength === 'strong') site ??= litSite;
        }
        if (cur.alternate?.type !== AST_NODE_TYPES.IfStatement) break;
        cur = cur.alternate;
      }
      if (!site || !discriminant || cur.alternate !== null) return undefined;
      return { first, last: cur, discriminant, values, site };
    }

    function checkIfChain(node: TSESTree.IfStatement): void {
      if (node.parent.type === AST_NODE_TYPES.IfStatement && node.parent.alternate === node) return;
      if (node.alternate?.type !== AST_NODE_TYPES.IfStatement) return; // a lone `if` handles one case on purpose
      const chain = chainOf(node);
      if (!chain?.site.namespace) return;
      const ns = chain.site.namespace;
      const unionMembers = unionOf(chain.discriminant, ns);
      const { categories, missing } = coverage(chain.values, ns, { scope, target, unionMembers });
      if (categories.length === 0 && !unionMembers) return;
      const indent = indentOf(chain.first);
      const addElse = (fixer: TSESLint.RuleFixer) =>
        fixer.insertTextAfter(chain.last, ` else {\n${indent}  // Other Dapr ${what(ns)}s, including those of newer runtimes.\n${indent}}`);
      if (missing.length > 0) {
        context.report({
          node: chain.discriminant,
          messageId: 'missingCases',
          data: { construct: 'if/else chain', what: what(ns), count: missing.length, scope: unionMembers ? 'its type' : scopeText(categories, ns), list: shortList(missing), fallback: 'final else' },
          suggest: [{ messageId: 'addElse', data: { title: fixTitle({ kind: 'add-else' }) }, fix: addElse }],
        });
      } else if (options.requireDefault) {
        context.report({
          node: chain.discriminant,
          messageId: 'missingDefault',
          data: { construct: 'if/else chain', what: what(ns), fallback: 'final else' },
          suggest: [{ messageId: 'addElse', data: { title: fixTitle({ kind: 'add-else' }) }, fix: addElse }],
        });
      }
    }

    return {
      SwitchStatement: checkSwitch,
      ...(options.checkIfChains === false ? {} : { IfStatement: checkIfChain }),
    };
  },
});
