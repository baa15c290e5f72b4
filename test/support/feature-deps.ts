import { loadConfig } from '../../src/config';
import type { FeatureDeps } from '../../src/features/deps';
import { createKnowledgeBase } from '../../src/features/knowledge/answer';
import { defaultContactsPath, readContactsFile } from '../../src/features/knowledge/contacts';
import { allEntries, exampleQuestions } from '../../src/features/knowledge/content';
import { createLogger } from '../../src/log';
import type { Reply } from '../../src/messages';
import { ProactiveSender } from '../../src/scheduler/sender';
import { openSqliteStore } from '../../src/store';
import type { ConversationKind } from '../../src/store/types';
import type { Actor, Place } from '../../src/use-case-types';

export const TENANT = 'tenant-unit';
export const LRO: Actor = { aadObjectId: '00000000-0000-4000-8000-00000000a001', name: 'Alex Example', tenantId: TENANT };
export const LRO2: Actor = { aadObjectId: '00000000-0000-4000-8000-00000000a002', name: 'Jordan Sample', tenantId: TENANT };
export const COORDINATOR: Actor = { aadObjectId: '00000000-0000-4000-8000-00000000c001', name: 'Casey Placeholder', tenantId: TENANT };

export const personal = (actor: Actor): Place => ({ conversationId: `a:${actor.aadObjectId}`, kind: 'personal' });
export const CHANNEL: Place = { conversationId: '19:coordinators@thread.tacv2', kind: 'channel', teamId: '19:team@thread.tacv2' };

export interface TestDeps extends FeatureDeps {
  /** What the sender delivered, by conversation id. */
  sent: { conversationId: string; reply: Reply }[];
  close(): Promise<void>;
}

/** Feature dependencies for unit tests: an in-memory SQLite store, a fixed clock and a sender that records. */
export function featureDeps(now: Date, env: Record<string, string> = {}): TestDeps {
  const store = openSqliteStore(':memory:');
  const log = createLogger('silent');
  const sent: TestDeps['sent'] = [];
  const transport = {
    async send(reference: Record<string, unknown>, reply: Reply) {
      sent.push({ conversationId: (reference.conversation as { id: string }).id, reply });
      return `activity-${sent.length}`;
    },
    async update() {},
  };
  return {
    store,
    log,
    sent,
    now: () => now,
    config: loadConfig({ COORDINATOR_AAD_IDS: COORDINATOR.aadObjectId!, PUBLIC_HOSTNAME: 'lro.example.test', ...env }),
    knowledge: createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), exampleQuestions),
    sender: new ProactiveSender(store, transport, log, 'unit-test', { now: () => now, sleep: async () => {} }),
    jobs: { jobNames: ['reminders.plans'], runNow: async () => ({ 'plans.sent': 2 }) },
    close: () => store.close(),
  };
}

/** Makes the bot know a person's personal chat, as when they first write to it. */
export async function knowPerson(deps: FeatureDeps, actor: Actor, kind: ConversationKind = 'personal'): Promise<void> {
  const id = personal(actor).conversationId;
  await deps.store.conversations.upsert({
    id,
    tenantId: actor.tenantId,
    kind,
    userAadObjectId: actor.aadObjectId,
    reference: { conversation: { id }, user: { aadObjectId: actor.aadObjectId, name: actor.name }, serviceUrl: 'http://127.0.0.1:1/' },
    updatedAt: new Date(0).toISOString(),
  });
}

/** Waits for background follow-ups until `check` holds, yielding to the event loop between tries. */
export async function until(check: () => boolean | Promise<boolean>, tries = 200): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('the follow-up never happened');
}
