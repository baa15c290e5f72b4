import { AppError, isAppError } from '../../errors';
import { isCoordinator, postingTarget } from '../../features/coordinators';
import { formatDate, londonDate, requireUserDate } from '../../features/dates';
import { knownPeople, type Person } from '../../features/plans/people';
import { myPlansReply, PLAN_VERBS, planCard, planFormCard, planReply, type PlanView } from '../../features/plans/cards';
import {
  archivePlan,
  assertCanChange,
  canManagePlan,
  findPlan,
  markReviewed,
  planForChange,
  registerPlan,
  snoozePlan,
  transferPlan,
  validatePlanForm,
  type PlanActor,
  type PlanForm,
} from '../../features/plans/plans';
import type { Reply } from '../../messages';
import { deliver } from '../../scheduler/outbox';
import type { PlanRecord } from '../../store/plan-types';
import type { Actor, Place } from '../inputs';
import type { ActionInput, ActionResult, BotDeps, FeatureRoutes, TextRoute } from '../routes';

function planActor(actor: Actor): PlanActor {
  if (!actor.aadObjectId) throw new AppError('auth.forbidden', 'I could not tell who you are from Teams, so I cannot change plans for you.');
  return { aadObjectId: actor.aadObjectId, name: actor.name ?? 'Unnamed colleague', tenantId: actor.tenantId };
}

/** A text value from card data; anything else counts as missing. */
export function field(data: Record<string, unknown>, name: string): string | undefined {
  const value = data[name];
  return typeof value === 'string' ? value : undefined;
}

/** A person typed by name ("transfer X to Jordan Sample"): an exact match, else the only partial one. */
function personNamed(people: Person[], name: string): Person {
  const wanted = name.trim().replace(/^@/, '').toLowerCase();
  const exact = people.filter((p) => p.name.toLowerCase() === wanted);
  const partial = people.filter((p) => p.name.toLowerCase().includes(wanted));
  const found = exact.length === 1 ? exact : partial;
  if (found.length === 1) return found[0];
  if (found.length > 1) throw new AppError('input.invalid', `More than one person matches "${name}": ${found.map((p) => p.name).join(', ')}. Type the full name.`);
  throw new AppError('input.invalid', `I don't know anyone called "${name}" with LRO Assist in a personal chat. They need to open LRO Assist in Teams once before they can own a plan.`);
}

