/** The drop-in card verbs: used by the cards (as data), the routing table and tests. */
export const DROPIN_VERBS = {
  rsvp: 'dropins.rsvp',
  card: 'dropins.card',
  schedule: 'dropins.schedule',
} as const;
