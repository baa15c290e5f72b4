import { AppError, isAppError } from '../../errors';
import type { Reply } from '../../messages';
import { deliver } from '../../scheduler/outbox';
import type { JobReport } from '../../scheduler/scheduler';
import type { PlanRecord } from '../../store/plan-types';
import type { ActionInput, ActionResult, Actor, MessageInput, Place } from '../../use-case-types';
import { field } from '../card-data';
import { postingTarget } from '../coordinators';
import { formatDate, londonDate, requireUserDate } from '../dates';
import type { FeatureDeps } from '../deps';
import { followUp } from '../follow-up';
import { refuseIntelligence } from '../safety/intelligence-guard';
import { myPlansReply, planCard, planFormCard, planReply, type PlanView } from './cards';
import { knownPeople, type Person } from './people';
import { describeStructure } from './structure';
import {
  archivePlan,
  assertCanChange,
  ARCHIVE_UNDO_MINUTES,
  canManagePlan,
  canSeePlanNotes,
  canUndoArchive,
  findPlan,
  markReviewed,
  PLAN_REMINDER_TIME,
  PLANS_LATER_TODAY,
  planForChange,
  registerPlan,
  restorePlan,
  snoozePlan,
  transferPlan,
  validatePlanForm,
  type PlanActor,
  type PlanForm,
} from './plans';

type Change = { plan: PlanRecord; notice: string };

function planActor(actor: Actor): PlanActor {
  if (!actor.aadObjectId) throw new AppError('auth.forbidden', 'I could not tell who you are from Teams, so I cannot change plans for you.');
  return { aadObjectId: actor.aadObjectId, name: actor.name ?? 'Unnamed colleague', tenantId: actor.tenantId };
}

/** A person typed by name ("transfer X to Jordan Sample"): an exact match, else the only partial one. */
export function personNamed(people: Person[], name: string): Person {
  const wanted = name.trim().replace(/^@/, '').toLowerCase();
  const exact = people.filter((p) => p.name.toLowerCase() === wanted);
  const partial = people.filter((p) => p.name.toLowerCase().includes(wanted));
  const found = exact.length === 1 ? exact : partial;
  if (found.length === 1) return found[0];
  // A colleague's full name is theirs to use; any other text is repeated below, so intelligence is refused first.
  refuseIntelligence(name);
  if (found.length > 1)
    throw new AppError('input.invalid', `More than one person matches "${name}": ${found.map((p) => p.name).join(', ')}. Type the full name.`);
  throw new AppError(
    'input.invalid',
    `I don't know anyone called "${name}" with LRO Assist in a personal chat. They need to open LRO Assist in Teams once before they can own a plan.`,
  );
}

const view = async (deps: FeatureDeps, plan: PlanRecord, actor: Actor, now: Date, extra: Partial<PlanView> = {}): Promise<PlanView> => {
  const structure = await deps.store.quality.plans.getStructure(plan.id);
  return {
    today: londonDate(now),
    rules: deps.config.reminders,
    canManage: canManagePlan(plan, actor.aadObjectId, deps.config.coordinatorAadIds),
    showNotes: canSeePlanNotes(plan, actor.aadObjectId, deps.config.coordinatorAadIds),
    undo: canUndoArchive(plan, now),
    ...(structure ? { structure: describeStructure(structure) } : {}),
    ...extra,
  };
};

/** The people an owner can be chosen from: the actor first, then everyone the bot can remind. */
const ownerChoices = async (deps: FeatureDeps, actor: PlanActor): Promise<Person[]> => [
  { aadObjectId: actor.aadObjectId, name: `${actor.name} (me)` },
  ...(await knownPeople(deps.store, actor.tenantId)).filter((p) => p.aadObjectId !== actor.aadObjectId),
];

const canDigestHere = (place: Place) => place.kind !== 'personal';

