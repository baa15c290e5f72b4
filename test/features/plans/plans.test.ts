import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { loadConfig } from '../../../src/config';
import { addDays, londonInstant, parseUserDate, reminderDates } from '../../../src/features/dates';
import { planReminderMessages } from '../../../src/features/plans/job';
import {
  escalationDate,
  latestOwnerReminder,
  markReviewed,
  nextReviewDate,
  registerPlan,
  snoozePlan,
  validatePlanForm,
  type PlanRules,
} from '../../../src/features/plans/plans';
import { openSqliteStore } from '../../../src/store';
import type { PlanRecord } from '../../../src/store/plan-types';
import type { Store } from '../../../src/store/types';
import { plan } from '../../store/plans-contract';

const rules: PlanRules = { planDueSoonDays: 7, planOverdueRepeatDays: 7, planEscalateAfterDays: 28, staleHours: 48 };
const at8 = (date: string) => londonInstant(date, '08:00');

/** Runs the owner reminder daily at 08:00 London from `from` to `to`; each distinct key is one reminder sent. */
function remindersBetween(p: PlanRecord, from: string, to: string, r: PlanRules = rules): string[] {
  const sent = new Map<string, string>();
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const reminder = latestOwnerReminder(p, r, at8(d));
    if (reminder && !sent.has(reminder.key)) sent.set(reminder.key, `${reminder.date} ${reminder.kind}`);
  }
  return [...sent.values()];
}

describe('plan review dates', () => {
  it('adds a month to 31 January as the last day of February, in leap and common years', () => {
    assert.equal(nextReviewDate('2026-01-31', { kind: 'monthly' }), '2026-02-28');
    assert.equal(nextReviewDate('2028-01-31', { kind: 'monthly' }), '2028-02-29');
  });

  it('adds a quarter to the end of November as the end of February', () => {
    assert.equal(nextReviewDate('2025-11-30', { kind: 'quarterly' }), '2026-02-28');
    assert.equal(nextReviewDate('2026-03-31', { kind: 'quarterly' }), '2026-06-30');
  });

  it('counts every N days in calendar days across the clocks going forward and back', () => {
    assert.equal(nextReviewDate('2026-03-20', { kind: 'days', days: 14 }), '2026-04-03');
    assert.equal(nextReviewDate('2026-10-20', { kind: 'days', days: 14 }), '2026-11-03');
  });

  it('reminds at 08:00 London time, which is 08:00 UTC in winter and 07:00 UTC in summer', () => {
    assert.equal(at8('2026-03-28').toISOString(), '2026-03-28T08:00:00.000Z');
    assert.equal(at8('2026-03-30').toISOString(), '2026-03-30T07:00:00.000Z');
    const p = plan({ nextReview: '2026-03-30' });
    assert.equal(latestOwnerReminder(p, { ...rules, staleHours: 1 }, new Date('2026-03-30T06:59:00Z')), undefined);
    assert.equal(latestOwnerReminder(p, { ...rules, staleHours: 1 }, new Date('2026-03-30T07:00:00Z'))?.kind, 'due');
  });

  it('reads the dates people type', () => {
    const today = '2026-03-10';
    assert.equal(parseUserDate('2026-04-01', today), '2026-04-01');
    assert.equal(parseUserDate('1/4/2026', today), '2026-04-01');
    assert.equal(parseUserDate('1 April', today), '2026-04-01');
    assert.equal(parseUserDate('Tue 3rd Mar', today), '2027-03-03');
    assert.equal(parseUserDate('tomorrow', today), '2026-03-11');
    assert.equal(parseUserDate('31 February', today), undefined);
    assert.equal(parseUserDate('next week', today), undefined);
  });

  it('gives the catch-up window as the reminder days of the last staleHours, latest first', () => {
    assert.deepEqual(reminderDates(new Date('2026-03-12T08:00:00Z'), 48, '08:00'), ['2026-03-12', '2026-03-11']);
    assert.deepEqual(reminderDates(new Date('2026-03-12T07:59:00Z'), 48, '08:00'), ['2026-03-11', '2026-03-10']);
  });
});

