/** The knowledge card verbs: used by the cards (as data), the routing table and tests. */
export const KNOWLEDGE_VERBS = { feedback: 'knowledge.feedback', ask: 'knowledge.ask' } as const;

/** The search messaging-extension command declared in appPackage/manifest.json. */
export const SEARCH_GUIDANCE = 'searchGuidance';
