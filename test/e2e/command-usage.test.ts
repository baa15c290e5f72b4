import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import { USERS, message, type User } from '../support/activities';
import { cardOf, textOf } from '../support/cards';
import { startHarness, type Harness } from '../support/harness';

describe('typed commands with bad arguments get their usage, never a knowledge answer', () => {
  let h: Harness;

  before(async () => {
    h = await startHarness({ COORDINATOR_AAD_IDS: USERS.coordinator.aadObjectId });
  });
  after(async () => h.close());

  async function say(text: string, user: User = USERS.coordinator) {
    h.connector.reset();
    await h.post(message(text, { serviceUrl: h.connector.url, user }));
    const sent = h.connector.sent();
    assert.equal(sent.length, 1, `one reply to "${text}"`);
    return sent[0];
  }

  const unanswered = () => h.app.store.unanswered.mostFrequent(50);

  for (const [text, usage] of [
    ['move drop-in 2 Feb to 3 February 2pm-3pm', 'move drop-in <date> to <date> <HH:MM>-<HH:MM>'],
    ['request RDT-2026-99', 'request RDT-2026-0042'],
    ['withdraw my request please', 'withdraw RDT-2026-0042'],
    ['snooze OCG-SW-0001', 'snooze <reference> until <date>'],
    ['cancel the drop-in', 'cancel drop-in <date>'],
    ['run job', 'run job <name>'],
    ['show plan', 'show plan <reference>'],
  ]) {
    it(`answers "${text}" with the usage of its command`, async () => {
      const before = await unanswered();
      const reply = await say(text);
      assert.equal(cardOf(reply), undefined, 'no knowledge card');
      assert.ok(textOf(reply).includes(`Type it like this: ${usage}`), textOf(reply));
      assert.doesNotMatch(textOf(reply), /GAIN|Source:/);
      assert.deepEqual(await unanswered(), before, 'not logged as an unanswered question');
    });
  }

  it('still answers questions that merely start with a common word', async () => {
    for (const question of ['what is gain', 'requesting support from partners', 'transferring ownership of plans']) {
      const reply = await say(question, USERS.lro);
      assert.doesNotMatch(textOf(reply), /Type it like this/, question);
    }
    assert.ok(cardOf(await say('request support', USERS.lro)), 'the exact command still works');
  });

  it('keeps a command’s guard in front of its usage', async () => {
    const reply = await say('run job', USERS.lro);
    assert.match(textOf(reply), /Only coordinators can run jobs/);
  });
});
