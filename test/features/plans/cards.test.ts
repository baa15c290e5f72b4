import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import type { AdaptiveCard } from '../../../src/cards';
import { scheduleFormReply, sessionReply } from '../../../src/features/dropins/cards';
import { occurrenceById, ruleText } from '../../../src/features/dropins/schedule';
import { digestReply, myPlansReply, planCard, planFormCard } from '../../../src/features/plans/cards';
import { siteFormReply, siteReminderReply, sitesReply } from '../../../src/features/sites/cards';
import { openSqliteStore } from '../../../src/store';
import type { DropInSchedule } from '../../../src/store/plan-types';
import { plan } from '../../store/plans-contract';

const rules = { planDueSoonDays: 7, planOverdueRepeatDays: 7, planEscalateAfterDays: 28, staleHours: 48 };
const today = '2026-04-03';
const people = [{ aadObjectId: 'aad-2', name: 'Jordan Sample' }];
const site = { id: 'poole quay', name: 'Poole Quay', force: 'Dorset', launchDate: '2025-10-03', updatedBy: 'x', updatedAt: 'y' };
const schedule: DropInSchedule = {
  rule: ruleText({ ordinal: '1', weekday: 'TU', startTime: '10:00', from: '2026-01-01' }),
  endTime: '11:00',
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/fictional',
  calendarToken: 'tok',
  updatedBy: 'x',
  updatedAt: 'y',
};

/** Every key in the card, at any depth. */
function keys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keys);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keys(v)]);
  return [];
}

function assertExpanded(name: string, card: AdaptiveCard | undefined) {
  assert.ok(card, `${name}: a card`);
  assert.equal(card.version, '1.5', name);
  assert.doesNotMatch(JSON.stringify(card), /\$\{/, `${name}: every template field was filled`);
  // MongoDB-wire stores refuse keys starting with "$", and delivery payloads keep the card.
  assert.deepEqual(
    keys(card).filter((k) => k.startsWith('$')),
    [],
    `${name}: no "$" keys`,
  );
}

describe('reminder cards', () => {
  it('fill every field of every template, leaving no "$" keys', async () => {
    const p = plan({ nextReview: today, lastNote: 'Met partners', snoozedUntil: '2026-04-05', digestConversationId: 'c' });
    assertExpanded('plan', planCard(p, { today, rules, canManage: true, notice: 'Marked reviewed.' }));
    assertExpanded('plan, manage', planCard(p, { today, rules, canManage: true, transferTo: people }));
    assertExpanded('plan, manage, nobody to transfer to', planCard(p, { today, rules, canManage: true, transferTo: [] }));
    assertExpanded('plan, archived', planCard({ ...p, status: 'archived' }, { today, rules, canManage: true }));
    const values = { reference: 'OCG-1', owner: 'aad-1', cadence: 'days', days: '14', lastReviewed: today, digestHere: 'true' };
    assertExpanded('plan form', planFormCard(people, values, today, true, ['Enter the reference.']));
    assertExpanded('my plans', myPlansReply([p], today, rules).card);
    assertExpanded('digest', digestReply([p], today, rules).card);
    const store = openSqliteStore(':memory:');
    const session = occurrenceById(schedule, [], '2026-04-07')!;
    assertExpanded(
      'drop-in',
      (await sessionReply(store, { publicHostname: 'lro.example.test' }, schedule, session, { attending: true, now: new Date('2026-04-01T00:00:00Z') })).card,
    );
    assertExpanded(
      'drop-in without calendar',
      (await sessionReply(store, {}, schedule, { ...session, cancelled: true }, { attending: false, now: new Date('2026-04-01T00:00:00Z') })).card,
    );
    await store.close();
    assertExpanded(
      'drop-in form',
      scheduleFormReply({ ordinal: '1', weekday: 'TU', startTime: '10:00', endTime: '11:00', from: today, meetingUrl: '' }, schedule, ['x']).card,
    );
    assertExpanded('sites', sitesReply([site], today).card);
    assertExpanded('site review', siteReminderReply(site, today).card);
    assertExpanded('site form', siteFormReply({ name: '', force: 'Dorset', launchDate: today }, ['Dorset', 'Wiltshire']).card);
  });

  it('keeps user text as data, so "${...}" typed by a person stays literal', () => {
    const card = planCard(plan({ reference: 'OCG ${$root.planId}', lastNote: '${concat("a","b")}' }), { today, rules, canManage: true, showNotes: true });
    assert.match(JSON.stringify(card), /OCG \$\{\$root\.planId\}/);
    assert.match(JSON.stringify(card), /\$\{concat\(\\"a\\",\\"b\\"\)\}/);
  });
});
