import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import { PLAN_VERBS } from '../../src/features/plans/verbs';
import { TENANT, USERS, invoke, message, type User } from '../support/activities';
import { startHarness, type Harness } from '../support/harness';
import { plan } from '../store/plans-contract';

// A string no command, card or log template contains: if it shows up in a log line, user text leaked.
const MARKER = 'Zqxmarker';

describe('refusals keep user text out of the logs', () => {
  let h: Harness;

  before(async () => {
    h = await startHarness({ LOG_LEVEL: 'trace', COORDINATOR_AAD_IDS: USERS.coordinator.aadObjectId }, () => new Date('2026-03-02T10:00:00Z'));
    await h.post(message('help', { serviceUrl: h.connector.url, user: USERS.lro }));
    await h.app.store.plans.insert(plan({ id: 'plan-log', tenantId: TENANT, reference: 'OCG-LOG', ownerAadObjectId: USERS.lro.aadObjectId }));
  });
  after(() => h.close());

  /** Sends a command; returns the text of the bot's replies to it. */
  async function say(text: string, user: User = USERS.lro): Promise<string> {
    const activity = message(text, { serviceUrl: h.connector.url, user });
    await h.post(activity);
    return JSON.stringify(h.connector.calls.filter((c) => c.method === 'POST' && c.activityId === activity.id).map((c) => c.body));
  }

  const commands: [string, User][] = [
    [`show plan ${MARKER}`, USERS.lro],
    [`transfer OCG-LOG to ${MARKER} Person`, USERS.lro],
    [`transfer ${MARKER} to Alex Example`, USERS.lro],
    [`snooze OCG-LOG until ${MARKER}`, USERS.lro],
    [`cancel drop-in ${MARKER}`, USERS.coordinator],
    [`cancel drop-in ${MARKER}`, USERS.lro],
    [`mark reviewed ${MARKER}: a note`, USERS.lro],
  ];

  for (const [command, user] of commands) {
    it(`answers "${command.replace(MARKER, '<text>')}" with a refusal and logs only its code`, async () => {
      const before = h.logs.length;
      const reply = await say(command, user);
      assert.ok(reply.length > 2, 'the user got an answer');
      const lines = h.logs.slice(before);
      assert.ok(
        lines.some((l) => l.msg === 'refused' && l.level === 30 && typeof l.code === 'string'),
        'a refusal is logged at info with its code',
      );
      assert.ok(!lines.some((l) => l.msg === 'turn failed'), 'a refusal is not a failed turn');
    });
  }

  it('refuses a card button with the same style', async () => {
    const before = h.logs.length;
    const value = { action: { type: 'Action.Execute', verb: PLAN_VERBS.snooze, data: { planId: 'plan-log', until: MARKER } } };
    const res = await h.post(invoke('adaptiveCard/action', value, { serviceUrl: h.connector.url, user: USERS.lro }));
    assert.equal(res.status, 200);
    assert.ok(h.logs.slice(before).some((l) => l.msg === 'refused' && l.level === 30));
  });

  it('never writes the user text into any log line, at any level', () => {
    assert.ok(h.logs.length > 0);
    const leaked = h.logs.filter((l) => JSON.stringify(l).toLowerCase().includes(MARKER.toLowerCase()));
    assert.deepEqual(leaked, []);
  });
});
