/** The site card verbs: used by the cards (as data), the routing table and tests. */
export const SITE_VERBS = { add: 'sites.add' } as const;

/** The site progress card verbs: phase, foundation block, measure, and the LRO and plans set-up. */
export const SITE_DELIVERY_VERBS = { phase: 'sites.phase', block: 'sites.block', measure: 'sites.measure', setup: 'sites.setup' } as const;
