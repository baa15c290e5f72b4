// The dashboard tab's data port. Plain JSON-ready types: instants are ISO 8601 UTC strings,
// calendar dates are `YYYY-MM-DD` in Europe/London.

import type { InductionFigures, LroInduction } from '../induction/dashboard';

export interface CountBy {
  key: string;
  count: number;
}

export interface AgeingBucket {
  label: string;
  count: number;
}

export interface SlaBreach {
  reference: string;
  force: string;
  urgency: string;
  ageHours: number;
}

export interface OverduePlan {
  reference: string;
  /** Display name of the plan's owner (an LRO). */
  owner: string;
  dueDate: string;
  daysOverdue: number;
  /** The owner snoozed the reminders until this date (not past). */
  snoozedUntil?: string;
}

export interface DropInSummary {
  start: string;
  end: string;
  joinUrl: string;
  rsvpCount: number;
}

export interface SiteSummary {
  name: string;
  launchDate: string;
  nextReview: string;
}

/** A message the bot gave up sending, or whose outcome a crash left unknown (never its text). */
export interface FailedSend {
  kind: string;
  conversationId: string;
  reason: string;
  at: string;
}

/** Active 4P plans in one force: how many, the shares reviewed on time and balanced, and the strand mix. */
export interface PlanBalance {
  force: string;
  plans: number;
  reviewedOnTime: number;
  balanced: number;
  strands: { pursue: number; prevent: number; protect: number; prepare: number };
}

/** Reviews done in each of the last 12 months in one force, and how many were on time. */
export interface ReviewsOnTime {
  force: string;
  months: { month: string; reviews: number; onTime: number }[];
}

/** A CHB site's delivery: its phase, foundation blocks in place, and each measure against its baseline. */
export interface SiteProgressSummary {
  name: string;
  phase: string;
  blocksInPlace: number;
  blocksTotal: number;
  measures: { label: string; change: string; trend: { periodEnd: string; value: number; baseline: boolean }[] }[];
}

/** What a SOC Community Coordinator sees: the whole region. */
export interface CoordinatorDashboard {
  requestsByStatus: CountBy[];
  requestsByForce: CountBy[];
  /** Open requests by age, youngest bucket first. */
  ageingBuckets: AgeingBucket[];
  slaBreaches: SlaBreach[];
  overduePlans: OverduePlan[];
  nextDropIn: DropInSummary | null;
  sites: SiteSummary[];
  /** Newest first; also listed in chat by `failed sends`. */
  failedSends: FailedSend[];
  /** LRO induction by force; absent from sources that do not hold it. */
  induction?: InductionFigures;
  /** Plan balance by force; absent from sources that do not hold plan structure. */
  planBalance?: PlanBalance[];
  reviewsOnTime?: ReviewsOnTime[];
  siteProgress?: SiteProgressSummary[];
}

export interface LroRequest {
  reference: string;
  status: string;
  supportType: string;
  updatedAt: string;
  latestNote?: string;
}

export type PlanState = 'ok' | 'due-soon' | 'due' | 'overdue';

export interface LroPlan {
  reference: string;
  nextReviewDate: string;
  state: PlanState;
}

/** What an LRO sees: only their own requests and plans. */
export interface LroDashboard {
  requests: LroRequest[];
  plans: LroPlan[];
  /** Their own induction progress; null before they start. */
  induction?: LroInduction | null;
}

export interface DashboardSource {
  coordinatorView(now: Date): Promise<CoordinatorDashboard>;
  /** Only the requests and plans owned by `aadObjectId`. */
  lroView(person: { aadObjectId: string; tenantId: string }, now: Date): Promise<LroDashboard>;
}
