// A short, lint-clean example of handling an entry with `parseDaprError`, for its page and for a
// "try it" link into the playground. Removed codes are handled through the code that replaced them.
import { getCurrentReplacement, isCurrentCode, type CodeEntry, type ReasonEntry } from '@dapr-codes/catalog';

const wrap = (condition: string, comment: string): string =>
  [
    "import { parseDaprError } from '@dapr-codes/catalog';",
    '',
    'export async function call<T>(request: () => Promise<T>): Promise<T | undefined> {',
    '  try {',
    '    return await request();',
    '  } catch (err) {',
    '    const dapr = parseDaprError(err);',
    `    if (${condition}) {`,
    `      // ${comment}`,
    '      return undefined;',
    '    }',
    '    throw err;',
    '  }',
    '}',
    '',
  ].join('\n');

/** The code a handler should compare with today: the entry's own, or its current replacement. Undefined: nothing to handle. */
export function codeToHandle(entry: CodeEntry): CodeEntry | undefined {
  const target = isCurrentCode(entry) ? entry : entry.status === 'removed' ? getCurrentReplacement(entry) : undefined;
  // A code that is declared but never sent needs no handling.
  return target?.status === 'defined-unused' ? undefined : target;
}

export function codeExample(entry: CodeEntry): string | undefined {
  const target = codeToHandle(entry);
  if (!target) return undefined;
  const comment = target === entry ? `${entry.summary}.` : `${target.summary} (${entry.code} until ${entry.lastPresentIn ?? 'its removal'}).`;
  return wrap(`dapr?.code === '${target.code}'`, comment);
}

export function reasonExample(entry: ReasonEntry): string | undefined {
  if (entry.status !== 'active' || entry.kind !== 'errorinfo-reason') return undefined;
  return wrap(`dapr?.reason === '${entry.reason}'`, `ErrorInfo reason of ${entry.codes.join(', ') || 'a Dapr error'}.`);
}

/** The Dapr version the example is checked against in the playground: an unreleased code is only sent by master. */
export function exampleVersion(entry: CodeEntry): string {
  return codeToHandle(entry)?.status === 'unreleased' ? 'master' : '';
}
