/**
 * Turn benchmark: a knowledge question answered over HTTP by LRO Assist (compiled and with the young
 * generation `npm start` gives it, SQLite, LOG_LEVEL=info) against a bare echo bot on the same stack (echo-bot.ts), in the
 * same run, in alternating blocks, with the same activity; both reply to one local stand-in connector.
 * Reports p50 and p99 latency (one turn at a time), throughput (16 turns in flight), server CPU per
 * turn (from /proc) and the ratios, pooled and block by block (each block against the other bot's block
 * beside it, which cancels drift in the machine's speed). The bot keeps recent answers and cards, so a repeated question is
 * its cheapest turn; a second run asks each of the tuning questions once, alternating bots, for
 * the cost of a question it has not seen. Prints figures only.
 *
 *   npx tsx test/bench/turn.bench.ts
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import evaluation from '../../src/features/knowledge/content/example-questions.json';
import { message } from '../support/activities';
import { FakeConnector } from '../support/connector';
import { healthy } from '../support/local-process';
import { freePort } from '../support/ports';

const root = join(__dirname, '..', '..');
const QUESTION = 'what is the hold phase';
const WARM_UP = 200;
const BLOCKS = 20;
const BLOCK_TURNS = 100;
const IN_FLIGHT = 16;
const THROUGHPUT_MS = 3000;
const TICKS_PER_SECOND = 100; // Linux USER_HZ, the unit of utime and stime in /proc/<pid>/stat

interface Server {
  name: string;
  child: ChildProcess;
  url: string;
  latencies: number[];
  /** p50 of each recorded block, in block order: the two bots' blocks pair up in time. */
  blockP50s: number[];
  cpuMs: number;
  turns: number;
  throughput: number[];
}

/** CPU time the process has used, user and system, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function start(name: string, args: string[], env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await healthy(url);
  return { name, child, url, latencies: [], blockP50s: [], cpuMs: 0, turns: 0, throughput: [] };
}

async function turn(server: Server, body: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await res.arrayBuffer();
  if (res.status >= 300) throw new Error(`${server.name} answered ${res.status}`);
  return performance.now() - t;
}

async function latencyBlock(server: Server, body: string, turns: number, record: boolean): Promise<void> {
  const cpuBefore = cpuMs(server.child.pid!);
  const block: number[] = [];
  for (let i = 0; i < turns; i++) block.push(await turn(server, body));
  if (record) {
    server.latencies.push(...block);
    server.blockP50s.push(
      percentile(
        [...block].sort((a, b) => a - b),
        50,
      ),
    );
    server.cpuMs += cpuMs(server.child.pid!) - cpuBefore;
    server.turns += turns;
  }
}

/** Each question once per bot, alternating, one turn at a time: no answer or card is reused. */
async function firstTimeRun(servers: Server[], connectorUrl: string, questions: string[]): Promise<number[][]> {
  const latencies: number[][] = servers.map(() => []);
  for (const [i, q] of questions.entries()) {
    const body = JSON.stringify(message(q, { serviceUrl: connectorUrl }));
    for (const [j, s] of (i % 2 ? [...servers].reverse() : servers).entries()) latencies[i % 2 ? servers.length - 1 - j : j].push(await turn(s, body));
  }
  return latencies;
}

async function throughputRun(server: Server, body: string): Promise<void> {
  let done = 0;
  const until = performance.now() + THROUGHPUT_MS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (performance.now() < until) {
        await turn(server, body);
        done++;
      }
    }),
  );
  server.throughput.push(done / ((performance.now() - started) / 1000));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(s: Server): { p50: number; p99: number; cpu: number; rps: number } {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    cpu: s.cpuMs / s.turns,
    rps: s.throughput.reduce((a, b) => a + b, 0) / s.throughput.length,
  };
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.js'), '--if-stale'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'lro-turn-bench-'));
  const connector = await new FakeConnector().start();
  const servers = [
    await start('knowledge turn (LRO Assist)', ['--max-semi-space-size=2', 'dist/src/index.js'], {
      SQLITE_PATH: join(dir, 'turn.db'),
      LOG_LEVEL: 'info',
      SCHEDULER_ENABLED: 'false',
    }),
    await start('echo bot', ['--max-semi-space-size=2', '--import', 'tsx', 'test/bench/echo-bot.ts'], {}),
  ];
  try {
    const body = JSON.stringify(message(QUESTION, { serviceUrl: connector.url }));
    for (const s of servers) await latencyBlock(s, body, WARM_UP, false);
    for (let b = 0; b < BLOCKS; b++) {
      for (const s of b % 2 ? [...servers].reverse() : servers) {
        await latencyBlock(s, body, BLOCK_TURNS, true);
        connector.reset();
      }
    }
    for (let round = 0; round < 2; round++) {
      for (const s of servers) {
        await throughputRun(s, body);
        connector.reset();
      }
    }
    const questions = [...new Set(evaluation.inScope.map((q) => q.q))].filter((q) => q !== QUESTION);
    const firstTime = await firstTimeRun(servers, connector.url, questions);
    connector.reset();
    const [k, e] = servers.map(summary);
    console.log(
      `turns over HTTP, "${QUESTION}": ${BLOCKS} alternating blocks of ${BLOCK_TURNS} per bot after ${WARM_UP} warm-up turns; throughput with ${IN_FLIGHT} in flight, 2 x ${THROUGHPUT_MS / 1000} s each`,
    );
    for (const [s, f] of [
      [servers[0], k],
      [servers[1], e],
    ] as const) {
      console.log(
        `  ${s.name}: p50 ${f.p50.toFixed(2)} ms, p99 ${f.p99.toFixed(2)} ms, ${f.rps.toFixed(0)} turns/s, server CPU ${f.cpu.toFixed(2)} ms per turn`,
      );
    }
    console.log(
      `  ratio knowledge/echo: p50 ${(k.p50 / e.p50).toFixed(2)}x, p99 ${(k.p99 / e.p99).toFixed(2)}x, throughput ${(k.rps / e.rps).toFixed(2)}x, CPU per turn ${(k.cpu / e.cpu).toFixed(2)}x`,
    );
    // Blocks next to each other in time share the machine's state; their ratios vary less than pooled figures.
    const paired = servers[0].blockP50s.map((p, i) => p / servers[1].blockP50s[i]).sort((a, b) => a - b);
    console.log(
      `  p50 ratio of each block to the other bot's block beside it: median ${percentile(paired, 50).toFixed(2)}x (lowest ${paired[0].toFixed(2)}x, highest ${paired[paired.length - 1].toFixed(2)}x, ${paired.length} pairs)`,
    );
    const [kf, ef] = firstTime.map((l) => [...l].sort((a, b) => a - b));
    console.log(`questions not asked before: each of ${questions.length} tuning questions once per bot, alternating`);
    console.log(`  knowledge turn: p50 ${percentile(kf, 50).toFixed(2)} ms, p99 ${percentile(kf, 99).toFixed(2)} ms`);
    console.log(`  echo bot: p50 ${percentile(ef, 50).toFixed(2)} ms, p99 ${percentile(ef, 99).toFixed(2)} ms`);
    console.log(
      `  ratio knowledge/echo: p50 ${(percentile(kf, 50) / percentile(ef, 50)).toFixed(2)}x, p99 ${(percentile(kf, 99) / percentile(ef, 99)).toFixed(2)}x`,
    );
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
