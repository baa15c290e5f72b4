import { randomUUID } from 'node:crypto';
import type { Config } from '../../config';
import { AppError } from '../../errors';
import type { Cadence, PlanRecord } from '../../store/plan-types';
import type { Store } from '../../store/types';
import { addDays, addMonths, dayCount, daysBetween, formatDate, isCalendarDate, londonDate, londonInstant, reminderDates } from '../dates';
import type { Person } from './people';
import { containsIntelligence, INTELLIGENCE_FIELD_ERROR, refuseIntelligence } from '../safety/intelligence-guard';

/** The due rules, from config.reminders. */
export type PlanRules = Pick<Config['reminders'], 'planDueSoonDays' | 'planOverdueRepeatDays' | 'planEscalateAfterDays' | 'staleHours'>;

/** Owners are reminded at this London time; the job runs then. */
export const PLAN_REMINDER_TIME = '08:00';
/** The job report's count of owners to be reminded at today's reminder time, when it runs earlier. */
export const PLANS_LATER_TODAY = 'plans.owner.at-08:00';

const MAX_REFERENCE = 80;
const MAX_NOTE = 500;
const MAX_SNOOZE_DAYS = 90;
const MAX_CADENCE_DAYS = 366;

export function nextReviewDate(lastReviewed: string, cadence: Cadence): string {
  if (cadence.kind === 'days') return addDays(lastReviewed, cadence.days);
  return addMonths(lastReviewed, cadence.kind === 'monthly' ? 1 : 3);
}

export function describeCadence(cadence: Cadence): string {
  if (cadence.kind === 'days') return cadence.days === 1 ? 'every day' : `every ${cadence.days} days`;
  return cadence.kind;
}

export type ReviewState = 'scheduled' | 'due-soon' | 'due' | 'overdue';

/** Where a plan stands on `today`: `days` counts down to the review, or up once overdue. */
export function reviewState(plan: PlanRecord, today: string, rules: PlanRules): { state: ReviewState; days: number } {
  const until = daysBetween(today, plan.nextReview);
  if (until < 0) return { state: 'overdue', days: -until };
  if (until === 0) return { state: 'due', days: 0 };
  return { state: until <= rules.planDueSoonDays ? 'due-soon' : 'scheduled', days: until };
}

/** e.g. "due in 3 days", "due today", "overdue by 9 days". */
export function describeState(plan: PlanRecord, today: string, rules: PlanRules): string {
  const { state, days } = reviewState(plan, today, rules);
  if (state === 'overdue') return `overdue by ${dayCount(days)}`;
  if (state === 'due') return 'due today';
  return `due in ${dayCount(days)}`;
}

export type OwnerReminderKind = Exclude<ReviewState, 'scheduled'>;

/**
 * The owner's reminder on `date`, if that is a reminder day: N days before (due soon), on the
 * day, then every R days once overdue. A snooze silences the days before it and reminds on its last day.
 */
export function ownerReminderOn(plan: PlanRecord, date: string, rules: PlanRules): OwnerReminderKind | undefined {
  if (plan.snoozedUntil && date < plan.snoozedUntil) return undefined;
  const { state, days } = reviewState(plan, date, rules);
  if (state === 'scheduled') return undefined;
  if (date === plan.snoozedUntil || date === firstReminderDay(plan)) return state;
  if (state === 'due-soon') return days === rules.planDueSoonDays ? state : undefined;
  if (state === 'overdue') return (days - 1) % rules.planOverdueRepeatDays === 0 ? state : undefined;
  return state;
}

/** The first reminder day after registration, so a plan registered already due or overdue is reminded on the next run. */
function firstReminderDay(plan: PlanRecord): string {
  const registered = new Date(plan.createdAt);
  const day = londonDate(registered);
  return registered <= londonInstant(day, PLAN_REMINDER_TIME) ? day : addDays(day, 1);
}

