// Reading Adaptive Cards out of what the bot sent.

/** The Adaptive Card attached to an activity, if any. */
export function cardOf(activity: any): any {
  return activity?.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Every input on a card, by id. */
export function inputsOf(card: any): Record<string, any> {
  const found: Record<string, any> = {};
  const walk = (node: any) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.type === 'string' && node.type.startsWith('Input.')) found[node.id] = node;
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** What a reader sees of a message: its text, or its card's fallback text when it is a card. */
export function textOf(activity: any): string {
  return activity?.text ?? cardOf(activity)?.fallbackText ?? '';
}
