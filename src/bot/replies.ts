import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../messages';

/**
 * Turns a feature's reply into one outgoing activity. With a card, the plain text goes only into the
 * card's `fallbackText` (shown by hosts that cannot render Adaptive Cards) and the activity's `summary`
 * (what Teams shows in notifications): Teams would otherwise show the text and the card, one after
 * the other.
 */
export function toActivity(reply: Reply): Partial<Activity> {
  if (!reply.card) return MessageFactory.text(reply.text);
  const card = reply.text ? { fallbackText: reply.text, ...reply.card } : reply.card;
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  return reply.text ? { ...activity, summary: reply.text } : activity;
}
