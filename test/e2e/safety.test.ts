import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'mocha';
import { CHANNEL_ID, TENANT, USERS, botMembership, installationUpdate, invoke, message, type User, type Where } from '../support/activities';
import { inputsOf, textOf } from '../support/cards';
import { startHarness, type Harness } from '../support/harness';

// Every person, vehicle and address here is fictional.
const T0 = new Date('2026-11-25T10:00:00Z');
const INTEL = 'run PNC checks on Darren Fictitious DOB 12/04/1988 of 14 Acacia Avenue, vehicle AB12 CDE';
/** Pieces of INTEL that must never come back in a reply, a post or a log line. */
const PIECES = ['Fictitious', '12/04/1988', 'Acacia', 'AB12 CDE'];
const ENV = { COORDINATOR_AAD_IDS: USERS.coordinator.aadObjectId, TRIAGE_CHANNEL_ID: CHANNEL_ID };
const FORM = {
  force: 'Dorset',
  operation: 'Op Fictional',
  supportType: 'disruption-tactics',
  urgency: 'routine',
  summary: 'disruption options for OCG Kestrel with the council',
  contact: 'Teams call',
  formKey: 'form-key-0000000000000001',
};

describe('no intelligence through any door, end to end', () => {
  let h: Harness;
  /** Everything the bot answered in this test: invoke responses and connector calls. */
  let answers: unknown[] = [];
  const opts = (user: User = USERS.lro, where: Where = 'personal') => ({ serviceUrl: h.connector.url, user, where });

  async function post(activity: unknown) {
    const res = await h.post(activity);
    answers.push(res.body);
    return res;
  }

  async function execute(verb: string, data: Record<string, unknown>, user: User = USERS.lro) {
    const res = await post(invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }, opts(user)));
    assert.equal(res.status, 200);
    return res.body as { type: string; value: any };
  }

  async function say(words: string, user: User = USERS.lro) {
    const before = h.connector.calls.length;
    await post(message(words, opts(user)));
    const replies = h.connector.calls.slice(before).filter((c) => c.method === 'POST');
    assert.equal(replies.length, 1);
    return replies[0].body;
  }

  function assertNothingLeaked(): void {
    const everything = [JSON.stringify(answers), JSON.stringify(h.connector.calls.map((c) => c.body)), JSON.stringify(h.logs)];
    for (const piece of PIECES) for (const text of everything) assert.ok(!text.includes(piece), `"${piece}" leaked`);
    assert.deepEqual(
      h.logs.filter((l) => (l.level as number) >= 50),
      [],
      'no error-level log lines',
    );
  }

  const channelPosts = () => h.connector.sent(CHANNEL_ID);

  before(async () => {
    h = await startHarness(ENV, () => T0);
    await h.post(botMembership('added', opts(USERS.coordinator, 'channel')));
    await h.post(installationUpdate('add', opts(USERS.lro)));
    await h.post(installationUpdate('add', opts(USERS.coordinator)));
  });
  after(async () => h.close());
  beforeEach(() => {
    answers = [];
    h.connector.reset();
  });

  it('the chat support form comes back with the error by the summary and the text removed; nothing is stored or posted', async () => {
    const res = await execute('support.submit', { ...FORM, summary: INTEL });
    const inputs = inputsOf(res.value);
    assert.equal(inputs.summary.value, '');
    assert.equal(inputs.operation.value, 'Op Fictional', 'ordinary fields are kept');
    assert.match(JSON.stringify(res.value), /force systems/);
    assert.deepEqual(await h.app.store.support.list({}), []);
    assert.deepEqual(channelPosts(), []);
    assertNothingLeaked();
  });

  it('the operation and contact fields are guarded too', async () => {
    const res = await execute('support.submit', { ...FORM, operation: 'Op Fictional, nominal AB12 CDE', contact: 'darren.fictitious@example.com' });
    const inputs = inputsOf(res.value);
    assert.equal(inputs.operation.value, '');
    assert.equal(inputs.contact.value, '');
    assert.deepEqual(await h.app.store.support.list({}), []);
    assertNothingLeaked();
  });

  it('the messaging-extension dialog refuses it the same way, and will not pre-fill it from a message', async () => {
    const fetched = await post(
      invoke(
        'composeExtension/fetchTask',
        { commandId: 'requestSupport', commandContext: 'message', messagePayload: { body: { contentType: 'html', content: `<p>${INTEL}</p>` } } },
        opts(USERS.lro, 'channel'),
      ),
    );
    assert.equal(inputsOf(fetched.body.task.value.card.content).summary.value, '');
    const res = await post(
      invoke(
        'composeExtension/submitAction',
        { commandId: 'requestSupport', commandContext: 'message', data: { ...FORM, summary: INTEL } },
        opts(USERS.lro, 'channel'),
      ),
    );
    assert.equal(res.body.task.type, 'continue');
    const card = res.body.task.value.card.content;
    assert.equal(inputsOf(card).summary.value, '');
    assert.match(JSON.stringify(card), /force systems/);
    assert.deepEqual(await h.app.store.support.list({}), []);
    assert.deepEqual(channelPosts(), []);
    assertNothingLeaked();
  });

  describe('triage reasons and notes', () => {
    let requestId: string;
    before(async () => {
      const res = await execute('support.submit', { ...FORM, formKey: 'form-key-0000000000000002' });
      assert.doesNotMatch(JSON.stringify(res.value), /force systems/);
      requestId = (await h.app.store.support.list({}))[0].id;
    });

    for (const [what, data] of [
      ['a decline reason', { status: 'declined', reason: INTEL }],
      ['a resolve reason', { status: 'resolved', reason: INTEL }],
    ] as const) {
      it(`refuses ${what}: the request is unchanged and the requester is not told`, async () => {
        const before = await h.app.store.support.events(requestId);
        const res = await execute('support.set-status', { requestId, ...data }, USERS.coordinator);
        assert.match(JSON.stringify(res.value), /force systems/);
        assert.equal((await h.app.store.support.get(requestId))!.status, 'new');
        assert.deepEqual(await h.app.store.support.events(requestId), before);
        assert.deepEqual(h.connector.sent(), []);
        assertNothingLeaked();
      });
    }

    it('refuses a note naming people bare, with no title or "called" before the names', async () => {
      const before = await h.app.store.support.events(requestId);
      const res = await execute(
        'support.add-note',
        { requestId, note: 'OCG members are Liam Ashdown and Ricky Vance', toRequester: 'true' },
        USERS.coordinator,
      );
      assert.match(JSON.stringify(res.value), /force systems/);
      assert.deepEqual(await h.app.store.support.events(requestId), before);
      assert.deepEqual(h.connector.sent(), []);
      const everything = JSON.stringify([answers, h.connector.calls.map((c) => c.body), h.logs]);
      for (const name of ['Ashdown', 'Vance']) assert.ok(!everything.includes(name), `"${name}" leaked`);
    });

    it('refuses a coordinator note', async () => {
      const before = await h.app.store.support.events(requestId);
      await execute('support.add-note', { requestId, note: INTEL, toRequester: 'true' }, USERS.coordinator);
      assert.deepEqual(await h.app.store.support.events(requestId), before);
      assert.deepEqual(h.connector.sent(), []);
      assertNothingLeaked();
    });
  });

  describe('plans', () => {
    it('the plan form refuses the reference and shows the form again without it', async () => {
      const res = await execute('plans.add', {
        reference: 'OCG Kestrel, AB12 CDE',
        owner: USERS.lro.aadObjectId,
        cadence: 'monthly',
        lastReviewed: '2026-11-01',
      });
      assert.equal(inputsOf(res.value).reference.value, '');
      assert.match(JSON.stringify(res.value), /force systems/);
      assert.deepEqual(await h.app.store.plans.listActiveByOwner(TENANT, USERS.lro.aadObjectId), []);
      assertNothingLeaked();
    });

    it('a review note, a shown reference and a snooze date with intelligence are refused and nothing changes', async () => {
      const added = await execute('plans.add', { reference: 'OCG Kestrel 4P', owner: USERS.lro.aadObjectId, cadence: 'monthly', lastReviewed: '2026-11-01' });
      const planId = JSON.stringify(added.value).match(/"planId":"(plan-[0-9a-f]+)"/)![1];
      const stored = await h.app.store.plans.get(planId);
      answers = [];
      const review = await execute('plans.review', { planId, note: INTEL });
      assert.match(JSON.stringify(review), /force systems/);
      assert.deepEqual(await h.app.store.plans.get(planId), stored);
      for (const words of [
        `show plan ${INTEL}`,
        `mark reviewed OCG Kestrel 4P: ${INTEL}`,
        `snooze OCG Kestrel 4P until ${INTEL}`,
        `transfer OCG Kestrel 4P to ${INTEL}`,
      ]) {
        const reply = await say(words);
        assert.match(textOf(reply), /force systems/, words);
      }
      assert.deepEqual(await h.app.store.plans.get(planId), stored);
      assertNothingLeaked();
    });
  });

  it('a drop-in date typed with intelligence is refused without being repeated', async () => {
    const reply = await say(`cancel drop-in ${INTEL}`, USERS.coordinator);
    assert.match(textOf(reply), /force systems/);
    assertNothingLeaked();
  });

  it('a CHB site name with intelligence is refused and the form shown again without it', async () => {
    const res = await execute('sites.add', { name: '14 Acacia Avenue', force: 'Dorset', launchDate: '2026-10-01' }, USERS.coordinator);
    assert.equal(inputsOf(res.value).name.value, '');
    assert.match(JSON.stringify(res.value), /force systems/);
    assert.deepEqual(await h.app.store.sites.list(), []);
    assertNothingLeaked();
  });

  it('the searchGuidance extension shows the refusal as a message, not an empty list', async () => {
    const res = await post(invoke('composeExtension/query', { commandId: 'searchGuidance', parameters: [{ name: 'query', value: INTEL }] }, opts()));
    assert.equal(res.status, 200);
    assert.equal(res.body.composeExtension.type, 'message');
    assert.match(res.body.composeExtension.text, /force systems/);
    assertNothingLeaked();
  });

  it('a chat question with personal details that the knowledge base cannot place is refused, not kept as unanswered', async () => {
    const reply = await say('Darren Fictitious darren.fictitious@example.com');
    assert.match(textOf(reply), /force systems/);
    assert.deepEqual(await h.app.store.unanswered.mostFrequent(50), []);
  });

  it('ordinary text still goes through every door', async () => {
    const res = await execute('support.submit', { ...FORM, formKey: 'form-key-0000000000000003' });
    assert.doesNotMatch(JSON.stringify(res.value), /force systems/);
    const query = await post(
      invoke('composeExtension/query', { commandId: 'searchGuidance', parameters: [{ name: 'query', value: 'closure orders' }] }, opts()),
    );
    assert.equal(query.body.composeExtension.type, 'result');
    const site = await execute('sites.add', { name: 'Bristol East CHB site', force: 'Avon and Somerset', launchDate: '2026-10-01' }, USERS.coordinator);
    assert.doesNotMatch(JSON.stringify(site.value), /force systems/);
    assert.equal((await h.app.store.sites.list()).length, 1);
  });

  it('markdown and links in an LRO summary are shown literally in the triage channel', async () => {
    const summary = 'Please see [the plan](https://evil.example/plan) **today**';
    await execute('support.submit', { ...FORM, summary, formKey: 'form-key-0000000000000004' });
    const posted = JSON.stringify(channelPosts().at(-1));
    assert.ok(posted.includes('\\\\[the plan\\\\]'), 'the link is escaped');
    assert.ok(posted.includes('\\\\*\\\\*today'), 'the bold is escaped');
    assert.ok(!posted.includes('[the plan](https://'), 'no markdown link reaches the card');
  });

  describe('review notes on plan cards', () => {
    let planId: string;
    const NOTE = 'Partners met; Prevent strand updated';
    before(async () => {
      const added = await execute('plans.add', { reference: 'OCG Heron 4P', owner: USERS.lro.aadObjectId, cadence: 'monthly', lastReviewed: '2026-11-01' });
      planId = JSON.stringify(added.value).match(/"planId":"(plan-[0-9a-f]+)"/)![1];
      await execute('plans.review', { planId, note: NOTE });
    });

    it('show plan gives the note to its owner and the coordinators, and "not yours" to others', async () => {
      assert.match(JSON.stringify(await say('show plan OCG Heron 4P')), new RegExp(NOTE));
      assert.match(JSON.stringify(await say('show plan OCG Heron 4P', USERS.coordinator)), new RegExp(NOTE));
      const other = JSON.stringify(await say('show plan OCG Heron 4P', USERS.lro2));
      assert.ok(!other.includes(NOTE));
      assert.match(other, /Not yours/);
    });

    it('the plan card button does the same', async () => {
      const other = JSON.stringify(await execute('plans.card', { planId }, USERS.lro2));
      assert.ok(!other.includes(NOTE));
      assert.match(other, /Not yours/);
      assert.match(JSON.stringify(await execute('plans.card', { planId }, USERS.coordinator)), new RegExp(NOTE));
    });
  });
});
