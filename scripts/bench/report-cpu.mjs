// Preloaded (`node --import`) into a process a benchmark starts: at exit, writes the process's CPU time
// (user + system, all threads, in ms) to the file named by DAPR_CODES_CPU_REPORT.
import { writeFileSync } from 'node:fs';

const out = process.env.DAPR_CODES_CPU_REPORT;
if (out) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(out, String((user + system) / 1000));
  });
}
