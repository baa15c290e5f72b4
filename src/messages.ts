import type { AdaptiveCard } from './cards';

/** A message for Teams as plain data: text for clients without cards, and optionally a card. */
export interface Reply {
  text: string;
  card?: AdaptiveCard;
  /** Extra entities (e.g. citations) and channel data the message carries. */
  entities?: Record<string, unknown>[];
  channelData?: Record<string, unknown>;
}
