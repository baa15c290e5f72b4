import type { Config } from '../../config';
import type { SiteRecord } from '../../store/plan-types';
import type { Store } from '../../store/types';
import { addDays, addMonths, dayCount, daysBetween, formatDate, isCalendarDate, reminderDates } from '../dates';

/** The formal Home Office review is due this many months after a site launches. */
export const REVIEW_MONTHS = 6;
/** Site reminders go out at this London time. */
export const SITE_REMINDER_TIME = '08:30';

const MAX_NAME = 80;

/** Launch plus six calendar months; a launch on the 31st is reviewed on the month's last day. */
export function formalReviewDate(launchDate: string): string {
  return addMonths(launchDate, REVIEW_MONTHS);
}

/** e.g. "due in 28 days (Tue 1 Sep 2026)", "due today", "was due 3 days ago". */
export function describeReview(site: SiteRecord, today: string): string {
  const review = formalReviewDate(site.launchDate);
  const days = daysBetween(today, review);
  if (days > 0) return `due in ${dayCount(days)} (${formatDate(review)})`;
  if (days === 0) return `due today (${formatDate(review)})`;
  return `was due ${dayCount(-days)} ago (${formatDate(review)})`;
}

export interface SiteReminder {
  daysBefore: number;
  key: string;
}

/** The latest milestone (days before the review, from config) whose moment is in the catch-up window. */
export function latestSiteReminder(site: SiteRecord, rules: Pick<Config['reminders'], 'siteReviewMilestoneDays' | 'staleHours'>, now: Date): SiteReminder | undefined {
  const review = formalReviewDate(site.launchDate);
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

export function validateSite(form: Record<string, unknown>, forces: string[], today: string): { site: SiteInput } | { errors: string[] } {
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim().replace(/\s+/g, ' ') : '');
  const errors: string[] = [];
  const name = text('name');
  if (!name) errors.push('Enter the site name.');
  else if (name.length > MAX_NAME) errors.push(`Keep the site name to ${MAX_NAME} characters.`);
  const force = forces.find((f) => f.toLowerCase() === text('force').toLowerCase());
  if (!force) errors.push(`Choose the force: ${forces.join(', ')}.`);
  const launchDate = text('launchDate');
  if (!isCalendarDate(launchDate)) errors.push('Enter the launch date.');
  else if (launchDate > addDays(today, 366)) errors.push('The launch date is more than a year away; check the year.');
  if (errors.length || !force) return { errors };
  return { site: { name, force, launchDate } };
}

/** Adds a site, or updates the one with the same name; `created` says which. */
export async function registerSite(store: Store, input: SiteInput, by: string, now: Date): Promise<{ site: SiteRecord; created: boolean }> {
  const site: SiteRecord = { id: siteId(input.name), ...input, updatedBy: by, updatedAt: now.toISOString() };
  return { site, created: await store.sites.upsert(site) };
}
