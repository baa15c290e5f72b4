import { renderCard, type AdaptiveCard } from '../../cards';
import type { Reply } from '../../messages';
import type { SupportRequest, SupportStatus } from '../../store/support-types';
import type { ActionInput, ActionResult, Actor, FetchTaskInput, MessageInput, Place, SubmitActionInput, TaskCard } from '../../use-case-types';
import { channelOf, coordinatorChannel, isCoordinator } from '../coordinators';
import type { FeatureDeps } from '../deps';
import { followUp } from '../follow-up';
import { STATUS_LABELS } from './catalogue';
import { createDownloadLink } from '../downloads';
import { REQUESTS_EXPORT } from './downloads';
import { formCard, prefillFromMessage, validateForm, type FormMode } from './form';
import { parseQueueFilters, queueOrder } from './queue';
import { canView, changeRequest, findVisible, isRequester, notVisible, personOf, submitRequest, visibleEvents, type Change, type Requester } from './requests';
import { acknowledgeBy } from './sla';
import {
  afterChange,
  coordinatorCard,
  coordinatorName,
  postToTriage,
  refreshUserIds,
  rememberCoordinator,
  setTriageChannel,
  triageReply,
  withRefresh,
  type TriageDeps,
} from './triage';
import { sendMissedUpdates } from './missed';
import { listCard, listLine, londonTime, messageCard, requestCard, type Tone } from './views';

/** Invokes must be answered within 5 s: follow-up sends get this long, then carry on in the background. */
const FOLLOW_UP_MS = 3000;

/** The refusal for coordinator-only support commands. */
export const SUPPORT_FORBIDDEN = 'Only SOC Community Coordinators can do that. Nothing was changed.';

const DIALOG_TITLE = 'Ask the Regional Disruption Team';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The queue filters a card was opened from, carried in its buttons' data; undefined when not from the queue. */
const queueOf = (data: Record<string, unknown>) => (data.back === 'queue' ? str(data.filters) : undefined);

type CardOptions = { banner?: { text: string; tone: Tone }; trail?: boolean; queue?: string };

const triageDeps = (deps: FeatureDeps): TriageDeps => ({ store: deps.store, sender: deps.sender, config: deps.config, log: supportLog(deps) });
const supportLog = (deps: FeatureDeps) => deps.log.child({ feature: 'support' });

/** Coordinators' display names are remembered as they use any support command or button. */
function remembering<I extends { actor: Actor; now: Date }, A extends unknown[], R>(useCase: (deps: FeatureDeps, input: I, ...args: A) => Promise<R>) {
  return async (deps: FeatureDeps, input: I, ...args: A): Promise<R> => {
    await rememberCoordinator(deps.store, deps.config, input.actor, input.now);
    return useCase(deps, input, ...args);
  };
}

/** The card a viewer sees for a request, kept current by refresh. */
async function viewerCard(deps: FeatureDeps, request: SupportRequest, actor: Requester, options: CardOptions = {}): Promise<AdaptiveCard> {
  const { store, config } = deps;
  const refreshIds = await refreshUserIds(store, config, request.tenantId);
  if (isCoordinator(config, actor.aadObjectId)) {
    return withRefresh(await coordinatorCard(triageDeps(deps), request, actor.aadObjectId, options), request.id, refreshIds, options);
  }
  const events = visibleEvents(config, actor, await store.support.events(request.id));
  const card = requestCard(request, {
    viewer: 'requester',
    notes: events,
    ...(options.trail ? { trail: events } : {}),
    ...(options.banner ? { banner: options.banner } : {}),
    acknowledgeBy: acknowledgeBy(request, config.sla),
  });
  return withRefresh(card, request.id, refreshIds, options);
}

type Submitted = { ok: false; form: AdaptiveCard } | { ok: true; request: SupportRequest; created: boolean };

