// @ts-check
// The parser's thread: runs oxc-parser's native parse, the one step that recurses on the native stack
// (an overflow there kills the whole process, nothing to catch), on a thread whose stack is sized for
// the text (native-parser.ts). It answers with the program as oxc's JSON text: the tree itself is built
// in the server's thread by JSON.parse, which does not recurse (a structured clone of it would).
// Plain JavaScript: the server and its tests start this file as it is, from src/ as from dist/.
import { workerData } from 'node:worker_threads';

/** @type {{ port: import('node:worker_threads').MessagePort, done: Int32Array }} */
const { port, done } = workerData;

/** The binding, or why it could not be loaded (every request is then answered with that). */
const loading = import('oxc-parser/src-js/bindings').then(
  (binding) => ({ binding, failure: '' }),
  (error) => ({ binding: undefined, failure: `the parser could not be loaded: ${String(error)}` }),
);

/** @param {{ fileName: string, source: string, options: Record<string, unknown> }} request */
async function answer({ fileName, source, options }) {
  const { binding, failure } = await loading;
  if (!binding) return { ok: false, error: failure };
  try {
    const before = process.memoryUsage.rss();
    const result = binding.parseSync(fileName, source, options);
    // Each getter takes its field out of the native result: read all, so that nothing is kept.
    const { program, comments, errors } = result;
    void result.module;
    return { ok: true, program, comments, errors: errors.map((e) => e.message), grown: process.memoryUsage.rss() - before };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

port.on('message', async (request) => {
  port.postMessage(await answer(request));
  // The server's thread waits on `done` (Atomics.wait): the reply is queued before it wakes.
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
