import { renderCard, type AdaptiveCard } from '../../cards';
import type { Logger } from '../../log';
import type { SupportRequest, SupportStatus } from '../../store/support-types';
import { EXTENSION_COMMAND, STATUS_LABELS, VERBS } from '../../features/support/catalogue';
import { createDownloadLink, DOWNLOAD_TTL_MS } from '../../features/support/downloads';
import { formCard, prefillFromMessage, validateForm, type FormMode } from '../../features/support/form';
import { parseQueueFilters, queueOrder } from '../../features/support/queue';
import {
  canView,
  changeRequest,
  findVisible,
  isRequester,
  notVisible,
  personOf,
  submitRequest,
  visibleEvents,
  type Change,
  type Requester,
} from '../../features/support/requests';
import { acknowledgeBy } from '../../features/support/sla';
import {
  afterChange,
  coordinatorCard,
  coordinatorName,
  postToTriage,
  rememberCoordinator,
  setTriageChannel,
  triageReply,
  refreshUserIds,
  withRefresh,
  type TriageDeps,
} from '../../features/support/triage';
import { listCard, listLine, londonTime, messageCard, requestCard, type Tone } from '../../features/support/views';
import { channelOf, coordinatorChannel, isCoordinator } from '../../features/coordinators';
import type { Place } from '../inputs';
import type { ActionInput, ActionResult, ActionRoute, BotDeps, ExtensionInput, FeatureRoutes, TaskCard, TextRoute } from '../routes';

/** Invokes must be answered within 5 s: follow-up sends get this long, then carry on in the background. */
const FOLLOW_UP_MS = 3000;

const FORBIDDEN = 'Only SOC Community Coordinators can do that. Nothing was changed.';

