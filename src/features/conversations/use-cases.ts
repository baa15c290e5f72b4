import { renderCard } from '../../cards';
import type { Reply } from '../../messages';
import type { ConversationKind, ConversationRecord } from '../../store/types';
import type { FeatureDeps } from '../deps';

/** Keeps a fresh conversation reference so features can message this chat or channel later. */
export async function rememberConversation(deps: FeatureDeps, record: Omit<ConversationRecord, 'active'>): Promise<void> {
  await deps.store.conversations.upsert(record);
}

/** The bot was removed from a conversation: nothing is posted there again. */
export async function forgetConversation(deps: FeatureDeps, conversationId: string, now: Date): Promise<void> {
  await deps.store.conversations.markInactive(conversationId, now.toISOString());
}

/** Data for cards/welcome.json. */
export interface WelcomeCardData {
  greeting: string;
  intro: string;
  highlights: string[];
  privacy: string;
}

declare module '../../cards' {
  interface CardTemplates {
    welcome: WelcomeCardData;
  }
}

/** The greeting when the app is installed in a personal chat, group chat or team. */
export function welcome(kind: ConversationKind): Reply {
  const intro =
    kind === 'personal'
      ? 'I answer questions about Clear, Hold, Build and 4P plans, with the source of every answer, and I help you reach the Regional Disruption Team.'
      : 'I answer questions about Clear, Hold, Build and 4P plans for this team. @mention me with a question or a command.';
  const highlights = ['Ask about CHB phases, the foundation blocks or 4P plans, e.g. "what is fb4?"', 'Type "help" to see every command'];
  const privacy = 'Do not send me intelligence, names, vehicles or addresses: use your force systems for those.';
  return {
    text: `Hello, I'm LRO Assist. ${intro} Type "help" to see what I can do.`,
    card: renderCard('welcome', { greeting: "Hello, I'm LRO Assist", intro, highlights, privacy }),
  };
}
