import type { AdaptiveCard } from './cards';

/** A message for Teams as plain data: text for clients without cards, and optionally a card. */
export interface Reply {
  text: string;
  card?: AdaptiveCard;
}
