import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { isAppError } from '../../../src/errors';
import { cancelDropIn, dropInScheduleForm, nextDropIn, rsvpDropIn, saveDropInSchedule, subscribeDropIns } from '../../../src/features/dropins/use-cases';
import { DROPIN_VERBS } from '../../../src/features/dropins/verbs';
import type { Actor } from '../../../src/use-case-types';
import { CHANNEL, COORDINATOR, LRO, featureDeps, personal, type TestDeps } from '../../support/feature-deps';

const NOW = new Date('2026-03-02T10:00:00Z');
const SCHEDULE = {
  ordinal: '1',
  weekday: 'TU',
  startTime: '10:00',
  endTime: '11:00',
  from: '2026-03-01',
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/fictional-dropin',
};
const message = (actor: Actor, now = NOW) => ({ text: '', actor, place: personal(actor), now });
const action = (verb: string, data: Record<string, unknown>, actor: Actor, now = NOW) => ({ verb, data, actor, place: personal(actor), now, refresh: false });

describe('drop-in use-cases', () => {
  let deps: TestDeps;
  beforeEach(() => {
    deps = featureDeps(NOW);
  });
  afterEach(() => deps.close());

  it('says no schedule is set yet, and offers coordinators the first Tuesday at 10:00 to start from', async () => {
    await assert.rejects(nextDropIn(deps, message(LRO)), (err) => isAppError(err, 'not-found'));
    const form = await dropInScheduleForm(deps, message(COORDINATOR));
    assert.match(JSON.stringify(form.card), /"value":"10:00"/);
  });

  it('lets only coordinators set the schedule or cancel a session', async () => {
    await assert.rejects(dropInScheduleForm(deps, message(LRO)), (err) => isAppError(err, 'auth.forbidden'));
    await assert.rejects(saveDropInSchedule(deps, action(DROPIN_VERBS.schedule, SCHEDULE, LRO)), (err) => isAppError(err, 'auth.forbidden'));
    await saveDropInSchedule(deps, action(DROPIN_VERBS.schedule, SCHEDULE, COORDINATOR));
    await assert.rejects(cancelDropIn(deps, message(LRO), '3 March'), (err) => isAppError(err, 'auth.forbidden'));
    assert.match((await cancelDropIn(deps, message(COORDINATOR), '2026-03-03')).text, /Cancelled the drop-in/);
  });

  it('records an RSVP, and closes replies once the session is over', async () => {
    await saveDropInSchedule(deps, action(DROPIN_VERBS.schedule, SCHEDULE, COORDINATOR));
    await rsvpDropIn(deps, action(DROPIN_VERBS.rsvp, { occurrenceId: '2026-03-03' }, LRO));
    assert.equal(await deps.store.dropIns.hasRsvp('2026-03-03', LRO.aadObjectId!), true);
    const late = await rsvpDropIn(deps, action(DROPIN_VERBS.rsvp, { occurrenceId: '2026-03-03', attend: false }, LRO, new Date('2026-03-03T12:00:00Z')));
    assert.deepEqual(late, { message: 'This session is cancelled or over, so replies are closed.' });
    assert.equal(await deps.store.dropIns.hasRsvp('2026-03-03', LRO.aadObjectId!), true);
  });

  it('subscribes a channel once', async () => {
    const first = await subscribeDropIns(deps, { text: '', actor: LRO, place: CHANNEL, now: NOW });
    const again = await subscribeDropIns(deps, { text: '', actor: LRO, place: CHANNEL, now: NOW });
    assert.match(first.text, /^Subscribed/);
    assert.match(again.text, /already subscribed/);
  });
});
