// CPU time for the benchmarks: on a shared machine wall time drifts with the neighbours' load, CPU time
// much less, so every benchmark's headline is a ratio of CPU times measured in one run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PRELOAD = pathToFileURL(join(import.meta.dirname, 'report-cpu.mjs')).href;

/** CPU time (user + system, ms) that `fn` takes in this process, and its result. */
export async function cpuOf(fn) {
  const before = process.cpuUsage();
  const result = await fn();
  const { user, system } = process.cpuUsage(before);
  return { cpuMs: (user + system) / 1000, result };
}

/**
 * Node arguments and environment that make a child Node process report its own CPU time at exit;
 * `read()` returns it (ms) once the child has exited.
 */
export function cpuReporting() {
  const dir = mkdtempSync(join(tmpdir(), 'dapr-codes-cpu-'));
  const file = join(dir, 'cpu');
  return {
    execArgv: ['--import', PRELOAD],
    env: { DAPR_CODES_CPU_REPORT: file },
    read() {
      const ms = Number(readFileSync(file, 'utf8'));
      rmSync(dir, { recursive: true, force: true });
      return ms;
    },
  };
}

/** Runs `node script ...args` to its end: exit status, stdout, stderr and the child's CPU time (ms). */
export function runNode(script, args, { cwd, env = process.env } = {}) {
  const cpu = cpuReporting();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cpu.execArgv, script, ...args], { cwd, env: { ...env, ...cpu.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), cpuMs: cpu.read() }));
  });
}

/** `1.234x` */
export const ratio = (a, b) => `${(a / b).toFixed(3)}x`;
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
export const percent = (x) => `${(x * 100).toFixed(2)}%`;
