import type { ConversationKind } from '../store/types';

/** Who acted, taken from the activity on the server, never from card data. */
export interface Actor {
  aadObjectId?: string;
  name?: string;
  tenantId: string;
}

/** Where the activity happened. */
export interface Place {
  conversationId: string;
  kind: ConversationKind;
  teamId?: string;
}

/** A text command or question, with the bot's @mention already removed. */
export interface MessageInput {
  text: string;
  actor: Actor;
  place: Place;
  now: Date;
}
