import { DateTime } from 'luxon';
import { renderCard, type AdaptiveCard } from '../../cards';
import type { SupportEvent, SupportRequest, SupportStatus } from '../../store/support-types';
import { OPEN_STATUSES, SETTABLE_STATUSES, STATUS_LABELS, TRANSITIONS, VERBS, supportTypeLabel, urgencyLabel } from './catalogue';
import { ZONE } from '../../time-zone';
import { literalText } from '../safety/card-text';
import type { FormCardData } from './form';

/** Who a request card is for: coordinators get the triage buttons; the read-only card has none. */
export type Viewer = 'coordinator' | 'requester' | 'readonly';

export type Tone = 'good' | 'attention' | 'default';

export interface Choice {
  title: string;
  value: string;
}

type Fact = Choice;

/** Data for cards/support-request.json. */
export interface RequestCardData {
  requestId: string;
  reference: string;
  statusLabel: string;
  statusColor: string;
  subtitle: string;
  facts: Fact[];
  summary: string;
  banner: string;
  bannerColor: string;
  notice: string;
  notesTitle: string;
  notes: Fact[];
  trail: Fact[];
  coordinator: boolean;
  canAcknowledge: boolean;
  canAssignToMe: boolean;
  canAssign: boolean;
  canSetStatus: boolean;
  canWithdraw: boolean;
  assignChoices: Choice[];
  statusChoices: Choice[];
  /** 'queue' when opened from the queue, whose filters `queueFilters` keeps for "Back to the queue"; else ''. */
  back: string;
  queueFilters: string;
  verbs: typeof VERBS;
}

export interface RequestView {
  viewer: Viewer;
  /** The viewer's AAD object id, to hide "Assign to me" when it is theirs already. */
  viewerId?: string;
  /** Coordinators to offer under "Assign to…". */
  coordinators?: Choice[];
  banner?: { text: string; tone: Tone };
  /** Events to list as the audit trail; omitted, no trail is shown. */
  trail?: SupportEvent[];
  /** Note events the viewer may see; the latest few are shown. */
  notes?: SupportEvent[];
  /** When the request should be acknowledged by, while it is New. */
  acknowledgeBy?: Date;
  /** Opened from the queue with these filters: the card offers the way back. */
  queue?: string;
}

const LATEST_NOTES = 3;
const TONE_COLOR: Record<Tone, string> = { good: 'Good', attention: 'Attention', default: 'Default' };
const STATUS_COLOR: Record<SupportStatus, string> = {
  new: 'Attention',
  acknowledged: 'Accent',
  assigned: 'Accent',
  'in-progress': 'Warning',
  resolved: 'Good',
  declined: 'Default',
  withdrawn: 'Default',
};

/** An instant as people in England read it: "25 Nov 2026, 14:05". */
export function londonTime(at: string | Date): string {
  const dt = typeof at === 'string' ? DateTime.fromISO(at, { zone: 'utc' }) : DateTime.fromJSDate(at);
  return dt.setZone(ZONE).toFormat('d LLL yyyy, HH:mm');
}

export function personName(p: { aadObjectId: string; name?: string } | undefined): string {
  return p ? (p.name ?? p.aadObjectId) : 'nobody';
}

function notice(request: SupportRequest): string {
  switch (request.requesterNotice) {
    case 'no-personal-chat':
      return 'Requester not notified: they have no personal chat with LRO Assist yet, so tell them another way.';
    case 'send-failed':
      return 'Requester not notified: the last message to them failed. It will be retried.';
    default:
      return '';
  }
}

function eventLine(e: SupportEvent): Fact {
  const who = personName(e.by);
  const what =
    e.kind === 'created'
      ? 'raised the request'
      : e.kind === 'note'
        ? `added a note${e.toRequester ? ' for the requester' : ' (coordinators only)'}`
        : e.kind === 'assigned'
          ? `assigned it to ${personName(e.state.assignee)} (${STATUS_LABELS[e.from ?? 'new']} → ${STATUS_LABELS[e.to]})`
          : `${STATUS_LABELS[e.from ?? 'new']} → ${STATUS_LABELS[e.to]}`;
  return { title: londonTime(e.at), value: literalText(`${who}: ${what}${e.note ? `. “${e.note}”` : ''}`) };
}

