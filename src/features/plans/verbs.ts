/** The plan card verbs: used by the cards (as data), the routing table and tests. */
export const PLAN_VERBS = {
  add: 'plans.add',
  card: 'plans.card',
  review: 'plans.review',
  snooze: 'plans.snooze',
  manage: 'plans.manage',
  transfer: 'plans.transfer',
  archive: 'plans.archive',
} as const;
