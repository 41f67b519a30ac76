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
  if (isCurrentCode(entry) && entry.status !== 'defined-unused') return entry;
  if (entry.status === 'removed') return getCurrentReplacement(entry);
  return undefined;
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
