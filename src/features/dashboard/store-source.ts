import type { Config } from '../../config';
import type { SupportRequest } from '../../store/support-types';
import type { Store } from '../../store/types';
import { nextOccurrence } from '../dropins/schedule';
import { londonDate } from '../dates';
import { reviewState } from '../plans/plans';
import { undelivered } from '../deliveries/failed-sends';
import { nextSiteReview } from '../sites/reviews';
import { OPEN_STATUSES, STATUS_LABELS, supportTypeLabel, urgencyLabel } from '../support/catalogue';
import { visibleEvents } from '../support/requests';
import { acknowledgeBy } from '../support/sla';
import { inductionFigures, lroInduction } from '../induction/dashboard';
import { allEntries } from '../knowledge/content';
import { ageingBuckets } from './ageing';
import { qualityDashboard } from './quality-source';
import type { CountBy, DashboardSource, LroPlan } from './source';

const HOUR_MS = 3_600_000;

function countBy<T>(items: readonly T[], key: (item: T) => string): CountBy[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, count]) => ({ key: k, count }));
}

const isOpen = (r: SupportRequest) => OPEN_STATUSES.includes(r.status);

/** The dashboard's figures, read from the store with the same rules the bot applies in chat. */
export function storeDashboardSource(store: Store, config: Config): DashboardSource {
  return {
    async coordinatorView(now) {
      const requests = await store.support.list({});
      const open = requests.filter(isOpen);
      const today = londonDate(now);
      const overdue = (await store.plans.listDueBy(today))
        .map((plan) => ({ plan, review: reviewState(plan, today, config.reminders) }))
        .filter(({ review }) => review.state === 'overdue');
      const schedule = await store.dropIns.getSchedule();
      const next = schedule && nextOccurrence(schedule, await store.dropIns.listExceptions(), now);
      return {
        requestsByStatus: countBy(requests, (r) => STATUS_LABELS[r.status]),
        requestsByForce: countBy(open, (r) => r.force),
        ageingBuckets: ageingBuckets(
          open.map((r) => new Date(r.createdAt)),
          now,
        ),
        slaBreaches: open
          .filter((r) => r.status === 'new' && acknowledgeBy(r, config.sla) <= now)
          .map((r) => ({
            reference: r.reference,
            force: r.force,
            urgency: urgencyLabel(r.urgency),
            ageHours: Math.floor((now.getTime() - Date.parse(r.createdAt)) / HOUR_MS),
          })),
        overduePlans: overdue.map(({ plan, review }) => ({
          reference: plan.reference,
          owner: plan.ownerName,
          dueDate: plan.nextReview,
          daysOverdue: review.days,
          ...(plan.snoozedUntil && plan.snoozedUntil >= today ? { snoozedUntil: plan.snoozedUntil } : {}),
        })),
        nextDropIn: next
          ? {
              start: next.start.toISOString(),
              end: next.end.toISOString(),
              joinUrl: schedule.meetingUrl,
              rsvpCount: await store.dropIns.countRsvps(next.id),
            }
          : null,
        sites: (await store.sites.list()).filter((s) => !s.closedOn).map((s) => ({ name: s.name, launchDate: s.launchDate, nextReview: nextSiteReview(s) })),
        failedSends: (await undelivered(store)).map(({ kind, conversationId, reason, at }) => ({ kind, conversationId, reason, at })),
        induction: inductionFigures(await store.induction.list(), config.forces),
        ...(await qualityDashboard(store, config, allEntries, now)),
      };
    },

    async lroView({ aadObjectId, tenantId }, now) {
      const mine = await store.support.list({ requesterAadObjectId: aadObjectId });
      const actor = { aadObjectId, tenantId };
      const requests = await Promise.all(
        mine
          .filter((r) => r.tenantId === tenantId)
          .map(async (r) => {
            const notes = visibleEvents(config, actor, await store.support.events(r.id)).filter((e) => e.note);
            const latest = notes.at(-1)?.note;
            return {
              reference: r.reference,
              status: STATUS_LABELS[r.status],
              supportType: supportTypeLabel(r.supportType),
              updatedAt: r.updatedAt,
              ...(latest ? { latestNote: latest } : {}),
            };
          }),
      );
      const today = londonDate(now);
      const plans = (await store.plans.listActiveByOwner(tenantId, aadObjectId)).map((plan): LroPlan => {
        const { state } = reviewState(plan, today, config.reminders);
        return { reference: plan.reference, nextReviewDate: plan.nextReview, state: state === 'scheduled' ? 'ok' : state };
      });
      return { requests, plans, induction: lroInduction(await store.induction.get(tenantId, aadObjectId)) };
    },
  };
}