/** 4P plan review commands and card buttons, plus the coordinators' `run job`. */
export function planRoutes(deps: BotDeps): FeatureRoutes {
  const rules = deps.config.reminders;
  const coordinators = deps.config.coordinatorAadIds;
  const view = (plan: PlanRecord, actor: Actor, now: Date, extra: Partial<PlanView> = {}): PlanView => ({
    today: londonDate(now),
    rules,
    canManage: canManagePlan(plan, actor.aadObjectId, coordinators),
    ...extra,
  });

  /** The people an owner can be chosen from: the actor first, then everyone the bot can remind. */
  const ownerChoices = async (actor: PlanActor): Promise<Person[]> => [
    { aadObjectId: actor.aadObjectId, name: `${actor.name} (me)` },
    ...(await knownPeople(deps.store, actor.tenantId)).filter((p) => p.aadObjectId !== actor.aadObjectId),
  ];

  const canDigestHere = (place: Place) => place.kind !== 'personal';

  /** Tells a new owner, in their personal chat, that a plan is now theirs. */
  const tellNewOwner = (plan: PlanRecord, notice: string, now: Date) => {
    void (async () => {
      const chat = await deps.store.conversations.findPersonal(plan.tenantId, plan.ownerAadObjectId);
      if (!chat) return;
      await deliver(deps.store, deps.sender, { key: `plans-transfer:${plan.id}:${plan.updatedAt}`, kind: 'plans.transfer', conversationId: chat.id, reply: planReply(plan, { today: londonDate(now), rules, canManage: true, notice }) }, now);
    })().catch((err) => deps.log.warn({ err, planId: plan.id }, 'could not tell the new owner of a plan'));
  };

  async function changeByCommand(input: { actor: Actor; now: Date }, reference: string, change: (plan: PlanRecord, actor: PlanActor) => Promise<{ plan: PlanRecord; notice: string }>): Promise<Reply> {
    const actor = planActor(input.actor);
    const plan = await planForChange(deps.store, actor.tenantId, actor.aadObjectId, coordinators, reference);
    const result = await change(plan, actor);
    return planReply(result.plan, view(result.plan, input.actor, input.now, { notice: result.notice }));
  }

  /** The plan a button refers to; the actor must be allowed to change it. */
  async function planForAction(input: ActionInput): Promise<{ plan: PlanRecord; actor: PlanActor }> {
    const actor = planActor(input.actor);
    const plan = await deps.store.plans.get(field(input.data, 'planId') ?? '');
    if (!plan || plan.tenantId !== actor.tenantId) throw new AppError('not-found', 'That plan no longer exists.');
    if (plan.status !== 'active') throw new AppError('conflict', `${plan.reference} has been archived.`);
    assertCanChange(plan, actor.aadObjectId, coordinators);
    return { plan, actor };
  }

  /** Runs a change from a button and shows the plan card again, with a notice, in place. */
  const cardAction =
    (change: (plan: PlanRecord, actor: PlanActor, input: ActionInput) => Promise<{ plan: PlanRecord; notice: string }>) =>
    async (input: ActionInput): Promise<ActionResult> => {
      const { plan, actor } = await planForAction(input);
      const result = await change(plan, actor, input);
      return { card: planCard(result.plan, view(result.plan, input.actor, input.now, { notice: result.notice })) };
    };

  const reviewed = async (plan: PlanRecord, actor: PlanActor, note: string | undefined, now: Date) => {
    const updated = await markReviewed(deps.store, plan, actor.aadObjectId, note, now);
    return { plan: updated, notice: `Marked reviewed on ${formatDate(updated.lastReviewed)}. Next review ${formatDate(updated.nextReview)}.` };
  };
  const snoozed = async (plan: PlanRecord, actor: PlanActor, until: string | undefined, now: Date) => {
    const updated = await snoozePlan(deps.store, plan, actor.aadObjectId, until, now);
    return { plan: updated, notice: `Snoozed until ${formatDate(updated.snoozedUntil!)}. Reminders start again then.` };
  };
  const transferred = async (plan: PlanRecord, actor: PlanActor, owner: string | undefined, now: Date) => {
    const updated = await transferPlan(deps.store, plan, actor, owner, await knownPeople(deps.store, actor.tenantId), now);
    tellNewOwner(updated, `${actor.name} transferred this plan to you.`, now);
    return { plan: updated, notice: `Transferred to ${updated.ownerName}. They have been told in their personal chat.` };
  };
  const archived = async (plan: PlanRecord, actor: PlanActor, now: Date) => ({
    plan: await archivePlan(deps.store, plan, actor.aadObjectId, now),
    notice: 'Archived: there will be no more reminders for this plan.',
  });

  const text: TextRoute[] = [
    {
      name: 'plans.add',
      pattern: /^(add|register|new) (a )?(4p )?plan$/i,
      help: { usage: 'add plan', description: 'Register a 4P plan for review reminders.' },
      async handle(input) {
        const actor = planActor(input.actor);
        const values: Required<PlanForm> = {
          reference: '',
          owner: actor.aadObjectId,
          cadence: 'monthly',
          days: '30',
          lastReviewed: londonDate(input.now),
          digestHere: canDigestHere(input.place) ? 'true' : 'false',
        };
        return { text: 'Fill in the card to register a 4P plan.', card: planFormCard(await ownerChoices(actor), values, londonDate(input.now), canDigestHere(input.place)) };
      },
    },
    {
      name: 'plans.mine',
      pattern: /^my (4p )?plans$/i,
      help: { usage: 'my plans', description: 'Your 4P plans and when each is next reviewed.' },
      async handle(input) {
        const actor = planActor(input.actor);
        return myPlansReply(await deps.store.plans.listActiveByOwner(actor.tenantId, actor.aadObjectId), londonDate(input.now), rules);
      },
    },
    {
      name: 'plans.show',
      pattern: /^show plan (.+)$/i,
      help: { usage: 'show plan <reference>', description: 'One plan, with buttons to mark it reviewed, snooze, transfer or archive it.' },
      async handle(input, match) {
        const plan = await findPlan(deps.store, input.actor.tenantId, match[1]);
        return planReply(plan, view(plan, input.actor, input.now));
      },
    },
    {
      name: 'plans.review',
      pattern: /^mark reviewed (.+?)(?:\s*:\s*(.*))?$/i,
      help: { usage: 'mark reviewed <reference>: <optional note>', description: 'Record that a plan was reviewed today.' },
      handle: (input, match) => changeByCommand(input, match[1], (plan, actor) => reviewed(plan, actor, match[2], input.now)),
    },
    {
      name: 'plans.snooze',
      pattern: /^snooze (?:plan )?(.+?) (?:until|till|to) (.+)$/i,
      help: { usage: 'snooze <reference> until <date>', description: "Pause a plan's reminders until a date." },
      handle: (input, match) =>
        changeByCommand(input, match[1], (plan, actor) => snoozed(plan, actor, requireUserDate(match[2], londonDate(input.now)), input.now)),
    },
    {
      name: 'plans.transfer',
      pattern: /^transfer (?:plan )?(.+?) to(?: (.*))?$/i,
      help: { usage: 'transfer <reference> to <name>', description: 'Give a plan to another LRO (type their name, without @).' },
      handle: (input, match) =>
        changeByCommand(input, match[1], async (plan, actor) => {
          if (!match[2]?.trim()) throw new AppError('input.invalid', 'Type the new owner\'s name without @, e.g. "transfer OCG-17 to Jordan Sample", or use "Transfer or archive" on the plan card.');
          const person = personNamed(await knownPeople(deps.store, actor.tenantId), match[2]);
          return transferred(plan, actor, person.aadObjectId, input.now);
        }),
    },
    {
      name: 'plans.archive',
      pattern: /^archive (?:plan )?(.+)$/i,
      help: { usage: 'archive plan <reference>', description: 'Stop reminders for a plan that has closed.' },
      handle: (input, match) => changeByCommand(input, match[1], (plan, actor) => archived(plan, actor, input.now)),
    },
    {
      name: 'reminders.run-job',
      pattern: /^run job ([\w.-]+)$/i,
      help: { usage: 'run job <name>', description: 'Coordinators: run a reminder job now (reminders.plans, dropins.reminders, sites.reviews).' },
      async handle(input, match) {
        if (!isCoordinator(deps.config, input.actor.aadObjectId)) return { text: 'Only coordinators can run jobs.' };
        const { scheduler } = deps;
        const name = match[1];
        if (!scheduler.jobNames.includes(name)) return { text: `There is no job called "${name}". The jobs are: ${scheduler.jobNames.join(', ')}.` };
        const conversationId = input.place.conversationId;
        // Jobs can take minutes at the pacing Teams allows, so the result is posted when it finishes.
        void scheduler
          .runNow(name)
          .then(
            (report) => {
              const counts = Object.entries(report).map(([k, v]) => `${k}: ${v}`);
              return `Job ${name} finished. ${counts.length ? counts.join(', ') : 'Nothing was due.'}`;
            },
            () => `Job ${name} failed; the logs have the details.`,
          )
          .then((text) => deps.sender.send(conversationId, { text }))
          .catch((err) => deps.log.warn({ err, job: name }, 'could not post a job result'));
        return { text: `Running ${name} now. I'll post the result here.` };
      },
    },
  ];

  const actions = [
    {
      verb: PLAN_VERBS.add,
      async handle(input: ActionInput): Promise<ActionResult> {
        const actor = planActor(input.actor);
        const today = londonDate(input.now);
        const values: Required<PlanForm> = { reference: '', owner: '', cadence: '', days: '', lastReviewed: '', digestHere: 'false' };
        for (const k of Object.keys(values) as (keyof PlanForm)[]) values[k] = field(input.data, k) ?? values[k];
        const people = await ownerChoices(actor);
        const again = (errors: string[]) => ({ card: planFormCard(people, values, today, canDigestHere(input.place), errors) });
        const checked = validatePlanForm(values, today);
        if ('errors' in checked) return again(checked.errors);
        try {
          const digestAt = canDigestHere(input.place) ? await postingTarget(deps.store, input.place.conversationId, input.now) : undefined;
          const plan = await registerPlan(deps.store, checked.plan, actor, people, digestAt, input.now);
          const reachable = await deps.store.conversations.findPersonal(plan.tenantId, plan.ownerAadObjectId);
          const notice = `Registered. ${plan.ownerAadObjectId === actor.aadObjectId ? 'You' : plan.ownerName} will be reminded before each review.${reachable ? '' : ' The owner has no personal chat with LRO Assist yet: reminders reach them once they open it.'}`;
          if (plan.ownerAadObjectId !== actor.aadObjectId) tellNewOwner(plan, `${actor.name} registered this plan with you as its owner.`, input.now);
          return { card: planCard(plan, view(plan, input.actor, input.now, { notice })) };
        } catch (err) {
          if (isAppError(err, 'conflict') || isAppError(err, 'input.invalid')) return again([err.userMessage]);
          throw err;
        }
      },
    },
    {
      verb: PLAN_VERBS.card,
      async handle(input: ActionInput): Promise<ActionResult> {
        const plan = await deps.store.plans.get(field(input.data, 'planId') ?? '');
        if (!plan || plan.tenantId !== input.actor.tenantId) return { message: 'That plan no longer exists.' };
        return { card: planCard(plan, view(plan, input.actor, input.now)) };
      },
    },
    {
      verb: PLAN_VERBS.manage,
      async handle(input: ActionInput): Promise<ActionResult> {
        const { plan, actor } = await planForAction(input);
        return { card: planCard(plan, view(plan, input.actor, input.now, { transferTo: await knownPeople(deps.store, actor.tenantId) })) };
      },
    },
    { verb: PLAN_VERBS.review, handle: cardAction((plan, actor, input) => reviewed(plan, actor, field(input.data, 'note'), input.now)) },
    { verb: PLAN_VERBS.snooze, handle: cardAction((plan, actor, input) => snoozed(plan, actor, field(input.data, 'until'), input.now)) },
    { verb: PLAN_VERBS.transfer, handle: cardAction((plan, actor, input) => transferred(plan, actor, field(input.data, 'owner'), input.now)) },
    { verb: PLAN_VERBS.archive, handle: cardAction((plan, actor, input) => archived(plan, actor, input.now)) },
  ];

  return { text, actions };
}