/** Validates and records a form from either the chat card or the dialog; a new request goes to the triage channel. */
async function submit(deps: FeatureDeps, actor: Requester, data: Record<string, unknown>, mode: FormMode, now: Date): Promise<Submitted> {
  const { store, config } = deps;
  const result = validateForm(data, config.forces);
  if (!result.ok) {
    return { ok: false, form: formCard(config.forces, mode, { values: result.values, errors: result.errors, formKey: result.formKey }) };
  }
  const { request, created } = await submitRequest(store, actor, result.details, result.formKey, now);
  if (created) {
    const log = supportLog(deps);
    log.info({ reference: request.reference, urgency: request.urgency, mode }, 'support request recorded');
    const posted = await followUp(log, 'support.post-to-triage', () => postToTriage(triageDeps(deps), request, now), FOLLOW_UP_MS);
    if (posted !== 'posted') log.warn({ reference: request.reference, outcome: posted ?? 'pending' }, 'support request not yet in the triage channel');
  }
  return { ok: true, request, created };
}

/** Whether the bot can message this person 1:1 (the promise of updates depends on it). */
async function hasPersonalChat(deps: FeatureDeps, actor: Requester): Promise<boolean> {
  return !!actor.aadObjectId && !!(await deps.store.conversations.findPersonal(actor.tenantId, actor.aadObjectId));
}

async function confirmation(deps: FeatureDeps, request: SupportRequest, created: boolean, actor: Requester): Promise<string> {
  if (!created) return `This form was already sent as ${request.reference}: nothing new was created.`;
  const recorded = `Request ${request.reference} recorded. The Regional Disruption Team aims to acknowledge it by ${londonTime(acknowledgeBy(request, deps.config.sla))}.`;
  if (await hasPersonalChat(deps, actor)) return `${recorded} I'll message you in our personal chat when it changes; type "my requests" at any time.`;
  return (
    `${recorded} I can't message you about it yet, because you have no personal chat with me. To get updates, open a chat with LRO Assist ` +
    '(in Teams: New chat, then search for LRO Assist) and type "my requests": I will tell you there where your requests are, and message you when they change.'
  );
}

/** A person has just opened a personal chat with the bot: what they could not be told before. */
export async function personalChatOpened(deps: FeatureDeps, actor: Actor, conversationId: string, now: Date): Promise<void> {
  const result = await sendMissedUpdates(triageDeps(deps), actor, conversationId, now);
  if (result !== 'nothing') supportLog(deps).info({ result }, 'missed support updates sent');
}

/**
 * Applies a triage or withdraw action (the rules check who is acting), then notifies the requester
 * and updates the channel card. Answers with the actor's view, or a refusal that changed nothing.
 */
async function act(
  deps: FeatureDeps,
  actor: Requester,
  requestId: string,
  change: Change,
  done: string,
  now: Date,
  queue?: string,
): Promise<{ card: AdaptiveCard; said: string } | { message: string }> {
  const outcome = await changeRequest(deps.store, deps.config, actor, requestId, change, now);
  if (!outcome.ok) {
    if (outcome.reason !== 'refused' || !outcome.request) return { message: outcome.message };
    return { card: await viewerCard(deps, outcome.request, actor, { banner: { text: outcome.message, tone: 'attention' }, queue }), said: outcome.message };
  }
  const log = supportLog(deps);
  log.info({ reference: outcome.request.reference, kind: outcome.event.kind, to: outcome.event.to }, 'support request changed');
  const after =
    (await followUp(log, 'support.after-change', () => afterChange(triageDeps(deps), outcome.request, outcome.event, now), FOLLOW_UP_MS)) ?? outcome.request;
  const said = `${done} ${after.reference} is ${STATUS_LABELS[after.status]}.`;
  return { card: await viewerCard(deps, after, actor, { banner: { text: said, tone: 'good' }, queue }), said };
}

async function inTriageChannel(deps: FeatureDeps, place: Place): Promise<boolean> {
  const channel = await coordinatorChannel(deps.store, deps.config);
  return place.kind === 'channel' && !!channel && channelOf(place.conversationId) === channel;
}

/** `request support`: the form. */
export const requestForm = remembering(async (deps: FeatureDeps, _input: MessageInput): Promise<Reply> => ({
  text: 'Fill in this form to ask the Regional Disruption Team for help.',
  card: formCard(deps.config.forces, 'chat'),
}));

