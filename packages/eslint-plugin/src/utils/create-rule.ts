// Rules are built here rather than with `ESLintUtils.RuleCreator`: `@typescript-eslint/utils` loads
// `eslint` and `typescript` at runtime, and the rules must run where neither is installed (Oxlint,
// plain-JavaScript projects, TypeScript 7 projects). Its types are still used, at compile time only.
import type { TSESLint } from '@typescript-eslint/utils';
import { manifest } from '../package-info.js';

const { repository } = manifest;

/**
 * Where the rule docs live; every rule's `meta.docs.url` comes from here. It follows the package's
 * `repository`, which follows the root package.json's (scripts/repository.mjs: what to change when the
 * repository moves).
 */
export const DOCS_BASE_URL = `${repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/${repository.directory}/docs/rules`;

export interface DaprRuleDocs {
  /** Listed in the `recommended` config. */
  readonly recommended?: boolean;
  /** Works without type information; type information only sharpens it. */
  readonly requiresTypeChecking?: boolean;
}

type Meta<MessageIds extends string, Options extends readonly unknown[]> = Omit<TSESLint.RuleMetaData<MessageIds, DaprRuleDocs, Options>, 'docs'> & {
  readonly docs: DaprRuleDocs & { readonly description: string };
};

export interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  readonly name: string;
  readonly meta: Meta<MessageIds, Options>;
  readonly defaultOptions: Options;
  create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options): TSESLint.RuleListener;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The user's option laid over the default: objects key by key (recursively), anything else replaced. */
function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isRecord(base) || !isRecord(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = merge(base[key], value);
  return out;
}

/** A copy of JSON-like option data (the defaults are shared by every file a rule runs on). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  return isRecord(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) : value;
}

/** Options with defaults applied, position by position (what typescript-eslint's `applyDefault` does). */
export function withDefaults<Options extends readonly unknown[]>(defaults: Options, user: readonly unknown[] | undefined): Options {
  return defaults.map((d, i) => merge(copy(d), user?.[i])) as unknown as Options;
}

/**
 * `withDefaults` once per distinct options: a rule is created for every file, and ESLint hands each
 * file its own copy of the same options (JSON, as the schema says).
 */
function optionsCache<Options extends readonly unknown[]>(defaults: Options): (user: readonly unknown[] | undefined) => Options {
  const byJson = new Map<string, Options>();
  return (user) => {
    const key = user === undefined || user.length === 0 ? '' : JSON.stringify(user);
    let options = byJson.get(key);
    if (!options) byJson.set(key, (options = withDefaults(defaults, user)));
    return options;
  };
}

export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  definition: RuleDefinition<Options, MessageIds>,
): TSESLint.RuleModule<MessageIds, Options, DaprRuleDocs> {
  const { name, meta, defaultOptions, create } = definition;
  const optionsFor = optionsCache(defaultOptions);
  return {
    // `meta.defaultOptions`: ESLint 9.15+ and Oxlint merge it into the user's options themselves, and
    // eslint-doc-generator shows it; ESLint 8 does not, so `create` lays the defaults over in any case.
    meta: { ...meta, defaultOptions, docs: { ...meta.docs, url: `${DOCS_BASE_URL}/${name}.md` } },
    create: (context) => create(context, optionsFor(context.options)),
  };
}