describe('plan reminder cadence', () => {
  const monthly = plan({ lastReviewed: '2026-03-10', nextReview: '2026-04-10' });

  it('reminds the owner 7 days before, on the day, then weekly while overdue', () => {
    assert.deepEqual(remindersBetween(monthly, '2026-03-25', '2026-05-20'), [
      '2026-04-03 due-soon',
      '2026-04-10 due',
      '2026-04-11 overdue',
      '2026-04-18 overdue',
      '2026-04-25 overdue',
      '2026-05-02 overdue',
      '2026-05-09 overdue',
      '2026-05-16 overdue',
    ]);
  });

  it('follows the configured "due soon" lead and overdue rhythm', () => {
    const r = { ...rules, planDueSoonDays: 3, planOverdueRepeatDays: 14 };
    assert.deepEqual(remindersBetween(monthly, '2026-04-01', '2026-05-10', r), [
      '2026-04-07 due-soon',
      '2026-04-10 due',
      '2026-04-11 overdue',
      '2026-04-25 overdue',
      '2026-05-09 overdue',
    ]);
  });

  it('escalates 28 days after the review date, or on registration if the plan was already that late', () => {
    assert.equal(escalationDate(monthly, rules), '2026-05-08');
    assert.equal(escalationDate({ ...monthly, createdAt: '2026-06-01T10:00:00Z' }, rules), '2026-06-01');
  });

  it('stays silent while snoozed and reminds once on the snooze date', () => {
    const snoozed = { ...monthly, snoozedUntil: '2026-04-14' };
    assert.deepEqual(remindersBetween(snoozed, '2026-03-25', '2026-04-26'), ['2026-04-14 overdue', '2026-04-18 overdue', '2026-04-25 overdue']);
  });

  it('after downtime sends only the latest missed reminder, and none older than the stale window', () => {
    const p = plan({ nextReview: '2026-04-10' });
    // Down from 9 to 12 April: the due reminder (10th) and first overdue one (11th) were missed.
    assert.equal(latestOwnerReminder(p, rules, at8('2026-04-12'))?.date, '2026-04-11');
    // Back only on the 13th: both are older than 48 hours, so nothing is sent.
    assert.equal(latestOwnerReminder(p, rules, new Date('2026-04-13T09:00:00Z')), undefined);
  });
});

describe('plan registration and changes', () => {
  let store: Store;
  const actor = { aadObjectId: 'aad-lro-1', name: 'Alex Example', tenantId: 't1' };
  const now = new Date('2026-03-10T10:00:00Z');
  beforeEach(() => {
    store = openSqliteStore(':memory:');
  });
  afterEach(async () => store.close());

  it('lists every problem with a form at once', () => {
    const result = validatePlanForm({ reference: '', cadence: 'days', days: '0', lastReviewed: '2026-04-01', owner: '' }, '2026-03-10');
    assert.ok('errors' in result);
    assert.equal(result.errors.length, 4);
  });

  it('refuses to make someone the bot cannot reach an owner', async () => {
    const checked = validatePlanForm({ reference: 'OCG-9', owner: 'aad-stranger', cadence: 'monthly', lastReviewed: '2026-03-01' }, '2026-03-10');
    assert.ok('plan' in checked);
    await assert.rejects(registerPlan(store, checked.plan, actor, [], undefined, now), /personal chat/);
  });

  it('moves the next review on by the cadence when marked reviewed, and ends a snooze', async () => {
    const checked = validatePlanForm({ reference: 'OCG-9', owner: actor.aadObjectId, cadence: 'quarterly', lastReviewed: '2026-01-31' }, '2026-03-10');
    assert.ok('plan' in checked);
    const p = await registerPlan(store, checked.plan, actor, [], undefined, now);
    assert.equal(p.nextReview, '2026-04-30');
    const snoozed = await snoozePlan(store, p, actor.aadObjectId, '2026-03-20', now);
    const reviewed = await markReviewed(store, snoozed, actor.aadObjectId, 'Partners met', new Date('2026-03-31T12:00:00Z'));
    assert.equal(reviewed.lastReviewed, '2026-03-31');
    assert.equal(reviewed.nextReview, '2026-06-30');
    assert.equal(reviewed.snoozedUntil, undefined);
    assert.deepEqual(await store.plans.get(p.id), reviewed);
  });

  it('refuses a snooze in the past or more than 90 days ahead', async () => {
    const p = plan();
    await store.plans.insert(p);
    await assert.rejects(snoozePlan(store, p, 'x', '2026-03-10', now), /after today/);
    await assert.rejects(snoozePlan(store, p, 'x', '2026-06-09', now), /at most 90 days/);
  });
});

