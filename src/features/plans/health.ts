import type { Source } from '../knowledge/entry';
import { briefing } from '../knowledge/content/sources';
import type { PlanRecord } from '../../store/plan-types';
import { STRANDS, type PlanReviewEvent, type PlanStructure } from '../../store/quality-types';
import { addDays, dayCount, daysBetween, londonDate } from '../dates';
import { nextReviewDate } from './plans';
import { partnersEngaged, STRAND_LABELS, strandTotals, totalInterventions } from './structure';

// Checks a 4P plan against the concerns the regional briefing names: plans top-heavy with
// Pursue, without partners beyond the police, and not reviewed regularly.

/** Pursue above this share of all interventions makes a plan Pursue-heavy. */
export const PURSUE_HEAVY_SHARE = 0.5;
/** Regularity is judged over this many days. */
export const REGULARITY_WINDOW_DAYS = 365;

export type CheckId = 'balance' | 'partnership' | 'regularity';

export interface HealthCheck {
  id: CheckId;
  title: string;
  ok: boolean;
  /** Why the check passed or what it flags, one line each. */
  findings: string[];
  source: Source;
  /** Knowledge entries that help with this check, by id. */
  knowledge: string[];
}

export interface PlanHealth {
  planId: string;
  reference: string;
  healthy: boolean;
  checks: HealthCheck[];
}

const CHECKS: Record<CheckId, { title: string; source: Source; knowledge: string[] }> = {
  balance: { title: 'Balance across the 4Ps', source: briefing.fourP, knowledge: ['4p-prevent', '4p-protect', '4p-prepare', '4p-plan-quality'] },
  partnership: { title: 'Partnership beyond the police', source: briefing.fourP, knowledge: ['soc-cc-local-partnerships', '4p-plan-quality'] },
  regularity: { title: 'Regular review', source: briefing.fourP, knowledge: ['4p-plan-quality', 'lro-drop-ins'] },
};

function check(id: CheckId, findings: string[], okText: string): HealthCheck {
  return { id, ...CHECKS[id], ok: findings.length === 0, findings: findings.length ? findings : [okText] };
}

export function balanceCheck(structure: PlanStructure | undefined): HealthCheck {
  if (!structure) return check('balance', ['The plan structure has not been recorded: use "edit plan" to add it.'], '');
  const totals = strandTotals(structure);
  const all = totalInterventions(structure);
  const findings: string[] = [];
  const empty = STRANDS.filter((s) => totals[s] === 0).map((s) => STRAND_LABELS[s]);
  if (all > 0 && totals.pursue / all > PURSUE_HEAVY_SHARE) {
    findings.push(`Pursue-heavy: ${totals.pursue} of ${all} interventions (${Math.round((100 * totals.pursue) / all)}%) are Pursue.`);
  }
  if (empty.length) findings.push(`No interventions under ${empty.join(', ')}.`);
  return check('balance', findings, `Balanced: ${STRANDS.map((s) => `${STRAND_LABELS[s]} ${totals[s]}`).join(', ')}.`);
}

export function partnershipCheck(structure: PlanStructure | undefined): HealthCheck {
  if (!structure) return check('partnership', ['No partner types recorded yet.'], '');
  const partners = partnersEngaged(structure).filter((p) => p !== 'police');
  return check(
    'partnership',
    partners.length ? [] : ['No partners beyond the police are involved.'],
    `${partners.length} partner type${partners.length === 1 ? '' : 's'} beyond the police.`,
  );
}

/** Cadence periods that ended between `from` and `today`: the reviews the cadence expected. */
export function expectedReviews(plan: Pick<PlanRecord, 'cadence'>, from: string, today: string): number {
  let n = 0;
  for (let d = nextReviewDate(from, plan.cadence); d <= today; d = nextReviewDate(d, plan.cadence)) n++;
  return n;
}

/** Late now, late in the last year, or fewer reviews in the last year than the cadence expects. */
export function regularityCheck(plan: PlanRecord, reviews: PlanReviewEvent[], today: string): HealthCheck {
  const findings: string[] = [];
  const overdue = daysBetween(plan.nextReview, today);
  if (overdue > 0) findings.push(`The review is late: due ${plan.nextReview}, overdue by ${dayCount(overdue)}.`);
  const registered = londonDate(new Date(plan.createdAt));
  const yearAgo = addDays(today, -REGULARITY_WINDOW_DAYS);
  const from = registered > yearAgo ? registered : yearAgo;
  const inWindow = reviews.filter((r) => r.reviewedOn > from && r.reviewedOn <= today);
  const late = inWindow.filter((r) => r.reviewedOn > r.dueOn);
  if (late.length) findings.push(`${late.length} of ${inWindow.length} reviews since ${from} were late.`);
  const done = new Set(inWindow.map((r) => r.reviewedOn)).size;
  const expected = expectedReviews(plan, from, today);
  if (done < expected) findings.push(`Reviewed ${done} time${done === 1 ? '' : 's'} since ${from}; its cadence expects ${expected}.`);
  return check('regularity', findings, `Reviewed on time: ${done} review${done === 1 ? '' : 's'} since ${from}, next due ${plan.nextReview}.`);
}

export function planHealth(plan: PlanRecord, structure: PlanStructure | undefined, reviews: PlanReviewEvent[], today: string): PlanHealth {
  const checks = [balanceCheck(structure), partnershipCheck(structure), regularityCheck(plan, reviews, today)];
  return { planId: plan.id, reference: plan.reference, healthy: checks.every((c) => c.ok), checks };
}

/** One line per flag, for reminders: what to look at in this review. */
export function healthFlags(health: PlanHealth): string[] {
  return health.checks.filter((c) => !c.ok).flatMap((c) => c.findings);
}
