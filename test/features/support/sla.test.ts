import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { describe, it } from 'mocha';
import { acknowledgeBy, addWorkingDays, bankHolidays, isWorkingDay } from '../../../src/features/support/sla';

const SLA = { urgentHours: 4, priorityWorkingDays: 1, routineWorkingDays: 3 };
const london = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' }).toJSDate();
const inLondon = (d: Date) => DateTime.fromJSDate(d).setZone('Europe/London').toFormat('ccc yyyy-MM-dd HH:mm');

describe('support: working days and acknowledgement times', () => {
  it('knows England’s bank holidays, including substitute days', () => {
    const days = bankHolidays(2026);
    for (const d of ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']) assert.ok(days.has(d), d);
    assert.ok(!days.has('2026-03-15'), 'Mother’s Day is an observance, not a bank holiday');
    assert.ok(!days.has('2026-03-17'), 'St Patrick’s Day is not a holiday in England');
  });

  it('counts Monday to Friday, less bank holidays, as working days', () => {
    assert.equal(isWorkingDay(DateTime.fromISO('2026-11-25T10:00', { zone: 'Europe/London' })), true);
    assert.equal(isWorkingDay(DateTime.fromISO('2026-11-28T10:00', { zone: 'Europe/London' })), false, 'Saturday');
    assert.equal(isWorkingDay(DateTime.fromISO('2026-08-31T10:00', { zone: 'Europe/London' })), false, 'Summer bank holiday');
  });

  it('judges the day in London, not UTC, late in the evening in summer', () => {
    // 23:30 UTC on Friday is 00:30 on Saturday in London.
    assert.equal(isWorkingDay(DateTime.fromISO('2026-07-03T23:30:00Z')), false);
  });

  it('adds working days at the same local time, skipping the weekend', () => {
    assert.equal(inLondon(addWorkingDays(london('2026-11-27T15:00'), 1)), 'Mon 2026-11-30 15:00');
    assert.equal(inLondon(addWorkingDays(london('2026-11-25T09:30'), 3)), 'Mon 2026-11-30 09:30');
  });

  it('skips Christmas, Boxing Day and the substitute day', () => {
    assert.equal(inLondon(addWorkingDays(london('2026-12-24T15:00'), 1)), 'Tue 2026-12-29 15:00');
  });

  it('starts the clock at the next working day for a request raised at the weekend', () => {
    assert.equal(inLondon(addWorkingDays(london('2026-11-28T10:00'), 1)), 'Tue 2026-12-01 00:00');
    assert.equal(inLondon(addWorkingDays(london('2026-04-05T12:00'), 0)), 'Tue 2026-04-07 00:00', 'Easter Sunday, then Easter Monday');
  });

  it('keeps the local time across the change to summer time', () => {
    const due = addWorkingDays(london('2026-03-27T10:00'), 1);
    assert.equal(inLondon(due), 'Mon 2026-03-30 10:00');
    assert.equal(due.toISOString(), '2026-03-30T09:00:00.000Z');
  });

  it('gives urgent requests clock hours, and the others working days', () => {
    const createdAt = london('2026-11-27T15:00').toISOString();
    assert.equal(acknowledgeBy({ createdAt, urgency: 'urgent' }, SLA).toISOString(), '2026-11-27T19:00:00.000Z');
    assert.equal(inLondon(acknowledgeBy({ createdAt, urgency: 'priority' }, SLA)), 'Mon 2026-11-30 15:00');
    assert.equal(inLondon(acknowledgeBy({ createdAt, urgency: 'routine' }, SLA)), 'Wed 2026-12-02 15:00');
  });

  it('follows the configured times', () => {
    const createdAt = '2026-11-25T10:00:00.000Z';
    assert.equal(acknowledgeBy({ createdAt, urgency: 'urgent' }, { ...SLA, urgentHours: 1 }).toISOString(), '2026-11-25T11:00:00.000Z');
    assert.equal(inLondon(acknowledgeBy({ createdAt, urgency: 'routine' }, { ...SLA, routineWorkingDays: 5 })), 'Wed 2026-12-02 10:00');
  });
});
