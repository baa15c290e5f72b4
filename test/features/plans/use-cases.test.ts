import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { isAppError } from '../../../src/errors';
import { markPlanReviewed, myPlans, registerPlanFromForm, runJob, showPlan, transferPlanTo } from '../../../src/features/plans/use-cases';
import { PLAN_VERBS } from '../../../src/features/plans/verbs';
import { COORDINATOR, LRO, LRO2, TENANT, featureDeps, knowPerson, personal, until, type TestDeps } from '../../support/feature-deps';
import { plan } from '../../store/plans-contract';

const NOW = new Date('2026-03-02T10:00:00Z');
const message = (actor = LRO, text = '') => ({ text, actor, place: personal(actor), now: NOW });
const refusedWith = (code: string) => (err: unknown) => isAppError(err) && err.code === code;

describe('plans use-cases', () => {
  let deps: TestDeps;
  beforeEach(async () => {
    deps = featureDeps(NOW);
    await knowPerson(deps, LRO);
    await knowPerson(deps, LRO2);
    await deps.store.plans.insert(
      plan({ id: 'p-1', tenantId: TENANT, reference: 'OCG-17', ownerAadObjectId: LRO.aadObjectId!, ownerName: LRO.name!, nextReview: '2026-03-05' }),
    );
  });
  afterEach(() => deps.close());

  it('registers a plan from the form and shows its card', async () => {
    const data = { reference: 'OCG-99', owner: LRO.aadObjectId, cadence: 'monthly', days: '', lastReviewed: '2026-02-20', digestHere: 'false' };
    const result = await registerPlanFromForm(deps, { verb: PLAN_VERBS.add, data, actor: LRO, place: personal(LRO), now: NOW, refresh: false });
    assert.ok('card' in result);
    assert.match(JSON.stringify(result.card), /Registered\. You will be reminded/);
    assert.equal((await deps.store.plans.findActiveByReference(TENANT, 'ocg-99'))?.nextReview, '2026-03-20');
  });

  it('shows the form again without a reference that carries intelligence, and registers nothing', async () => {
    const data = { reference: 'OCG Kestrel, AB12 CDE', owner: LRO.aadObjectId, cadence: 'monthly', days: '', lastReviewed: '2026-02-20', digestHere: 'false' };
    const result = await registerPlanFromForm(deps, { verb: PLAN_VERBS.add, data, actor: LRO, place: personal(LRO), now: NOW, refresh: false });
    assert.ok('card' in result);
    assert.doesNotMatch(JSON.stringify(result.card), /AB12 CDE/);
    assert.match(JSON.stringify(result.card), /force systems/);
    assert.equal(await deps.store.plans.findActiveByReference(TENANT, 'OCG Kestrel, AB12 CDE'), undefined);
  });

  it('lists the owner’s plans', async () => {
    const reply = await myPlans(deps, message());
    assert.match(reply.text, /OCG-17/);
  });

  it('transfers a plan to a colleague by name and tells them in their personal chat', async () => {
    const reply = await transferPlanTo(deps, message(), 'OCG-17', 'jordan');
    assert.match(reply.text, /OCG-17/);
    assert.equal((await deps.store.plans.get('p-1'))?.ownerAadObjectId, LRO2.aadObjectId);
    await until(() => deps.sent.length > 0);
    assert.equal(deps.sent[0].conversationId, personal(LRO2).conversationId);
    assert.match(deps.sent[0].reply.text, /Alex Example transferred this plan to you/);
  });

  it('refuses a transfer to a name nobody has, and changes nothing', async () => {
    await assert.rejects(transferPlanTo(deps, message(), 'OCG-17', 'Nobody Known'), refusedWith('input.invalid'));
    await assert.rejects(transferPlanTo(deps, message(), 'OCG-17', ' '), refusedWith('input.invalid'));
    assert.equal((await deps.store.plans.get('p-1'))?.ownerAadObjectId, LRO.aadObjectId);
  });

  it('takes a colleague’s full name, and refuses a full name it does not know as a named person without repeating it', async () => {
    await assert.rejects(transferPlanTo(deps, message(), 'OCG-17', 'Ricky Vance'), refusedWith('input.intelligence'));
    assert.equal((await deps.store.plans.get('p-1'))?.ownerAadObjectId, LRO.aadObjectId);
    await transferPlanTo(deps, message(), 'OCG-17', LRO2.name!);
    assert.equal((await deps.store.plans.get('p-1'))?.ownerAadObjectId, LRO2.aadObjectId);
  });

  it('refuses a new owner typed with intelligence before repeating it, and changes nothing', async () => {
    await assert.rejects(transferPlanTo(deps, message(), 'OCG-17', 'Darren Fictitious DOB 12/04/1988'), refusedWith('input.intelligence'));
    assert.equal((await deps.store.plans.get('p-1'))?.ownerAadObjectId, LRO.aadObjectId);
  });

  it('shows review notes to the owner and coordinators only', async () => {
    await markPlanReviewed(deps, message(), 'OCG-17', 'Partners met');
    assert.match(JSON.stringify(await showPlan(deps, message(), 'OCG-17')), /Partners met/);
    assert.match(JSON.stringify(await showPlan(deps, message(COORDINATOR), 'OCG-17')), /Partners met/);
    assert.doesNotMatch(JSON.stringify(await showPlan(deps, message(LRO2), 'OCG-17')), /Partners met/);
  });

  it('lets only the owner, its registrar or a coordinator mark it reviewed', async () => {
    await assert.rejects(markPlanReviewed(deps, message(LRO2), 'OCG-17', undefined), refusedWith('auth.forbidden'));
    const reply = await markPlanReviewed(deps, message(COORDINATOR), 'OCG-17', 'checked with the team');
    assert.match(reply.text, /OCG-17/);
    assert.equal((await deps.store.plans.get('p-1'))?.lastReviewed, '2026-03-02');
  });

  it('says a plan is not found without guessing', async () => {
    await assert.rejects(showPlan(deps, message(), 'OCG-404'), refusedWith('not-found'));
  });

  it('runs a known job and posts its result where it was asked; names the jobs for an unknown one', async () => {
    assert.match((await runJob(deps, message(COORDINATOR), 'nope')).text, /There is no job called "nope"\. The jobs are: reminders\.plans\./);
    await knowPerson(deps, COORDINATOR);
    assert.match((await runJob(deps, message(COORDINATOR), 'reminders.plans')).text, /Running reminders\.plans now/);
    await until(() => deps.sent.length > 0);
    assert.equal(deps.sent[0].reply.text, 'Job reminders.plans finished. plans.sent: 2');
  });
});
