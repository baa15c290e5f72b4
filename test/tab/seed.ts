import type { StaticDashboardData } from '../../src/features/dashboard';
import { USERS } from '../support/activities';

// Fictional dashboard data for the tab's tests.
export const PEOPLE = {
  coordinator: { oid: USERS.coordinator.aadObjectId, name: USERS.coordinator.name },
  lro: { oid: USERS.lro.aadObjectId, name: USERS.lro.name },
  lro2: { oid: USERS.lro2.aadObjectId, name: USERS.lro2.name },
};

export const HOSTILE_NOTE = '<img src=x id=injected onerror="document.title=\'pwned\'"> Waiting for the force <b>lead</b>';

export const SEED: StaticDashboardData = {
  coordinator: {
    requestsByStatus: [
      { key: 'open', count: 4 },
      { key: 'assigned', count: 2 },
      { key: 'closed', count: 7 },
    ],
    requestsByForce: [
      { key: 'Avon and Somerset', count: 5 },
      { key: 'Devon and Cornwall', count: 3 },
      { key: 'Dorset', count: 2 },
      { key: 'Gloucestershire', count: 1 },
      { key: 'Wiltshire', count: 2 },
    ],
    ageingBuckets: [
      { label: 'Under 2 days', count: 1 },
      { label: '2 to 7 days', count: 2 },
      { label: '1 to 2 weeks', count: 1 },
      { label: '2 to 4 weeks', count: 0 },
      { label: '4 weeks or more', count: 2 },
    ],
    slaBreaches: [
      { reference: 'SR-2031', force: 'Dorset', urgency: 'high', ageHours: 30 },
      { reference: 'SR-2017', force: 'Wiltshire', urgency: 'routine', ageHours: 340 },
    ],
    overduePlans: [{ reference: 'PLAN-0412', owner: USERS.lro2.name, dueDate: '2025-03-01', daysOverdue: 12 }],
    nextDropIn: { start: '2025-03-20T10:00:00Z', end: '2025-03-20T11:00:00Z', joinUrl: 'https://teams.microsoft.com/l/meetup-join/example', rsvpCount: 9 },
    sites: [
      { name: 'Riverside estate', launchDate: '2024-10-01', nextReview: '2025-04-01' },
      { name: 'Harbour quarter', launchDate: '2024-12-15', nextReview: '2025-06-15' },
    ],
    failedSends: [{ kind: 'support.notify', conversationId: 'a:personal-chat-1', reason: 'gave up after 6 runs (HTTP 500)', at: '2025-03-13T10:00:00Z' }],
    planBalance: [
      { force: 'Avon and Somerset', plans: 4, reviewedOnTime: 0.75, balanced: 0.5, strands: { pursue: 14, prevent: 5, protect: 4, prepare: 2 } },
      { force: 'Dorset', plans: 2, reviewedOnTime: 1, balanced: 0, strands: { pursue: 9, prevent: 1, protect: 0, prepare: 0 } },
    ],
    reviewsOnTime: [
      {
        force: 'Avon and Somerset',
        months: ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03'].map(
          (month, i) => ({ month, reviews: 4, onTime: 2 + (i % 3) }),
        ),
      },
      {
        force: 'Dorset',
        months: ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03'].map(
          (month) => ({ month, reviews: 2, onTime: 2 }),
        ),
      },
    ],
    siteProgress: [
      {
        name: 'Riverside estate',
        phase: 'Hold',
        blocksInPlace: 7,
        blocksTotal: 10,
        measures: [
          {
            label: 'Burglaries',
            change: '−12 (−30%)',
            trend: [
              { periodEnd: '2024-09-30', value: 40, baseline: true },
              { periodEnd: '2024-12-31', value: 34, baseline: false },
              { periodEnd: '2025-02-28', value: 28, baseline: false },
            ],
          },
          {
            label: 'Community survey: share who feel safe (%)',
            change: '+9 (+20%)',
            trend: [
              { periodEnd: '2024-09-30', value: 45, baseline: true },
              { periodEnd: '2025-02-28', value: 54, baseline: false },
            ],
          },
        ],
      },
      { name: 'Harbour quarter', phase: 'Foundations', blocksInPlace: 3, blocksTotal: 10, measures: [] },
    ],
  },
  lros: {
    [PEOPLE.lro.oid]: {
      requests: [
        { reference: 'SR-2031', status: 'assigned', supportType: 'analysis', updatedAt: '2025-03-12T09:30:00Z', latestNote: HOSTILE_NOTE },
        { reference: 'SR-2040', status: 'open', supportType: 'partnership-advice', updatedAt: '2025-03-13T14:05:00Z' },
      ],
      plans: [
        { reference: 'PLAN-0101', nextReviewDate: '2025-04-30', state: 'ok' },
        { reference: 'PLAN-0102', nextReviewDate: '2025-03-20', state: 'due-soon' },
        { reference: 'PLAN-0103', nextReviewDate: '2025-03-13', state: 'due' },
        { reference: 'PLAN-0104', nextReviewDate: '2025-02-28', state: 'overdue' },
      ],
    },
    [PEOPLE.lro2.oid]: {
      requests: [{ reference: 'SR-2017', status: 'open', supportType: 'disruption-tactics', updatedAt: '2025-02-27T08:00:00Z', latestNote: 'Second LRO only' }],
      plans: [{ reference: 'PLAN-0412', nextReviewDate: '2025-03-01', state: 'overdue' }],
    },
  },
};