/** Waits for `work` at most `ms`; it keeps running after that, and its failure is logged, never thrown. */
async function settleWithin<T>(work: Promise<T>, ms: number, log: Logger): Promise<T | undefined> {
  const guarded = work.catch((err: unknown) => {
    log.error({ err }, 'support follow-up failed');
    return undefined;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([guarded, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Support requests: the form, the triage card's buttons, the requester's and coordinators' commands. */
export function supportRoutes(deps: BotDeps): FeatureRoutes {
  const { store, config, log } = deps;
  const supportLog = log.child({ feature: 'support' });
  const triage: TriageDeps = { store, sender: deps.sender, config, log: supportLog };

  /** The card a viewer sees for a request, kept current by refresh. */
  async function viewerCard(request: SupportRequest, actor: Requester, options: { banner?: { text: string; tone: Tone }; trail?: boolean } = {}): Promise<AdaptiveCard> {
    if (isCoordinator(config, actor.aadObjectId)) {
      return withRefresh(await coordinatorCard(triage, request, actor.aadObjectId, options), request.id, await refreshUserIds(store, config, request.tenantId), options);
    }
    const events = visibleEvents(config, actor, await store.support.events(request.id));
    const card = requestCard(request, {
      viewer: 'requester',
      notes: events,
      ...(options.trail ? { trail: events } : {}),
      ...(options.banner ? { banner: options.banner } : {}),
      acknowledgeBy: acknowledgeBy(request, config.sla),
    });
    return withRefresh(card, request.id, await refreshUserIds(store, config, request.tenantId), options);
  }

  type Submitted = { ok: false; form: AdaptiveCard } | { ok: true; request: SupportRequest; created: boolean };

  /** Validates and records a form from either the chat card or the dialog; a new request goes to the triage channel. */
  async function submit(actor: Requester, data: Record<string, unknown>, mode: FormMode, now: Date): Promise<Submitted> {
    const result = validateForm(data, config.forces);
    if (!result.ok) {
      return { ok: false, form: formCard(config.forces, mode, { values: result.values, errors: result.errors, formKey: result.formKey }) };
    }
    const { request, created } = await submitRequest(store, actor, result.details, result.formKey, now);
    if (created) {
      supportLog.info({ reference: request.reference, urgency: request.urgency, mode }, 'support request recorded');
      const posted = await settleWithin(postToTriage(triage, request, now), FOLLOW_UP_MS, supportLog);
      if (posted !== 'posted') supportLog.warn({ reference: request.reference, outcome: posted ?? 'pending' }, 'support request not yet in the triage channel');
    }
    return { ok: true, request, created };
  }

  function confirmation(request: SupportRequest, created: boolean): string {
    const due = londonTime(acknowledgeBy(request, config.sla));
    return created
      ? `Request ${request.reference} recorded. The Regional Disruption Team aims to acknowledge it by ${due}. I'll message you in our personal chat when it changes; type "my requests" at any time.`
      : `This form was already sent as ${request.reference}: nothing new was created.`;
  }

  /**
   * Applies a triage or withdraw action (the rules check who is acting), then notifies the requester
   * and updates the channel card. Answers with the actor's view, or a refusal that changed nothing.
   */
  async function act(actor: Requester, requestId: string, change: Change, done: string, now: Date): Promise<{ card: AdaptiveCard } | { message: string }> {
    const outcome = await changeRequest(store, config, actor, requestId, change, now);
    if (!outcome.ok) {
      if (outcome.reason !== 'refused' || !outcome.request) return { message: outcome.message };
      return { card: await viewerCard(outcome.request, actor, { banner: { text: outcome.message, tone: 'attention' } }) };
    }
    supportLog.info({ reference: outcome.request.reference, kind: outcome.event.kind, to: outcome.event.to }, 'support request changed');
    const after = (await settleWithin(afterChange(triage, outcome.request, outcome.event, now), FOLLOW_UP_MS, supportLog)) ?? outcome.request;
    return { card: await viewerCard(after, actor, { banner: { text: `${done} ${after.reference} is ${STATUS_LABELS[after.status]}.`, tone: 'good' } }) };
  }

  async function refresh(input: ActionInput): Promise<ActionResult> {
    const request = await store.support.get(str(input.data.requestId));
    const trail = input.data.trail === true;
    if (request && canView(config, input.actor, request)) return { card: await viewerCard(request, input.actor, { trail }) };
    // Others see the read-only card only where it was posted: the triage channel.
    if (request && (await inTriageChannel(input.place))) return { card: (await triageReply(triage, request)).card! };
    return { card: messageCard('Support request', 'Only the person who raised this request and the SOC Community Coordinators can see it.') };
  }

  async function inTriageChannel(place: Place): Promise<boolean> {
    const channel = await coordinatorChannel(store, config);
    return place.kind === 'channel' && !!channel && channelOf(place.conversationId) === channel;
  }

  const text: TextRoute[] = [
    {
      name: 'support.request',
      pattern: /^(request support|ask (the )?(rdt|regional disruption team))$/i,
      help: { usage: 'request support', description: 'Ask the Regional Disruption Team for help: disruption options, 4P plan reviews, CHB advice, partner or GAIN engagement, training.' },
      handle: async () => ({ text: 'Fill in this form to ask the Regional Disruption Team for help.', card: formCard(config.forces, 'chat') }),
    },
    {
      name: 'support.mine',
      pattern: /^my (support )?requests$/i,
      help: { usage: 'my requests', description: 'Your requests to the RDT and where each one is.' },
      async handle(input) {
        if (!input.actor.aadObjectId) return { text: "I can't tell who you are in Teams, so I can't list your requests." };
        const mine = (await store.support.list({ requesterAadObjectId: input.actor.aadObjectId })).filter((r) => isRequester(r, input.actor)).reverse();
        const empty = 'You have not raised any requests yet. Type "request support" to raise one.';
        const lines = mine.slice(0, 20).map(listLine);
        return {
          text: mine.length ? ['Your requests to the Regional Disruption Team:', ...lines].join('\n') : empty,
          card: listCard('Your requests to the RDT', 'Newest first. Select one to see its details.', mine, empty),
        };
      },
    },
    {
      name: 'support.queue',
      pattern: /^queue(?:\s+(.*))?$/i,
      help: { usage: 'queue [new|urgent|dorset…]', description: 'Coordinators: the open support requests, most urgent first, with optional filters.' },
      async handle(input, match) {
        if (!isCoordinator(config, input.actor.aadObjectId)) return { text: FORBIDDEN };
        const parsed = parseQueueFilters(match[1] ?? '', config.forces);
        if (!parsed.ok) return { text: parsed.message };
        const requests = queueOrder(await store.support.list(parsed.query.filter));
        const title = `Support queue: ${parsed.query.description}`;
        const empty = 'No requests match.';
        return {
          text: requests.length ? [`${title} (${requests.length})`, ...requests.slice(0, 20).map(listLine)].join('\n') : `${title}. ${empty}`,
          card: listCard(`${title} (${requests.length})`, 'Most urgent first, then oldest. Select one to triage it.', requests, empty),
        };
      },
    },
    {
      name: 'support.show',
      pattern: /^(?:request|show)\s+(RDT-\d{4}-\d{4,})$/i,
      help: { usage: 'request RDT-2026-0042', description: 'A request’s details and its history (yours, or any request for coordinators).' },
      async handle(input, match) {
        const request = await findVisible(store, config, input.actor, match[1]);
        if (!request) return { text: notVisible(match[1].toUpperCase()) };
        return { text: `${listLine(request)}\n${request.summary}`, card: await viewerCard(request, input.actor, { trail: true }) };
      },
    },
    {
      name: 'support.withdraw',
      pattern: /^withdraw\s+(RDT-\d{4}-\d{4,})$/i,
      help: { usage: 'withdraw RDT-2026-0042', description: 'Withdraw your request while it is New or Acknowledged.' },
      async handle(input, match) {
        const request = await findVisible(store, config, input.actor, match[1]);
        if (!request) return { text: notVisible(match[1].toUpperCase()) };
        const result = await act(input.actor, request.id, { kind: 'withdraw' }, 'Withdrawn.', input.now);
        return 'card' in result ? { text: `${request.reference} is withdrawn.`, card: result.card } : { text: result.message };
      },
    },
    {
      name: 'support.export',
      pattern: /^export (support )?requests$/i,
      help: { usage: 'export requests', description: 'Coordinators, in a personal chat: every request as a CSV file.' },
      async handle(input) {
        if (!isCoordinator(config, input.actor.aadObjectId)) return { text: FORBIDDEN };
        if (input.place.kind !== 'personal') return { text: 'Ask me for the export in a personal chat, so the download link goes only to you.' };
        if (!config.publicHostname) return { text: 'Exports need PUBLIC_HOSTNAME to be set, so I can give you a download link. Ask whoever runs LRO Assist.' };
        const link = await createDownloadLink(store, config.publicHostname, input.actor, input.now);
        const minutes = DOWNLOAD_TTL_MS / 60_000;
        const description = 'Every support request, one row each, as a CSV file for Excel. Times are UK time.';
        const expiry = `The link works for ${minutes} minutes (until ${londonTime(link.expiresAt)}). Anyone with it can download the file, so do not forward it.`;
        return {
          text: `${description} Download: ${link.url} (${expiry})`,
          card: renderCard('support-export', { description, expiry, url: link.url }),
        };
      },
    },
    {
      name: 'support.set-triage-channel',
      pattern: /^set (the )?triage channel$/i,
      help: { usage: 'set triage channel', description: 'Coordinators, in the coordinators’ channel: post new support requests here.' },
      async handle(input) {
        if (!isCoordinator(config, input.actor.aadObjectId)) return { text: FORBIDDEN };
        if (input.place.kind !== 'channel') return { text: 'Type this in the channel where coordinators triage requests (and @mention me there).' };
        await setTriageChannel(store, input.actor, input.place.conversationId, input.now);
        supportLog.info('triage channel set');
        return { text: 'Done: new support requests will be posted in this channel. Any open request not yet posted here will follow within 15 minutes.' };
      },
    },
  ];

  const action = (verb: string, handle: (input: ActionInput) => Promise<ActionResult>): ActionRoute => ({ verb, handle });
  const onRequest = (done: string, change: (input: ActionInput) => Promise<Change> | Change) => async (input: ActionInput) =>
    act(input.actor, str(input.data.requestId), await change(input), done, input.now);

  const actions: ActionRoute[] = [
    action(VERBS.openForm, async () => ({ card: formCard(config.forces, 'chat') })),
    action(VERBS.submit, async (input) => {
      const result = await submit(input.actor, input.data, 'chat', input.now);
      if (!result.ok) return { card: result.form };
      const { request, created } = result;
      const banner = { text: confirmation(request, created), tone: 'good' as const };
      // Outside a personal chat others may see the answer, so it carries no details.
      if (input.place.kind !== 'personal') {
        return { card: messageCard(request.reference, `${banner.text} To see its details, type "request ${request.reference}" in a personal chat with me.`, 'good') };
      }
      return { card: await viewerCard(request, input.actor, { banner }) };
    }),
    action(VERBS.refresh, refresh),
    action(VERBS.view, async (input) => {
      const request = await store.support.get(str(input.data.requestId));
      if (!request || !canView(config, input.actor, request)) return { message: notVisible() };
      return { card: await viewerCard(request, input.actor, { trail: true }) };
    }),
    action(VERBS.acknowledge, onRequest('Acknowledged.', () => ({ kind: 'acknowledge' }))),
    action(VERBS.assignToMe, onRequest('Assigned to you.', (input) => ({ kind: 'assign', assignee: personOf(input.actor) }))),
    action(
      VERBS.assign,
      onRequest('Assigned.', async (input) => {
        const id = str(input.data.assignee);
        const name = await coordinatorName(store, id);
        return { kind: 'assign', assignee: { aadObjectId: id, ...(name ? { name } : {}) } };
      }),
    ),
    // An unknown status is refused by the rules, like any status not allowed from where the request is.
    action(VERBS.setStatus, onRequest('Saved.', (input) => ({ kind: 'status', to: str(input.data.status) as SupportStatus, reason: str(input.data.reason) }))),
    action(VERBS.addNote, onRequest('Note added.', (input) => ({ kind: 'note', note: str(input.data.note), toRequester: input.data.toRequester === 'true' }))),
    action(VERBS.withdraw, onRequest('Withdrawn.', (input) => ({ kind: 'withdraw', reason: str(input.data.withdrawReason) }))),
  ];

  // Coordinators' display names are remembered as they use any support command or button.
  for (const route of text) {
    const handle = route.handle;
    route.handle = async (input, match) => {
      await rememberCoordinator(store, config, input.actor, input.now);
      return handle(input, match);
    };
  }
  for (const route of actions) {
    const handle = route.handle;
    route.handle = async (input) => {
      await rememberCoordinator(store, config, input.actor, input.now);
      return handle(input);
    };
  }

  const dialogTitle = 'Ask the Regional Disruption Team';
  const extensions = {
    fetchTask: {
      [EXTENSION_COMMAND]: async (input: ExtensionInput & { messageText?: string }): Promise<TaskCard> => ({
        title: dialogTitle,
        card: formCard(config.forces, 'dialog', prefillFromMessage(input.messageText)),
      }),
    },
    submitAction: {
      [EXTENSION_COMMAND]: async (input: ExtensionInput & { data: Record<string, unknown> }): Promise<TaskCard | { done: string }> => {
        const result = await submit(input.actor, input.data, 'dialog', input.now);
        if (!result.ok) return { title: dialogTitle, card: result.form };
        return { done: confirmation(result.request, result.created) };
      },
    },
  };

  return { text, actions, extensions };
}