/** Before today's reminder time, the plans whose owners will be reminded at it. */
export function remindersLaterToday(plans: PlanRecord[], rules: PlanRules, now: Date): PlanRecord[] {
  const today = londonDate(now);
  if (now >= londonInstant(today, PLAN_REMINDER_TIME)) return [];
  return plans.filter((p) => ownerReminderOn(p, today, rules));
}

export interface PlanReminder {
  kind: OwnerReminderKind;
  date: string;
  /** The delivery key: plan, review cycle, kind and day, so each reminder goes out once. */
  key: string;
}

/**
 * The latest owner reminder whose moment is within the catch-up window; older ones are superseded.
 * A run over many plans passes the window's `dates` (reminderDates at PLAN_REMINDER_TIME), worked out once.
 */
export function latestOwnerReminder(
  plan: PlanRecord,
  rules: PlanRules,
  now: Date,
  dates = reminderDates(now, rules.staleHours, PLAN_REMINDER_TIME),
): PlanReminder | undefined {
  for (const date of dates) {
    const kind = ownerReminderOn(plan, date, rules);
    if (kind) return { kind, date, key: `plans:${plan.id}:${plan.nextReview}:${kind}:${date}` };
  }
  return undefined;
}

/**
 * The day a plan is escalated to the coordinators: M days overdue, or the day it was registered
 * if it was already that late. Snoozing does not put this off.
 */
export function escalationDate(plan: PlanRecord, rules: PlanRules): string {
  const due = addDays(plan.nextReview, rules.planEscalateAfterDays);
  const registered = londonDate(new Date(plan.createdAt));
  return due > registered ? due : registered;
}

/** Owner, registrant and coordinators may change a plan. */
export function canManagePlan(plan: PlanRecord, aadObjectId: string | undefined, coordinatorAadIds: string[]): boolean {
  if (!aadObjectId) return false;
  return plan.ownerAadObjectId === aadObjectId || plan.createdBy === aadObjectId || coordinatorAadIds.includes(aadObjectId);
}

/** Review notes are for the plan's owner and the coordinators only; others see the plan without them. */
export function canSeePlanNotes(plan: PlanRecord, aadObjectId: string | undefined, coordinatorAadIds: string[]): boolean {
  return !!aadObjectId && (plan.ownerAadObjectId === aadObjectId || coordinatorAadIds.includes(aadObjectId));
}

/** What the add-plan form sends back; every field is text from the card. */
export interface PlanForm {
  reference?: string;
  owner?: string;
  cadence?: string;
  days?: string;
  lastReviewed?: string;
  digestHere?: string;
}

export interface NewPlan {
  reference: string;
  ownerAadObjectId: string;
  cadence: Cadence;
  lastReviewed: string;
  digestHere: boolean;
}

/**
 * Checks the form; returns every problem at once so the person can fix them together, and the
 * form to show again (a reference that carries intelligence is removed from it).
 */
export function validatePlanForm<F extends PlanForm>(form: F, today: string): { plan: NewPlan } | { errors: string[]; form: F } {
  const errors: string[] = [];
  const reference = (form.reference ?? '').trim();
  const intelligence = containsIntelligence(reference);
  if (!reference) errors.push('Enter the plan or OCG reference.');
  else if (intelligence) errors.push(`Reference: ${INTELLIGENCE_FIELD_ERROR}`);
  else if (reference.length > MAX_REFERENCE) errors.push(`Keep the reference to ${MAX_REFERENCE} characters.`);
  else if (reference.includes(':')) errors.push('The reference cannot contain ":" (commands use it to separate a note).');
  let cadence: Cadence | undefined;
  if (form.cadence === 'monthly' || form.cadence === 'quarterly') cadence = { kind: form.cadence };
  else if (form.cadence === 'days') {
    const days = Number((form.days ?? '').trim());
    if (Number.isInteger(days) && days >= 1 && days <= MAX_CADENCE_DAYS) cadence = { kind: 'days', days };
    else errors.push(`For "every N days", enter a whole number of days from 1 to ${MAX_CADENCE_DAYS}.`);
  } else errors.push('Choose how often the plan is reviewed.');
  const lastReviewed = (form.lastReviewed ?? '').trim();
  if (!isCalendarDate(lastReviewed)) errors.push('Enter the date of the last review.');
  else if (lastReviewed > today) errors.push('The last review date cannot be in the future.');
  const owner = (form.owner ?? '').trim();
  if (!owner) errors.push('Choose the plan owner.');
  if (errors.length || !cadence) return { errors, form: intelligence ? { ...form, reference: '' } : form };
  return { plan: { reference, ownerAadObjectId: owner, cadence, lastReviewed, digestHere: form.digestHere === 'true' } };
}

