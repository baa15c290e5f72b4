// Compiles src/ into dist/ so `npm start` runs plain node rather than tsx, and copies beside the
// compiled code what it reads from disk (cards/, the tab's static files, JSON data in src/).
//   node scripts/build.js             always builds
//   node scripts/build.js --if-stale  builds only when a source is newer than the last build,
//                                     so a start after an edit runs the edit
const { execFileSync } = require('node:child_process');
const { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const stamp = join(dist, '.built-at');
const sources = ['src', 'cards', 'package.json', 'tsconfig.json', 'tsconfig.build.json'].map((p) => join(root, p));

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

function isStale() {
  if (!existsSync(stamp)) return true;
  const builtAt = Number(readFileSync(stamp, 'utf8'));
  return sources.some((p) => existsSync(p) && newestChange(p) > builtAt);
}

function build() {
  const startedAt = Date.now();
  rmSync(dist, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  cpSync(join(root, 'cards'), join(dist, 'cards'), { recursive: true });
  cpSync(join(root, 'src'), join(dist, 'src'), { recursive: true, filter: (p) => !p.endsWith('.ts') });
  writeFileSync(stamp, String(startedAt));
}

if (!process.argv.includes('--if-stale') || isStale()) build();
