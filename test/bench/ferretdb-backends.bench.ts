/**
 * The MongoDB store on FerretDB 1.24.2 with each of its backends, SQLite and PostgreSQL, each started
 * on loopback by test/support/ferretdb.sh. Prints figures only.
 *
 *   npx tsx test/bench/ferretdb-backends.bench.ts [sqlite|postgresql ...]
 *
 * 1. The due-plan query (plans.listDueBy) at 100,000 plans with 1,000 due, through the store.
 * 2. Whether a conditional update is atomic: rounds of racing findOneAndUpdate calls that each
 *    claim the same unclaimed document; atomic means exactly one winner per round.
 */
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MongoClient } from 'mongodb';
import { openMongoStore } from '../../src/store';
import { referenceKey } from '../../src/store/plan-types';

const PLANS = 100_000;
const DUE_BY = '2026-04-10';
const RACE_ROUNDS = 20;
const RACERS = 10;
const script = join(__dirname, '..', 'support', 'ferretdb.sh');
// Its own FerretDB state folder, so the bench never stops a server the tests are using.
const env = { ...process.env, FERRETDB_STATE: join(tmpdir(), `lro-bench-ferretdb-${process.pid}`) };

/** Plan documents as the Mongo store writes them; 1% due by DUE_BY, the rest from May to December. */
function planDoc(i: number) {
  const reference = `BENCH-${i}`;
  const owner = `aad-owner-${i % 5000}`;
  return {
    _id: `bench-${i}`,
    tenantId: 'tenant-bench',
    reference,
    ownerAadObjectId: owner,
    ownerName: `Bench Officer ${i % 5000}`,
    cadence: { kind: 'monthly' },
    lastReviewed: '2026-03-03',
    nextReview: i % 100 === 0 ? '2026-04-03' : `2026-${String(5 + (i % 8)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    status: 'active',
    createdBy: owner,
    createdAt: '2026-03-03T09:00:00.000Z',
    updatedBy: owner,
    updatedAt: '2026-03-03T09:00:00.000Z',
    referenceKey: referenceKey(reference),
  };
}

async function dueQuery(uri: string): Promise<string> {
  const store = await openMongoStore(uri, 'bench');
  const client = await MongoClient.connect(uri);
  try {
    const seeding = performance.now();
    const col = client.db('bench').collection('plans');
    for (let i = 0; i < PLANS; i += 1000) await col.insertMany(Array.from({ length: 1000 }, (_, k) => planDoc(i + k)) as never[]);
    const seeded = (performance.now() - seeding) / 1000;
    const times: number[] = [];
    let rows = 0;
    for (let run = 0; run < 7; run++) {
      const t = performance.now();
      rows = (await store.plans.listDueBy(DUE_BY)).length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return `due-plan query at ${PLANS} plans (seeded in ${seeded.toFixed(1)} s), ${rows} due: median ${times[3].toFixed(1)} ms, best ${times[0].toFixed(1)} ms over 7 runs`;
  } finally {
    await store.close();
    await client.close();
  }
}

async function raceCheck(uri: string): Promise<string> {
  const client = await MongoClient.connect(uri, { maxPoolSize: RACERS });
  try {
    const col = client.db('bench').collection<{ _id: string; claimedBy: number | null }>('race');
    const winners: number[] = [];
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const _id = `claim-${round}`;
      await col.insertOne({ _id, claimedBy: null });
      const results = await Promise.all(
        Array.from({ length: RACERS }, (_, racer) =>
          col.findOneAndUpdate({ _id, claimedBy: null }, { $set: { claimedBy: racer } }, { returnDocument: 'after' }),
        ),
      );
      winners.push(results.filter((doc) => doc !== null).length);
    }
    const atomic = winners.filter((n) => n === 1).length;
    return `racing findOneAndUpdate, ${RACERS} racers x ${RACE_ROUNDS} rounds: winners per round ${JSON.stringify(winners)}; ${atomic} of ${RACE_ROUNDS} rounds had exactly one winner (mean ${(winners.reduce((a, b) => a + b, 0) / RACE_ROUNDS).toFixed(1)})`;
  } finally {
    await client.close();
  }
}

async function main(): Promise<void> {
  const backends = process.argv.slice(2).length ? process.argv.slice(2) : ['sqlite', 'postgresql'];
  for (const backend of backends) {
    const uri = execFileSync(script, ['start', backend], { env, encoding: 'utf8' })
      .trim()
      .replace(/^MONGODB_URI=/, '');
    try {
      console.log(`FerretDB 1.24.2, ${backend} backend:`);
      console.log(`  ${await raceCheck(uri)}`);
      console.log(`  ${await dueQuery(uri)}`);
    } finally {
      execFileSync(script, ['stop'], { env });
    }
  }
}

void main();