/** The person who acted, as the store records them. */
export interface PlanActor {
  aadObjectId: string;
  name: string;
  tenantId: string;
}

function ownerFrom(aadObjectId: string, actor: PlanActor, people: Person[]): Person {
  if (aadObjectId === actor.aadObjectId) return { aadObjectId, name: actor.name };
  const person = people.find((p) => p.aadObjectId === aadObjectId);
  if (!person) throw new AppError('input.invalid', 'I can only make someone an owner once they have LRO Assist in a personal chat, so that I can remind them.');
  return person;
}

/** Registers a plan. `digestConversationId` is where `add plan` was used, when that was a channel or group chat. */
export async function registerPlan(
  store: Store,
  input: NewPlan,
  actor: PlanActor,
  people: Person[],
  digestConversationId: string | undefined,
  now: Date,
): Promise<PlanRecord> {
  const owner = ownerFrom(input.ownerAadObjectId, actor, people);
  const at = now.toISOString();
  const plan: PlanRecord = {
    id: `plan-${randomUUID().slice(0, 8)}`,
    tenantId: actor.tenantId,
    reference: input.reference,
    ownerAadObjectId: owner.aadObjectId,
    ownerName: owner.name,
    cadence: input.cadence,
    lastReviewed: input.lastReviewed,
    nextReview: nextReviewDate(input.lastReviewed, input.cadence),
    ...(input.digestHere && digestConversationId ? { digestConversationId } : {}),
    status: 'active',
    createdBy: actor.aadObjectId,
    createdAt: at,
    updatedBy: actor.aadObjectId,
    updatedAt: at,
  };
  if (!(await store.plans.insert(plan))) {
    throw new AppError('conflict', `A plan with the reference "${input.reference}" is already registered. Type "show plan ${input.reference}" to see it.`);
  }
  return plan;
}

export function assertCanChange(plan: PlanRecord, aadObjectId: string | undefined, coordinators: string[]): void {
  if (!canManagePlan(plan, aadObjectId, coordinators)) {
    throw new AppError('auth.forbidden', `Only the owner of ${plan.reference}, the person who registered it or a coordinator can change it.`);
  }
}

/** Finds an active plan by reference (or id) in the actor's tenant and checks the actor may change it. */
export async function planForChange(
  store: Store,
  tenantId: string,
  aadObjectId: string | undefined,
  coordinators: string[],
  text: string,
): Promise<PlanRecord> {
  const plan = await findPlan(store, tenantId, text);
  assertCanChange(plan, aadObjectId, coordinators);
  return plan;
}

export async function findPlan(store: Store, tenantId: string, text: string): Promise<PlanRecord> {
  refuseIntelligence(text);
  const byReference = await store.plans.findActiveByReference(tenantId, text);
  const plan = byReference ?? (await store.plans.get(text.trim()));
  if (!plan || plan.tenantId !== tenantId || plan.status !== 'active') {
    throw new AppError('not-found', `I can't find an active plan "${text.trim()}". Type "my plans" to see yours.`);
  }
  return plan;
}

function changed(plan: PlanRecord, by: string, now: Date, fields: Partial<PlanRecord>): PlanRecord {
  return { ...plan, ...fields, updatedBy: by, updatedAt: now.toISOString() };
}

