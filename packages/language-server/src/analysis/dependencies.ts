// After an edit, which statements can have different findings (dirty: analysed again) and which other
// statements their analysis reads (context: parsed along, their own findings kept). The links are the
// module-level bindings of `statement-facts.ts`: declared by one statement, read by others.
import type { StatementFacts } from './statement-facts.js';

/** Which units declare and which read each name: built once per list of units, for every question about it. */
export interface Links {
  readonly declarers: ReadonlyMap<string, readonly number[]>;
  readonly readers: ReadonlyMap<string, readonly number[]>;
}

export interface Affected {
  readonly dirty: ReadonlySet<number>;
  readonly context: ReadonlySet<number>;
}

function indexBy(statements: readonly StatementFacts[], names: (s: StatementFacts) => Iterable<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  statements.forEach((s, i) => {
    for (const name of names(s)) {
      const list = out.get(name);
      if (list) list.push(i);
      else out.set(name, [i]);
    }
  });
  return out;
}

export const linksOf = (statements: readonly StatementFacts[]): Links => ({ declarers: indexBy(statements, (s) => s.declares), readers: indexBy(statements, (s) => s.reads) });

/**
 * `statements` is the new version's list; `edited` the indices of the statements parsed again, `removed`
 * the old statements they replaced; `links` of the same list (the edited units' own declarations and
 * reads are taken from them, so links made with those units blank serve too). Dirty: the edited ones;
 * those reading a variable whose declaration changed (and so on along what they declare); those
 * holding a code that a changed statement reads.
 */
export function affectedBy(statements: readonly StatementFacts[], edited: readonly number[], removed: readonly StatementFacts[], links = linksOf(statements)): Affected {
  const { declarers, readers } = links;
  const dirty = new Set<number>(edited);
  const changedDeclarations: string[] = [];
  const changedReads: string[] = [];
  for (const s of [...removed, ...edited.map((i) => statements[i]!)]) {
    changedDeclarations.push(...s.declares);
    changedReads.push(...s.reads);
  }
  const seenDeclarations = new Set<string>();
  const seenReads = new Set<string>();
  while (changedDeclarations.length > 0 || changedReads.length > 0) {
    const declared = changedDeclarations.pop();
    if (declared !== undefined && !seenDeclarations.has(declared)) {
      seenDeclarations.add(declared);
      for (const i of readers.get(declared) ?? []) {
        if (dirty.has(i)) continue;
        dirty.add(i);
        changedDeclarations.push(...statements[i]!.declares);
        changedReads.push(...statements[i]!.reads);
      }
    }
    const read = changedReads.pop();
    if (read !== undefined && !seenReads.has(read)) {
      seenReads.add(read);
      for (const i of declarers.get(read) ?? []) if (statements[i]!.holds) dirty.add(i);
    }
  }
  const context = new Set<number>();
  // What a statement reads is resolved in its declarations, and those in theirs.
  const pending: number[] = [];
  const add = (i: number) => {
    if (dirty.has(i) || context.has(i)) return;
    context.add(i);
    pending.push(i);
  };
  for (const i of dirty) {
    pending.push(i);
    // A held code is checked by how it is read: every reader is needed.
    if (statements[i]!.holds) for (const name of statements[i]!.declares) for (const r of readers.get(name) ?? []) add(r);
  }
  // The directives (`'use strict'` makes a script strict, which decides what parses).
  for (let i = 0; i < statements.length && statements[i]!.bareString; i++) add(i);
  for (let i = pending.pop(); i !== undefined; i = pending.pop()) {
    for (const name of statements[i]!.reads) for (const d of declarers.get(name) ?? []) add(d);
  }
  return { dirty, context };
}
