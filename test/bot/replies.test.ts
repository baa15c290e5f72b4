import assert from 'node:assert/strict';
import { summaryOf, toActivity } from '../../src/bot/replies';

describe('a reply as one Teams activity', () => {
  it("puts a card reply's whole text in the fallback and its first line in the notification summary", () => {
    const activity = toActivity({ text: 'Heading\n\nThe body of the answer.', card: { type: 'AdaptiveCard', body: [] } });
    assert.equal(activity.text, undefined);
    assert.equal(activity.summary, 'Heading');
    assert.equal((activity.attachments![0].content as { fallbackText: string }).fallbackText, 'Heading\n\nThe body of the answer.');
  });

  it('cuts a long first line at a word, with an ellipsis', () => {
    const line = `${'word '.repeat(40)}end`;
    const summary = summaryOf(line);
    assert.ok(summary.length <= 160);
    assert.match(summary, /^(word )+word…$/);
  });

  it('sends a reply without a card as plain text', () => {
    assert.equal(toActivity({ text: 'Just text' }).text, 'Just text');
  });
});
