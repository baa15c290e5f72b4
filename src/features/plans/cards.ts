import { PLAN_QUALITY_VERBS, PLAN_VERBS } from './verbs';
import { renderCard, type AdaptiveCard } from '../../cards';
import type { Reply } from '../../messages';
import type { PlanRecord } from '../../store/plan-types';
import { addDays, formatDate } from '../dates';
import type { Person } from './people';
import { literalText } from '../safety/card-text';
import { describeCadence, describeState, reviewState, type PlanForm, type PlanRules, type ReviewState } from './plans';

/** Card verbs for plans, declared once for cards, routes and tests. */
const STATE_COLOUR: Record<ReviewState, string> = { scheduled: 'Default', 'due-soon': 'Warning', due: 'Attention', overdue: 'Attention' };

interface Fact {
  title: string;
  value: string;
}

/** Data for cards/plan-card.json. */
export interface PlanCardData {
  verbs: typeof PLAN_VERBS;
  qualityVerbs: typeof PLAN_QUALITY_VERBS;
  planId: string;
  /** Anyone in the tenant may see an active plan's health. */
  active: boolean;
  headline: string;
  colour: string;
  notice: string;
  facts: Fact[];
  /** Buttons show only to those who may change the plan, and only while it is active. */
  actionable: boolean;
  /** Shows the transfer and archive controls. */
  manage: boolean;
  /** Offers "Undo archive" for a few minutes after archiving. */
  undo: boolean;
  people: Person[];
  snoozeDefault: string;
  snoozeMin: string;
  snoozeMax: string;
}

export interface PlanView {
  today: string;
  rules: PlanRules;
  canManage: boolean;
  /** Whether the viewer may read the review notes (see canSeePlanNotes); others are told they are not theirs. */
  showNotes?: boolean;
  /** A line saying what just changed, e.g. "Marked reviewed." */
  notice?: string;
  /** People the plan could be transferred to; given only for the manage view. */
  transferTo?: Person[];
  /** The plan was archived moments ago and may be restored. */
  undo?: boolean;
  /** The plan's structure in one line, when it is recorded. */
  structure?: string;
}

export const NOTES_NOT_YOURS = 'Not yours: only the plan owner and the coordinators can read review notes.';

function planFacts(plan: PlanRecord, showNotes: boolean, structure?: string): Fact[] {
  return [
    { title: 'Owner', value: plan.ownerName },
    { title: 'Reviewed', value: describeCadence(plan.cadence) },
    { title: 'Last review', value: formatDate(plan.lastReviewed) },
    { title: 'Next review', value: formatDate(plan.nextReview) },
    ...(plan.snoozedUntil ? [{ title: 'Snoozed until', value: formatDate(plan.snoozedUntil) }] : []),
    ...(plan.lastNote ? [{ title: 'Last note', value: showNotes ? plan.lastNote : NOTES_NOT_YOURS }] : []),
    ...(structure ? [{ title: 'Structure', value: structure }] : []),
  ];
}

function headline(plan: PlanRecord, today: string, rules: PlanRules): string {
  if (plan.status === 'archived') return `${plan.reference}: archived`;
  return `${plan.reference}: review ${describeState(plan, today, rules)}`;
}

export function planCard(plan: PlanRecord, view: PlanView): AdaptiveCard {
  const data: PlanCardData = {
    verbs: PLAN_VERBS,
    qualityVerbs: PLAN_QUALITY_VERBS,
    planId: plan.id,
    active: plan.status === 'active',
    headline: literalText(headline(plan, view.today, view.rules)),
    colour: plan.status === 'archived' ? 'Default' : STATE_COLOUR[reviewState(plan, view.today, view.rules).state],
    notice: literalText(view.notice ?? ''),
    facts: planFacts(plan, view.showNotes === true, view.structure).map((f) => ({ ...f, value: literalText(f.value) })),
    actionable: view.canManage && plan.status === 'active',
    manage: !!view.transferTo,
    undo: !!view.undo && view.canManage,
    people: (view.transferTo ?? []).filter((p) => p.aadObjectId !== plan.ownerAadObjectId),
    snoozeDefault: addDays(view.today, 7),
    snoozeMin: addDays(view.today, 1),
    snoozeMax: addDays(view.today, 90),
  };
  return renderCard('plan-card', data);
}