/** Tells a new owner, in their personal chat, that a plan is now theirs; once per change, by its delivery key. */
function tellNewOwner(deps: FeatureDeps, plan: PlanRecord, notice: string, now: Date): void {
  void followUp(deps.log, 'plans.tell-new-owner', async () => {
    const chat = await deps.store.conversations.findPersonal(plan.tenantId, plan.ownerAadObjectId);
    if (!chat) return;
    const reply = planReply(plan, { today: londonDate(now), rules: deps.config.reminders, canManage: true, showNotes: true, notice });
    await deliver(deps.store, deps.sender, { key: `plans-transfer:${plan.id}:${plan.updatedAt}`, kind: 'plans.transfer', conversationId: chat.id, reply }, now);
  });
}

async function changeByCommand(
  deps: FeatureDeps,
  input: MessageInput,
  reference: string,
  change: (plan: PlanRecord, actor: PlanActor) => Promise<Change>,
): Promise<Reply> {
  const actor = planActor(input.actor);
  const plan = await planForChange(deps.store, actor.tenantId, actor.aadObjectId, deps.config.coordinatorAadIds, reference);
  const result = await change(plan, actor);
  return planReply(result.plan, await view(deps, result.plan, input.actor, input.now, { notice: result.notice }));
}

/** The plan a button refers to; the actor must be allowed to change it. */
async function planForAction(deps: FeatureDeps, input: ActionInput): Promise<{ plan: PlanRecord; actor: PlanActor }> {
  const actor = planActor(input.actor);
  const plan = await deps.store.plans.get(field(input.data, 'planId') ?? '');
  if (!plan || plan.tenantId !== actor.tenantId) throw new AppError('not-found', 'That plan no longer exists.');
  if (plan.status !== 'active') throw new AppError('conflict', `${plan.reference} has been archived.`);
  assertCanChange(plan, actor.aadObjectId, deps.config.coordinatorAadIds);
  return { plan, actor };
}

/** Runs a change from a button and shows the plan card again, with a notice, in place. */
const cardAction =
  (change: (deps: FeatureDeps, plan: PlanRecord, actor: PlanActor, input: ActionInput) => Promise<Change>) =>
  async (deps: FeatureDeps, input: ActionInput): Promise<ActionResult> => {
    const { plan, actor } = await planForAction(deps, input);
    const result = await change(deps, plan, actor, input);
    return { card: planCard(result.plan, await view(deps, result.plan, input.actor, input.now, { notice: result.notice })) };
  };

async function reviewed(deps: FeatureDeps, plan: PlanRecord, actor: PlanActor, note: string | undefined, now: Date): Promise<Change> {
  const updated = await markReviewed(deps.store, plan, actor.aadObjectId, note, now);
  return { plan: updated, notice: `Marked reviewed on ${formatDate(updated.lastReviewed)}. Next review ${formatDate(updated.nextReview)}.` };
}

async function snoozed(deps: FeatureDeps, plan: PlanRecord, actor: PlanActor, until: string | undefined, now: Date): Promise<Change> {
  const updated = await snoozePlan(deps.store, plan, actor.aadObjectId, until, now);
  return { plan: updated, notice: `Snoozed until ${formatDate(updated.snoozedUntil!)}. Reminders start again then.` };
}

async function transferred(deps: FeatureDeps, plan: PlanRecord, actor: PlanActor, owner: string | undefined, now: Date): Promise<Change> {
  const updated = await transferPlan(deps.store, plan, actor, owner, await knownPeople(deps.store, actor.tenantId), now);
  tellNewOwner(deps, updated, `${actor.name} transferred this plan to you.`, now);
  return { plan: updated, notice: `Transferred to ${updated.ownerName}. They have been told in their personal chat.` };
}

async function archived(deps: FeatureDeps, plan: PlanRecord, actor: PlanActor, now: Date): Promise<Change> {
  return {
    plan: await archivePlan(deps.store, plan, actor.aadObjectId, now),
    notice: `Archived: there will be no more reminders for this plan. Undo archive is offered here for ${ARCHIVE_UNDO_MINUTES} minutes.`,
  };
}

