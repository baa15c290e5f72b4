/**
 * Reminder job benchmark: does a large plan run hold up the bot? Prints figures only.
 *
 *   npx tsx test/bench/reminder-job.bench.ts
 *
 * 100,000 plans in SQLite, 1,000 of them due (owner reminders, channel digests, escalations).
 * 1. Building the run's messages (planReminderMessages) alone.
 * 2. The start-up catch-up (every job, including the plan job sending through the outbox, the
 *    sender and the stand-in connector).
 * For each: the longest event-loop stall (perf_hooks monitorEventLoopDelay, 1 ms resolution), the most
 * CPU time the process used between two ticks of a 1 ms timer, and the latency of "help" turns posted
 * every 200 ms meanwhile.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { prepareCards } from '../../src/cards';
import { loadConfig } from '../../src/config';
import { londonInstant } from '../../src/features/dates';
import { planReminderMessages } from '../../src/features/plans/job';
import type { PlanRecord } from '../../src/store/plan-types';
import { BOT, CHANNEL_ID, TENANT, message } from '../support/activities';
import { startHarness, type Harness } from '../support/harness';

const PLANS = 100_000;
const DUE = 1_000;
const CHANNELS = 20;
const TODAY = '2026-04-03';
// Every due plan has something to send today: 7 days to go, due today, overdue by 1, 8, 15, 22 days, or escalated (28 days).
const DUE_DATES = ['2026-04-10', '2026-04-03', '2026-04-02', '2026-03-26', '2026-03-19', '2026-03-12', '2026-03-06'];
const at = londonInstant(TODAY, '08:00');

function plan(i: number): PlanRecord {
  const due = i < DUE;
  const owner = `aad-owner-${i % 5000}`;
  return {
    id: `bench-${i}`,
    tenantId: TENANT,
    reference: `BENCH-${i}`,
    ownerAadObjectId: owner,
    ownerName: `Bench Officer ${i % 5000}`,
    cadence: { kind: 'monthly' },
    lastReviewed: '2026-02-03',
    nextReview: due ? DUE_DATES[i % DUE_DATES.length] : `2026-${String(5 + (i % 8)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    ...(i % 2 === 0 ? { digestConversationId: `19:digest-${i % CHANNELS}@thread.tacv2` } : {}),
    status: 'active',
    createdBy: owner,
    createdAt: '2026-01-03T09:00:00.000Z',
    updatedBy: owner,
    updatedAt: '2026-01-03T09:00:00.000Z',
  };
}

async function seed(h: Harness): Promise<void> {
  const store = h.app.store;
  const reference = (id: string, conversationType: string) => ({
    bot: BOT,
    conversation: { id, conversationType, tenantId: TENANT },
    channelId: 'msteams',
    serviceUrl: h.connector.url,
  });
  const updatedAt = new Date().toISOString();
  for (let u = 0; u < 5000; u++) {
    const id = `a:bench-${u}`;
    await store.conversations.upsert({
      id,
      tenantId: TENANT,
      kind: 'personal',
      userAadObjectId: `aad-owner-${u}`,
      reference: { ...reference(id, 'personal'), user: { id: `29:bench-${u}`, aadObjectId: `aad-owner-${u}` } },
      updatedAt,
    });
  }
  for (const id of [CHANNEL_ID, ...Array.from({ length: CHANNELS }, (_, c) => `19:digest-${c}@thread.tacv2`)]) {
    await store.conversations.upsert({ id, tenantId: TENANT, kind: 'channel', reference: reference(id, 'channel'), updatedAt });
  }
  for (let i = 0; i < PLANS; i++) await store.plans.insert(plan(i));
}

function ms(ns: number): string {
  return (ns / 1e6).toFixed(1);
}

/** Runs `work` while watching the event loop and answering a "help" turn every 200 ms. */
async function watch(label: string, h: Harness, work: () => Promise<string>): Promise<void> {
  const turns: number[] = [];
  let stop = false;
  const prober = (async () => {
    while (!stop) {
      const t = performance.now();
      await h.post(message('help', { serviceUrl: h.connector.url }));
      turns.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  // On a shared machine the wall-clock stall includes time the OS gave other processes; the CPU this
  // process used between two ticks of a 1 ms timer is the part its own work held the loop.
  let lastCpu = process.cpuUsage();
  let longestCpuMs = 0;
  const ticker = setInterval(() => {
    const used = process.cpuUsage(lastCpu);
    longestCpuMs = Math.max(longestCpuMs, (used.user + used.system) / 1000);
    lastCpu = process.cpuUsage();
  }, 1);
  const started = performance.now();
  const summary = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(ticker);
  delay.disable();
  stop = true;
  await prober;
  turns.sort((a, b) => a - b);
  console.log(`${label}: ${summary} in ${seconds.toFixed(1)} s`);
  console.log(
    `  longest event-loop stall ${ms(delay.max)} ms (p99 ${ms(delay.percentile(99))} ms, mean ${ms(delay.mean)} ms); in CPU time between timer ticks ${longestCpuMs.toFixed(1)} ms`,
  );
  console.log(
    `  "help" turns meanwhile: ${turns.length}, median ${turns[Math.floor(turns.length / 2)]?.toFixed(0)} ms, longest ${turns[turns.length - 1]?.toFixed(0)} ms`,
  );
}

async function main(): Promise<void> {
  const h = await startHarness({ LOG_LEVEL: 'warn', SEND_GLOBAL_PER_SECOND: '50', TRIAGE_CHANNEL_ID: CHANNEL_ID }, () => at);
  try {
    const seeding = performance.now();
    await seed(h);
    console.log(`seeded ${PLANS} plans (${DUE} due) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    // The app parses its card templates once it listens, a turn of the event loop each; seeding (SQLite
    // calls awaited without ever giving the loop a turn) held that back, so it is finished before measuring.
    await prepareCards();
    const config = loadConfig({ TRIAGE_CHANNEL_ID: CHANNEL_ID });
    await watch('building the plan run', h, async () => {
      const { messages } = await planReminderMessages(h.app.store, config, at);
      const kinds = messages.reduce<Record<string, number>>((n, m) => ({ ...n, [m.kind]: (n[m.kind] ?? 0) + 1 }), {});
      return `${messages.length} messages ${JSON.stringify(kinds)}`;
    });
    h.connector.reset();
    await watch('start-up catch-up (every job, sending)', h, async () => {
      await h.app.scheduler.catchUp();
      return `${h.connector.sent().filter((a) => !String(a.text ?? '').startsWith('I help')).length} messages sent`;
    });
  } finally {
    await h.close();
  }
}

void main();