/** `my requests`: the actor's own requests, newest first. */
export const myRequests = remembering(async (deps: FeatureDeps, input: MessageInput): Promise<Reply> => {
  if (!input.actor.aadObjectId) return { text: "I can't tell who you are in Teams, so I can't list your requests." };
  const mine = (await deps.store.support.list({ requesterAadObjectId: input.actor.aadObjectId })).filter((r) => isRequester(r, input.actor)).reverse();
  const empty = 'You have not raised any requests yet. Type "request support" to raise one.';
  const lines = mine.slice(0, 20).map(listLine);
  return {
    text: mine.length ? ['Your requests to the Regional Disruption Team:', ...lines].join('\n') : empty,
    card: listCard('Your requests to the RDT', 'Newest first. Select one to see its details.', mine, empty),
  };
});

async function queueReply(deps: FeatureDeps, filters: string): Promise<Reply> {
  const parsed = parseQueueFilters(filters, deps.config.forces);
  if (!parsed.ok) return { text: parsed.message };
  const requests = queueOrder(await deps.store.support.list(parsed.query.filter));
  const title = `Support queue: ${parsed.query.description}`;
  const empty = 'No requests match.';
  return {
    text: requests.length ? [`${title} (${requests.length})`, ...requests.slice(0, 20).map(listLine)].join('\n') : `${title}. ${empty}`,
    card: listCard(`${title} (${requests.length})`, 'Most urgent first, then oldest. Select one to triage it.', requests, empty, filters),
  };
}

/** `queue [filters]`: open requests, most urgent first (coordinators; the route guards). */
export const queue = remembering(async (deps: FeatureDeps, _input: MessageInput, filters: string): Promise<Reply> => queueReply(deps, filters));

/** "Back to the queue" on a request opened from it: the queue again, with the same filters (coordinators; the route guards). */
export const backToQueue = remembering(async (deps: FeatureDeps, input: ActionInput): Promise<ActionResult> => {
  const reply = await queueReply(deps, str(input.data.filters));
  return reply.card ? { card: reply.card } : { message: reply.text };
});

/** `request RDT-…`: one request the actor may see, with its history. */
export const showRequest = remembering(async (deps: FeatureDeps, input: MessageInput, reference: string): Promise<Reply> => {
  const request = await findVisible(deps.store, deps.config, input.actor, reference);
  if (!request) return { text: notVisible(reference.toUpperCase()) };
  return { text: `${listLine(request)}\n${request.summary}`, card: await viewerCard(deps, request, input.actor, { trail: true }) };
});

/** `withdraw RDT-…`. */
export const withdrawRequest = remembering(async (deps: FeatureDeps, input: MessageInput, reference: string): Promise<Reply> => {
  const request = await findVisible(deps.store, deps.config, input.actor, reference);
  if (!request) return { text: notVisible(reference.toUpperCase()) };
  const result = await act(deps, input.actor, request.id, { kind: 'withdraw' }, 'Withdrawn.', input.now);
  // The text is the card's own banner, so the two always say the same thing.
  return 'card' in result ? { text: result.said, card: result.card } : { text: result.message };
});

/** `export requests`: a short-lived download link (coordinators, personal chat; the route guards). */
export const exportRequests = remembering(async (deps: FeatureDeps, input: MessageInput): Promise<Reply> => {
  if (!deps.config.publicHostname) return { text: 'Exports need PUBLIC_HOSTNAME to be set, so I can give you a download link. Ask whoever runs LRO Assist.' };
  const link = await createDownloadLink(deps.store, deps.config.publicHostname, REQUESTS_EXPORT, personOf(input.actor).aadObjectId, input.now);
  const description = 'Every support request, one row each, as a CSV file for Excel. Times are UK time.';
  const expiry = `The link works for ${link.minutes} minutes (until ${londonTime(link.expiresAt)}). Anyone with it can download the file, so do not forward it.`;
  return { text: `${description} Download: ${link.url} (${expiry})`, card: renderCard('support-export', { description, expiry, url: link.url }) };
});

/** `set triage channel` (coordinators, in a channel; the route guards). */
export const setTriageChannelHere = remembering(async (deps: FeatureDeps, input: MessageInput): Promise<Reply> => {
  await setTriageChannel(deps.store, input.actor, input.place.conversationId, input.now);
  supportLog(deps).info('triage channel set');
  return { text: 'Done: new support requests will be posted in this channel. Any open request not yet posted here will follow within 15 minutes.' };
});

/** The form button. */
export const openForm = remembering(async (deps: FeatureDeps, _input: ActionInput): Promise<ActionResult> => ({ card: formCard(deps.config.forces, 'chat') }));

