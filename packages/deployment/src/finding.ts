// What a reader of one file reports, before variables are resolved and paths made relative.

/** How a file states a runtime version: the sentence after the file's name (`runs daprd 1.13.6`). */
export type Phrase = 'runs daprd' | 'installs Dapr' | 'installs the dapr chart' | 'depends on the dapr chart' | "sets the dapr chart's global.tag to" | `sets ${string} to`;

export interface RawFinding {
  /** The version as written; variables (`${DAPR_VERSION:-1.14.0}`) are resolved by the caller. */
  readonly text: string;
  readonly phrase: Phrase;
  /** 1-based line of the version in the file. */
  readonly line: number;
}

/** A file's findings and the variables it sets (env maps, matrices, assignments), to resolve them with. */
export interface FileFindings {
  readonly findings: readonly RawFinding[];
  readonly scope: ReadonlyMap<string, readonly string[]>;
  /** Env files the file loads (`env_file:`, an action's `envFile:`), relative to the file's folder. */
  readonly envFiles: readonly string[];
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
