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
// FerretDB's SQLite backend answers SQLITE_BUSY to many concurrent writers, so fewer conversations at once there.
const MONGO_LOAD = { ...LOAD, conversations: 10 };
const RUNS = 3;

function print(name: string, load: typeof LOAD, runs: CrashFigures[]): void {
  console.log(
    `${name}: ${RUNS} runs of ${load.total} messages (half reminders, half triage posts) to ${load.conversations} conversations, latency ${load.latencyMs} ms, killed after ${load.killAfter} requests`,
  );
  console.log(`  outcome unknown at the crash: ${runs.map((r) => r.pendingAtCrash).join(', ')}`);
  for (const kind of Object.keys(runs[0].byKind)) {
    const sum = (f: keyof CrashFigures['byKind'][string]) => runs.reduce((n, r) => n + r.byKind[kind][f], 0);
    console.log(
      `  ${kind}: messages ${sum('messages')}, delivered ${sum('delivered')}, duplicates ${sum('duplicates')}, marked re-posts ${sum('markedReposts')}, lost ${sum('lost')}`,
    );
  }
}

async function runs(store: () => CrashStore, load: typeof LOAD): Promise<CrashFigures[]> {
  const all: CrashFigures[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await crashRun(store(), load));
  return all;
}

const only = process.argv.find((a) => a.startsWith('--store='))?.slice('--store='.length);

async function main(): Promise<void> {
  if (only !== 'mongo') {
    const dir = mkdtempSync(join(tmpdir(), 'lro-crash-bench-'));
    try {
      print('SQLite', LOAD, await runs(() => ({ sqlitePath: join(dir, `${randomUUID()}.db`) }), LOAD));
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
    const store = () => {
      const db = `lro-crash-${randomUUID().slice(0, 8)}`;
      dbs.push(db);
      return { mongoUri: uri, db };
    };
    print(`MongoDB wire (${uri})`, MONGO_LOAD, await runs(store, MONGO_LOAD));
  } finally {
    const client = await MongoClient.connect(uri);
    for (const db of dbs) await client.db(db).dropDatabase();
    await client.close();
  }
}

void main().then(() => process.exit(0));
