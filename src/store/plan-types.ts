// Repositories for 4P plan reviews, LRO drop-in sessions and CHB sites.
// Calendar dates are `YYYY-MM-DD` in Europe/London; instants are ISO 8601 UTC strings.

/** How often a plan is reviewed. */
export type Cadence = { kind: 'days'; days: number } | { kind: 'monthly' } | { kind: 'quarterly' };

export type PlanStatus = 'active' | 'archived';

/** A 4P plan against an organised crime group, with its review cycle. */
export interface PlanRecord {
  id: string;
  tenantId: string;
  /** The plan or OCG reference, as typed. Unique among a tenant's active plans, ignoring case. */
  reference: string;
  ownerAadObjectId: string;
  ownerName: string;
  cadence: Cadence;
  lastReviewed: string;
  /** `lastReviewed` plus the cadence; kept so the due query can use an index. */
  nextReview: string;
  /** No owner reminders before this date. */
  snoozedUntil?: string;
  /** The channel or group chat that gets this plan in its digest. */
  digestConversationId?: string;
  lastNote?: string;
  status: PlanStatus;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

/** How references are compared: case and surrounding spaces are ignored. */
export function referenceKey(reference: string): string {
  return reference.trim().toLowerCase();
}

export interface PlanRepository {
  /** Adds a plan; false when an active plan in the tenant already has its reference. */
  insert(plan: PlanRecord): Promise<boolean>;
  /** Replaces a stored plan; archiving frees its reference. */
  save(plan: PlanRecord): Promise<void>;
  get(id: string): Promise<PlanRecord | undefined>;
  findActiveByReference(tenantId: string, reference: string): Promise<PlanRecord | undefined>;
  listActiveByOwner(tenantId: string, ownerAadObjectId: string): Promise<PlanRecord[]>;
  /** Active plans whose next review is on or before `date`, soonest first. */
  listDueBy(date: string): Promise<PlanRecord[]>;
}

/** The drop-in schedule, set by a coordinator. There is one for the region. */
export interface DropInSchedule {
  /** RFC 5545 text: a DTSTART with TZID=Europe/London and an RRULE line. */
  rule: string;
  /** Session end, `HH:mm` London time, on the day it starts. */
  endTime: string;
  meetingUrl: string;
  /** A random secret in calendar links, so session links are not guessable. */
  calendarToken: string;
  updatedBy: string;
  updatedAt: string;
}

/** A change to one session, keyed by the date the rule gives it (its occurrence id). */
export type DropInException = { occurrenceId: string; by: string; at: string } & ({ kind: 'cancelled' } | { kind: 'moved'; start: string; end: string });

export interface DropInRepository {
  getSchedule(): Promise<DropInSchedule | undefined>;
  saveSchedule(schedule: DropInSchedule): Promise<void>;
  setException(exception: DropInException): Promise<void>;
  /** False when the session had no change to clear. */
  clearException(occurrenceId: string): Promise<boolean>;
  listExceptions(): Promise<DropInException[]>;
  /** False when the conversation was already subscribed. */
  subscribe(conversationId: string, by: string, at: string): Promise<boolean>;
  unsubscribe(conversationId: string): Promise<boolean>;
  listSubscribers(): Promise<string[]>;
  /** Records that a person will attend; false when they had already said so. */
  addRsvp(occurrenceId: string, aadObjectId: string, at: string): Promise<boolean>;
  removeRsvp(occurrenceId: string, aadObjectId: string): Promise<boolean>;
  hasRsvp(occurrenceId: string, aadObjectId: string): Promise<boolean>;
  countRsvps(occurrenceId: string): Promise<number>;
  /** Who said they will attend, in the order they said so. */
  listRsvps(occurrenceId: string): Promise<string[]>;
}

/** A CHB site; its formal Home Office review is due six months after launch. */
export interface SiteRecord {
  /** The name, folded to lower case: registering a name again updates that site. */
  id: string;
  name: string;
  force: string;
  launchDate: string;
  /** The date the latest formal review was held; the next is due six months on. */
  lastReviewHeld?: string;
  /** The coordinator's note on that review (checked by the intelligence guard). */
  lastReviewNote?: string;
  /** The date the site was closed: no more reviews or reminders. */
  closedOn?: string;
  updatedBy: string;
  updatedAt: string;
}

/** What a coordinator did to a site: who, when and what, kept after the site is removed. */
export interface SiteAuditEntry {
  siteId: string;
  siteName: string;
  action: 'review-held' | 'closed' | 'removed';
  /** The review or closing date, where there is one. */
  date?: string;
  by: string;
  at: string;
}

export interface SiteRepository {
  /** Inserts or replaces by id; true when the site is new. */
  upsert(site: SiteRecord): Promise<boolean>;
  get(id: string): Promise<SiteRecord | undefined>;
  /** Every site, by launch date. */
  list(): Promise<SiteRecord[]>;
  /** Deletes a site; true when there was one. */
  remove(id: string): Promise<boolean>;
  /** Appends to the audit trail. */
  audit(entry: SiteAuditEntry): Promise<void>;
  /** The audit trail of one site, oldest first. */
  auditTrail(siteId: string): Promise<SiteAuditEntry[]>;
}
