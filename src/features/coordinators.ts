import type { Config } from '../config';
import { AppError } from '../errors';
import type { Store } from '../store/types';

// Who the SOC Community Coordinators are, and where their channel is: shared by every feature.

/** The setting `set triage channel` writes. */
export const TRIAGE_CHANNEL_SETTING = 'triage-channel';

/** The coordinators' channel: the triage channel set in chat, or TRIAGE_CHANNEL_ID. */
export async function coordinatorChannel(store: Store, config: Pick<Config, 'triageChannelId'>): Promise<string | undefined> {
  return (await store.settings.get(TRIAGE_CHANNEL_SETTING))?.value ?? config.triageChannelId;
}

export function isCoordinator(config: Pick<Config, 'coordinatorAadIds'>, aadObjectId: string | undefined): boolean {
  return !!aadObjectId && config.coordinatorAadIds.includes(aadObjectId);
}

/** The coordinator's id, or a clear refusal, e.g. "Only coordinators can register CHB sites." */
export function requireCoordinator(config: Pick<Config, 'coordinatorAadIds'>, aadObjectId: string | undefined, action: string): string {
  if (!aadObjectId || !isCoordinator(config, aadObjectId)) throw new AppError('auth.forbidden', `Only coordinators can ${action}.`);
  return aadObjectId;
}

/** A conversation id without the ";messageid=…" Teams adds for a channel thread. */
export function channelOf(conversationId: string): string {
  return conversationId.split(';')[0];
}

/**
 * Where to post to this conversation later. In a channel, Teams gives a thread's id
 * ("19:…;messageid=…"); posting there would reply in that thread, so the channel itself is
 * used, with a conversation reference derived from the thread's, and new posts start new threads.
 */
export async function postingTarget(store: Store, conversationId: string, now: Date): Promise<string> {
  const channelId = channelOf(conversationId);
  if (channelId === conversationId) return conversationId;
  const channel = await store.conversations.get(channelId);
  const here = await store.conversations.get(conversationId);
  if (!channel?.active && here) {
    const reference = { ...here.reference, conversation: { ...(here.reference.conversation as object), id: channelId } };
    await store.conversations.upsert({ id: channelId, tenantId: here.tenantId, kind: here.kind, teamId: here.teamId, reference, updatedAt: now.toISOString() });
  }
  return channelId;
}
