/**
 * Reminder benchmark. Prints figures only; never fails on a threshold.
 *
 *   npx tsx test/bench/reminders.bench.ts            (Mongo figures too when MONGODB_URI is set)
 *
 * 1. Sending: 2,000 plan reminders to 400 personal chats through the real job, outbox, sender and
 *    adapter, against the harness's stand-in connector enforcing Teams' per-conversation limits
 *    (7/1 s, 8/2 s, 60/30 s) and refusing 2% of sends with 429 at random. Reports messages sent,
 *    duplicates and losses, 429s seen, and wall time against the rate-limit floor for that load.
 * 2. The due-plan query at 100,000 plans, on SQLite and on the MongoDB wire (FerretDB).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MongoClient } from 'mongodb';
import { londonInstant } from '../../src/features/dates';
import { openMongoStore, openSqliteStore } from '../../src/store';
import type { PlanRecord } from '../../src/store/plan-types';
import type { Store } from '../../src/store/types';
import { TENANT, message } from '../support/activities';
import { startHarness } from '../support/harness';
import { mongoUri } from '../support/mongo';
import { TEAMS_CONVERSATION_LIMITS, teamsRateLimits } from '../support/teams-rate-limits';

const CONVERSATIONS = 400;
const PER_CONVERSATION = 5;
const QUERY_PLANS = 100_000;
const DUE_DATE = '2026-04-03';
const GLOBAL_PER_SECOND = 30;

function plan(i: number, owner: string, nextReview: string): PlanRecord {
  return {
    id: `bench-${i}`,
    tenantId: TENANT,
    reference: `BENCH-${i}`,
    ownerAadObjectId: owner,
    ownerName: `Bench Officer ${owner}`,
    cadence: { kind: 'monthly' },
    lastReviewed: '2026-03-03',
    nextReview,
    status: 'active',
    createdBy: owner,
    createdAt: '2026-03-03T09:00:00.000Z',
    updatedBy: owner,
    updatedAt: '2026-03-03T09:00:00.000Z',
  };
}

/** The shortest time the load could take within the limits: the app-wide rate, or one conversation's windows. */
function rateLimitFloorSeconds(total: number, perConversation: number, globalPerSecond: number): number {
  const global = (total - 1) / globalPerSecond;
  const conversation = Math.max(...TEAMS_CONVERSATION_LIMITS.map((l) => Math.floor((perConversation - 1) / l.max) * (l.ms / 1000)));
  return Math.max(global, conversation);
}

async function sendingBench(): Promise<void> {
  const h = await startHarness({ LOG_LEVEL: 'warn', SEND_GLOBAL_PER_SECOND: String(GLOBAL_PER_SECOND) });
  try {
    for (let u = 0; u < CONVERSATIONS; u++) {
      const user = { id: `29:bench-${u}`, name: `Bench Officer ${u}`, aadObjectId: `aad-bench-${u}` };
      await h.post(message('help', { serviceUrl: h.connector.url, user }));
    }
    let i = 0;
    for (let u = 0; u < CONVERSATIONS; u++) {
      for (let k = 0; k < PER_CONVERSATION; k++) await h.app.store.plans.insert(plan(i++, `aad-bench-${u}`, DUE_DATE));
    }
    h.connector.reset();
    const { responder, stats } = teamsRateLimits(0.02);
    h.connector.responder = responder;

    const started = performance.now();
    const report = await h.app.scheduler.runNow('reminders.plans', londonInstant(DUE_DATE, '08:00'));
    const retried = await h.app.scheduler.runNow('retry-failed', londonInstant(DUE_DATE, '08:10'));
    const seconds = (performance.now() - started) / 1000;

    const delivered = new Map<string, number>();
    for (const activity of h.connector.sent()) {
      const reference = String(activity.text).split(':')[0];
      delivered.set(reference, (delivered.get(reference) ?? 0) + 1);
    }
    const expected = CONVERSATIONS * PER_CONVERSATION;
    const duplicates = [...delivered.values()].reduce((n, c) => n + c - 1, 0);
    const losses = [...Array(expected).keys()].filter((n) => !delivered.has(`BENCH-${n}`)).length;
    const floor = rateLimitFloorSeconds(expected, PER_CONVERSATION, GLOBAL_PER_SECOND);
    console.log(`sending: ${expected} reminders to ${CONVERSATIONS} conversations (${PER_CONVERSATION} each), pacing 7/s per conversation and ${GLOBAL_PER_SECOND}/s overall`);
    console.log(`  messages sent: ${h.connector.sent().length}`);
    console.log(`  duplicates: ${duplicates}   losses: ${losses}`);
    console.log(`  429s seen: ${stats.overLimit + stats.random} (${stats.overLimit} over a conversation limit, ${stats.random} at random)`);
    console.log(`  job report: ${JSON.stringify(report)}   retry run: ${JSON.stringify(retried)}`);
    console.log(`  wall time: ${seconds.toFixed(1)} s; rate-limit floor: ${floor.toFixed(1)} s; ratio: ${(seconds / floor).toFixed(2)}`);
  } finally {
    await h.close();
  }
}

/** 1% of the plans are due by the query date; the rest fall due from May to December. */
async function seed(store: Store): Promise<void> {
  const IN_FLIGHT = 32;
  let next = 0;
  const later = (i: number) => `2026-${String(5 + (i % 8)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const worker = async () => {
    while (next < QUERY_PLANS) {
      const i = next++;
      await store.plans.insert(plan(i, `aad-owner-${i % 5000}`, i % 100 === 0 ? DUE_DATE : later(i)));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

async function queryBench(name: string, store: Store): Promise<void> {
  const seedStart = performance.now();
  await seed(store);
  const seeded = (performance.now() - seedStart) / 1000;
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run < 7; run++) {
    const t = performance.now();
    rows = (await store.plans.listDueBy('2026-04-10')).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`due-plan query, ${name}: ${QUERY_PLANS} plans (seeded in ${seeded.toFixed(1)} s), ${rows} due: median ${times[3].toFixed(1)} ms, best ${times[0].toFixed(1)} ms over 7 runs`);
}

async function main(): Promise<void> {
  await sendingBench();

  const dir = mkdtempSync(join(tmpdir(), 'lro-bench-'));
  const sqlite = openSqliteStore(join(dir, 'bench.db'));
  try {
    await queryBench('SQLite (file, WAL)', sqlite);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const uri = mongoUri();
  if (!uri) {
    console.log('due-plan query, MongoDB wire: skipped (MONGODB_URI not set)');
    return;
  }
  const db = `lro-bench-${randomUUID().slice(0, 8)}`;
  const mongo = await openMongoStore(uri, db);
  try {
    await queryBench(`MongoDB wire (${uri})`, mongo);
  } finally {
    await mongo.close();
    const client = await MongoClient.connect(uri);
    await client.db(db).dropDatabase();
    await client.close();
  }
}

void main();
