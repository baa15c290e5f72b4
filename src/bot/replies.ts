import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../messages';

/** A notification shows a line or two; the whole text is in the card and its fallback. */
const SUMMARY_MAX = 160;

/** The first line of the text, cut at a word within SUMMARY_MAX characters. */
export function summaryOf(text: string): string {
  const line = text.split('\n', 1)[0].trim();
  if (line.length <= SUMMARY_MAX) return line;
  const cut = line.slice(0, SUMMARY_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/**
 * Turns a feature's reply into one outgoing activity. With a card, the plain text goes only into the
 * card's `fallbackText` (shown by hosts that cannot render Adaptive Cards), and its first line into the
 * activity's `summary` (what Teams shows in notifications): Teams would otherwise show the text and the
 * card, one after the other.
 */
export function toActivity(reply: Reply): Partial<Activity> {
  if (!reply.card) return MessageFactory.text(reply.text);
  const card = reply.text ? { fallbackText: reply.text, ...reply.card } : reply.card;
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  return reply.text ? { ...activity, summary: summaryOf(reply.text) } : activity;
}