/** `add plan`: the registration form. */
export async function addPlanForm(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  const actor = planActor(input.actor);
  const values: Required<PlanForm> = {
    reference: '',
    owner: actor.aadObjectId,
    cadence: 'monthly',
    days: '30',
    lastReviewed: londonDate(input.now),
    digestHere: canDigestHere(input.place) ? 'true' : 'false',
  };
  return {
    text: 'Fill in the card to register a 4P plan.',
    card: planFormCard(await ownerChoices(deps, actor), values, londonDate(input.now), canDigestHere(input.place)),
  };
}

/** `my plans`. */
export async function myPlans(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  const actor = planActor(input.actor);
  return myPlansReply(await deps.store.plans.listActiveByOwner(actor.tenantId, actor.aadObjectId), londonDate(input.now), deps.config.reminders);
}

/** `show plan <reference>`. */
export async function showPlan(deps: FeatureDeps, input: MessageInput, reference: string): Promise<Reply> {
  const plan = await findPlan(deps.store, input.actor.tenantId, reference);
  return planReply(plan, await view(deps, plan, input.actor, input.now));
}

/** `mark reviewed <reference>: <note>`. */
export const markPlanReviewed = (deps: FeatureDeps, input: MessageInput, reference: string, note: string | undefined) =>
  changeByCommand(deps, input, reference, (plan, actor) => reviewed(deps, plan, actor, note, input.now));

/** `snooze <reference> until <date>`. */
export const snoozePlanUntil = (deps: FeatureDeps, input: MessageInput, reference: string, until: string) =>
  changeByCommand(deps, input, reference, (plan, actor) => snoozed(deps, plan, actor, requireUserDate(until, londonDate(input.now)), input.now));

/** `transfer <reference> to <name>`. */
export const transferPlanTo = (deps: FeatureDeps, input: MessageInput, reference: string, name: string | undefined) =>
  changeByCommand(deps, input, reference, async (plan, actor) => {
    if (!name?.trim())
      throw new AppError(
        'input.invalid',
        'Type the new owner\'s name without @, e.g. "transfer OCG-17 to Jordan Sample", or use "Transfer or archive" on the plan card.',
      );
    const person = personNamed(await knownPeople(deps.store, actor.tenantId), name);
    return transferred(deps, plan, actor, person.aadObjectId, input.now);
  });

/** `archive plan <reference>`. */
export const archivePlanByCommand = (deps: FeatureDeps, input: MessageInput, reference: string) =>
  changeByCommand(deps, input, reference, (plan, actor) => archived(deps, plan, actor, input.now));

/** A job's counts in words; plan reminders waiting for 08:00 are said so, not reported as nothing due. */
export function describeJobReport(report: JobReport): string {
  const { [PLANS_LATER_TODAY]: later, ...counts } = report;
  const parts = Object.entries(counts).map(([k, v]) => `${k}: ${v}`);
  if (later) parts.push(`reminders go out from ${PLAN_REMINDER_TIME}; ${later === 1 ? '1 plan' : `${later} plans`} will be reminded then`);
  return parts.length ? parts.join(', ') : 'Nothing was due.';
}

/** `run job <name>` (coordinators; the route guards): starts the job and posts its result here when it finishes. */
export async function runJob(deps: FeatureDeps, input: MessageInput, name: string): Promise<Reply> {
  const { jobs } = deps;
  if (!jobs.jobNames.includes(name)) return { text: `There is no job called "${name}". The jobs are: ${jobs.jobNames.join(', ')}.` };
  const conversationId = input.place.conversationId;
  // Jobs can take minutes at the pacing Teams allows, so the result is posted when it finishes.
  void followUp(deps.log, 'plans.post-job-result', async () => {
    const text = await jobs.runNow(name).then(
      (report) => `Job ${name} finished. ${describeJobReport(report)}`,
      () => `Job ${name} failed; the logs have the details.`,
    );
    await deps.sender.send(conversationId, { text });
  });
  return { text: `Running ${name} now. I'll post the result here.` };
}

