// Reads a local git clone without checking anything out: refs with for-each-ref, files with
// `git cat-file --batch`, string literals with `git grep` over many refs per call.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { isReleaseTag, compareTags } from './versions.mjs';

const run = promisify(execFile);
const MAX_BUFFER = 512 * 1024 * 1024;

/** Non-test, non-vendor Go source: what a released runtime is built from. */
export const GO_SOURCE = ['*.go', ':!vendor/**', ':!tests/**', ':!*_test.go'];

async function git(gitDir, args) {
  const { stdout } = await run('git', ['--git-dir', gitDir, ...args], { maxBuffer: MAX_BUFFER, encoding: 'utf8' });
  return stdout;
}

/**
 * Release tags in version order, then the branch (`master`), each with its commit and commit date.
 * @returns {Promise<{ name: string, commit: string, date: string }[]>}
 */
export async function listRefs(gitDir, branch) {
  const out = await git(gitDir, [
    'for-each-ref',
    '--format=%(refname:short)%09%(objectname)%09%(*objectname)%09%(committerdate:short)%09%(*committerdate:short)',
    'refs/tags',
    `refs/heads/${branch}`,
  ]);
  const refs = out.split('\n').filter(Boolean).map((line) => {
    const [name, object, peeled, date, peeledDate] = line.split('\t');
    return { name, commit: peeled || object, date: peeledDate || date };
  });
  const tags = refs.filter((r) => isReleaseTag(r.name)).sort((a, b) => compareTags(a.name, b.name));
  const head = refs.find((r) => r.name === branch);
  if (!head) throw new Error(`no branch ${branch} in ${gitDir}`);
  return [...tags, head];
}

/** The commit HEAD points at (a dapr/kit clone's default branch). */
export async function headCommit(gitDir) {
  return (await git(gitDir, ['rev-parse', 'HEAD^{commit}'])).trim();
}

/**
 * `git grep -o` of an extended regex over the Go source of many commits at once.
 * @returns {Promise<Map<string, Map<string, Set<string>>>>} commit → path → matches
 */
export async function grepCommits(gitDir, commits, pattern, pathspec = GO_SOURCE) {
  const result = new Map(commits.map((c) => [c, new Map()]));
  const chunks = [];
  for (let i = 0; i < commits.length; i += 40) chunks.push(commits.slice(i, i + 40));
  // Two at a time: the machine has two cores, and git grep is itself multi-threaded.
  for (let i = 0; i < chunks.length; i += 2) {
    const outs = await Promise.all(chunks.slice(i, i + 2).map(async (chunk) => {
      try {
        return await git(gitDir, ['grep', '-I', '-o', '-E', pattern, ...chunk, '--', ...pathspec]);
      } catch (err) {
        // git grep exits 1 when nothing matched.
        if (/** @type {{ code?: number }} */ (err).code === 1) return '';
        throw err;
      }
    }));
    for (const out of outs) {
      for (const line of out.split('\n')) {
        if (!line) continue;
        const first = line.indexOf(':');
        const second = line.indexOf(':', first + 1);
        const commit = line.slice(0, first);
        const path = line.slice(first + 1, second);
        const files = result.get(commit);
        if (!files.has(path)) files.set(path, new Set());
        files.get(path).add(line.slice(second + 1));
      }
    }
  }
  return result;
}

/**
 * Reads `commit:path` blobs through one `git cat-file --batch`.
 * @param {string[]} specs `commit:path`
 * @returns {Promise<Map<string, string | null>>} null when the file does not exist at that commit
 */
export function readBlobs(gitDir, specs) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const buf = Buffer.concat(chunks);
      const blobs = new Map();
      let pos = 0;
      for (const spec of specs) {
        const eol = buf.indexOf(10, pos);
        const header = buf.toString('utf8', pos, eol);
        pos = eol + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          blobs.set(spec, null);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        blobs.set(spec, buf.toString('utf8', pos, pos + size));
        pos += size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(specs.map((s) => `${s}\n`).join(''));
  });
}
