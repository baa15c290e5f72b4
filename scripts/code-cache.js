// Runs a CommonJS file with V8's code cache kept beside it (<file>.cache), so a start deserialises
// the bundle's compiled code instead of parsing and compiling its megabytes again.
// Node 20 has no module.enableCompileCache; this is the same idea through vm.Script's cachedData.
// V8 rejects a cache made by another node version or with other flags: the file is then compiled
// as usual and the cache made again. A build deletes dist/, so a cache never outlives its bundle.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Loads `file` as a module and returns its exports, with `saveCache()` to call once the code that
 * matters has run (the functions V8 has compiled by then go into the cache too); it does nothing
 * when the cache was used.
 */
function requireWithCodeCache(file) {
  // Node maps stack traces only for what its own loader compiled.
  if (process.sourceMapsEnabled) return { exports: require(file), saveCache() {} };
  const cachePath = `${file}.cache`;
  const cachedData = readCache(cachePath);
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  const used = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: mod.exports,
    saveCache() {
      if (used) return;
      try {
        // Written whole, then renamed: a start running meanwhile never reads half a cache.
        const partial = `${cachePath}.${process.pid}`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cachePath);
      } catch {
        // A read-only install runs without the cache: slower to start, otherwise the same.
      }
    },
  };
}

module.exports = { requireWithCodeCache };
