import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../messages';

export type { Reply };

/** Turns a feature's reply into an outgoing activity. */
export function toActivity(reply: Reply): Partial<Activity> {
  const activity = reply.card
    ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card), reply.text)
    : MessageFactory.text(reply.text);
  if (reply.entities) activity.entities = reply.entities as Activity['entities'];
  if (reply.channelData) activity.channelData = reply.channelData;
  return activity;
}
