import { renderCard } from '../../cards';
import type { Config } from '../../config';
import { AppError } from '../../errors';
import type { Reply } from '../../messages';
import type { PlanRecord } from '../../store/plan-types';
import { PARTNER_TYPES, STRANDS } from '../../store/quality-types';
import type { Store } from '../../store/types';
import type { ActionInput, ActionResult, MessageInput } from '../../use-case-types';
import { addDays, londonDate } from '../dates';
import type { FeatureDeps } from '../deps';
import { sourceLabel } from '../knowledge/answer';
import { KNOWLEDGE_VERBS } from '../knowledge/verbs';
import { assertCanChange, findPlan } from './plans';
import { REGULARITY_WINDOW_DAYS } from './health';
import { healthOf } from './plan-health';
import { plansOverview, reviewsOnTimeByMonth, UNASSIGNED_FORCE, type ForceOverview, type MonthlyOnTime } from './overview';
import { fieldName, PARTNER_LABELS, STRAND_LABELS, structureFormValues, validateStructureForm } from './structure';
import { PLAN_QUALITY_VERBS, PLAN_VERBS } from './verbs';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Data for cards/plan-structure-form.json. */
export interface StructureFormData {
  verb: string;
  planId: string;
  reference: string;
  errors: string[];
  forces: string[];
  values: Record<string, string>;
  strands: {
    label: string;
    ids: Record<'planned' | 'active' | 'completed' | 'partners', string>;
    values: { planned: number; active: number; completed: number; partners: string };
  }[];
  partnerChoices: { title: string; value: string }[];
}

function structureForm(plan: PlanRecord, values: Record<string, string>, forces: string[], errors: string[] = []): Reply {
  const data: StructureFormData = {
    verb: PLAN_QUALITY_VERBS.saveStructure,
    planId: plan.id,
    reference: plan.reference,
    errors,
    forces,
    values,
    strands: STRANDS.map((s) => {
      const ids = {
        planned: fieldName(s, 'planned'),
        active: fieldName(s, 'active'),
        completed: fieldName(s, 'completed'),
        partners: fieldName(s, 'partners'),
      };
      return {
        label: STRAND_LABELS[s],
        ids,
        values: {
          planned: Number(values[ids.planned]),
          active: Number(values[ids.active]),
          completed: Number(values[ids.completed]),
          partners: values[ids.partners],
        },
      };
    }),
    partnerChoices: PARTNER_TYPES.map((p) => ({ title: PARTNER_LABELS[p], value: p })),
  };
  return {
    text: `Edit the structure of ${plan.reference}: counts of interventions and partner types per strand. No intervention details.`,
    card: renderCard('plan-structure-form', data),
  };
}

/** `edit plan <ref>` (and the plan card's button): the structure form, filled with what is recorded. */
export async function editPlanStructure(deps: FeatureDeps, input: MessageInput, reference: string): Promise<Reply> {
  const plan = await findPlan(deps.store, input.actor.tenantId, reference);
  assertCanChange(plan, input.actor.aadObjectId, deps.config.coordinatorAadIds);
  const current = await deps.store.quality.plans.getStructure(plan.id);
  return structureForm(plan, structureFormValues(current, deps.config.forces[0]), deps.config.forces);
}

/** The plan card's "Edit structure" button: the form in place of the card. */
export async function editPlanStructureByButton(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const plan = await planOnCard(deps, input);
  assertCanChange(plan, input.actor.aadObjectId, deps.config.coordinatorAadIds);
  const current = await deps.store.quality.plans.getStructure(plan.id);
  return asCard(structureForm(plan, structureFormValues(current, deps.config.forces[0]), deps.config.forces));
}

/** The plan card's "Plan health" button: the health card in place of the plan card. */
export async function showPlanHealthByButton(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  return asCard(await planHealthReply(deps, await planOnCard(deps, input), input.now));
}

const asCard = (reply: Reply): ActionResult => (reply.card ? { card: reply.card } : { message: reply.text });

async function planOnCard(deps: FeatureDeps, input: ActionInput): Promise<PlanRecord> {
  const plan = await deps.store.plans.get(typeof input.data.planId === 'string' ? input.data.planId : '');
  if (!plan || plan.tenantId !== input.actor.tenantId || plan.status !== 'active') throw new AppError('not-found', 'That plan no longer exists.');
  return plan;
}

