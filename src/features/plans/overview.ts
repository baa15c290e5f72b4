import type { PlanRecord } from '../../store/plan-types';
import { STRANDS, type PlanReviewEvent, type PlanStructure, type Strand } from '../../store/quality-types';
import { addMonths } from '../dates';
import type { PlanHealth } from './health';
import { strandTotals } from './structure';

/** Plans without a recorded structure have no force yet. */
export const UNASSIGNED_FORCE = 'Not yet recorded';

export interface ForceOverview {
  force: string;
  plans: number;
  /** Share (0–1) of plans whose current review is not late. */
  reviewedOnTime: number;
  /** Share (0–1) of plans that pass the balance check. */
  balanced: number;
  strands: Record<Strand, number>;
}

export interface OverviewPlan {
  plan: PlanRecord;
  structure?: PlanStructure;
  health: PlanHealth;
}

const share = (n: number, of: number) => (of ? n / of : 0);

/** Plans by force, in the order of `forces`; plans without a force come last. */
export function plansOverview(items: OverviewPlan[], forces: string[], today: string): ForceOverview[] {
  const groups = new Map<string, OverviewPlan[]>();
  for (const item of items) {
    const force = item.structure?.force ?? UNASSIGNED_FORCE;
    groups.set(force, [...(groups.get(force) ?? []), item]);
  }
  const order = [...forces, ...[...groups.keys()].filter((f) => !forces.includes(f)).sort()];
  return order
    .filter((force) => groups.has(force))
    .map((force) => {
      const group = groups.get(force)!;
      const strands = Object.fromEntries(STRANDS.map((s) => [s, 0])) as Record<Strand, number>;
      for (const { structure } of group) if (structure) for (const [s, n] of Object.entries(strandTotals(structure))) strands[s as Strand] += n;
      return {
        force,
        plans: group.length,
        reviewedOnTime: share(group.filter((g) => g.plan.nextReview >= today).length, group.length),
        balanced: share(group.filter((g) => g.health.checks.find((c) => c.id === 'balance')?.ok).length, group.length),
        strands,
      };
    });
}

export interface MonthlyOnTime {
  /** `YYYY-MM`. */
  month: string;
  reviews: number;
  onTime: number;
}

/** Reviews per month for the last 12 months up to `today`, with how many were on time, by force. */
export function reviewsOnTimeByMonth(reviews: PlanReviewEvent[], forceOf: (planId: string) => string, today: string): Record<string, MonthlyOnTime[]> {
  const months = Array.from({ length: 12 }, (_, i) => addMonths(`${today.slice(0, 7)}-01`, i - 11).slice(0, 7));
  const out: Record<string, MonthlyOnTime[]> = {};
  for (const r of reviews) {
    const month = r.reviewedOn.slice(0, 7);
    if (!months.includes(month)) continue;
    const force = forceOf(r.planId);
    out[force] ??= months.map((m) => ({ month: m, reviews: 0, onTime: 0 }));
    const cell = out[force].find((c) => c.month === month)!;
    cell.reviews++;
    if (r.reviewedOn <= r.dueOn) cell.onTime++;
  }
  return out;
}
