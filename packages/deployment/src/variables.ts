// Variables in deployment files: `$V`, `${V}`, `${V:-default}` (shell, compose), `$(V)` (make, Azure
// Pipelines), `${{ env.V }}`, `${{ matrix.v }}`, `${{ inputs.v || '1.16.12' }}` (GitHub Actions). A value is
// resolved from what the file (and its env files) set; what is set elsewhere stays unresolved. Pure.

/** Values known for a variable; a matrix entry has several. */
export type Scope = ReadonlyMap<string, readonly string[]>;

export type Resolved = { readonly ok: true; readonly values: readonly string[] } | { readonly ok: false; readonly variable: string };

const REFERENCE = /\$\{\{\s*([^}]*?)\s*\}\}|\$\{([A-Za-z_][\w]*)(?::?[-=]([^}]*))?\}|\$\(([A-Za-z_][\w]*)\)|\$([A-Za-z_][\w]*|\d)/;

/** A GitHub expression: `env.V`, `matrix.v`, `vars.V`, with a literal fallback after `||`. */
function expressionValues(expr: string, scope: Scope): readonly string[] | undefined {
  const alternatives = expr.split('||').map((a) => a.trim());
  for (const alternative of alternatives) {
    const literal = /^'([^']*)'$|^"([^"]*)"$|^(\d[\w.-]*)$/.exec(alternative);
    if (literal) return [literal[1] ?? literal[2] ?? literal[3]!];
    const name = /^(?:env|matrix|vars|inputs|github\.event\.inputs)\.([\w-]+)$/.exec(alternative)?.[1];
    const values = name === undefined ? undefined : scope.get(name);
    if (values?.length) return values;
  }
  return undefined;
}

/**
 * Every value `text` can take with `scope`; or the first variable it cannot resolve. Values expand one
 * level only (a variable set to another variable resolves through `scope` when the file's reader did so).
 */
export function resolve(text: string, scope: Scope, depth = 0): Resolved {
  const m = REFERENCE.exec(text);
  if (!m) return { ok: true, values: [text] };
  if (depth > 8) return { ok: false, variable: m[0] };
  let values: readonly string[] | undefined;
  let variable: string;
  if (m[1] !== undefined) {
    variable = `\${{ ${m[1]} }}`;
    values = expressionValues(m[1], scope);
  } else {
    const name = m[2] ?? m[4] ?? m[5]!;
    variable = name;
    values = scope.get(name) ?? (m[3] !== undefined && m[3] !== '' ? [m[3]] : undefined);
  }
  if (!values) return { ok: false, variable };
  const out: string[] = [];
  for (const value of values) {
    const rest = resolve(text.slice(0, m.index) + value + text.slice(m.index + m[0].length), scope, depth + 1);
    if (!rest.ok) return rest;
    out.push(...rest.values);
  }
  return { ok: true, values: [...new Set(out)] };
}

/** Scope entries from `NAME=value` lines (`.env` files, shell, make `?=`/`:=`, Dockerfile `ARG`/`ENV`, PowerShell `$NAME = "v"`). */
export function assignmentsIn(text: string): Map<string, string[]> {
  const scope = new Map<string, string[]>();
  const line = /^[ \t]*(?:export[ \t]+|ARG[ \t]+|ENV[ \t]+|\$env:|\$)?([A-Za-z_][\w]*)[ \t]*(?:\?=|:=|::=|=|:(?=[ \t]))[ \t]*(.*?)[ \t]*$/gm;
  for (const m of text.matchAll(line)) {
    // A trailing `,` or `;` ends a PowerShell parameter or a statement; `# …` is a comment.
    let value = m[2]!.replace(/[ \t]+#.*$/, '').replace(/[,;]$/, '');
    value = value.replace(/^(["'])(.*)\1$/, '$2');
    if (value === '') continue;
    // `V=${V:-1.3.0}` (a parameter with a default): the default is the value the file gives.
    const self = new RegExp(`^\\$\\{${m[1]}:?-([^}]*)\\}$`).exec(value);
    if (self) value = self[1]!;
    const inner = resolve(value, scope);
    scope.set(m[1]!, inner.ok ? [...inner.values] : [value]);
  }
  return scope;
}
