import type { AdaptiveCard } from '../../cards';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { Reply } from '../../messages';
import { deliver, deliverUpdate, type DeliveredFollowUp } from '../../scheduler/outbox';
import type { ProactiveSender } from '../../scheduler/sender';
import type { RequesterNotice, SupportEvent, SupportRequest } from '../../store/support-types';
import type { Store } from '../../store/types';
import { STATUS_LABELS, VERBS } from './catalogue';
import { coordinatorChannel, isCoordinator, postingTarget, TRIAGE_CHANNEL_SETTING } from '../coordinators';
import { personOf, type Requester } from './requests';
import { acknowledgeBy } from './sla';
import { personName, requestCard, type Choice, type Tone } from './views';

export type TriageConfig = Pick<Config, 'coordinatorAadIds' | 'triageChannelId' | 'sla'>;

/** What posting, updating and notifying need. */
export interface TriageDeps {
  store: Store;
  sender: ProactiveSender;
  config: TriageConfig;
  log?: Logger;
}

const COORDINATOR_NAME_SETTING = 'support.coordinator-name:';

/**
 * Makes the channel the coordinator typed in the triage (coordinators') channel, recording who and
 * when. New requests, plan escalations and CHB site reviews then start new threads there.
 */
export async function setTriageChannel(store: Store, actor: Requester, conversationId: string, now: Date): Promise<string> {
  const by = personOf(actor);
  const channelId = await postingTarget(store, conversationId, now);
  await store.settings.set({ key: TRIAGE_CHANNEL_SETTING, value: channelId, updatedBy: by.aadObjectId, updatedAt: now.toISOString() });
  return channelId;
}

/** Keeps each coordinator's Teams display name as they act, so "Assign to…" can show names (config has only ids). */
export async function rememberCoordinator(store: Store, config: TriageConfig, actor: Requester, now: Date): Promise<void> {
  if (!isCoordinator(config, actor.aadObjectId) || !actor.name) return;
  const key = COORDINATOR_NAME_SETTING + actor.aadObjectId;
  if ((await store.settings.get(key))?.value === actor.name) return;
  await store.settings.set({ key, value: actor.name, updatedBy: actor.aadObjectId, updatedAt: now.toISOString() });
}

/** Every configured coordinator, by display name when known, else by id. */
export async function coordinatorChoices(store: Store, config: TriageConfig): Promise<Choice[]> {
  return Promise.all(
    config.coordinatorAadIds.map(async (id) => ({ title: (await store.settings.get(COORDINATOR_NAME_SETTING + id))?.value ?? id, value: id })),
  );
}

export async function coordinatorName(store: Store, aadObjectId: string): Promise<string | undefined> {
  return (await store.settings.get(COORDINATOR_NAME_SETTING + aadObjectId))?.value;
}

/** The coordinators' view of a request: every button they may use now, notes and (optionally) the trail. */
export async function coordinatorCard(
  deps: Pick<TriageDeps, 'store' | 'config'>,
  request: SupportRequest,
  viewerId: string | undefined,
  options: { banner?: { text: string; tone: Tone }; trail?: boolean; queue?: string } = {},
) {
  const events = await deps.store.support.events(request.id);
  return requestCard(request, {
    viewer: 'coordinator',
    viewerId,
    coordinators: await coordinatorChoices(deps.store, deps.config),
    notes: events,
    ...(options.trail ? { trail: events } : {}),
    ...(options.banner ? { banner: options.banner } : {}),
    ...(options.queue !== undefined ? { queue: options.queue } : {}),
    acknowledgeBy: acknowledgeBy(request, deps.config.sla),
  });
}

/** The card in the triage channel: read-only for everyone, refreshed to the coordinators' card for coordinators. */
export async function triageReply(deps: Pick<TriageDeps, 'store' | 'config'>, request: SupportRequest): Promise<Reply> {
  const events = await deps.store.support.events(request.id);
  const card = requestCard(request, { viewer: 'readonly', notes: events, acknowledgeBy: acknowledgeBy(request, deps.config.sla) });
  return {
    text: `Support request ${request.reference} (${STATUS_LABELS[request.status]}) from ${personName(request.requester)}: ${request.force}.`,
    card: withRefresh(card, request.id, await refreshUserIds(deps.store, deps.config, request.tenantId)),
  };
}

/**
 * Who Teams refreshes automatically in a chat or channel of more than 60 people: the coordinators,
 * by the Teams user id (MRI, "29:…") their personal chat with the bot gives, as Teams asks. A
 * coordinator without one is listed by AAD object id; they can still press Refresh themselves.
 */
export async function refreshUserIds(store: Store, config: Pick<TriageConfig, 'coordinatorAadIds'>, tenantId: string): Promise<string[]> {
  const ids = await Promise.all(
    config.coordinatorAadIds.slice(0, 60).map(async (aad) => {
      const user = (await store.conversations.findPersonal(tenantId, aad))?.reference.user as { id?: string } | undefined;
      return user?.id ?? aad;
    }),
  );
  return ids;
}

/**
 * Adds the Universal Actions refresh, so each viewer's client asks for its own view of the request;
 * what each person sees is decided on the server from who they are. Teams refreshes everyone in a
 * chat or channel of up to 60 people, and `userIds` in bigger ones.
 */
export function withRefresh(card: AdaptiveCard, requestId: string, userIds: string[], options: { trail?: boolean; queue?: string } = {}): AdaptiveCard {
  const back = options.queue !== undefined ? { back: 'queue', filters: options.queue } : {};
  return {
    ...card,
    refresh: {
      action: { type: 'Action.Execute', title: 'Refresh', verb: VERBS.refresh, data: { requestId, ...(options.trail ? { trail: true } : {}), ...back } },
      userIds,
    },
  };
}

