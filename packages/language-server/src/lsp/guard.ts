// Never let a failure escape into the connection: log it and answer with the fallback.
export type Guard = <A extends unknown[], R>(what: string, fallback: R, run: (...args: A) => Promise<R>) => (...args: A) => Promise<R>;

export function createGuard(log: { error(message: string): void }): Guard {
  return (what, fallback, run) =>
    async (...args) => {
      try {
        return await run(...args);
      } catch (error) {
        log.error(`[dapr-codes] ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
}
