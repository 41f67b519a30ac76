import { classifyString, unknownCodeMessage, type AppCodes } from '@dapr-codes/catalog';

import { codeSites, literalListeners, locOf, replacementText, type CodeLiteral } from '../utils/code-sites.js';
import { createRule } from '../utils/create-rule.js';
import { daprVersionSchema, targetVersion } from '../utils/version.js';

export type MessageIds = 'unknownCode' | 'replaceWith';
export type Options = [
  {
    /** The project's own codes that share a Dapr-code position (never reported). */
    allowedCodes?: string[];
    /** A regular expression for the project's own codes. */
    allowedPattern?: string;
    daprVersion?: string;
    /** An unknown `ERR_*` far from every Dapr code: the app's own (ignored) or reported. */
    appCodes?: AppCodes;
  },
];

interface ProjectCodes {
  readonly allowed: ReadonlySet<string>;
  readonly pattern: RegExp | undefined;
}

// Options objects are shared by every file of a config (createRule): build the set and pattern once.
const projectCodesCache = new WeakMap<Options[0], ProjectCodes>();

function projectCodes(options: Options[0]): ProjectCodes {
  const cached = projectCodesCache.get(options);
  if (cached) return cached;
  let pattern: RegExp | undefined;
  if (options.allowedPattern !== undefined) {
    try {
      pattern = new RegExp(options.allowedPattern, 'u');
    } catch (error) {
      throw new SyntaxError(`@dapr-codes/no-unknown-code: allowedPattern is not a valid regular expression: ${(error as Error).message}`, { cause: error });
    }
  }
  const built = { allowed: new Set(options.allowedCodes ?? []), pattern };
  projectCodesCache.set(options, built);
  return built;
}

export default createRule<Options, MessageIds>({
  name: 'no-unknown-code',
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
      replaceWith: "Replace with '{{replacement}}'.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowedCodes: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: "The project's own codes that may appear where Dapr codes do." },
          allowedPattern: { type: 'string', minLength: 1, description: "A regular expression (unanchored, 'u' flag) for the project's own codes." },
          daprVersion: daprVersionSchema,
          appCodes: {
            type: 'string',
            enum: ['ignore-distant', 'report'],
            description: "'ignore-distant': an unknown ERR_* far from every Dapr code, not under a Dapr-only prefix, is the app's own code; 'report': report it too.",
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ appCodes: 'ignore-distant' }],
  create(context, [options]) {
    const version = targetVersion(options.daprVersion, context.settings);
    const { allowed, pattern } = projectCodes(options);

    function check(node: CodeLiteral): void {
      for (const site of codeSites(node, context)) {
        if (pattern?.test(site.value)) continue;
        const use = classifyString(site.value, site.site, { allowed, appCodes: options.appCodes ?? 'ignore-distant', ...(version ? { version } : {}) });
        if (use?.kind !== 'unknown') continue;
        context.report({
          node,
          loc: locOf(site, context),
          messageId: 'unknownCode',
          data: { message: unknownCodeMessage(use) },
          suggest: use.suggestions.map((replacement) => ({
            messageId: 'replaceWith' as const,
            data: { replacement },
            fix: (fixer) => fixer.replaceTextRange([site.range[0], site.range[1]], replacementText(site, replacement, context)),
          })),
        });
      }
    }

    return literalListeners(check);
  },
});