function planText(plan: PlanRecord, view: PlanView): string {
  return [headline(plan, view.today, view.rules), view.notice, ...planFacts(plan, view.showNotes === true, view.structure).map((f) => `${f.title}: ${f.value}`)]
    .filter(Boolean)
    .join('\n');
}

export function planReply(plan: PlanRecord, view: PlanView): Reply {
  return { text: planText(plan, view), card: planCard(plan, view) };
}

/** Data for cards/plan-form.json. */
export interface PlanFormData {
  verbs: typeof PLAN_VERBS;
  errors: string[];
  values: Required<PlanForm>;
  people: Person[];
  today: string;
  /** Offer the digest when the form is used in a channel or group chat. */
  canDigestHere: boolean;
}

export function planFormCard(people: Person[], values: Required<PlanForm>, today: string, canDigestHere: boolean, errors: string[] = []): AdaptiveCard {
  const data: PlanFormData = { verbs: PLAN_VERBS, errors, values, people, today, canDigestHere };
  return renderCard('plan-form', data);
}

/** One line of a plan list, digest or escalation. */
interface PlanRow {
  planId: string;
  reference: string;
  owner: string;
  state: string;
  colour: string;
}

function planRow(plan: PlanRecord, today: string, rules: PlanRules): PlanRow {
  const { state } = reviewState(plan, today, rules);
  const snoozed = plan.snoozedUntil && plan.snoozedUntil > today ? ` (snoozed until ${formatDate(plan.snoozedUntil)})` : '';
  return {
    planId: plan.id,
    reference: plan.reference,
    owner: plan.ownerName,
    state: `${describeState(plan, today, rules)}, ${formatDate(plan.nextReview)}${snoozed}`,
    colour: STATE_COLOUR[state],
  };
}

/** Data for cards/plan-list.json and cards/plan-digest.json (channel digests and escalations). */
export interface PlanListData {
  verbs: typeof PLAN_VERBS;
  title: string;
  intro: string;
  rows: PlanRow[];
}

function listReply(template: 'plan-list' | 'plan-digest', title: string, intro: string, rows: PlanRow[]): Reply {
  const shown = rows.map((r) => ({ ...r, reference: literalText(r.reference), owner: literalText(r.owner) }));
  const data: PlanListData = { verbs: PLAN_VERBS, title, intro, rows: shown };
  const text = [title, intro, ...rows.map((r) => `• ${r.reference} (${r.owner}): ${r.state}`)].filter(Boolean).join('\n');
  return { text, card: renderCard(template, data) };
}

export function myPlansReply(plans: PlanRecord[], today: string, rules: PlanRules): Reply {
  if (!plans.length) return { text: 'You have no active plans. Type "add plan" to register one.' };
  return listReply(
    'plan-list',
    'Your 4P plans',
    'Open a plan to mark it reviewed, snooze, transfer or archive it.',
    plans.map((p) => planRow(p, today, rules)),
  );
}

/** One card per channel per run, listing the channel's plans that are due soon, due or overdue. */
export function digestReply(plans: PlanRecord[], today: string, rules: PlanRules): Reply {
  const n = plans.length;
  return listReply(
    'plan-digest',
    `4P plan reviews: ${n} plan${n === 1 ? '' : 's'} due or overdue`,
    'Owners have been reminded in their personal chat.',
    plans.map((p) => planRow(p, today, rules)),
  );
}

export function escalationReply(plans: PlanRecord[], today: string, rules: PlanRules): Reply {
  return listReply(
    'plan-digest',
    `Escalation: ${plans.length === 1 ? '1 plan review is' : `${plans.length} plan reviews are`} ${rules.planEscalateAfterDays} or more days overdue`,
    'Type "show plan <reference>" to see a plan and act on it.',
    plans.map((p) => planRow(p, today, rules)),
  );
}

declare module '../../cards' {
  interface CardTemplates {
    'plan-card': PlanCardData;
    'plan-form': PlanFormData;
    'plan-list': PlanListData;
    'plan-digest': PlanListData;
  }
}
