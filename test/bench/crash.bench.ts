/**
 * Crash benchmark: kill -9 of a real process while it sends (connector latency 200 ms), then a new
 * instance's catch-up and retry-failed run. Prints duplicates and losses by message kind, on SQLite
 * and (when MONGODB_URI is set, e.g. FerretDB) on the MongoDB wire. Figures only.
 *
 *   npm run bench:crash [-- --store=sqlite|mongo]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { crashRun, type CrashFigures, type CrashStore } from '../support/crash';
import { mongoUri } from '../support/mongo';

const LOAD = { total: 800, conversations: 200, latencyMs: 200, killAfter: 300 };
const RUNS = 3;

function print(name: string, runs: CrashFigures[]): void {
  console.log(`${name}: ${RUNS} runs of ${LOAD.total} messages (half reminders, half triage posts) to ${LOAD.conversations} conversations, latency ${LOAD.latencyMs} ms, killed after ${LOAD.killAfter} requests`);
  console.log(`  outcome unknown at the crash: ${runs.map((r) => r.pendingAtCrash).join(', ')}`);
  for (const kind of Object.keys(runs[0].byKind)) {
    const sum = (f: keyof CrashFigures['byKind'][string]) => runs.reduce((n, r) => n + r.byKind[kind][f], 0);
    console.log(`  ${kind}: messages ${sum('messages')}, delivered ${sum('delivered')}, duplicates ${sum('duplicates')}, marked re-posts ${sum('markedReposts')}, lost ${sum('lost')}`);
  }
}

async function runs(store: () => CrashStore): Promise<CrashFigures[]> {
  const all: CrashFigures[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await crashRun(store(), LOAD));
  return all;
}

const only = process.argv.find((a) => a.startsWith('--store='))?.slice('--store='.length);

async function main(): Promise<void> {
  if (only !== 'mongo') {
    const dir = mkdtempSync(join(tmpdir(), 'lro-crash-bench-'));
    try {
      print('SQLite', await runs(() => ({ sqlitePath: join(dir, `${randomUUID()}.db`) })));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only === 'sqlite') return;
  const uri = mongoUri();
  if (!uri) {
    console.log('MongoDB wire: skipped (MONGODB_URI not set; see test/support/ferretdb.sh)');
    return;
  }
  const dbs: string[] = [];
  try {
    print(`MongoDB wire (${uri})`, await runs(() => {
      const db = `lro-crash-${randomUUID().slice(0, 8)}`;
      dbs.push(db);
      return { mongoUri: uri, db };
    }));
  } finally {
    const client = await MongoClient.connect(uri);
    for (const db of dbs) await client.db(db).dropDatabase();
    await client.close();
  }
}

void main().then(() => process.exit(0));
