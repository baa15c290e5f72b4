import type { Config } from '../../config';
import type { SiteRecord } from '../../store/plan-types';
import type { Store } from '../../store/types';
import { AppError } from '../../errors';
import { containsIntelligence, INTELLIGENCE_FIELD_ERROR, refuseIntelligence } from '../safety/intelligence-guard';
import { addDays, addMonths, dayCount, daysBetween, formatDate, isCalendarDate, londonDate, reminderDates } from '../dates';

/** The formal Home Office review is due this many months after a site launches. */
export const REVIEW_MONTHS = 6;
/** Site reminders go out at this London time. */
export const SITE_REMINDER_TIME = '08:30';

const MAX_NAME = 80;
const MAX_NOTE = 500;

/** Launch plus six calendar months; a launch on the 31st is reviewed on the month's last day. */
export function formalReviewDate(launchDate: string): string {
  return addMonths(launchDate, REVIEW_MONTHS);
}

/** The next formal review: six months after launch, then six months after the last one held. */
export function nextSiteReview(site: SiteRecord): string {
  return formalReviewDate(site.lastReviewHeld ?? site.launchDate);
}

/** e.g. "due in 28 days (Tue 1 Sep 2026)", "due today", "was due 3 days ago"; a closed site says so. */
export function describeReview(site: SiteRecord, today: string): string {
  if (site.closedOn) return `no longer due: the site closed on ${formatDate(site.closedOn)}`;
  const review = nextSiteReview(site);
  const days = daysBetween(today, review);
  const held = site.lastReviewHeld ? `; last held ${formatDate(site.lastReviewHeld)}` : '';
  if (days > 0) return `due in ${dayCount(days)} (${formatDate(review)})${held}`;
  if (days === 0) return `due today (${formatDate(review)})${held}`;
  return `was due ${dayCount(-days)} ago (${formatDate(review)})${held}`;
}

export interface SiteReminder {
  daysBefore: number;
  key: string;
}

/** The latest milestone (days before the review, from config) whose moment is in the catch-up window. */
export function latestSiteReminder(
  site: SiteRecord,
  rules: Pick<Config['reminders'], 'siteReviewMilestoneDays' | 'staleHours'>,
  now: Date,
): SiteReminder | undefined {
  if (site.closedOn) return undefined;
  const review = nextSiteReview(site);
  for (const date of reminderDates(now, rules.staleHours, SITE_REMINDER_TIME)) {
    const daysBefore = daysBetween(date, review);
    if (rules.siteReviewMilestoneDays.includes(daysBefore)) return { daysBefore, key: `sites:${site.id}:${review}:${daysBefore}` };
  }
  return undefined;
}

function siteId(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface SiteInput {
  name: string;
  force: string;
  launchDate: string;
}

/** Checks the site form; on errors it also gives the values to show again, without a name that carries intelligence. */
export function validateSite(form: Record<string, unknown>, forces: string[], today: string): { site: SiteInput } | { errors: string[]; values: SiteInput } {
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim().replace(/\s+/g, ' ') : '');
  const errors: string[] = [];
  const name = text('name');
  const intelligence = containsIntelligence(name);
  if (!name) errors.push('Enter the site name.');
  else if (intelligence) errors.push(`Site name: ${INTELLIGENCE_FIELD_ERROR}`);
  else if (name.length > MAX_NAME) errors.push(`Keep the site name to ${MAX_NAME} characters.`);
  const force = forces.find((f) => f.toLowerCase() === text('force').toLowerCase());
  if (!force) errors.push(`Choose the force: ${forces.join(', ')}.`);
  const launchDate = text('launchDate');
  if (!isCalendarDate(launchDate)) errors.push('Enter the launch date.');
  else if (launchDate > addDays(today, 366)) errors.push('The launch date is more than a year away; check the year.');
  if (errors.length || !force) return { errors, values: { name: intelligence ? '' : name, force: text('force'), launchDate } };
  return { site: { name, force, launchDate } };
}

/** Adds a site, or updates the one with the same name (keeping its reviews); `created` says which. */
export async function registerSite(store: Store, input: SiteInput, by: string, now: Date): Promise<{ site: SiteRecord; created: boolean }> {
  const id = siteId(input.name);
  const site: SiteRecord = { ...(await store.sites.get(id)), id, ...input, updatedBy: by, updatedAt: now.toISOString() };
  return { site, created: await store.sites.upsert(site) };
}

/** The site a coordinator named, matched as registering matches names. */
export async function findSite(store: Store, name: string): Promise<SiteRecord> {
  const site = await store.sites.get(siteId(name));
  if (!site) throw new AppError('not-found', `There is no CHB site called "${name.trim()}". Type "sites" to see their names.`);
  return site;
}

// The one call to the intelligence guard for site notes; repointed when the shared guard lands.
/** Records the formal review held on `date` (not before launch, not in the future), with an optional note; audited. */
export async function markReviewHeld(store: Store, site: SiteRecord, date: string, note: string | undefined, by: string, now: Date): Promise<SiteRecord> {
  if (site.closedOn) throw new AppError('conflict', `${site.name} closed on ${formatDate(site.closedOn)}; it has no more reviews.`);
  if (date > londonDate(now))
    throw new AppError('input.invalid', `${formatDate(date)} is in the future: give the date the review was held, with its year (e.g. 3 July 2026).`);
  if (date < site.launchDate)
    throw new AppError('input.invalid', `${site.name} launched on ${formatDate(site.launchDate)}; the review date cannot be before that.`);
  const text = note?.trim();
  if (text && text.length > MAX_NOTE) throw new AppError('input.too-long', `Keep the review note to ${MAX_NOTE} characters.`);
  if (text) refuseIntelligence(text);
  const { lastReviewNote: _old, ...rest } = site;
  const updated: SiteRecord = { ...rest, lastReviewHeld: date, ...(text ? { lastReviewNote: text } : {}), updatedBy: by, updatedAt: now.toISOString() };
  await store.sites.upsert(updated);
  await store.sites.audit({ siteId: site.id, siteName: site.name, action: 'review-held', date, by, at: now.toISOString() });
  return updated;
}

/** Closes a site today: no more reviews or reminders; audited. */
export async function closeSite(store: Store, site: SiteRecord, by: string, now: Date): Promise<SiteRecord> {
  if (site.closedOn) throw new AppError('conflict', `${site.name} already closed on ${formatDate(site.closedOn)}.`);
  const closedOn = londonDate(now);
  const updated: SiteRecord = { ...site, closedOn, updatedBy: by, updatedAt: now.toISOString() };
  await store.sites.upsert(updated);
  await store.sites.audit({ siteId: site.id, siteName: site.name, action: 'closed', date: closedOn, by, at: now.toISOString() });
  return updated;
}

/** Removes a site registered by mistake; the audit trail keeps who removed it and when. */
export async function removeSite(store: Store, site: SiteRecord, by: string, now: Date): Promise<void> {
  await store.sites.audit({ siteId: site.id, siteName: site.name, action: 'removed', by, at: now.toISOString() });
  await store.sites.remove(site.id);
}
