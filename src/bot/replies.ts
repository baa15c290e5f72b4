import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../messages';

/**
 * Turns a feature's reply into an outgoing activity. The plain text also becomes the card's
 * `fallbackText`, which hosts that cannot render Adaptive Cards show instead.
 */
export function toActivity(reply: Reply): Partial<Activity> {
  if (!reply.card) return MessageFactory.text(reply.text);
  const card = reply.text ? { fallbackText: reply.text, ...reply.card } : reply.card;
  return MessageFactory.attachment(CardFactory.adaptiveCard(card), reply.text);
}
