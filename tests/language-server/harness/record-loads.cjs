// Preloaded into the server under test: records every module name it requires, so a test can prove
// the workspace's `typescript` is never loaded. Written to the file named by DAPR_CODES_LOADS on exit.
const Module = process.getBuiltinModule('node:module');
const { writeFileSync } = process.getBuiltinModule('node:fs');
const requested = new Set();
const load = Module._load;
Module._load = function (request, ...rest) {
  requested.add(request);
  return load.call(this, request, ...rest);
};
process.on('exit', () => {
  writeFileSync(process.env.DAPR_CODES_LOADS, JSON.stringify({ requested: [...requested], cached: Object.keys(Module._cache) }));
});
