// The plain inputs and results shared by the bot layer (which builds and renders them) and the
// features' use-cases (which take and return them). Nothing here knows botbuilder.
import type { AdaptiveCard } from './cards';
import type { Reply } from './messages';
import type { ConversationKind } from './store/types';

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

/** A card button: an Action.Execute (or Action.Submit) carrying `verb` and data. */
export interface ActionInput {
  verb: string;
  data: Record<string, unknown>;
  actor: Actor;
  place: Place;
  now: Date;
  /** The id of the message that holds the card, when Teams sends it. */
  messageId?: string;
  /** True for a Universal Actions automatic refresh. */
  refresh: boolean;
}

/** A card to show in place of the one clicked, a short message for the person who clicked, or a new reply. */
export type ActionResult = { card: AdaptiveCard } | { message: string } | { reply: Reply };

export interface ExtensionInput {
  commandId: string;
  actor: Actor;
  place: Place;
  now: Date;
}

/** A search-based messaging extension: the words typed. */
export type ExtensionQueryInput = ExtensionInput & { query: string };

/** An action-based messaging extension opening its dialog: the message it was started from, if any. */
export type FetchTaskInput = ExtensionInput & { messageText?: string };

/** An action-based messaging extension's dialog, submitted. */
export type SubmitActionInput = ExtensionInput & { data: Record<string, unknown> };

/** One messaging-extension result: the card inserted when picked, and its preview in the list. */
export interface ExtensionResult {
  card: AdaptiveCard;
  preview: { title: string; text?: string };
}

/** A dialog (task module) showing a card. */
export interface TaskCard {
  title: string;
  card: AdaptiveCard;
}
