// One snapshot of facts per ref: which codes the Go source holds, and the declarations of
// errorcodes.go and predefined.go when the ref has them.
import { GO_SOURCE, grepCommits, readBlobs } from './git.mjs';
import { parseApiErrors, parseErrorCodes, parseStringConstants } from './go-source.mjs';

export const ERRORCODES_GO = 'pkg/messages/errorcodes/errorcodes.go';
export const PREDEFINED_GO = 'pkg/messages/predefined.go';
// `ERROR` is the generic fallback tag (v1.11+), sent like any code.
const CODE_LITERAL = '"(ERR_[A-Z0-9_]+|ERROR)"';
// The first argument of a one-line `WithErrorInfo(reason, ...)`: how a rich error builds its ErrorInfo reason.
const WITH_ERROR_INFO = String.raw`WithErrorInfo\([^,]*,`;
// String constants of the rich-error helpers: before v1.15 reasons are concatenations of these (`PostFixNameEmpty`).
const ERRORS_CONST = String.raw`^\s*(const\s+)?[A-Za-z]\w*\s+(\w+\s+)?=\s*"[A-Z0-9_]*"`;
const ERRORS_DIR = ['pkg/api/errors/*.go', ...GO_SOURCE.slice(1)];
const IDENT_USE = String.raw`\b(errorcodes|messages)\.[A-Z][A-Za-z0-9_]*`;

/**
 * @typedef {{ ident: string, code: string, reason: string | null, category: string, summary: string }} Declared
 * @typedef {{ name: string, code: string, messageTemplate: string, httpStatus: number, grpcCode: string }} ApiError
 * @typedef {{
 *   ref: string, commit: string, date: string,
 *   codes: Set<string>,
 *   filesOfCode: Map<string, string[]>,
 *   declared: Declared[] | null,
 *   apiErrors: ApiError[] | null,
 *   reasonExprs: { expr: string, path: string }[],
 *   reasonConsts: Map<string, string>,
 * }} Snapshot
 */

/**
 * @param {{ name: string, commit: string, date: string }[]} refs in version order, branch last
 * @returns {Promise<Snapshot[]>}
 */
export async function extractSnapshots(gitDir, refs) {
  const commits = [...new Set(refs.map((r) => r.commit))];
  const specs = commits.flatMap((c) => [`${c}:${ERRORCODES_GO}`, `${c}:${PREDEFINED_GO}`]);
  const [literals, built, consts, blobs] = await Promise.all([
    grepCommits(gitDir, commits, CODE_LITERAL),
    grepCommits(gitDir, commits, WITH_ERROR_INFO),
    grepCommits(gitDir, commits, ERRORS_CONST, ERRORS_DIR),
    readBlobs(gitDir, specs),
  ]);
  return refs.map((ref) => {
    const codesText = blobs.get(`${ref.commit}:${ERRORCODES_GO}`);
    const predefinedText = blobs.get(`${ref.commit}:${PREDEFINED_GO}`);
    const declared = codesText == null ? null : parseErrorCodes(codesText);
    const identToCode = new Map((declared ?? []).map((d) => [d.ident, d.code]));
    const apiErrors = predefinedText == null ? null : parseApiErrors(predefinedText, (ident) => identToCode.get(ident));
    /** @type {Map<string, string[]>} */
    const filesOfCode = new Map();
    for (const [path, matches] of literals.get(ref.commit) ?? []) {
      for (const literal of matches) {
        const code = literal.slice(1, -1);
        filesOfCode.set(code, [...(filesOfCode.get(code) ?? []), path]);
      }
    }
    // Codes that are not ERR_ literals (`DAPR_SCHEDULER_*`, `ERROR`) exist only as errorcodes.go declarations.
    for (const d of declared ?? []) {
      if (!filesOfCode.has(d.code)) filesOfCode.set(d.code, [ERRORCODES_GO]);
    }
    for (const paths of filesOfCode.values()) paths.sort();
    const reasonExprs = [...(built.get(ref.commit) ?? [])].flatMap(([path, matches]) =>
      [...matches].map((m) => ({ expr: m.slice('WithErrorInfo('.length, -1), path })));
    const reasonConsts = parseStringConstants([...(consts.get(ref.commit)?.values() ?? [])].flatMap((m) => [...m]).join('\n'));
    return {
      ref: ref.name, commit: ref.commit, date: ref.date, codes: new Set(filesOfCode.keys()), filesOfCode, declared, apiErrors,
      reasonExprs, reasonConsts,
    };
  });
}

/**
 * Files of each commit that use an errorcodes identifier or a predefined APIError (`errorcodes.X`, `messages.X`).
 * @returns {Promise<Map<string, Map<string, string[]>>>} commit → `errorcodes.X` / `messages.X` → sorted paths
 */
export async function identifierUses(gitDir, commits) {
  const found = await grepCommits(gitDir, commits, IDENT_USE);
  const result = new Map();
  for (const [commit, files] of found) {
    const byIdent = new Map();
    for (const [path, matches] of files) {
      for (const m of matches) {
        if (!byIdent.has(m)) byIdent.set(m, []);
        byIdent.get(m).push(path);
      }
    }
    for (const paths of byIdent.values()) paths.sort();
    result.set(commit, byIdent);
  }
  return result;
}