/** The chat form, submitted. */
export const submitForm = remembering(async (deps: FeatureDeps, input: ActionInput): Promise<ActionResult> => {
  const result = await submit(deps, input.actor, input.data, 'chat', input.now);
  if (!result.ok) return { card: result.form };
  const { request, created } = result;
  const banner = { text: await confirmation(deps, request, created, input.actor), tone: 'good' as const };
  // Outside a personal chat others may see the answer, so it carries no details.
  if (input.place.kind !== 'personal') {
    return {
      card: messageCard(request.reference, `${banner.text} To see its details, type "request ${request.reference}" in a personal chat with me.`, 'good'),
    };
  }
  return { card: await viewerCard(deps, request, input.actor, { banner }) };
});

/** A request card's refresh: the viewer's card, the read-only triage card in the triage channel, or nothing. */
export const refreshRequest = remembering(async (deps: FeatureDeps, input: ActionInput): Promise<ActionResult> => {
  const request = await deps.store.support.get(str(input.data.requestId));
  const trail = input.data.trail === true;
  if (request && canView(deps.config, input.actor, request))
    return { card: await viewerCard(deps, request, input.actor, { trail, queue: queueOf(input.data) }) };
  // Others see the read-only card only where it was posted: the triage channel.
  if (request && (await inTriageChannel(deps, input.place))) return { card: (await triageReply(triageDeps(deps), request)).card! };
  return { card: messageCard('Support request', 'Only the person who raised this request and the SOC Community Coordinators can see it.') };
});

/** A request from a list, opened. */
export const viewRequest = remembering(async (deps: FeatureDeps, input: ActionInput): Promise<ActionResult> => {
  const request = await deps.store.support.get(str(input.data.requestId));
  if (!request || !canView(deps.config, input.actor, request)) return { message: notVisible() };
  return { card: await viewerCard(deps, request, input.actor, { trail: true, queue: queueOf(input.data) }) };
});

/** A triage or withdraw button: the change the button asks for, applied by the rules. */
const onRequest = (done: string, change: (deps: FeatureDeps, input: ActionInput) => Promise<Change> | Change) =>
  remembering(async (deps: FeatureDeps, input: ActionInput): Promise<ActionResult> => {
    const result = await act(deps, input.actor, str(input.data.requestId), await change(deps, input), done, input.now, queueOf(input.data));
    return 'card' in result ? { card: result.card } : result;
  });

export const acknowledgeRequest = onRequest('Acknowledged.', () => ({ kind: 'acknowledge' }));
export const assignToMe = onRequest('Assigned to you.', (_deps, input) => ({ kind: 'assign', assignee: personOf(input.actor) }));
export const assignRequest = onRequest('Assigned.', async (deps, input) => {
  const id = str(input.data.assignee);
  const name = await coordinatorName(deps.store, id);
  return { kind: 'assign', assignee: { aadObjectId: id, ...(name ? { name } : {}) } };
});
// An unknown status is refused by the rules, like any status not allowed from where the request is.
export const setRequestStatus = onRequest('Saved.', (_deps, input) => ({
  kind: 'status',
  to: str(input.data.status) as SupportStatus,
  reason: str(input.data.reason),
}));
export const addRequestNote = onRequest('Note added.', (_deps, input) => ({
  kind: 'note',
  note: str(input.data.note),
  toRequester: input.data.toRequester === 'true',
}));
export const withdrawByButton = onRequest('Withdrawn.', (_deps, input) => ({ kind: 'withdraw', reason: str(input.data.withdrawReason) }));

/** The message extension's dialog: the form, with the message it was started from as the summary. */
export async function openFormDialog(deps: FeatureDeps, input: FetchTaskInput): Promise<TaskCard> {
  return {
    title: DIALOG_TITLE,
    card: formCard(deps.config.forces, 'dialog', prefillFromMessage(input.messageText)),
  };
}

/** The dialog's form, submitted. */
export async function submitFormDialog(deps: FeatureDeps, input: SubmitActionInput): Promise<TaskCard | { done: string }> {
  const result = await submit(deps, input.actor, input.data, 'dialog', input.now);
  if (!result.ok) return { title: DIALOG_TITLE, card: result.form };
  return { done: await confirmation(deps, result.request, result.created, input.actor) };
}
