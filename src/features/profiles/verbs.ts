/** The SOC local profile card verbs: used by the cards (as data), the routing table and tests. */
export const PROFILE_VERBS = { save: 'profiles.save' } as const;
