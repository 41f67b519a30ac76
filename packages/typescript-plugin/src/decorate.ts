// The plugin never breaks the editor: it works on a copy of the language service, and each feature only
// adds to the answer TypeScript already computed. tsserver catches errors thrown by `create()`, not by
// language-service methods, so a throwing feature would otherwise fail the whole request.
import type * as ts from 'typescript';

export type Log = (message: string) => void;

/** A fresh object with every member of the base service, bound to it. The base is never mutated. */
export function copyLanguageService(base: ts.LanguageService): ts.LanguageService {
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(base)) {
    const member: unknown = (base as unknown as Record<string, unknown>)[key];
    copy[key] = typeof member === 'function' ? member.bind(base) : member;
  }
  return copy as unknown as ts.LanguageService;
}

export interface GuardOptions {
  readonly feature: string;
  readonly log: Log;
  /** Cancellation is how tsserver aborts a stale request: let it through instead of logging it. */
  readonly isCancellation: (error: unknown) => boolean;
}

/**
 * `base(...args)` extended by `enhance`. TypeScript's own answer is computed first (its errors are its
 * own and propagate as before); if `enhance` throws, the error is logged and that answer is returned.
 */
export function extend<A extends unknown[], R>(base: (...args: A) => R, enhance: (result: R, ...args: A) => R, { feature, log, isCancellation }: GuardOptions): (...args: A) => R {
  return (...args: A): R => {
    const result = base(...args);
    try {
      return enhance(result, ...args);
    } catch (error) {
      if (isCancellation(error)) throw error;
      log(`${feature} failed, returning TypeScript's own answer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return result;
    }
  };
}
