import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { deliverMany, REPOSTED_NOTE, retryFailed, STALE_CLAIM_MS, type OutgoingMessage } from '../../src/scheduler/outbox';
import { openMongoStore, openSqliteStore } from '../../src/store';
import type { Store } from '../../src/store/types';
import { channelAt } from './connector';
import { startHarness } from './harness';

const root = join(__dirname, '..', '..');
const CRASH_AT = new Date('2026-11-25T09:00:00Z');

/** Where the crash test keeps its deliveries: a SQLite file, or a database on a MongoDB-wire server. */
export type CrashStore = { sqlitePath: string } | { mongoUri: string; db: string };

/** Half reminders (at most once), half triage posts (at least once), spread over the conversations. */
export function crashLoad(conversations: string, total: number): { messages: OutgoingMessage[]; now: Date } {
  const ids = conversations.split(',');
  const messages = Array.from({ length: total }, (_, i): OutgoingMessage => {
    const reminder = i % 2 === 0;
    const kind = reminder ? 'plans.owner' : 'support.triage';
    const key = `${kind}:crash-${i}`;
    return { key, kind, conversationId: ids[i % ids.length], reply: { text: key }, atLeastOnce: !reminder };
  });
  return { messages, now: CRASH_AT };
}

export interface KindFigures {
  messages: number;
  delivered: number;
  /** Delivered more than once, not marked as a re-post. */
  duplicates: number;
  /** Delivered again, marked as re-posted after a restart. */
  markedReposts: number;
  lost: number;
}

export interface CrashFigures {
  /** Deliveries left pending by the killed process (outcome unknown). */
  pendingAtCrash: number;
  byKind: Record<string, KindFigures>;
}

function envFor(store: CrashStore): Record<string, string> {
  return 'sqlitePath' in store ? { SQLITE_PATH: store.sqlitePath } : { MONGODB_URI: store.mongoUri, MONGODB_DB: store.db };
}

async function openStore(store: CrashStore): Promise<Store> {
  return 'sqlitePath' in store ? openSqliteStore(store.sqlitePath) : openMongoStore(store.mongoUri, store.db);
}

/**
 * Kills (SIGKILL) a real process while it sends `total` messages through a connector answering
 * after `latencyMs`, once `killAfter` requests have reached the connector. Then, as a new instance
 * would: runs the same load again (the job's catch-up) and retry-failed past the stale-claim time,
 * and counts what the connector received, by kind.
 */
export async function crashRun(
  store: CrashStore,
  options: { total: number; conversations: number; latencyMs: number; killAfter: number },
): Promise<CrashFigures> {
  const h = await startHarness({ LOG_LEVEL: 'warn', ...envFor(store) });
  try {
    const ids = Array.from({ length: options.conversations }, (_, i) => `19:crash-${i}@thread.tacv2`);
    for (const id of ids) {
      await h.app.store.conversations.upsert(channelAt(id, h.connector.url));
    }
    h.connector.delayMs = options.latencyMs;
    const arrived = () => h.connector.calls.length + h.connector.inFlight;
    const child = spawn(process.execPath, ['--import', 'tsx', join('test', 'support', 'crash-driver.ts')], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...envFor(store), CONNECTOR_CONVERSATIONS: ids.join(','), CRASH_MESSAGES: String(options.total) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    while (arrived() < options.killAfter) {
      if (child.exitCode !== null) throw new Error('the crash driver ended before it was killed');
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await exited;
    await new Promise((r) => setTimeout(r, options.latencyMs + 100));

    const check = await openStore(store);
    const { messages } = crashLoad(ids.join(','), options.total);
    let pendingAtCrash = 0;
    for (const m of messages) if ((await check.deliveries.get(m.key))?.status === 'pending') pendingAtCrash++;
    await check.close();

    // The new instance: the job's catch-up makes the same messages, then retry-failed settles the rest.
    h.connector.delayMs = 0;
    await deliverMany(h.app.store, h.app.sender, messages, CRASH_AT, () => undefined);
    await retryFailed(h.app.store, h.app.sender, new Date(CRASH_AT.getTime() + STALE_CLAIM_MS + 60_000));

    const received = new Map<string, { plain: number; reposted: number }>();
    for (const a of h.connector.sent()) {
      const text = String(a.text);
      const reposted = text.startsWith(REPOSTED_NOTE);
      const key = reposted ? text.slice(REPOSTED_NOTE.length).trim() : text;
      const r = received.get(key) ?? { plain: 0, reposted: 0 };
      r[reposted ? 'reposted' : 'plain']++;
      received.set(key, r);
    }
    const byKind: Record<string, KindFigures> = {};
    for (const m of messages) {
      const f = (byKind[m.kind] ??= { messages: 0, delivered: 0, duplicates: 0, markedReposts: 0, lost: 0 });
      const r = received.get(m.key) ?? { plain: 0, reposted: 0 };
      f.messages++;
      if (r.plain + r.reposted === 0) f.lost++;
      else f.delivered++;
      f.duplicates += Math.max(0, r.plain - 1);
      f.markedReposts += r.plain > 0 ? r.reposted : Math.max(0, r.reposted - 1);
    }
    return { pendingAtCrash, byKind };
  } finally {
    await h.close();
  }
}