/** One request as a card for `view.viewer`; user text travels only as template data, escaped so it shows literally. */
export function requestCard(request: SupportRequest, view: RequestView): AdaptiveCard {
  const coordinator = view.viewer === 'coordinator';
  const open = OPEN_STATUSES.includes(request.status);
  const next = TRANSITIONS[request.status];
  const facts: Fact[] = [
    { title: 'Force', value: request.force },
    { title: 'Operation / OCG', value: request.operation },
    { title: 'Support type', value: supportTypeLabel(request.supportType) },
    { title: 'Urgency', value: urgencyLabel(request.urgency) },
    { title: 'Raised by', value: personName(request.requester) },
    { title: 'Raised', value: londonTime(request.createdAt) },
    { title: 'Assigned to', value: request.assignee ? personName(request.assignee) : 'Not yet assigned' },
  ];
  if (request.status === 'new' && view.acknowledgeBy) facts.push({ title: 'Acknowledge by', value: londonTime(view.acknowledgeBy) });
  if (request.contact) facts.push({ title: 'Preferred contact', value: request.contact });
  if (request.declineReason) facts.push({ title: 'Reason declined', value: request.declineReason });
  const notes = (view.notes ?? [])
    .filter((e) => e.kind === 'note')
    .slice(-LATEST_NOTES)
    .reverse();
  const data: RequestCardData = {
    requestId: request.id,
    reference: request.reference,
    statusLabel: STATUS_LABELS[request.status],
    statusColor: STATUS_COLOR[request.status],
    subtitle: `${urgencyLabel(request.urgency)} · ${request.force} · ${supportTypeLabel(request.supportType)}`,
    facts: facts.map((f) => ({ ...f, value: literalText(f.value) })),
    summary: literalText(request.summary),
    banner: literalText(view.banner?.text ?? ''),
    bannerColor: TONE_COLOR[view.banner?.tone ?? 'default'],
    notice: view.viewer === 'requester' ? '' : notice(request),
    notesTitle: notes.length === 1 ? 'Latest note' : 'Latest notes',
    notes: notes.map(eventLine),
    trail: (view.trail ?? []).map(eventLine),
    coordinator,
    canAcknowledge: coordinator && next.includes('acknowledged'),
    canAssignToMe: coordinator && next.includes('assigned') && request.assignee?.aadObjectId !== view.viewerId,
    canAssign: coordinator && next.includes('assigned'),
    canSetStatus: coordinator && open,
    canWithdraw: view.viewer === 'requester' && next.includes('withdrawn'),
    assignChoices: view.coordinators ?? [],
    statusChoices: SETTABLE_STATUSES.filter((s) => next.includes(s)).map((s) => ({ title: STATUS_LABELS[s], value: s })),
    back: coordinator && view.queue !== undefined ? 'queue' : '',
    queueFilters: view.queue ?? '',
    verbs: VERBS,
  };
  return renderCard('support-request', data);
}

/** Data for cards/support-list.json. */
export interface ListCardData {
  title: string;
  intro: string;
  items: { requestId: string; heading: string; detail: string; summary: string }[];
  empty: string;
  more: string;
  viewVerb: string;
  /** Sent with "Open": 'queue' and its filters for the queue, so the request card can lead back. */
  back: string;
  filters: string;
}

const LIST_LIMIT = 20;
const EXCERPT = 140;

function excerpt(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function listLine(r: SupportRequest): string {
  return `${r.reference} · ${STATUS_LABELS[r.status]} · ${urgencyLabel(r.urgency)} · ${r.force}${r.assignee ? ` · ${personName(r.assignee)}` : ''}`;
}

/** A list of requests, each opening its own card; the first `LIST_LIMIT` are shown. */
export function listCard(title: string, intro: string, requests: SupportRequest[], empty: string, queue?: string): AdaptiveCard {
  const shown = requests.slice(0, LIST_LIMIT);
  const data: ListCardData = {
    title,
    intro,
    items: shown.map((r) => ({
      requestId: r.id,
      heading: `${r.reference} · ${STATUS_LABELS[r.status]}`,
      detail: literalText(
        `${urgencyLabel(r.urgency)} · ${r.force} · ${supportTypeLabel(r.supportType)} · raised ${londonTime(r.createdAt)}${r.assignee ? ` · ${personName(r.assignee)}` : ''}`,
      ),
      summary: literalText(excerpt(r.summary)),
    })),
    empty: requests.length === 0 ? empty : '',
    more: requests.length > LIST_LIMIT ? `Showing ${LIST_LIMIT} of ${requests.length}. Narrow the list with a filter, or use "export requests".` : '',
    viewVerb: VERBS.view,
    back: queue === undefined ? '' : 'queue',
    filters: queue ?? '',
  };
  return renderCard('support-list', data);
}

/** A short titled message as a card (cards/support-message.json). */
/** Data for cards/support-message.json. */
export interface MessageCardData {
  title: string;
  text: string;
  color: string;
}

/** Data for cards/support-export.json. */
export interface ExportCardData {
  description: string;
  expiry: string;
  url: string;
}

export function messageCard(title: string, text: string, tone: Tone = 'default'): AdaptiveCard {
  return renderCard('support-message', { title, text, color: TONE_COLOR[tone] });
}

declare module '../../cards' {
  interface CardTemplates {
    'support-form': FormCardData;
    'support-request': RequestCardData;
    'support-list': ListCardData;
    'support-message': MessageCardData;
    'support-export': ExportCardData;
  }
}
