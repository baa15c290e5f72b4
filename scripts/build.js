// Bundles the server into one file, dist/src/index.js, so `npm start` runs plain node on a single
// script (resolving and reading ~1,900 module files cost about a third of the start), and copies
// beside it what the code reads from disk (cards/, the tab's static files, JSON data in src/).
//   node scripts/build.js             always builds
//   node scripts/build.js --if-stale  builds only when a source is newer than the last build,
//                                     so a start after an edit runs the edit
// esbuild strips types without checking them: `npm test` (tsc --noEmit) does that.
const { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const bundle = join(dist, 'src', 'index.js');
const stamp = join(dist, '.built-at');
const sources = ['src', 'cards', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts'].map((p) => join(root, p));

// Left to node at run time: native addons, the MongoDB driver (required only when MONGODB_URI is set),
// packages whose files are served or read beside their code (require.resolve, import.meta.url),
// and restify's optional DTrace probes.
const external = ['better-sqlite3', 'mongodb', 'chart.js', '@microsoft/teams-js', 'node-cron', 'open', 'dtrace-provider'];

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

function isStale() {
  if (!existsSync(stamp) || !existsSync(bundle)) return true;
  const builtAt = Number(readFileSync(stamp, 'utf8'));
  return sources.some((p) => existsSync(p) && newestChange(p) > builtAt);
}

/**
 * Every source file's `__dirname` becomes the folder its code would have compiled to under dist/src,
 * where the copied data files are, rather than the bundle's own folder.
 */
const sourceDirnames = {
  name: 'source-dirnames',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      const rel = relative(join(root, 'src'), dirname(args.path));
      if (rel.startsWith('..') || !contents.includes('__dirname')) return undefined;
      return { contents: contents.replace(/\b__dirname\b/g, `require('node:path').join(__dirname, ${JSON.stringify(rel)})`), loader: 'ts' };
    });
  },
};

async function build() {
  const startedAt = Date.now();
  rmSync(dist, { recursive: true, force: true });
  // Loaded here only: a start with a fresh build never pays for it.
  await require('esbuild').build({
    entryPoints: [join(root, 'src', 'index.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external,
    plugins: [sourceDirnames],
    sourcemap: 'linked',
    // Smaller source, less to read and keep in memory; the linked source map maps stack traces back
    // (NODE_OPTIONS=--enable-source-maps).
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  cpSync(join(root, 'cards'), join(dist, 'cards'), { recursive: true });
  cpSync(join(root, 'src'), join(dist, 'src'), { recursive: true, filter: (p) => !p.endsWith('.ts') });
  writeFileSync(stamp, String(startedAt));
}

module.exports = { bundle, isStale, build };

if (require.main === module && (!process.argv.includes('--if-stale') || isStale())) {
  build().then(
    () => {
      // Loading the bundle once makes V8's code cache, so the first start has it too. Loading restify
      // warns of its unused spdy support (DEP0111), which npm start silences too.
      process.noDeprecation = true;
      try {
        require('./code-cache').requireWithCodeCache(bundle).saveCache();
      } catch (err) {
        // Only slower: the first start makes the cache instead.
        process.stderr.write(`No code cache made: ${err.message}\n`);
      }
    },
    () => {
      process.exitCode = 1; // esbuild has printed the errors
    },
  );
}
