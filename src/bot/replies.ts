import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { AdaptiveCard } from '../cards';

/** What a route answers with: plain text for clients without cards, and optionally a card. */
export interface Reply {
  text: string;
  card?: AdaptiveCard;
  /** Extra entities (e.g. citations) and channel data the reply carries. */
  entities?: Record<string, unknown>[];
  channelData?: Record<string, unknown>;
}

/** Turns a feature's reply into an outgoing activity. */
export function toActivity(reply: Reply): Partial<Activity> {
  const activity = reply.card
    ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card), reply.text)
    : MessageFactory.text(reply.text);
  if (reply.entities) activity.entities = reply.entities as Activity['entities'];
  if (reply.channelData) activity.channelData = reply.channelData;
  return activity;
}
