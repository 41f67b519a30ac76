// A mistake in the user's configuration (a rule option, `settings.dapr`), thrown from a rule's `create`.
// ESLint and Oxlint print a thrown error's `stack` (ESLint after "Oops! Something went wrong!", Oxlint
// under "Error running JS plugin"): here that is the message alone, which names the setting, the value
// and the fix, so a user's mistake reads as one line and not as a trace of our code.

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
    // A getter, so that what ESLint adds to the message ("Error while loading rule 'x': …", "Occurred
    // while linting <file>") is printed too.
    Object.defineProperty(this, 'stack', { get: () => this.message, configurable: true });
  }
}
