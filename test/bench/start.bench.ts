/**
 * Start-up benchmark: `npm start` to the first 200 from /healthz, and memory once started
 * (the server's RSS and the whole process tree's: npm, its shell and the server).
 * For comparison, the same for the start script without npm, the bundle without the code cache, and
 * the server run through tsx from source. Prints figures only: every run, then the median.
 *
 *   npx tsx test/bench/start.bench.ts
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { healthy } from '../support/local-process';
import { freePort } from '../support/ports';

const root = join(__dirname, '..', '..');
const RUNS = 5;

/** Resident memory of a process in MB, from /proc (0 once it has gone). */
function rssMb(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/** CPU time a process and its finished children (npm's prestart) have used, in ms (Linux counts 1/100 s). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) * 10;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function tree(pid: number): number[] {
  return [pid, ...childrenOf(pid).flatMap(tree)];
}

interface Run {
  ms: number;
  cpu: number;
  serverMb: number;
  treeMb: number;
}

async function startOnce(command: string, args: string[], dir: string): Promise<Run> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      SQLITE_PATH: join(dir, `start-${port}.db`),
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const failed = exited.then(() => Promise.reject(new Error(`${command} ${args.join(' ')} exited before answering /healthz`)));
  await Promise.race([healthy(`http://127.0.0.1:${port}`, 5), failed]);
  const ms = performance.now() - started;
  // CPU the tree has used by then: on a busy machine, a figure less skewed by waiting for a core than wall time.
  const cpu = tree(child.pid!).reduce((sum, pid) => sum + cpuMs(pid), 0);
  await new Promise((r) => setTimeout(r, 500)); // let start-up work (catch-up, lazy loads) settle
  const pids = tree(child.pid!);
  // The server is the process listening: the deepest node process in the tree.
  const serverMb = rssMb(pids[pids.length - 1]);
  const treeMb = pids.reduce((sum, pid) => sum + rssMb(pid), 0);
  failed.catch(() => undefined);
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  return { ms, cpu, serverMb, treeMb };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measure(label: string, command: string, args: string[], dir: string): Promise<void> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await startOnce(command, args, dir));
  const ms = runs.map((r) => r.ms);
  console.log(`${label}: runs ${runs.map((r) => `${r.ms.toFixed(0)} ms/${r.serverMb.toFixed(0)} MB`).join(', ')}`);
  console.log(
    `${label}: start to /healthz 200 median ${median(ms).toFixed(0)} ms (best ${Math.min(...ms).toFixed(0)}, worst ${Math.max(...ms).toFixed(0)}, ${RUNS} runs), ` +
      `CPU used by then median ${median(runs.map((r) => r.cpu)).toFixed(0)} ms; ` +
      `RSS after start: server ${median(runs.map((r) => r.serverMb)).toFixed(0)} MB, whole process tree ${median(runs.map((r) => r.treeMb)).toFixed(0)} MB`,
  );
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.js'), '--if-stale'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'lro-start-bench-'));
  try {
    await measure('npm start (bundle + code cache)', 'npm', ['start', '--silent'], dir);
    await measure('node scripts/start.js (without npm)', process.execPath, ['--max-semi-space-size=2', 'scripts/start.js'], dir);
    await measure('node dist/src/index.js (bundle, no code cache)', process.execPath, ['dist/src/index.js'], dir);
    await measure('tsx src/index.ts (before)', process.execPath, ['--import', 'tsx', 'src/index.ts'], dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
