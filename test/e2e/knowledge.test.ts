import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'mocha';
import { CHANNEL_ID, USERS, invoke, message, personalConversationId, submit } from '../support/activities';
import { cardOf, textOf } from '../support/cards';
import { startHarness, type Harness } from '../support/harness';
import { setSchedule } from '../../src/features/dropins/schedule';

const cardText = (activity: any) => JSON.stringify(cardOf(activity) ?? {});
const actions = (card: any): any[] => JSON.stringify(card).match(/"type":"Action\.[A-Za-z]+"[^}]*}/g) ?? [];

describe('knowledge answers over HTTP', () => {
  let h: Harness;
  let dir: string;
  const personal = personalConversationId(USERS.lro);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lro-contacts-'));
    const contactsPath = join(dir, 'contacts.json');
    writeFileSync(
      contactsPath,
      JSON.stringify({
        contacts: [{ role: 'gain-coordinator', title: 'Regional GAIN Coordinator', name: 'Robin Fictional', email: 'robin.fictional@example.invalid' }],
      }),
    );
    h = await startHarness({ CONTACTS_PATH: contactsPath, COORDINATOR_AAD_IDS: USERS.coordinator.aadObjectId });
  });
  after(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => h.connector.reset());

  async function ask(text: string, where: 'personal' | 'channel' | 'groupChat' = 'personal', user = USERS.lro) {
    await h.post(message(text, { serviceUrl: h.connector.url, where, user }));
    const sent = h.connector.sent();
    assert.equal(sent.length, 1, `one reply to "${text}"`);
    return sent[0];
  }

  it('answers a known question with its source, as a card and as plain text', async () => {
    const reply = await ask('what is the hold phase?');
    assert.match(cardText(reply), /Hold/);
    assert.match(cardText(reply), /Source: Regional briefing/);
    assert.match(textOf(reply), /Source: Regional briefing/);
  });

  it('answers "fb4" with foundation block 4', async () => {
    const reply = await ask('fb4');
    assert.match(cardOf(reply).body[0].text, /^FB4/);
  });

  it('answers a question full of typos', async () => {
    const reply = await ask('wats the buld phase abuot');
    assert.match(cardOf(reply).body[0].text, /Build/i);
    assert.match(textOf(reply), /Source:/);
  });

  it('declines an out-of-scope request politely, saying what it can help with', async () => {
    const reply = await ask("what's the weather in Exeter tomorrow");
    assert.equal(cardOf(reply), undefined);
    assert.match(textOf(reply), /outside what I can help with/);
    assert.match(textOf(reply), /Clear, Hold, Build/);
  });

  it('refuses an intelligence request firmly without echoing it', async () => {
    const reply = await ask('run a PNC check on Zebedee Quartermain, AB12 CDE');
    assert.match(textOf(reply), /authorised systems/);
    assert.ok(!textOf(reply).includes('Zebedee') && !textOf(reply).includes('AB12'));
    assert.deepEqual(await h.app.store.unanswered.mostFrequent(50).then((q) => q.filter((x) => x.question.includes('zebedee'))), []);
  });

  it('says it is not sure, suggests close topics and offers a person, and records the question without identity', async () => {
    const reply = await ask('how does the thing with the stuff work');
    const card = cardOf(reply);
    assert.match(JSON.stringify(card), /not sure/i);
    const buttons = actions(card);
    const suggestions = buttons.filter((b) => b.includes('knowledge.ask'));
    assert.ok(suggestions.length >= 2 && suggestions.length <= 3, `2–3 suggestions, got ${suggestions.length}`);
    assert.ok(buttons.some((b) => b.includes('Ask the Regional Disruption Team')));
    const recorded = await h.app.store.unanswered.mostFrequent(10);
    const entry = recorded.find((q) => q.question === 'how does the thing with the stuff work');
    assert.ok(entry);
    assert.ok(!JSON.stringify(entry).includes(USERS.lro.aadObjectId));
  });

  it('answers an @mention in a channel, in the thread', async () => {
    const reply = await ask('what is chb', 'channel');
    assert.match(cardText(reply), /Clear, Hold/);
    assert.equal(h.connector.calls[0].conversationId, CHANNEL_ID);
  });

  it('answers in a group chat when @mentioned', async () => {
    const reply = await ask('4p', 'groupChat');
    assert.match(cardText(reply), /Pursue/);
  });

  for (const [command, expected] of [
    ['phases', /Clear[\s\S]*Hold[\s\S]*Build/],
    ['foundation blocks', /FB1[\s\S]*FB10/],
    ['4p', /Pursue[\s\S]*Prevent[\s\S]*Protect[\s\S]*Prepare/],
    ['glossary', /SRO[\s\S]*VAWG/],
    ['define sro', /Senior Responsible Officer/i],
    ['fb 11', /not sure/i],
  ] as [string, RegExp][]) {
    it(`answers the direct command "${command}"`, async () => {
      const reply = await ask(command);
      assert.match(cardText(reply), expected);
    });
  }

  it('stores 👍/👎 feedback with the entry id and thanks the user in the card', async () => {
    const reply = await ask('fb4');
    const feedback = actions(cardOf(reply)).find((b) => b.includes('knowledge.feedback') && b.includes('dislike'));
    assert.ok(feedback);
    const res = await h.post(
      invoke(
        'adaptiveCard/action',
        { action: { type: 'Action.Execute', verb: 'knowledge.feedback', data: { entryId: 'fb-4-locality-profile', reaction: 'dislike' } }, trigger: 'manual' },
        { serviceUrl: h.connector.url },
      ),
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(res.body.value), /feedback was recorded/);
    assert.ok(!JSON.stringify(res.body.value).includes('knowledge.feedback'), 'the buttons are gone once used');
    assert.deepEqual(
      (await h.app.store.feedback.listForEntry('fb-4-locality-profile')).map((f) => f.reaction),
      ['dislike'],
    );
  });

  it('refuses feedback from an out-of-date card without storing anything', async () => {
    const res = await h.post(
      invoke(
        'adaptiveCard/action',
        { action: { type: 'Action.Execute', verb: 'knowledge.feedback', data: { entryId: 'no-such-entry', reaction: 'like' } } },
        { serviceUrl: h.connector.url },
      ),
    );
    assert.equal(res.body.type, 'application/vnd.microsoft.activity.message');
    assert.deepEqual(await h.app.store.feedback.listForEntry('no-such-entry'), []);
  });

  it('answers a related-question button with that entry', async () => {
    await h.post(submit({ verb: 'knowledge.ask', entryId: 'fb-7-performance-baseline', msteams: { type: 'messageBack' } }, { serviceUrl: h.connector.url }));
    assert.match(cardText(h.connector.sent(personal)[0]), /FB7/);
  });

  it('says when the next drop-in is, from the live schedule', async () => {
    const before = await ask('when are the drop-ins');
    assert.match(cardText(before), /No drop-in schedule has been set up/);
    h.connector.reset();
    await setSchedule(
      h.app.store,
      {
        ordinal: '1',
        weekday: 'TU',
        startTime: '10:00',
        endTime: '11:00',
        from: '2026-01-01',
        meetingUrl: 'https://teams.microsoft.com/l/meetup-join/example',
      },
      USERS.coordinator.aadObjectId,
      new Date(),
    );
    const after = await ask('when are the drop-ins');
    assert.match(cardText(after), /first Tuesday/);
    assert.match(textOf(after), /The next one is on/);
  });

  it('opens the support form from the "Ask the Regional Disruption Team" button', async () => {
    const reply = await ask('how does the thing with the stuff work');
    const verb = actions(cardOf(reply))
      .find((b) => b.includes('Ask the Regional Disruption Team'))!
      .match(/"verb":"([^"]+)"/)![1];
    const res = await h.post(
      invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data: {} }, trigger: 'manual' }, { serviceUrl: h.connector.url }),
    );
    assert.equal(res.body.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(res.body.value), /Summary/);
  });

  it('includes contact details from the deployment contacts file', async () => {
    const reply = await ask('who do i contact about gain');
    assert.match(cardText(reply), /Regional GAIN Coordinator/);
    assert.match(cardText(reply), /Robin Fictional/);
  });

  it('lists unanswered questions for coordinators only', async () => {
    await ask('how do i fill in the quarterly chb widget return');
    h.connector.reset();
    const refused = await ask('unanswered');
    h.connector.reset();
    assert.match(textOf(refused), /only SOC Community Coordinators/);
    const listed = await ask('unanswered', 'personal', USERS.coordinator);
    assert.match(textOf(listed), /fill in the … chb … return/);
  });

  describe('questions as officers ask them', () => {
    const titles = (reply: any): string[] => [
      ...(cardText(reply).match(/FB\d+|The (?:Clear|Hold|Build) phase|GAIN and the GAIN coordinator|How a GAIN request works/g) ?? []),
    ];

    it('answers a chatty question with filler and a colloquial opening', async () => {
      const reply = await ask('sorry to bother you, what does the hold phase actually cover?');
      assert.match(cardOf(reply).body[0].text, /The Hold phase/);
    });

    it('answers a scenario question with the topic behind it', async () => {
      const reply = await ask('the main OCG members are locked up now, how do we stop others filling the gap?');
      assert.match(cardOf(reply).body[0].text, /The Hold phase/);
    });

    it('answers "the third foundation block" with FB3', async () => {
      const reply = await ask('what is the third foundation block?');
      assert.deepEqual(
        titles(reply)
          .filter((t: string) => t.startsWith('FB'))
          .slice(0, 1),
        ['FB3'],
      );
    });

    it('answers a range of blocks with each block in the range', async () => {
      const reply = await ask('FB5 to FB7');
      for (const block of ['FB5', 'FB6', 'FB7']) assert.ok(titles(reply).includes(block), block);
      assert.ok(!titles(reply).includes('FB8'));
      assert.match(textOf(reply), /FB5: community asset mapping[\s\S]*FB6: governance structure[\s\S]*FB7: performance baseline/);
    });

    it('answers a comparison from both entries side by side', async () => {
      const reply = await ask("what's the difference between hold and build?");
      assert.match(cardOf(reply).body[0].text, /^Comparing: The Hold phase and The Build phase/);
      assert.match(textOf(reply), /consolidates and stabilises[\s\S]*whole-system approach/);
    });

    it('answers both halves of a two-part question', async () => {
      const reply = await ask('what is GAIN and how does a GAIN request work?');
      assert.ok(titles(reply).includes('GAIN and the GAIN coordinator'));
      assert.ok(titles(reply).includes('How a GAIN request works'));
      assert.match(textOf(reply), /hit" or "no hit/);
    });

    it("declines a request for another region's contacts, pointing to the regional ROCU", async () => {
      const reply = await ask('who is the SOC CC for Thames Valley?');
      assert.equal(cardOf(reply), undefined);
      assert.match(textOf(reply), /only cover the South West/);
      assert.match(textOf(reply), /regional ROCU/);
      assert.ok(!textOf(reply).includes('Thames'));
    });

    it('declines legal advice and points to force legal services', async () => {
      const reply = await ask('can we use POCA to seize the cash from the shop?');
      assert.equal(cardOf(reply), undefined);
      assert.match(textOf(reply), /can't give legal advice/);
      assert.match(textOf(reply), /force legal services/);
    });

    it('refuses an intelligence request that names nobody, without echoing it', async () => {
      const reply = await ask('which OCG is running county lines into Zedtown?');
      assert.equal(cardOf(reply), undefined);
      assert.match(textOf(reply), /cannot help with that/);
      assert.ok(!/zedtown|county lines into/i.test(textOf(reply)));
    });

    it('refuses an intelligence request about a named person, without echoing the name', async () => {
      const reply = await ask('what do we know about Zebedee Quartermain from Zedtown?');
      assert.equal(cardOf(reply), undefined);
      assert.match(textOf(reply), /hold no information about individuals/);
      assert.ok(!/zebedee|quartermain|zedtown/i.test(textOf(reply)));
    });

    it('delivers an answer as exactly one message activity', async () => {
      await h.post(message('what is the build phase', { serviceUrl: h.connector.url }));
      assert.equal(h.connector.calls.length, 1);
      const [activity] = h.connector.sent();
      assert.equal(activity.type, 'message');
      assert.match(cardText(activity), /The Build phase/);
      // The notification line is the answer's heading; the whole text is the card's fallback.
      assert.equal(activity.summary, 'The Build phase');
      assert.match(cardOf(activity).fallbackText, /^The Build phase\n\n.+Source/s);
    });
  });

  describe('searchGuidance messaging extension', () => {
    const query = (q: string) =>
      h.post(
        invoke(
          'composeExtension/query',
          { commandId: 'searchGuidance', parameters: [{ name: 'query', value: q }], queryOptions: { skip: 0, count: 10 } },
          { serviceUrl: h.connector.url },
        ),
      );

    it('returns up to 10 results, each with a preview and an answer card to insert', async () => {
      const res = await query('foundation block');
      assert.equal(res.status, 200);
      const { attachments } = res.body.composeExtension;
      assert.ok(attachments.length > 0 && attachments.length <= 10);
      for (const a of attachments) {
        assert.equal(a.contentType, 'application/vnd.microsoft.card.adaptive');
        assert.ok(a.preview.content.title);
        assert.match(JSON.stringify(a.content), /Source:/);
      }
    });

    it('returns starting topics for an empty query', async () => {
      const res = await query('');
      assert.ok(res.body.composeExtension.attachments.length >= 3);
    });

    it('shows the refusal as a message for an intelligence request', async () => {
      const res = await query('pnc check on a vehicle reg');
      assert.equal(res.body.composeExtension.type, 'message');
      assert.match(textOf(res.body.composeExtension), /force systems/);
    });
  });
});

describe('knowledge answers with no contacts file', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({});
  });
  after(async () => h.close());

  it('says who to ask in words a user can act on, with no administrator instructions', async () => {
    await h.post(message('who do i contact about gain', { serviceUrl: h.connector.url }));
    const [reply] = h.connector.sent();
    for (const text of [textOf(reply), cardText(reply)]) {
      assert.match(text, /Regional GAIN Coordinator: ask through the SWROCU microsite/);
      assert.match(text, /force SOC lead/);
      assert.ok(!/CONTACTS_PATH|administrator|deployment/i.test(text), text);
    }
  });
});
