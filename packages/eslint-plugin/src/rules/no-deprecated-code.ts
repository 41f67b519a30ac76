import { classifyString, fixTitle, getCodeProblem, writtenName, type CodeProblem } from '@dapr-codes/catalog';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { codeSites, literalListeners, locOf, replacementText, type CodeLiteral, type CodeSite } from '../utils/code-sites.js';
import { literalValue } from '../utils/node-shapes.js';
import { createRule } from '../utils/create-rule.js';
import { handledAlongside } from '../utils/handled-alongside.js';
import { daprVersionSchema, ruleTarget } from '../utils/version.js';

export type MessageIds = 'deprecatedCode' | 'replaceWith';
export type Options = [{ daprVersion?: string | string[] }];

/** Renaming a case to a code another case of the same switch already handles would make a duplicate case. */
function duplicatesCase(site: CodeSite, replacement: string): boolean {
  const parent = site.node.parent;
  if (!site.whole || parent.type !== AST_NODE_TYPES.SwitchCase) return false;
  return parent.parent.cases.some((c) => c !== parent && c.test && literalValue(c.test) === replacement);
}

export default createRule<Options, MessageIds>({
  name: 'no-deprecated-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Dapr error codes that are removed, never sent, unreleased, docs-only, or absent from the targeted runtime version',
      recommended: true,
      requiresTypeChecking: false,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      deprecatedCode: '{{message}}',
      // The title is the catalog's, so every host words the fix alike.
      replaceWith: '{{title}}',
    },
    schema: [
      {
        type: 'object',
        properties: { daprVersion: daprVersionSchema },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const target = ruleTarget('no-deprecated-code', context, options.daprVersion);

    function report(site: CodeSite, problem: CodeProblem): void {
      // Written in the case the comparison matches (`msg.toLowerCase().includes("err_x")`).
      const replacement = problem.replacement === undefined ? undefined : writtenName(site.site, problem.replacement);
      const replace = (code: string) => (fixer: TSESLint.RuleFixer) =>
        fixer.replaceTextRange([site.range[0], site.range[1]], replacementText(site, code, context));
      const autofix = replacement !== undefined && problem.exact && !duplicatesCase(site, replacement);
      context.report({
        node: site.node,
        loc: locOf(site, context),
        messageId: 'deprecatedCode',
        // `kind` is for editor hosts (removed and renamed codes are struck through); messages do not use it.
        data: { message: problem.message, kind: problem.kind },
        ...(autofix ? { fix: replace(replacement) } : {}),
        suggest: replacement === undefined ? [] : [{ messageId: 'replaceWith', data: { title: fixTitle({ kind: 'replace', replacement }) }, fix: replace(replacement) }],
      });
    }

    function check(node: CodeLiteral): void {
      for (const site of codeSites(node, context)) {
        const use = classifyString(site.value, site.site);
        if (!use || use.kind === 'unknown') continue;
        // Only a whole literal stands beside other cases; JSON text inside one does not.
        const problem = getCodeProblem(use, target, site.whole ? () => handledAlongside(site.node) : undefined);
        if (problem) report(site, problem);
      }
    }

    return literalListeners(check);
  },
});
