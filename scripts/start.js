// `npm start`: rebuilds dist/ when a source is newer than the last build (in this process, so a
// start costs one node, not two), then runs the bundled server through V8's code cache.
const { build, bundle, isStale } = require('./build');
const { requireWithCodeCache } = require('./code-cache');

async function start() {
  if (isStale()) await build();
  const server = requireWithCodeCache(bundle);
  await server.exports.main();
  // Only when there was no usable cache (a build in this process, another node version), and after
  // listening: the cache then holds what start-up compiled too.
  server.saveCache();
}

start().catch((err) => {
  process.stderr.write(`Start-up failed: ${err.message}\n`);
  process.exit(1);
});