/** The registration form, submitted: the plan card, or the form again with what was wrong. */
export async function registerPlanFromForm(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const actor = planActor(input.actor);
  const today = londonDate(input.now);
  const values: Required<PlanForm> = { reference: '', owner: '', cadence: '', days: '', lastReviewed: '', digestHere: 'false' };
  for (const k of Object.keys(values) as (keyof PlanForm)[]) values[k] = field(input.data, k) ?? values[k];
  const people = await ownerChoices(deps, actor);
  const again = (errors: string[], shown = values) => ({ card: planFormCard(people, shown, today, canDigestHere(input.place), errors) });
  const checked = validatePlanForm(values, today);
  if ('errors' in checked) return again(checked.errors, checked.form);
  try {
    const digestAt = canDigestHere(input.place) ? await postingTarget(deps.store, input.place.conversationId, input.now) : undefined;
    const plan = await registerPlan(deps.store, checked.plan, actor, people, digestAt, input.now);
    const reachable = await deps.store.conversations.findPersonal(plan.tenantId, plan.ownerAadObjectId);
    const notice = `Registered. ${plan.ownerAadObjectId === actor.aadObjectId ? 'You' : plan.ownerName} will be reminded before each review.${reachable ? '' : ' The owner has no personal chat with LRO Assist yet: reminders reach them once they open it.'}`;
    if (plan.ownerAadObjectId !== actor.aadObjectId) tellNewOwner(deps, plan, `${actor.name} registered this plan with you as its owner.`, input.now);
    return { card: planCard(plan, await view(deps, plan, input.actor, input.now, { notice })) };
  } catch (err) {
    if (isAppError(err, 'conflict') || isAppError(err, 'input.invalid')) return again([err.userMessage]);
    throw err;
  }
}

/** A plan's card, opened from a list. */
export async function openPlanCard(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const plan = await deps.store.plans.get(field(input.data, 'planId') ?? '');
  if (!plan || plan.tenantId !== input.actor.tenantId) return { message: 'That plan no longer exists.' };
  return { card: planCard(plan, await view(deps, plan, input.actor, input.now)) };
}

/** "Transfer or archive": the card with the people it can go to. */
export async function managePlan(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const { plan, actor } = await planForAction(deps, input);
  return { card: planCard(plan, await view(deps, plan, input.actor, input.now, { transferTo: await knownPeople(deps.store, actor.tenantId) })) };
}

export const reviewPlanByButton = cardAction((deps, plan, actor, input) => reviewed(deps, plan, actor, field(input.data, 'note'), input.now));
export const snoozePlanByButton = cardAction((deps, plan, actor, input) => snoozed(deps, plan, actor, field(input.data, 'until'), input.now));
export const transferPlanByButton = cardAction((deps, plan, actor, input) => transferred(deps, plan, actor, field(input.data, 'owner'), input.now));
export const archivePlanByButton = cardAction((deps, plan, actor, input) => archived(deps, plan, actor, input.now));

/** "Undo archive", offered for a few minutes after a plan is archived. */
export async function unarchivePlanByButton(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const actor = planActor(input.actor);
  const plan = await deps.store.plans.get(field(input.data, 'planId') ?? '');
  if (!plan || plan.tenantId !== actor.tenantId) throw new AppError('not-found', 'That plan no longer exists.');
  assertCanChange(plan, actor.aadObjectId, deps.config.coordinatorAadIds);
  const restored = plan.status === 'active' ? plan : await restorePlan(deps.store, plan, actor.aadObjectId, input.now);
  return { card: planCard(restored, await view(deps, restored, input.actor, input.now, { notice: 'Archive undone: reminders carry on as before.' })) };
}
