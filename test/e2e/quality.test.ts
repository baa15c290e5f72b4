import assert from 'node:assert/strict';
import AdmZip from 'adm-zip';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { USERS, invoke, message, personalConversationId, type User, type Where } from '../support/activities';
import { cardOf, inputsOf, textOf } from '../support/cards';
import { startHarness, type Harness } from '../support/harness';

// Fictional people, plans and sites only.
const ENV = { COORDINATOR_AAD_IDS: USERS.coordinator.aadObjectId, PUBLIC_HOSTNAME: 'lro.example.test', FORCES: 'Avon and Somerset,Devon and Cornwall' };
const TENANT = 'tenant-sw-test';

class Clock {
  constructor(public current: Date) {}
  now = () => this.current;
}

const json = (v: unknown) => JSON.stringify(v);

describe('plan quality and CHB site delivery over HTTP', () => {
  let h: Harness;
  let clock: Clock;

  async function say(text: string, user: User, where: Where = 'personal') {
    const activity = message(text, { serviceUrl: h.connector.url, user, where });
    await h.post(activity);
    return h.connector.calls.filter((c) => c.method === 'POST' && c.activityId === activity.id).map((c) => c.body);
  }

  async function execute(verb: string, data: Record<string, unknown>, user: User) {
    const res = await h.post(
      invoke(
        'adaptiveCard/action',
        { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        { serviceUrl: h.connector.url, user, where: 'personal' },
      ),
    );
    assert.equal(res.status, 200);
    return res.body as { type: string; value: any };
  }

  async function addPlan(reference: string, user: User = USERS.lro) {
    const res = await execute('plans.add', { reference, owner: user.aadObjectId, cadence: 'monthly', lastReviewed: '2026-03-03', digestHere: 'false' }, user);
    const plan = await h.app.store.plans.findActiveByReference(TENANT, reference);
    assert.ok(plan, json(res.value).slice(0, 300));
    return plan;
  }

  const counts = (pursue: number[], prevent: number[], protect: number[], prepare: number[]) => ({
    pursuePlanned: String(pursue[0]),
    pursueActive: String(pursue[1]),
    pursueCompleted: String(pursue[2]),
    preventPlanned: String(prevent[0]),
    preventActive: String(prevent[1]),
    preventCompleted: String(prevent[2]),
    protectPlanned: String(protect[0]),
    protectActive: String(protect[1]),
    protectCompleted: String(protect[2]),
    preparePlanned: String(prepare[0]),
    prepareActive: String(prepare[1]),
    prepareCompleted: String(prepare[2]),
  });

  beforeEach(async () => {
    clock = new Clock(new Date('2026-03-10T10:00:00Z'));
    h = await startHarness(ENV, clock.now);
    for (const user of [USERS.lro, USERS.lro2, USERS.coordinator]) await h.post(message('help', { serviceUrl: h.connector.url, user, where: 'personal' }));
    h.connector.reset();
  });
  afterEach(async () => h.close());

  describe('4P plan structure and health', () => {
    it("an LRO edits a plan's structure from the card form and sees it on the health card", async () => {
      const plan = await addPlan('OCG-Q-1');
      const [reply] = await say('edit plan OCG-Q-1', USERS.lro);
      const inputs = inputsOf(cardOf(reply));
      assert.ok(['force', 'pursuePlanned', 'preventPartners', 'prepareCompleted'].every((id) => id in inputs));
      assert.doesNotMatch(json(cardOf(reply)), /\$\{/, 'every template expression was expanded');
      assert.equal(inputs.pursuePartners.isMultiSelect, true);
      const res = await execute(
        'plans.structure.save',
        {
          planId: plan.id,
          force: 'Devon and Cornwall',
          ...counts([2, 1, 0], [1, 1, 0], [1, 0, 0], [1, 0, 0]),
          pursuePartners: 'police,hmrc',
          preventPartners: 'education',
          protectPartners: 'housing',
          preparePartners: 'voluntary-community',
        },
        USERS.lro,
      );
      assert.match(json(res.value), /Saved the plan structure/);
      assert.match(json(res.value), /No flags/);
      assert.match(json(res.value), /2 planned, 1 active, 0 completed/);
      const stored = await h.app.store.quality.plans.getStructure(plan.id);
      assert.deepEqual(stored?.strands.pursue, { planned: 2, active: 1, completed: 0, partners: ['police', 'hmrc'] });
      assert.equal(stored?.force, 'Devon and Cornwall');
    });

    it('the plan card shows the structure, and its Plan health button opens the health card with a way back', async () => {
      const plan = await addPlan('OCG-Q-7');
      const saved = await execute(
        'plans.structure.save',
        {
          planId: plan.id,
          force: 'Devon and Cornwall',
          ...counts([1, 0, 0], [2, 0, 0], [0, 1, 0], [0, 0, 1]),
          pursuePartners: 'police',
          preventPartners: 'education',
          protectPartners: '',
          preparePartners: '',
        },
        USERS.lro,
      );
      assert.match(json(saved.value), /Saved the plan structure/);
      const [shown] = await say('show plan OCG-Q-7', USERS.lro2);
      const card = cardOf(shown);
      assert.match(json(card), /Pursue 1, Prevent 2, Protect 1, Prepare 1; partners: Police, Education/);
      const button = card.actions.find((a: any) => a.title === 'Plan health');
      assert.ok(button, 'anyone in the tenant sees the Plan health button');
      const health = await execute(button.verb, button.data, USERS.lro2);
      assert.match(json(health.value), /Plan health: OCG-Q-7/);
      const back = health.value.actions.find((a: any) => a.title === 'Back to plan');
      const again = await execute(back.verb, back.data, USERS.lro2);
      assert.match(json(again.value), /OCG-Q-7/);
      assert.ok(again.value.actions.some((a: any) => a.title === 'Plan health'));
    });

    it('refuses a bad structure with every problem and keeps what was stored', async () => {
      const plan = await addPlan('OCG-Q-2');
      const res = await execute(
        'plans.structure.save',
        { planId: plan.id, force: 'Nowhere', ...counts([-1, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]) },
        USERS.lro,
      );
      assert.match(json(res.value), /Choose the force/);
      assert.match(json(res.value), /Pursue planned: enter a whole number/);
      assert.equal(await h.app.store.quality.plans.getStructure(plan.id), undefined);
      const other = await execute(
        'plans.structure.save',
        { planId: plan.id, force: 'Avon and Somerset', ...counts([1, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0, 0]) },
        USERS.lro2,
      );
      assert.match(json(other.value), /Only the owner/);
    });

    it('plan health flags a Pursue-heavy, police-only plan with late reviews, citing sources and linking knowledge', async () => {
      const plan = await addPlan('OCG-Q-3');
      await execute(
        'plans.structure.save',
        {
          planId: plan.id,
          force: 'Avon and Somerset',
          ...counts([6, 2, 1], [1, 0, 0], [0, 0, 0], [0, 0, 0]),
          pursuePartners: 'police',
          preventPartners: 'police',
        },
        USERS.lro,
      );
      clock.current = new Date('2026-05-10T10:00:00Z');
      const [reply] = await say('plan health OCG-Q-3', USERS.lro2);
      const card = json(cardOf(reply));
      assert.match(card, /3 of 3 checks flagged/);
      assert.doesNotMatch(card, /\$\{/, 'every template expression was expanded');
      assert.match(card, /Pursue-heavy: 9 of 10 interventions \(90%\)/);
      assert.match(card, /No interventions under Protect, Prepare/);
      assert.match(card, /No partners beyond the police/);
      assert.match(card, /The review is late: due 2026-04-03, overdue by 37 days/);
      assert.match(card, /4P \(Pursue, Prepare, Prevent, Protect\) plans/);
      assert.match(card, /"verb":"knowledge.ask","entryId":"4p-prevent"/);
      assert.match(card, /"entryId":"soc-cc-local-partnerships"/);
      assert.match(textOf(reply), /see: .*Common problems with 4P plans/);
    });

    it('plan health passes a balanced, partnered plan reviewed on time, and the review is kept in the history', async () => {
      const plan = await addPlan('OCG-Q-4');
      await execute(
        'plans.structure.save',
        { planId: plan.id, force: 'Avon and Somerset', ...counts([2, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0, 0]), protectPartners: 'housing' },
        USERS.lro,
      );
      clock.current = new Date('2026-04-02T10:00:00Z');
      await say('mark reviewed OCG-Q-4', USERS.lro);
      const reviews = await h.app.store.quality.plans.listReviews(plan.id, '2026-01-01');
      assert.deepEqual(
        reviews.map((r) => [r.reviewedOn, r.dueOn]),
        [['2026-04-02', '2026-04-03']],
      );
      const [reply] = await say('plan health OCG-Q-4', USERS.lro);
      assert.match(json(cardOf(reply)), /No flags/);
    });
  });

  describe('plan review reminders', () => {
    it("a review reminder carries the plan's health flags", async () => {
      const plan = await addPlan('OCG-Q-8');
      await execute(
        'plans.structure.save',
        { planId: plan.id, force: 'Avon and Somerset', ...counts([4, 0, 0], [1, 0, 0], [0, 0, 0], [0, 0, 0]), pursuePartners: 'police' },
        USERS.lro,
      );
      clock.current = new Date('2026-03-27T08:05:00Z');
      h.connector.reset();
      await h.app.scheduler.runNow('reminders.plans');
      const [sent] = h.connector.sent(personalConversationId(USERS.lro));
      assert.match(json(sent), /Look at: Pursue-heavy: 4 of 5 interventions/);
      assert.match(json(sent), /No partners beyond the police/);
    });
  });

  describe('plans overview', () => {
    it('a coordinator sees plans by force; an LRO is refused', async () => {
      const a = await addPlan('OCG-Q-5');
      const b = await addPlan('OCG-Q-6');
      await execute(
        'plans.structure.save',
        { planId: a.id, force: 'Avon and Somerset', ...counts([1, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0, 0]), preventPartners: 'education' },
        USERS.lro,
      );
      await execute('plans.structure.save', { planId: b.id, force: 'Avon and Somerset', ...counts([5, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]) }, USERS.lro);
      const [reply] = await say('plans overview', USERS.coordinator);
      assert.match(textOf(reply), /Avon and Somerset: 2 plans, 100% reviewed on time, 50% balanced; Pursue 6, Prevent 1, Protect 1, Prepare 1/);
      assert.ok(cardOf(reply));
      const [refusal] = await say('plans overview', USERS.lro);
      assert.match(textOf(refusal), /Only coordinators can see the plans overview/);
      assert.ok(!h.logs.some((l) => l.msg === 'turn failed'), 'a refusal is not logged as a failure');
    });
  });

  describe('CHB sites', () => {
    async function site() {
      await execute('sites.add', { name: 'Weston Central', force: 'Avon and Somerset', launchDate: '2026-01-05' }, USERS.coordinator);
      await addPlan('OCG-Q-7');
      const res = await execute('sites.setup', { siteId: 'weston central', lro: USERS.lro.aadObjectId, plans: 'OCG-Q-7' }, USERS.coordinator);
      assert.match(json(res.value), /Saved the site's LRO and linked plans/);
    }

    it('the site\'s LRO sets its phase, foundation blocks and measures, and "site <name>" shows them', async () => {
      await site();
      assert.match(
        json((await execute('sites.phase', { siteId: 'weston central', phase: 'foundations', began: '2026-01-05' }, USERS.lro)).value),
        /Foundations began 2026-01-05/,
      );
      await execute('sites.phase', { siteId: 'weston central', phase: 'clear', began: '2026-03-01' }, USERS.lro);
      assert.match(
        json(
          (
            await execute(
              'sites.block',
              { siteId: 'weston central', block: '7', status: 'in-place', on: '2026-02-01', note: 'Baseline agreed at the board' },
              USERS.lro,
            )
          ).value,
        ),
        /Recorded FB7: In place/,
      );
      await execute('sites.block', { siteId: 'weston central', block: '1', status: 'in-progress' }, USERS.lro);
      await execute(
        'sites.measure',
        { siteId: 'weston central', measure: 'burglary', periodStart: '2025-10-01', periodEnd: '2025-12-31', value: '40', baseline: 'true' },
        USERS.lro,
      );
      await execute(
        'sites.measure',
        { siteId: 'weston central', measure: 'burglary', periodStart: '2026-01-01', periodEnd: '2026-02-28', value: '30', baseline: 'false' },
        USERS.lro,
      );
      const refused = await execute('sites.block', { siteId: 'weston central', block: '2', status: 'in-place', note: 'Check the PNC for him' }, USERS.lro);
      assert.match(json(refused.value), /looked like intelligence/);
      const denied = await execute('sites.phase', { siteId: 'weston central', phase: 'hold', began: '2026-03-05' }, USERS.lro2);
      assert.match(json(denied.value), /Only coordinators and the LRO of Weston Central/);

      const [reply] = await say('site weston central', USERS.lro2);
      const card = json(cardOf(reply));
      assert.match(card, /1 of 10 foundation blocks in place/);
      assert.match(card, /Clear since 2026-03-01/);
      assert.match(card, /FB7: performance baseline/i);
      assert.match(card, /Baseline agreed at the board/);
      assert.match(card, /Baseline 40 \(to 2025-12-31\); latest 30 \(to 2026-02-28\); change −10 \(−25%\)/);
      assert.doesNotMatch(card, /PNC/);
      assert.doesNotMatch(card, /\$\{/, 'every template expression was expanded');
      assert.equal(
        (await h.app.store.quality.sites.get('weston central'))?.blocks.find((b) => b.block === 2),
        undefined,
      );
    });

    it('"site <words>" that is not a site is answered from the knowledge base', async () => {
      const [reply] = await say('site identification', USERS.lro);
      assert.doesNotMatch(textOf(reply) ?? '', /I don't know a CHB site/);
      // Answered, or "not sure" with topics to choose from: either way, from the knowledge base.
      assert.match(json(reply), /knowledge\.feedback|Did you mean one of these/, 'a knowledge reply');
    });

    it('"review pack <site>" gives the site\'s LRO a .docx whose figures match the store', async () => {
      await site();
      await execute('sites.phase', { siteId: 'weston central', phase: 'foundations', began: '2026-01-05' }, USERS.lro);
      await execute('sites.block', { siteId: 'weston central', block: '7', status: 'in-place', on: '2026-02-01', note: 'Baseline agreed' }, USERS.lro);
      await execute(
        'sites.measure',
        { siteId: 'weston central', measure: 'asb', periodStart: '2025-10-01', periodEnd: '2025-12-31', value: '120', baseline: 'true' },
        USERS.lro,
      );
      await execute(
        'sites.measure',
        { siteId: 'weston central', measure: 'asb', periodStart: '2026-01-01', periodEnd: '2026-02-28', value: '90', baseline: 'false' },
        USERS.lro,
      );
      const plan = await h.app.store.plans.findActiveByReference(TENANT, 'OCG-Q-7');
      await execute(
        'plans.structure.save',
        { planId: plan!.id, force: 'Avon and Somerset', ...counts([1, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0, 0]), preventPartners: 'education,youth-services' },
        USERS.lro,
      );

      const [refused] = await say('review pack Weston Central', USERS.lro2);
      assert.match(textOf(refused), /Only coordinators and the LRO of Weston Central/);
      const [reply] = await say('review pack Weston Central', USERS.lro);
      const url = /https:\/\/lro\.example\.test(\/packs\/[A-Za-z0-9_-]{43}\.docx)/.exec(textOf(reply))?.[1];
      assert.ok(url, textOf(reply));
      assert.match(json(cardOf(reply)), /1 of 10 in place/);
      assert.doesNotMatch(json(cardOf(reply)), /\$\{/, 'every template expression was expanded');
      const res = await fetch(`${h.baseUrl}${url}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /wordprocessingml/);
      const xml = new AdmZip(Buffer.from(await res.arrayBuffer())).readAsText('word/document.xml');
      const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
        [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      );
      const progress = await h.app.store.quality.sites.get('weston central');
      const measures = await h.app.store.quality.sites.listMeasures('weston central');
      for (const section of [
        'Site',
        'Phase history',
        'Foundation blocks',
        'Performance against baseline',
        '4P plans',
        'Partner types engaged',
        'Qualitative findings',
        'Understanding of the threat',
        'Community intelligence',
      ]) {
        assert.ok(paragraphs.includes(section), `section ${section}`);
      }
      assert.ok(paragraphs.includes(`Readiness: ${progress!.blocks.filter((b) => b.status === 'in-place').length} of 10 foundation blocks in place.`));
      for (const m of measures) assert.ok(paragraphs.includes(`${m.value} (to ${m.periodEnd})`), `measure ${m.value}`);
      assert.ok(paragraphs.includes('−30 (−25%)'));
      assert.ok(paragraphs.includes('Plan OCG-Q-7'));
      assert.ok(paragraphs.includes('Police, Education, Youth services') || paragraphs.includes('Education, Youth services'));
      assert.ok(paragraphs.includes('Alex Example'));

      clock.current = new Date(clock.current.getTime() + 16 * 60_000);
      assert.equal((await fetch(`${h.baseUrl}${url}`)).status, 404);
    });
  });

  describe('SOC local profiles', () => {
    it('lists profiles with their age, flags a stale one, and reminds its owner once', async () => {
      await execute(
        'profiles.save',
        { area: 'Plymouth', force: 'Devon and Cornwall', profileDate: '2025-01-20', owner: USERS.lro.aadObjectId },
        USERS.coordinator,
      );
      const res = await execute('profiles.save', { area: 'Bath', force: 'Avon and Somerset', profileDate: '2026-01-15' }, USERS.coordinator);
      assert.match(json(res.value), /Added Bath: dated 2026-01-15, stale from 2027-01-15/);
      const denied = await execute('profiles.save', { area: 'Exeter', force: 'Devon and Cornwall', profileDate: '2026-01-15' }, USERS.lro);
      assert.match(json(denied.value), /Only coordinators/);

      const [reply] = await say('profiles', USERS.lro);
      assert.match(textOf(reply), /1 of 2 profiles are older than 12 months/);
      assert.doesNotMatch(json(cardOf(reply)), /\$\{/, 'every template expression was expanded');
      assert.match(textOf(reply), /⚠ Plymouth \(Devon and Cornwall\): 2025-01-20, 13 months old, stale; owner Alex Example/);
      assert.match(textOf(reply), /• Bath \(Avon and Somerset\): 2026-01-15, 1 month old/);

      h.connector.reset();
      await h.app.scheduler.runNow('profiles.staleness');
      await h.app.scheduler.runNow('profiles.staleness');
      const sent = h.connector.sent(personalConversationId(USERS.lro));
      assert.equal(sent.length, 1);
      assert.match(textOf(sent[0]), /SOC local profile for Plymouth/);
    });
  });
});