/** The structure form's Save: checks it, stores it and shows the plan's health. */
export async function savePlanStructure(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const plan = await planOnCard(deps, input);
  assertCanChange(plan, input.actor.aadObjectId, deps.config.coordinatorAadIds);
  const checked = validateStructureForm(input.data, deps.config.forces);
  if ('errors' in checked) {
    const values = Object.fromEntries(Object.entries(input.data).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    return asCard(structureForm(plan, { ...structureFormValues(undefined, deps.config.forces[0]), ...values }, deps.config.forces, checked.errors));
  }
  await deps.store.quality.plans.saveStructure({
    planId: plan.id,
    tenantId: plan.tenantId,
    ...checked.structure,
    updatedBy: input.actor.aadObjectId!,
    updatedAt: input.now.toISOString(),
  });
  return asCard(await planHealthReply(deps, plan, input.now, 'Saved the plan structure.'));
}

/** Data for cards/plan-health.json. */
export interface PlanHealthData {
  title: string;
  notice: string;
  summary: string;
  strands: { label: string; planned: number; active: number; completed: number; partners: string }[];
  checks: { title: string; result: string; ok: boolean; findings: string[]; source: string; links: { title: string; id: string }[] }[];
  editVerb: string;
  /** The plan card's verb, for the way back. */
  cardVerb: string;
  /** The knowledge feature's verb that answers an entry by id. */
  askVerb: string;
  planId: string;
  reference: string;
}

async function planHealthReply(deps: FeatureDeps, plan: PlanRecord, now: Date, notice?: string): Promise<Reply> {
  const { health, structure } = await healthOf(deps.store, plan, londonDate(now));
  const titleOf = (id: string) => deps.knowledge.byId.get(id)?.title ?? id;
  const data: PlanHealthData = {
    title: `Plan health: ${plan.reference}`,
    notice: notice ?? '',
    summary: health.healthy
      ? 'No flags: the plan is balanced, partnered and reviewed regularly.'
      : `${health.checks.filter((c) => !c.ok).length} of ${health.checks.length} checks flagged.`,
    strands: structure
      ? STRANDS.map((s) => ({
          label: STRAND_LABELS[s],
          ...structure.strands[s],
          partners: structure.strands[s].partners.map((p) => PARTNER_LABELS[p]).join(', ') || 'none',
        }))
      : [],
    checks: health.checks.map((c) => ({
      title: c.title,
      result: c.ok ? 'Pass' : 'Flag',
      ok: c.ok,
      findings: c.findings,
      source: sourceLabel(c.source),
      links: c.knowledge.map((id) => ({ id, title: titleOf(id) })),
    })),
    editVerb: PLAN_QUALITY_VERBS.editStructure,
    cardVerb: PLAN_VERBS.card,
    askVerb: KNOWLEDGE_VERBS.ask,
    planId: plan.id,
    reference: plan.reference,
  };
  const text = [
    data.title,
    ...(notice ? [notice] : []),
    data.summary,
    ...health.checks.map(
      (c) => `${c.ok ? '✓' : '⚠'} ${c.title}: ${c.findings.join(' ')} (source: ${sourceLabel(c.source)}; see: ${c.knowledge.map(titleOf).join(', ')})`,
    ),
  ].join('\n');
  return { text, card: renderCard('plan-health', data) };
}

/** `plan health <ref>`: anyone in the tenant may see a plan's shape and its checks. */
export async function showPlanHealth(deps: FeatureDeps, input: MessageInput, reference: string): Promise<Reply> {
  const plan = await findPlan(deps.store, input.actor.tenantId, reference);
  return planHealthReply(deps, plan, input.now);
}

export interface OverviewData {
  today: string;
  forces: ForceOverview[];
  onTimeByMonth: Record<string, MonthlyOnTime[]>;
}

/** The overview's figures for the chat card and the dashboard (every tenant when `tenantId` is undefined): active plans by force, and reviews on time by month. */
export async function overviewData(deps: { store: Store; config: Pick<Config, 'forces'> }, tenantId: string | undefined, now: Date): Promise<OverviewData> {
  const today = londonDate(now);
  const plans = await activePlans(deps.store, tenantId);
  const items = await Promise.all(plans.map(async (plan) => ({ plan, ...(await healthOf(deps.store, plan, today)) })));
  const forceOf = new Map(items.map((i) => [i.plan.id, i.structure?.force ?? UNASSIGNED_FORCE]));
  const tenants = tenantId ? [tenantId] : [...new Set(plans.map((p) => p.tenantId))];
  const reviews = (await Promise.all(tenants.map((t) => deps.store.quality.plans.listTenantReviews(t, addDays(today, -REGULARITY_WINDOW_DAYS))))).flat();
  return {
    today,
    forces: plansOverview(items, deps.config.forces, today),
    onTimeByMonth: reviewsOnTimeByMonth(reviews, (id) => forceOf.get(id) ?? UNASSIGNED_FORCE, today),
  };
}

/** Every active plan in the tenant (or all tenants): all are due by the end of time. */
async function activePlans(store: Store, tenantId: string | undefined): Promise<PlanRecord[]> {
  return (await store.plans.listDueBy('9999-12-31')).filter((p) => !tenantId || p.tenantId === tenantId).sort((a, b) => a.reference.localeCompare(b.reference));
}

/** `plans overview`: coordinators only (the routing table's guard). */
export async function showPlansOverview(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  const data = await overviewData(deps, input.actor.tenantId, input.now);
  if (!data.forces.length) return { text: 'No active 4P plans are registered yet.' };
  const rows = data.forces.map((f) => ({
    force: f.force,
    plans: String(f.plans),
    onTime: pct(f.reviewedOnTime),
    balanced: pct(f.balanced),
    mix: STRANDS.map((s) => `${STRAND_LABELS[s]} ${f.strands[s]}`).join(', '),
  }));
  const text = ['4P plans by force', ...rows.map((r) => `• ${r.force}: ${r.plans} plans, ${r.onTime} reviewed on time, ${r.balanced} balanced; ${r.mix}`)].join(
    '\n',
  );
  return { text, card: renderCard('plans-overview', { title: '4P plans by force', rows }) };
}

/** Data for cards/plans-overview.json. */
export interface PlansOverviewCardData {
  title: string;
  rows: { force: string; plans: string; onTime: string; balanced: string; mix: string }[];
}

declare module '../../cards' {
  interface CardTemplates {
    'plan-structure-form': StructureFormData;
    'plan-health': PlanHealthData;
    'plans-overview': PlansOverviewCardData;
  }
}
