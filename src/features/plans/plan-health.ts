import type { PlanRecord } from '../../store/plan-types';
import type { PlanStructure } from '../../store/quality-types';
import type { Store } from '../../store/types';
import { addDays } from '../dates';
import { healthFlags, planHealth, REGULARITY_WINDOW_DAYS, type PlanHealth } from './health';

/** A plan's health from the store: its structure and a year of review history. */
export async function healthOf(store: Store, plan: PlanRecord, today: string): Promise<{ health: PlanHealth; structure?: PlanStructure }> {
  const structure = await store.quality.plans.getStructure(plan.id);
  const reviews = await store.quality.plans.listReviews(plan.id, addDays(today, -REGULARITY_WINDOW_DAYS));
  return { health: planHealth(plan, structure, reviews, today), structure };
}

/** An owner reminder's notice, with the plan's health flags as what to look at in this review. */
export async function reminderNotice(store: Store, plan: PlanRecord, today: string, notice: string): Promise<string> {
  const flags = healthFlags((await healthOf(store, plan, today)).health);
  return flags.length ? `${notice} Look at: ${flags.join(' ')}` : notice;
}
