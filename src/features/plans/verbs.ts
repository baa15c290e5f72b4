/** The plan card verbs: used by the cards (as data), the routing table and tests. */
export const PLAN_VERBS = {
  add: 'plans.add',
  card: 'plans.card',
  review: 'plans.review',
  snooze: 'plans.snooze',
  manage: 'plans.manage',
  transfer: 'plans.transfer',
  archive: 'plans.archive',
  unarchive: 'plans.unarchive',
} as const;

/** The plan structure and health card verbs. */
export const PLAN_QUALITY_VERBS = { saveStructure: 'plans.structure.save', editStructure: 'plans.structure.edit', health: 'plans.health' } as const;