export type PostOutcome = 'posted' | 'already-posted' | 'no-channel' | 'channel-unreachable' | 'failed';

/**
 * Posts a request's card to the triage channel, once per request and channel across instances.
 * Without a reachable channel nothing is claimed, so the support job posts it later.
 */
export async function postToTriage(deps: TriageDeps, request: SupportRequest, now: Date): Promise<PostOutcome> {
  const { store, sender } = deps;
  const channelId = await coordinatorChannel(store, deps.config);
  if (!channelId) return 'no-channel';
  if (!(await store.conversations.get(channelId))?.active) return 'channel-unreachable';
  const key = `support.triage:${request.id}@${channelId}`;
  const result = await deliver(
    store,
    sender,
    { key, kind: 'support.triage', conversationId: channelId, reply: await triageReply(deps, request), atLeastOnce: true },
    now,
  );
  const delivery = await store.deliveries.get(key);
  if (delivery?.status === 'sent' && delivery.activityId) {
    await store.support.setTriage(request.id, { conversationId: channelId, activityId: delivery.activityId });
    // A card posted by a later retry carries the state of its first attempt: bring it up to date.
    if (result === 'duplicate') await updateTriageCard(deps, { ...request, triage: { conversationId: channelId, activityId: delivery.activityId } }, now);
  }
  if (result === 'sent') return 'posted';
  return result === 'duplicate' ? 'already-posted' : 'failed';
}

/**
 * Updates the triage channel's card in place, for everyone, through the outbox: a failed update is
 * retried with the card's latest state.
 */
export async function updateTriageCard(deps: TriageDeps, request: SupportRequest, now = new Date()): Promise<void> {
  if (!request.triage) return;
  const { conversationId, activityId } = request.triage;
  const reply = await triageReply(deps, request);
  const result = await deliverUpdate(
    deps.store,
    deps.sender,
    { key: `support.triage-card:${request.id}`, kind: 'support.triage-card', conversationId, activityId, reply },
    now,
  );
  if (result !== 'sent') deps.log?.warn({ reference: request.reference, result }, 'could not update the triage card; left for retry');
}

/** Status changes and notes for the requester are sent to them; their own withdrawals are not. */
export function isForRequester(request: SupportRequest, event: SupportEvent): boolean {
  if (event.by.aadObjectId === request.requester.aadObjectId) return false;
  return event.kind === 'note' ? event.toRequester === true : event.kind !== 'created';
}

function notification(request: SupportRequest, event: SupportEvent): Reply {
  const who = personName(event.by);
  const text =
    event.kind === 'note'
      ? `${who} added a note to your request ${request.reference}: “${event.note}”`
      : event.kind === 'assigned'
        ? `Your request ${request.reference} is assigned to ${personName(event.state.assignee)}.`
        : event.to === 'declined'
          ? `Your request ${request.reference} was declined by ${who}: “${event.note}”`
          : `Your request ${request.reference} is now ${STATUS_LABELS[event.to]} (${who})${event.note ? `: “${event.note}”` : '.'}`;
  return { text, card: requestCard(request, { viewer: 'requester', banner: { text, tone: 'default' }, notes: event.kind === 'note' ? [event] : [] }) };
}

const NOTICE_KIND = 'support.notify';

/**
 * Once retry-failed gets a notice through, the request no longer says its requester was not told,
 * and the triage card is corrected.
 */
export function noticeDelivered(config: TriageConfig): Record<string, DeliveredFollowUp> {
  return {
    [NOTICE_KIND]: async (delivery, store, sender, now) => {
      const requestId = delivery.key.slice(NOTICE_KIND.length + 1).split('#')[0];
      const request = await store.support.get(requestId);
      if (request?.requesterNotice !== 'send-failed') return;
      await store.support.setRequesterNotice(request.id, undefined);
      const { requesterNotice: _failed, ...told } = request;
      await updateTriageCard({ store, sender, config }, told, now);
    },
  };
}

/**
 * Sends the requester a 1:1 message about `event`, once (keyed by request and event). Whatever
 * happens is recorded on the request, so the triage card can say when they were not told.
 */
export async function notifyRequester(deps: TriageDeps, request: SupportRequest, event: SupportEvent, now: Date): Promise<SupportRequest> {
  const { store } = deps;
  const chat = await store.conversations.findPersonal(request.tenantId, request.requester.aadObjectId);
  let notice: RequesterNotice | undefined;
  if (!chat) notice = 'no-personal-chat';
  else {
    const key = `${NOTICE_KIND}:${request.id}#${event.seq}`;
    const result = await deliver(
      store,
      deps.sender,
      { key, kind: NOTICE_KIND, conversationId: chat.id, reply: notification(request, event), atLeastOnce: true },
      now,
    );
    notice = result === 'gone' ? 'no-personal-chat' : result === 'sent' || result === 'duplicate' ? undefined : 'send-failed';
  }
  if (notice !== request.requesterNotice) await store.support.setRequesterNotice(request.id, notice);
  const { requesterNotice: _previous, ...rest } = request;
  return notice ? { ...rest, requesterNotice: notice } : rest;
}

/** After a change: tell the requester when it is for them, then update the triage card for everyone. */
export async function afterChange(deps: TriageDeps, request: SupportRequest, event: SupportEvent, now: Date): Promise<SupportRequest> {
  const current = isForRequester(request, event) ? await notifyRequester(deps, request, event, now) : request;
  await updateTriageCard(deps, current, now);
  return current;
}
