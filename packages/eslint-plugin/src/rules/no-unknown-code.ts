import { classifyString, fixTitle, unknownCodeMessage, type AppCodes } from '@dapr-codes/catalog';

import { codeSites, literalListeners, locOf, replacementText, type CodeLiteral } from '../utils/code-sites.js';
import { createRule } from '../utils/create-rule.js';
import { fileContext } from '../utils/dapr-context.js';
import { checkChoice } from '../utils/rule-options.js';
import { compileUserPattern, MAX_TESTED_LENGTH, testUserPattern } from '../utils/user-pattern.js';
import { daprVersionSchema, ruleTarget } from '../utils/version.js';

export type MessageIds = 'unknownCode' | 'neverMatches' | 'replaceWith';
export type Options = [
  {
    /** The project's own codes that share a Dapr-code position (never reported). */
    allowedCodes?: string[];
    /** A regular expression for the project's own codes. */
    allowedPattern?: string;
    daprVersion?: string | string[];
    /** An unknown `ERR_*` far from every Dapr code: the app's own (ignored) or reported. */
    appCodes?: AppCodes;
  },
];

const RULE = 'no-unknown-code';
const APP_CODES: readonly AppCodes[] = ['ignore-distant', 'report'];

interface ProjectCodes {
  readonly allowed: ReadonlySet<string>;
  readonly pattern: RegExp | undefined;
  readonly appCodes: AppCodes;
}

// Options objects are shared by every file of a config (createRule): check them and build the set and
// pattern once.
const projectCodesCache = new WeakMap<Options[0], ProjectCodes>();

function projectCodes(options: Options[0]): ProjectCodes {
  const cached = projectCodesCache.get(options);
  if (cached) return cached;
  const appCodes = checkChoice(RULE, 'appCodes', options.appCodes, APP_CODES) ?? 'ignore-distant';
  const pattern =
    options.allowedPattern === undefined
      ? undefined
      : compileUserPattern(options.allowedPattern, {
          setting: `@dapr-codes/${RULE}: option "allowedPattern"`,
          flags: 'u',
          mustNotMatchAll: ['ERR_STATE_STORE_NOT_FOUND', 'DAPR_PUBSUB_NOT_FOUND', 'x'],
          matchAllEffect: 'no string would ever be reported',
          example: '"^APP_"',
        });
  const built = { allowed: new Set(options.allowedCodes ?? []), pattern, appCodes };
  projectCodesCache.set(options, built);
  return built;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow strings in Dapr error-code positions that are not Dapr error codes or ErrorInfo reasons',
      recommended: true,
      requiresTypeChecking: false,
    },
    hasSuggestions: true,
    messages: {
      unknownCode: '{{message}}',
      // A known code in a case the comparison never matches (`errorCode === 'err_x'`, `text.toLowerCase().includes('ERR_X')`).
      neverMatches: '{{message}}',
      // The title is the catalog's, so every host words the fix alike.
      replaceWith: '{{title}}',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowedCodes: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: "The project's own codes that may appear where Dapr codes do." },
          allowedPattern: {
            type: 'string',
            description: `A regular expression (unanchored, 'u' flag) for the project's own codes; checked for catastrophic backtracking, tested on strings of up to ${MAX_TESTED_LENGTH} characters.`,
          },
          daprVersion: daprVersionSchema,
          // The allowed values are checked by the rule, whose message lists them (ESLint's does not).
          appCodes: {
            type: 'string',
            description: "'ignore-distant': an unknown ERR_* far from every Dapr code, not under a Dapr-only prefix, is the app's own code; 'report': report it too.",
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ appCodes: 'ignore-distant' }],
  create(context, [options]) {
    const { allowed, pattern, appCodes } = projectCodes(options);
    const target = ruleTarget(RULE, context, options.daprVersion);
    const daprContext = fileContext(context);

    function check(node: CodeLiteral): void {
      for (const site of codeSites(node, context)) {
        if (pattern && testUserPattern(pattern, site.value)) continue;
        const use = classifyString(site.value, site.site, { allowed, appCodes, context: daprContext, ...(target ? { target } : {}) });
        if (use?.kind !== 'unknown') continue;
        context.report({
          node,
          loc: locOf(site, context),
          messageId: use.caseOf ? 'neverMatches' : 'unknownCode',
          data: { message: unknownCodeMessage(use) },
          suggest: use.suggestions.map((replacement) => ({
            messageId: 'replaceWith' as const,
            data: { title: fixTitle({ kind: 'replace', replacement }) },
            fix: (fixer) => fixer.replaceTextRange([site.range[0], site.range[1]], replacementText(site, replacement, context)),
          })),
        });
      }
    }

    return literalListeners(check);
  },
});
