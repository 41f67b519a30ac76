// Positions in fixture files, as the protocols count them.
import { readFileSync } from 'node:fs';

export interface Location {
  /** 1-based, as tsserver counts. */
  readonly line: number;
  readonly offset: number;
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The offset of `needle` in `text` (plus `delta`); throws if it is missing or ambiguous without `nth`. */
export function indexOf(text: string, needle: string, delta = 0, nth?: number): number {
  const hits: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) hits.push(i);
  if (hits.length === 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  if (nth === undefined && hits.length > 1) throw new Error(`${JSON.stringify(needle)} occurs ${hits.length} times; pass nth`);
  return hits[nth ?? 0]! + delta;
}

export function locationOf(text: string, index: number): Location {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, offset: before[before.length - 1]!.length + 1 };
}

/** tsserver location of `needle` (plus `delta`) in `text`. */
export function locate(text: string, needle: string, delta = 0, nth?: number): Location {
  return locationOf(text, indexOf(text, needle, delta, nth));
}

/** LSP position (0-based line and character) of `needle` (plus `delta`). */
export function lspPosition(text: string, needle: string, delta = 0): { line: number; character: number } {
  const { line, offset } = locate(text, needle, delta);
  return { line: line - 1, character: offset - 1 };
}

/** The text between two tsserver locations. */
export function textBetween(text: string, start: Location, end: Location): string {
  const toIndex = (l: Location) => text.split('\n').slice(0, l.line - 1).reduce((n, line) => n + line.length + 1, 0) + l.offset - 1;
  return text.slice(toIndex(start), toIndex(end));
}