/** Records a review today: the next review moves on by the cadence and any snooze ends. */
export async function markReviewed(store: Store, plan: PlanRecord, by: string, note: string | undefined, now: Date): Promise<PlanRecord> {
  const text = note?.trim();
  refuseIntelligence(text);
  if (text && text.length > MAX_NOTE) throw new AppError('input.too-long', `Keep the review note to ${MAX_NOTE} characters.`);
  const today = londonDate(now);
  const { snoozedUntil: _snooze, lastNote: _note, ...rest } = plan;
  const updated = changed(rest, by, now, { lastReviewed: today, nextReview: nextReviewDate(today, plan.cadence), ...(text ? { lastNote: text } : {}) });
  await store.plans.save(updated);
  // Kept so plan health can judge regularity over a year, not just the last review.
  await store.quality.plans.addReview({ planId: plan.id, tenantId: plan.tenantId, reviewedOn: today, dueOn: plan.nextReview, by, at: now.toISOString() });
  return updated;
}

/** Silences owner reminders until `until` (a London date after today, at most 90 days ahead). */
export async function snoozePlan(store: Store, plan: PlanRecord, by: string, until: string | undefined, now: Date): Promise<PlanRecord> {
  const today = londonDate(now);
  if (!until || !isCalendarDate(until)) throw new AppError('input.invalid', 'Choose the date to snooze the plan until.');
  if (until <= today) throw new AppError('input.invalid', 'Snooze to a date after today.');
  if (daysBetween(today, until) > MAX_SNOOZE_DAYS) {
    throw new AppError(
      'input.invalid',
      `Snooze for at most ${MAX_SNOOZE_DAYS} days (until ${formatDate(addDays(today, MAX_SNOOZE_DAYS))}). To review less often, register the plan with a longer cadence.`,
    );
  }
  const updated = changed(plan, by, now, { snoozedUntil: until });
  await store.plans.save(updated);
  return updated;
}

export async function transferPlan(
  store: Store,
  plan: PlanRecord,
  by: PlanActor,
  newOwner: string | undefined,
  people: Person[],
  now: Date,
): Promise<PlanRecord> {
  if (!newOwner) throw new AppError('input.invalid', 'Choose the new owner.');
  const owner = ownerFrom(newOwner, by, people);
  if (owner.aadObjectId === plan.ownerAadObjectId) throw new AppError('input.invalid', `${owner.name} already owns ${plan.reference}.`);
  const updated = changed(plan, by.aadObjectId, now, { ownerAadObjectId: owner.aadObjectId, ownerName: owner.name });
  await store.plans.save(updated);
  return updated;
}

/** How long an archive can be undone from the plan card. */
export const ARCHIVE_UNDO_MINUTES = 10;

export function canUndoArchive(plan: PlanRecord, now: Date): boolean {
  return plan.status === 'archived' && now.getTime() - Date.parse(plan.updatedAt) <= ARCHIVE_UNDO_MINUTES * 60_000;
}

/** Undoes an archive made in the last few minutes, unless the reference has been registered again since. */
export async function restorePlan(store: Store, plan: PlanRecord, by: string, now: Date): Promise<PlanRecord> {
  if (!canUndoArchive(plan, now)) {
    throw new AppError(
      'conflict',
      `${plan.reference} was archived more than ${ARCHIVE_UNDO_MINUTES} minutes ago, so it can no longer be undone. Register it again with "add plan".`,
    );
  }
  if (await store.plans.findActiveByReference(plan.tenantId, plan.reference)) {
    throw new AppError('conflict', `${plan.reference} has been registered again since it was archived, so the archive cannot be undone.`);
  }
  const updated = changed(plan, by, now, { status: 'active' });
  await store.plans.save(updated);
  return updated;
}

/** Stops all reminders for the plan and frees its reference. */
export async function archivePlan(store: Store, plan: PlanRecord, by: string, now: Date): Promise<PlanRecord> {
  const updated = changed(plan, by, now, { status: 'archived' });
  await store.plans.save(updated);
  return updated;
}
