import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Config } from '../../config';
import { AppError } from '../../errors';
import { ZONE } from '../../time-zone';
import { isCoordinator } from '../coordinators';
import { containsIntelligence, INTELLIGENCE_REFUSAL } from '../safety/intelligence-guard';
import type { Store } from '../../store/types';
import type { Person, SupportDetails, SupportEvent, SupportRequest, SupportState, SupportStatus } from '../../store/support-types';
import { LIMITS, SETTABLE_STATUSES, STATUS_LABELS, TRANSITIONS } from './catalogue';

/** Who is acting, as the bot read it from the activity (never from card data). */
export interface Requester {
  aadObjectId?: string;
  name?: string;
  tenantId: string;
}

export type Roles = Pick<Config, 'coordinatorAadIds'>;

export function isRequester(request: SupportRequest, actor: Requester): boolean {
  return !!actor.aadObjectId && actor.aadObjectId === request.requester.aadObjectId && actor.tenantId === request.tenantId;
}

/** Only the requester and the coordinators may see a request's details. */
export function canView(config: Roles, actor: Requester, request: SupportRequest): boolean {
  return isCoordinator(config, actor.aadObjectId) || isRequester(request, actor);
}

export function personOf(actor: Requester): Person {
  if (!actor.aadObjectId) throw new AppError('auth.forbidden', "I can't tell who you are in Teams, so I can't record this. Nothing was changed.");
  return { aadObjectId: actor.aadObjectId, ...(actor.name ? { name: actor.name } : {}) };
}

/**
 * A request's id comes from who sent the form and the form's idempotency key, so submitting the
 * same form twice names the same request; someone else submitting a shared form gets their own.
 */
export function requestIdFor(requesterAadObjectId: string, formKey: string): string {
  return createHash('sha256').update(`${requesterAadObjectId}\n${formKey}`).digest('hex').slice(0, 32);
}

/** Records a validated request; the second submit of the same form returns the first request. */
export async function submitRequest(
  store: Store,
  actor: Requester,
  details: SupportDetails,
  formKey: string,
  now: Date,
): Promise<{ request: SupportRequest; created: boolean }> {
  const requester = personOf(actor);
  return store.support.create(
    { ...details, id: requestIdFor(requester.aadObjectId, formKey), tenantId: actor.tenantId, requester, createdAt: now.toISOString() },
    DateTime.fromJSDate(now, { zone: ZONE }).year,
  );
}

/** What someone asks to do to a request. */
export type Change =
  | { kind: 'acknowledge' }
  | { kind: 'assign'; assignee: Person }
  | { kind: 'status'; to: SupportStatus; reason?: string }
  | { kind: 'note'; note: string; toRequester: boolean }
  | { kind: 'withdraw'; reason?: string };

export type ChangeOutcome =
  | { ok: true; request: SupportRequest; event: SupportEvent }
  | { ok: false; reason: 'not-found' | 'forbidden' | 'refused'; message: string; request?: SupportRequest };

type Planned = { ok: true; event: Omit<SupportEvent, 'requestId' | 'seq'> } | { ok: false; reason: 'forbidden' | 'refused'; message: string };

const refuse = (message: string): Planned => ({ ok: false, reason: 'refused', message });
const label = (s: SupportStatus) => STATUS_LABELS[s];

