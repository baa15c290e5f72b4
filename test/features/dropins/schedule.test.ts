import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { loadConfig } from '../../../src/config';
import { sessionIcs } from '../../../src/features/dropins/ics';
import { dropInReminderMessages } from '../../../src/features/dropins/job';
import {
  cancelSession,
  describeSchedule,
  moveSession,
  nextDropInSummary,
  nextOccurrence,
  occurrenceById,
  occurrencesBetween,
  restoreSession,
  ruleText,
  setSchedule,
  validateSchedule,
  withinSessionWindow,
} from '../../../src/features/dropins/schedule';
import { londonInstant } from '../../../src/features/dates';
import { openSqliteStore } from '../../../src/store';
import type { DropInSchedule } from '../../../src/store/plan-types';
import type { Store } from '../../../src/store/types';

const MEETING = 'https://teams.microsoft.com/l/meetup-join/fictional-dropin';
const input = { ordinal: '1', weekday: 'TU', startTime: '10:00', endTime: '11:00', from: '2026-01-01', meetingUrl: MEETING } as const;
const schedule: DropInSchedule = {
  rule: ruleText(input),
  endTime: '11:00',
  meetingUrl: MEETING,
  calendarToken: 'tok',
  updatedBy: 'aad-cc',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('drop-in schedule', () => {
  it('takes session dates only from the schedule start to 400 days ahead, and never far-off ones', () => {
    const now = new Date('2026-03-10T10:00:00Z');
    assert.equal(withinSessionWindow(schedule, '2026-04-07', now), true);
    assert.equal(withinSessionWindow(schedule, '2025-12-02', now), false);
    assert.equal(withinSessionWindow(schedule, '9999-12-07', now), false);
    assert.equal(withinSessionWindow(schedule, 'not-a-date', now), false);
    assert.equal(occurrenceById(schedule, [], '9999-12-07'), undefined);
  });

  it('stores "first Tuesday of each month" as an RFC 5545 rule in London time', () => {
    assert.equal(schedule.rule, 'DTSTART;TZID=Europe/London:20260101T100000\nRRULE:FREQ=MONTHLY;BYDAY=+1TU');
    assert.equal(describeSchedule(schedule), 'first Tuesday of each month, 10:00–11:00');
    assert.equal(describeSchedule({ ...schedule, rule: ruleText({ ...input, ordinal: '-1', weekday: 'TH' }) }), 'last Thursday of each month, 10:00–11:00');
  });

  it('keeps sessions at 10:00 London time across the change to summer time', () => {
    const sessions = occurrencesBetween(schedule, [], new Date('2026-02-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'));
    assert.deepEqual(
      sessions.map((s) => [s.id, s.start.toISOString(), s.end.toISOString()]),
      [
        ['2026-02-03', '2026-02-03T10:00:00.000Z', '2026-02-03T11:00:00.000Z'],
        ['2026-03-03', '2026-03-03T10:00:00.000Z', '2026-03-03T11:00:00.000Z'],
        ['2026-04-07', '2026-04-07T09:00:00.000Z', '2026-04-07T10:00:00.000Z'],
      ],
    );
  });

  it("checks a coordinator's form and reports every problem", () => {
    const result = validateSchedule({ ordinal: '5', weekday: 'SU', startTime: '11:00', endTime: '10:00', meetingUrl: 'http://example.test' }, '2026-01-01');
    assert.ok('errors' in result);
    assert.deepEqual(result.errors, [
      'Choose which week of the month (first, second, third, fourth or last).',
      'Choose a weekday.',
      'The end time must be after the start time.',
      'Paste the Teams meeting link: it starts with https://teams.microsoft.com/ or https://teams.live.com/ (in Teams, open the meeting and choose "Copy link").',
    ]);
    assert.ok('input' in validateSchedule({ ...input }, '2026-01-01'));
  });

  describe('with a store', () => {
    let store: Store;
    const now = new Date('2026-01-10T12:00:00Z');
    beforeEach(async () => {
      store = openSqliteStore(':memory:');
      await setSchedule(store, { ...input }, 'aad-cc', now);
    });
    afterEach(async () => store.close());

    it('keeps the calendar-link secret when the schedule is changed', async () => {
      const first = (await store.dropIns.getSchedule())!;
      const second = await setSchedule(store, { ...input, startTime: '14:00', endTime: '15:00' }, 'aad-cc', now);
      assert.equal(second.calendarToken, first.calendarToken);
      assert.match(first.calendarToken, /^[0-9a-f]{32}$/);
    });

    it('skips a cancelled session for "next" and restores it', async () => {
      await cancelSession(store, '2026-02-03', 'aad-cc', now);
      const exceptions = await store.dropIns.listExceptions();
      assert.equal(nextOccurrence((await store.dropIns.getSchedule())!, exceptions, now)?.id, '2026-03-03');
      assert.equal(await restoreSession(store, '2026-02-03'), true);
      assert.equal(nextOccurrence((await store.dropIns.getSchedule())!, [], now)?.id, '2026-02-03');
    });

    it('moves one session and keeps its id', async () => {
      const moved = await moveSession(store, '2026-02-03', '2026-02-05', '14:00', '15:30', 'aad-cc', now);
      assert.equal(moved.id, '2026-02-03');
      const s = (await store.dropIns.getSchedule())!;
      const found = occurrenceById(s, await store.dropIns.listExceptions(), '2026-02-03')!;
      assert.equal(found.start.toISOString(), '2026-02-05T14:00:00.000Z');
      assert.equal(found.movedFrom?.toISOString(), '2026-02-03T10:00:00.000Z');
      assert.match((await nextDropInSummary(store, now))!, /Thursday 5 February 2026, 14:00–15:30 \(moved/);
    });

    it('refuses to cancel a date with no session', async () => {
      await assert.rejects(cancelSession(store, '2026-02-04', 'aad-cc', now), /no drop-in on the schedule for 2026-02-04/);
      await assert.rejects(moveSession(store, '2026-02-03', '2026-05-03', '10:00', '11:00', 'aad-cc', now), /at most 45 days/);
    });

    it('answers "when are the drop-ins" from the schedule', async () => {
      assert.equal(
        await nextDropInSummary(store, now),
        'LRO drop-ins with the Regional Disruption Team run on the first Tuesday of each month, 10:00–11:00 (UK time). The next one is on Tuesday 3 February 2026, 10:00–11:00.',
      );
      const empty = openSqliteStore(':memory:');
      assert.equal(await nextDropInSummary(empty, now), undefined);
      await empty.close();
    });
  });
});

describe('drop-in calendar file', () => {
  it('gives the session in UTC with the meeting link and a stable id', () => {
    const session = occurrenceById(schedule, [], '2026-04-07')!;
    const ics = sessionIcs(schedule, session, 'lro.example.test');
    assert.match(ics, /BEGIN:VEVENT/);
    assert.match(ics, /UID:dropin-2026-04-07@lro.example.test/);
    assert.match(ics, /DTSTART:20260407T090000Z/);
    assert.match(ics, /DTEND:20260407T100000Z/);
    assert.match(ics, /URL:https:\/\/teams.microsoft.com\/l\/meetup-join\/fictional-dropin/);
    assert.match(ics, /STATUS:CONFIRMED/);
  });

  it('marks a cancelled session as cancelled so calendars drop it', () => {
    const session = occurrenceById(schedule, [{ occurrenceId: '2026-04-07', kind: 'cancelled', by: 'x', at: 'y' }], '2026-04-07')!;
    assert.match(sessionIcs(schedule, session, 'h'), /STATUS:CANCELLED/);
  });
});

describe('the drop-in reminder run', () => {
  let store: Store;
  const config = loadConfig({ PUBLIC_HOSTNAME: 'lro.example.test', DROPIN_REMINDER_DAYS_BEFORE: '3' });
  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    await setSchedule(store, { ...input }, 'aad-cc', new Date('2026-01-01T00:00:00Z'));
    await store.dropIns.subscribe('c-1', 'aad-1', '2026-01-01T00:00:00Z');
    await store.dropIns.subscribe('c-2', 'aad-1', '2026-01-01T00:00:00Z');
  });
  afterEach(async () => store.close());

  const keysAt = async (date: string) => (await dropInReminderMessages(store, config, londonInstant(date, '08:00'))).map((m) => m.key);

  it('reminds each subscribed conversation 3 days before and on the morning', async () => {
    assert.deepEqual(await keysAt('2026-01-30'), []);
    assert.deepEqual(await keysAt('2026-01-31'), [
      'dropins:2026-02-03:2026-02-03T10:00:00.000Z:before:c-1',
      'dropins:2026-02-03:2026-02-03T10:00:00.000Z:before:c-2',
    ]);
    assert.deepEqual(await keysAt('2026-02-03'), [
      'dropins:2026-02-03:2026-02-03T10:00:00.000Z:day:c-1',
      'dropins:2026-02-03:2026-02-03T10:00:00.000Z:day:c-2',
    ]);
    assert.deepEqual(await dropInReminderMessages(store, config, new Date('2026-02-03T10:30:00Z')), [], 'no reminder once it has started');
  });

  it('puts Join, Add to calendar and RSVP on the reminder card', async () => {
    const [message] = await dropInReminderMessages(store, config, londonInstant('2026-01-31', '08:00'));
    const actions = (message.reply.card as { actions: { title: string; url?: string; verb?: string }[] }).actions;
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Join', 'Add to calendar', "I'll attend"],
    );
    assert.equal(actions[0].url, MEETING);
    const token = (await store.dropIns.getSchedule())!.calendarToken;
    assert.equal(actions[1].url, `https://lro.example.test/calendar/dropins/2026-02-03.ics?t=${token}`);
    assert.equal(actions[2].verb, 'dropins.rsvp');
  });

  it('announces a moved session again for its new date, and a cancelled one once', async () => {
    await moveSession(store, '2026-02-03', '2026-02-10', '10:00', '11:00', 'aad-cc', new Date('2026-01-20T00:00:00Z'));
    assert.deepEqual(await keysAt('2026-01-31'), []);
    assert.equal((await keysAt('2026-02-07'))[0], 'dropins:2026-02-03:2026-02-10T10:00:00.000Z:before:c-1');
    await cancelSession(store, '2026-03-03', 'aad-cc', new Date('2026-01-20T00:00:00Z'));
    const before = await keysAt('2026-02-28');
    const day = await keysAt('2026-03-03');
    assert.deepEqual(before, ['dropins:2026-03-03:cancelled:c-1', 'dropins:2026-03-03:cancelled:c-2']);
    assert.deepEqual(day, before, 'the same key, so only one notice goes out');
  });
});
