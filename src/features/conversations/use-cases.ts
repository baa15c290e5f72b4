import { LRUCache } from 'lru-cache';
import { renderCard } from '../../cards';
import type { Reply } from '../../messages';
import type { ConversationKind, ConversationRecord, Store } from '../../store/types';
import type { Actor } from '../../use-case-types';
import type { FeatureDeps } from '../deps';
import { personalChatOpened as supportChatOpened } from '../support/use-cases';

/** A stored reference is rewritten at least this often, so `updatedAt` says the conversation is in use. */
const REFRESH_MS = 60 * 60 * 1000;

/** How long a conversation found stored, active and unchanged is taken to be so without reading the store again. */
const CONFIRMED_MS = 60 * 1000;

/** The stored record, as far as a proactive message needs it: the id of the last activity received is not. */
function shapeOf(r: Omit<ConversationRecord, 'active'>): string {
  return JSON.stringify([r.tenantId, r.kind, r.userAadObjectId ?? null, r.teamId ?? null, { ...r.reference, activityId: undefined }]);
}

// Per store, so separate stores (tests, tools) never share what they have seen: conversation id to
// the shape last confirmed and when (ms, by the features' clock).
const confirmed = new WeakMap<Store, LRUCache<string, { shape: string; at: number }>>();

function confirmedFor(store: Store): LRUCache<string, { shape: string; at: number }> {
  let seen = confirmed.get(store);
  if (!seen) confirmed.set(store, (seen = new LRUCache({ max: 10_000 })));
  return seen;
}

/**
 * Keeps a fresh conversation reference so features can message this chat or channel later. Says
 * whether the bot has only now gained the conversation (new, or back after being removed).
 * The record is written only when it has changed or grown old: a write per message would be most
 * of a knowledge turn's store cost. Nor is it read on every turn of a conversation in full flow: a
 * reading stands for a minute. The bot being added always reads it, as a removal may have been
 * recorded elsewhere (another instance, the sender on a 403).
 */
export async function rememberConversation(deps: FeatureDeps, record: Omit<ConversationRecord, 'active'>, botAdded = false): Promise<boolean> {
  const seen = confirmedFor(deps.store);
  const shape = shapeOf(record);
  const at = Date.parse(record.updatedAt);
  const last = seen.get(record.id);
  if (!botAdded && last && last.shape === shape && at - last.at < CONFIRMED_MS) return false;
  const before = await deps.store.conversations.get(record.id);
  const current = before?.active && at - Date.parse(before.updatedAt) < REFRESH_MS && shapeOf(before) === shape;
  if (!current) await deps.store.conversations.upsert(record);
  seen.set(record.id, { shape, at });
  return !before?.active;
}

/** A person's personal chat with the bot has opened: features send what they could not send before. */
export async function personalChatOpened(deps: FeatureDeps, actor: Actor, conversationId: string, now: Date): Promise<void> {
  await supportChatOpened(deps, actor, conversationId, now);
}

/** The bot was removed from a conversation: nothing is posted there again. */
export async function forgetConversation(deps: FeatureDeps, conversationId: string, now: Date): Promise<void> {
  confirmedFor(deps.store).delete(conversationId);
  await deps.store.conversations.markInactive(conversationId, now.toISOString());
}

/** Data for cards/welcome.json. */
export interface WelcomeCardData {
  greeting: string;
  intro: string;
  highlights: string[];
  privacy: string;
  /** A button that starts the LRO induction. */
  offerInduction: boolean;
}

declare module '../../cards' {
  interface CardTemplates {
    welcome: WelcomeCardData;
  }
}

/** The greeting when the app is installed in a personal chat (with the induction offered), group chat or team. */
export function welcome(kind: ConversationKind): Reply {
  const intro =
    kind === 'personal'
      ? 'I answer questions about Clear, Hold, Build and 4P plans, with the source of every answer, and I help you reach the Regional Disruption Team.'
      : 'I answer questions about Clear, Hold, Build and 4P plans for this team. @mention me with a question or a command.';
  // The induction keeps someone's own progress, so it is offered only where it works: a personal chat.
  const offerInduction = kind === 'personal';
  const highlights = [
    'Ask about CHB phases, the foundation blocks or 4P plans, e.g. "what is fb4?"',
    ...(offerInduction ? ['New to the LRO role? Type "induction" for a short guided course'] : []),
    'Type "help" to see every command',
  ];
  const privacy = 'Do not send me intelligence, names, vehicles or addresses: use your force systems for those.';
  return {
    text: `Hello, I'm LRO Assist. ${intro} Type "help" to see what I can do.`,
    card: renderCard('welcome', { greeting: "Hello, I'm LRO Assist", intro, highlights, privacy, offerInduction }),
  };
}