/** Checks a change against the rules and the request's current state, and says what to record. */
export function planChange(config: Roles, actor: Requester, request: SupportRequest, change: Change, now: Date): Planned {
  const by = personOf(actor);
  const at = now.toISOString();
  const from = request.status;
  if (containsIntelligence(changeText(change))) return refuse(INTELLIGENCE_REFUSAL);
  if (change.kind === 'withdraw') {
    if (!isRequester(request, actor))
      return { ok: false, reason: 'forbidden', message: `Only the person who raised ${request.reference} can withdraw it. Nothing was changed.` };
    if (!TRANSITIONS[from].includes('withdrawn'))
      return refuse(`${request.reference} is ${label(from)}, so it can no longer be withdrawn. Nothing was changed.`);
    const reason = change.reason?.trim().slice(0, LIMITS.reason);
    return {
      ok: true,
      event: { at, by, kind: 'status', from, to: 'withdrawn', ...(reason ? { note: reason } : {}), state: { ...stateOf(request), status: 'withdrawn' } },
    };
  }
  if (!isCoordinator(config, actor.aadObjectId)) {
    return { ok: false, reason: 'forbidden', message: 'Only SOC Community Coordinators can triage support requests. Nothing was changed.' };
  }
  const moveTo = (to: SupportStatus, extra: Partial<SupportState> = {}, note?: string): Planned => {
    if (!TRANSITIONS[from].includes(to)) {
      return refuse(`${request.reference} is ${label(from)}; it can't move to ${label(to)}. Nothing was changed.`);
    }
    const acknowledgedAt = request.acknowledgedAt ?? (from === 'new' ? at : undefined);
    const state: SupportState = { ...stateOf(request), ...extra, status: to, ...(acknowledgedAt ? { acknowledgedAt } : {}) };
    return { ok: true, event: { at, by, kind: to === 'assigned' ? 'assigned' : 'status', from, to, ...(note ? { note } : {}), state } };
  };
  switch (change.kind) {
    case 'acknowledge':
      return moveTo('acknowledged');
    case 'assign':
      if (!config.coordinatorAadIds.includes(change.assignee.aadObjectId))
        return refuse('Requests can only be assigned to a coordinator. Nothing was changed.');
      if (request.status === 'assigned' && request.assignee?.aadObjectId === change.assignee.aadObjectId) {
        return refuse(`${request.reference} is already assigned to ${change.assignee.name ?? 'them'}. Nothing was changed.`);
      }
      // Reassigning work in progress puts it back to Assigned for the new person.
      return moveTo('assigned', { assignee: change.assignee });
    case 'status': {
      if (!SETTABLE_STATUSES.includes(change.to)) return refuse('Choose a status to set. Nothing was changed.');
      if (change.to === 'declined') {
        const reason = change.reason?.trim() ?? '';
        if (!reason) return refuse(`Give a reason for declining ${request.reference}: the requester will see it. Nothing was changed.`);
        if (reason.length > LIMITS.reason) return refuse(`Please keep the reason to ${LIMITS.reason} characters. Nothing was changed.`);
        return moveTo('declined', { declineReason: reason }, reason);
      }
      if (change.to === from) return refuse(`${request.reference} is already ${label(from)}. Nothing was changed.`);
      // Any other reason (what was done, when resolving) is kept on the event for the requester and the trail.
      const reason = change.reason?.trim() ?? '';
      if (reason.length > LIMITS.reason) return refuse(`Please keep the reason to ${LIMITS.reason} characters. Nothing was changed.`);
      return moveTo(change.to, {}, reason || undefined);
    }
    case 'note': {
      const note = change.note.trim();
      if (!note) return refuse('Write a note first. Nothing was changed.');
      if (note.length > LIMITS.note) return refuse(`Please keep notes to ${LIMITS.note.toLocaleString('en-GB')} characters. Nothing was changed.`);
      return { ok: true, event: { at, by, kind: 'note', from, to: from, note, toRequester: change.toRequester, state: stateOf(request) } };
    }
  }
}

/** The free text a change would record and show: a note or a reason. */
function changeText(change: Change): string | undefined {
  if (change.kind === 'note') return change.note;
  return 'reason' in change ? change.reason : undefined;
}

function stateOf(r: SupportRequest): SupportState {
  return {
    status: r.status,
    ...(r.assignee ? { assignee: r.assignee } : {}),
    ...(r.declineReason ? { declineReason: r.declineReason } : {}),
    ...(r.acknowledgedAt ? { acknowledgedAt: r.acknowledgedAt } : {}),
  };
}

/** How often a change is re-checked against fresh state when others change the request at the same moment. */
const MAX_ATTEMPTS = 5;

/**
 * Applies a change if the rules allow it. If someone else changed the request at the same moment,
 * the change is checked again against the new state, so the lifecycle is never skipped.
 */
export async function changeRequest(store: Store, config: Roles, actor: Requester, requestId: string, change: Change, now: Date): Promise<ChangeOutcome> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const request = await store.support.get(requestId);
    // Triage refusals say only that the role is missing; a withdrawal by a stranger learns nothing either.
    if (!request || (change.kind === 'withdraw' && !canView(config, actor, request))) return { ok: false, reason: 'not-found', message: notVisible() };
    const plan = planChange(config, actor, request, change, now);
    if (!plan.ok) return plan.reason === 'forbidden' ? plan : { ...plan, request };
    const updated = await store.support.append(request.id, request.version, plan.event);
    if (updated) return { ok: true, request: updated, event: { ...plan.event, requestId: request.id, seq: updated.version } };
  }
  throw new AppError('conflict', 'That request is changing quickly just now. Please look at it again and retry.');
}

/** The same answer whether a request does not exist or is not the asker's, so references cannot be probed. */
export function notVisible(reference?: string): string {
  return `I can't find ${reference ?? 'that request'} among the requests you can see. Type "my requests" to list yours.`;
}

/** Finds a request by reference, or undefined when it does not exist or the actor may not see it. */
export async function findVisible(store: Store, config: Roles, actor: Requester, reference: string): Promise<SupportRequest | undefined> {
  const request = await store.support.getByReference(reference.toUpperCase());
  return request && canView(config, actor, request) ? request : undefined;
}

/** The events a viewer may see: coordinators see everything; requesters do not see coordinators' internal notes. */
export function visibleEvents(config: Roles, actor: Requester, events: SupportEvent[]): SupportEvent[] {
  return isCoordinator(config, actor.aadObjectId) ? events : events.filter((e) => e.kind !== 'note' || e.toRequester);
}
