import type { ProfileRecord } from '../../store/quality-types';
import { addDays, addMonths, daysBetween, isCalendarDate } from '../dates';
import { checkFreeText } from '../sites/free-text';

// SOC local profiles: the briefing asks forces whether theirs are current. The bot keeps each
// area's profile date and owner, never the profile itself.

const MAX_AREA = 80;

export interface ProfileRules {
  /** A profile older than this many months is stale. */
  maxAgeMonths: number;
  /** A stale profile's owner is reminded once every this many days. */
  reminderCadenceDays: number;
}

export function profileId(area: string): string {
  return area.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The date a profile becomes stale. */
export function staleFrom(profile: Pick<ProfileRecord, 'profileDate'>, rules: ProfileRules): string {
  return addMonths(profile.profileDate, rules.maxAgeMonths);
}

export function isStale(profile: Pick<ProfileRecord, 'profileDate'>, rules: ProfileRules, today: string): boolean {
  return today >= staleFrom(profile, rules);
}

/** Whole months from the profile date to today, e.g. 13. */
export function ageInMonths(profileDate: string, today: string): number {
  let months = 0;
  while (addMonths(profileDate, months + 1) <= today) months++;
  return months;
}

export function describeAge(profileDate: string, today: string): string {
  const months = ageInMonths(profileDate, today);
  if (months === 0) return `${daysBetween(profileDate, today)} days old`;
  return months === 1 ? '1 month old' : `${months} months old`;
}

/**
 * The reminder due for a stale profile on `today`: one per cadence period since it went stale,
 * keyed by the profile's date and the period, so a new profile date starts afresh and each goes once.
 */
export function staleReminderKey(profile: ProfileRecord, rules: ProfileRules, today: string): string | undefined {
  if (!isStale(profile, rules, today)) return undefined;
  const period = Math.floor(daysBetween(staleFrom(profile, rules), today) / rules.reminderCadenceDays);
  return `profiles:${profile.id}:${profile.profileDate}:${period}`;
}

export interface ProfileInput {
  area: string;
  force: string;
  profileDate: string;
}

export function validateProfile(form: Record<string, unknown>, forces: string[], today: string): { profile: ProfileInput } | { errors: string[] } {
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim().replace(/\s+/g, ' ') : '');
  const errors: string[] = [];
  const area = text('area');
  if (!area) errors.push('Enter the area the profile covers.');
  else if (area.length > MAX_AREA) errors.push(`Keep the area to ${MAX_AREA} characters.`);
  const refused = checkFreeText(area);
  if (refused) errors.push(refused);
  const force = forces.find((f) => f.toLowerCase() === text('force').toLowerCase());
  if (!force) errors.push(`Choose the force: ${forces.join(', ')}.`);
  const profileDate = text('profileDate');
  if (!isCalendarDate(profileDate)) errors.push('Enter the date of the profile (YYYY-MM-DD).');
  else if (profileDate > today) errors.push('The profile date cannot be in the future.');
  else if (profileDate < addDays(today, -3660)) errors.push('That profile date is over ten years ago; check the year.');
  if (errors.length || !force) return { errors };
  return { profile: { area, force, profileDate } };
}
