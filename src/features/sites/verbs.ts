/** The site card verbs: used by the cards (as data), the routing table and tests. */
export const SITE_VERBS = { add: 'sites.add' } as const;