describe('the plan reminder run', () => {
  let store: Store;
  const config = loadConfig({ TRIAGE_CHANNEL_ID: '19:coordinators@thread.tacv2' });
  const ref = (id: string) => ({ conversation: { id }, user: { name: id }, serviceUrl: 'http://127.0.0.1:1/', channelId: 'msteams' });
  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    for (const aad of ['aad-1', 'aad-2']) {
      await store.conversations.upsert({
        id: `a:${aad}`,
        tenantId: 't1',
        kind: 'personal',
        userAadObjectId: aad,
        reference: ref(aad),
        updatedAt: '2026-01-01T00:00:00Z',
      });
    }
  });
  afterEach(async () => store.close());

  it("sends each owner their reminder and one digest per channel listing the channel's due plans", async () => {
    await store.plans.insert(plan({ id: 'p1', reference: 'A-1', ownerAadObjectId: 'aad-1', nextReview: '2026-04-10', digestConversationId: 'c-team' }));
    await store.plans.insert(plan({ id: 'p2', reference: 'A-2', ownerAadObjectId: 'aad-2', nextReview: '2026-04-17', digestConversationId: 'c-team' }));
    await store.plans.insert(plan({ id: 'p3', reference: 'A-3', ownerAadObjectId: 'aad-2', nextReview: '2026-04-12' }));
    await store.plans.insert(plan({ id: 'p4', reference: 'A-4', ownerAadObjectId: 'aad-1', nextReview: '2026-06-01', digestConversationId: 'c-team' }));
    const { messages } = await planReminderMessages(store, config, at8('2026-04-10'));
    assert.deepEqual(
      messages.map((m) => [m.kind, m.conversationId, m.key]),
      [
        ['plans.owner', 'a:aad-1', 'plans:p1:2026-04-10:due:2026-04-10'],
        ['plans.owner', 'a:aad-2', 'plans:p2:2026-04-17:due-soon:2026-04-10'],
        ['plans.digest', 'c-team', 'plans-digest:c-team:2026-04-10'],
      ],
    );
    const digest = messages[2].reply;
    assert.match(digest.text, /2 plans due or overdue/);
    assert.match(digest.text, /A-1 \(Alex Example\): due today/);
    assert.match(digest.text, /A-2 \(Alex Example\): due in 7 days/);
    assert.doesNotMatch(digest.text, /A-4/);
  });

  it('escalates plans 28 days overdue to the coordinators in one card', async () => {
    await store.plans.insert(plan({ id: 'p1', reference: 'LATE-1', ownerAadObjectId: 'aad-1', nextReview: '2026-03-13' }));
    await store.plans.insert(plan({ id: 'p2', reference: 'LATE-2', ownerAadObjectId: 'aad-2', nextReview: '2026-03-13' }));
    const { messages } = await planReminderMessages(store, config, at8('2026-04-10'));
    const escalations = messages.filter((m) => m.kind === 'plans.escalation');
    assert.equal(escalations.length, 1);
    assert.equal(escalations[0].conversationId, '19:coordinators@thread.tacv2');
    assert.equal(escalations[0].key, 'plans-escalation:2026-04-10');
    assert.match(escalations[0].reply.text, /LATE-1.*overdue by 28 days[\s\S]*LATE-2/);
  });

  it('counts owners it cannot reach instead of dropping them silently', async () => {
    await store.plans.insert(plan({ id: 'p1', ownerAadObjectId: 'aad-nobody', nextReview: '2026-04-10' }));
    const { messages, report } = await planReminderMessages(store, config, at8('2026-04-10'));
    assert.equal(messages.length, 0);
    assert.deepEqual(report, { 'plans.owner.unreachable': 1 });
  });

  it('counts escalations it cannot post when no coordinators channel is set', async () => {
    await store.plans.insert(plan({ id: 'p1', ownerAadObjectId: 'aad-1', nextReview: '2026-03-13' }));
    const { report } = await planReminderMessages(store, loadConfig({}), at8('2026-04-10'));
    assert.equal(report['plans.escalation.no-channel'], 1);
  });

  it('uses the triage channel set in chat over TRIAGE_CHANNEL_ID', async () => {
    await store.settings.set({ key: 'triage-channel', value: '19:set-in-chat@thread.tacv2', updatedAt: '2026-01-01T00:00:00Z' });
    await store.plans.insert(plan({ id: 'p1', ownerAadObjectId: 'aad-1', nextReview: '2026-03-13' }));
    const { messages } = await planReminderMessages(store, config, at8('2026-04-10'));
    assert.equal(messages.find((m) => m.kind === 'plans.escalation')?.conversationId, '19:set-in-chat@thread.tacv2');
  });
});
