/**
 * Reminder benchmark. Prints figures only; never fails on a threshold.
 *
 *   npm run bench:reminders            (Mongo figures too when MONGODB_URI is set)
 *
 * 1. Sending, in two shapes: 2,000 plan reminders to 400 personal chats (5 each), and 2,000 to 20
 *    (100 each, a digest storm where the per-conversation limits bind). Each runs the real job,
 *    outbox, sender and adapter against the stand-in connector, which enforces Teams' limits (per
 *    conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; 50/s for the app) with 429s, and refuses 2% of
 *    sends at random. Reports messages sent, duplicates, losses, 429s by cause, and the send window
 *    (first to last request reaching the connector, so building the cards is not counted) against
 *    the floor: the earliest schedule Teams' limits allow for the same sends, computed from the
 *    limits alone (test/support/teams-rate-limits.ts), not from the sender's settings.
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
import { textOf } from '../support/cards';
import { startHarness } from '../support/harness';
import { mongoUri } from '../support/mongo';
import { TEAMS_CONVERSATION_LIMITS, TEAMS_GLOBAL_LIMIT, teamsRateLimits } from '../support/teams-rate-limits';

const TOTAL = 2_000;
const SHAPES = [
  { name: '2,000 to 400 conversations', conversations: 400 },
  { name: '2,000 to 20 conversations (digest storm)', conversations: 20 },
];
const QUERY_PLANS = 100_000;
const DUE_DATE = '2026-04-03';

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

/**
 * The floor: the earliest moment (ms after the first send) the last of these sends could leave
 * within Teams' limits. Sends go one at a time at the earliest instant any conversation may send,
 * the conversation with most left first; each limit allows a send `ms` after the send `max` back.
 */
export function teamsFloorMs(sendsPerConversation: number[]): number {
  const left = [...sendsPerConversation];
  const history: number[][] = left.map(() => []);
  const global: number[] = [];
  const earliest = (times: number[], limits: { max: number; ms: number }[]) =>
    Math.max(0, ...limits.map((l) => (times.length >= l.max ? times[times.length - l.max] + l.ms : 0)));
  let last = 0;
  for (let sent = 0, total = left.reduce((a, b) => a + b, 0); sent < total; sent++) {
    const globalAt = earliest(global, [TEAMS_GLOBAL_LIMIT]);
    let best = -1;
    let bestAt = Infinity;
    for (let c = 0; c < left.length; c++) {
      if (!left[c]) continue;
      const at = Math.max(globalAt, earliest(history[c], TEAMS_CONVERSATION_LIMITS));
      if (at < bestAt || (at === bestAt && left[c] > left[best])) [best, bestAt] = [c, at];
    }
    history[best].push(bestAt);
    global.push(bestAt);
    left[best]--;
    last = bestAt;
  }
  return last;
}

async function sendingBench(shape: (typeof SHAPES)[number]): Promise<void> {
  const perConversation = TOTAL / shape.conversations;
  const h = await startHarness({ LOG_LEVEL: 'warn' });
  try {
    for (let u = 0; u < shape.conversations; u++) {
      const user = { id: `29:bench-${u}`, name: `Bench Officer ${u}`, aadObjectId: `aad-bench-${u}` };
      await h.post(message('help', { serviceUrl: h.connector.url, user }));
    }
    let i = 0;
    for (let u = 0; u < shape.conversations; u++) {
      for (let k = 0; k < perConversation; k++) await h.app.store.plans.insert(plan(i++, `aad-bench-${u}`, DUE_DATE));
    }
    h.connector.reset();
    const { responder, stats } = teamsRateLimits(0.02);
    h.connector.responder = responder;

    const started = performance.now();
    const report = await h.app.scheduler.runNow('reminders.plans', londonInstant(DUE_DATE, '08:00'));
    const retried = await h.app.scheduler.runNow('retry-failed', londonInstant(DUE_DATE, '08:10'));
    const jobSeconds = (performance.now() - started) / 1000;

    const delivered = new Map<string, number>();
    for (const activity of h.connector.sent()) {
      const reference = textOf(activity).split(':')[0];
      delivered.set(reference, (delivered.get(reference) ?? 0) + 1);
    }
    const duplicates = [...delivered.values()].reduce((n, c) => n + c - 1, 0);
    const losses = [...Array(TOTAL).keys()].filter((n) => !delivered.has(`BENCH-${n}`)).length;
    const window = (Math.max(...stats.accepted) - Math.min(...stats.accepted)) / 1000;
    const floor = teamsFloorMs([...stats.acceptedBy.values()].map((t) => t.length)) / 1000;
    const refused = Object.values(stats.byCause).reduce((a, b) => a + b, 0);
    console.log(`sending, ${shape.name} (${perConversation} each):`);
    console.log(`  messages sent: ${h.connector.sent().length} (job: ${JSON.stringify(report)}; retry run: ${JSON.stringify(retried)})`);
    console.log(`  duplicates: ${duplicates}   losses: ${losses}`);
    console.log(`  429s: ${refused} by cause ${JSON.stringify(stats.byCause)}`);
    console.log(
      `  send window: ${window.toFixed(1)} s; Teams-limit floor: ${floor.toFixed(1)} s; ratio: ${(window / floor).toFixed(2)}   (whole job incl. building: ${jobSeconds.toFixed(1)} s)`,
    );
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
  console.log(
    `due-plan query, ${name}: ${QUERY_PLANS} plans (seeded in ${seeded.toFixed(1)} s), ${rows} due: median ${times[3].toFixed(1)} ms, best ${times[0].toFixed(1)} ms over 7 runs`,
  );
}

async function main(): Promise<void> {
  for (const shape of SHAPES) await sendingBench(shape);
  if (process.argv.includes('--sending-only')) return;

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
