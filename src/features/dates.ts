import { DateTime } from 'luxon';
import { AppError } from '../errors';
import { ZONE } from '../time-zone';
import { refuseIntelligence } from './safety/intelligence-guard';

// Calendar arithmetic for reminders. Dates are `YYYY-MM-DD` calendar days in Europe/London, so
// adding a day or a month never slips an hour across a clock change.

function day(date: string): DateTime {
  return DateTime.fromISO(date, { zone: ZONE });
}

export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && day(text).isValid;
}

/** "1 day", "3 days". */
export function dayCount(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** The London calendar date at `now`. */
export function londonDate(now: Date): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
}

export function addDays(date: string, days: number): string {
  return day(date).plus({ days }).toISODate()!;
}

/** Adds calendar months; a day past the month's end becomes its last day (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: string, months: number): string {
  return day(date).plus({ months }).toISODate()!;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(day(to).diff(day(from), 'days').days);
}

/** The instant of a London wall-clock time on a date, e.g. 08:00 on the day a reminder is due. */
export function londonInstant(date: string, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return day(date).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

/** London dates from `from` to `to` inclusive, latest first. */
function datesDescending(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = to; d >= from; d = addDays(d, -1)) out.push(d);
  return out;
}

/**
 * The dates whose reminder moment (`time` London) falls in the catch-up window (now − staleHours, now],
 * latest first. A run after downtime sends what was missed within the window, and nothing older.
 */
export function reminderDates(now: Date, staleHours: number, time: string): string[] {
  const windowStart = now.getTime() - staleHours * 3_600_000;
  return datesDescending(londonDate(new Date(windowStart)), londonDate(now)).filter((d) => {
    const moment = londonInstant(d, time).getTime();
    return moment <= now.getTime() && moment > windowStart;
  });
}

/** e.g. "Tue 3 Mar 2026". */
export function formatDate(date: string): string {
  return day(date).setLocale('en-GB').toFormat('ccc d LLL yyyy');
}

function londonTime(instant: Date): DateTime {
  return DateTime.fromJSDate(instant, { zone: ZONE }).setLocale('en-GB');
}

/** e.g. "Tuesday 3 March 2026, 10:00" in London time. */
export function formatDateTime(instant: Date): string {
  return londonTime(instant).toFormat('cccc d LLLL yyyy, HH:mm');
}

/** e.g. "Tuesday 3 March 2026, 10:00–11:00" for a session in London time. */
export function formatSession(start: Date, end: Date): string {
  return `${formatDateTime(start)}–${londonTime(end).toFormat('HH:mm')}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a date a person typed: 2026-03-05, 5/3/2026, 5 March 2026, 5 Mar, today or tomorrow.
 * Without a year, the next such date on or after today. Undefined when it is not a real date.
 */
export function parseUserDate(text: string, today: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (t === 'today') return today;
  if (t === 'tomorrow') return addDays(today, 1);
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match: RegExpMatchArray | null;
  if ((match = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = t.match(/^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/))) {
    [d, m] = [Number(match[1]), Number(match[2])];
    y = match[3] ? Number(match[3].length === 2 ? `20${match[3]}` : match[3]) : undefined;
  } else if ((match = t.match(/^(?:[a-z]+ )?(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})(?: (\d{4}))?$/))) {
    const month = MONTHS.indexOf(match[2].slice(0, 3));
    if (month < 0) return undefined;
    [d, m, y] = [Number(match[1]), month + 1, match[3] ? Number(match[3]) : undefined];
  } else return undefined;
  const thisYear = Number(today.slice(0, 4));
  for (const year of y !== undefined ? [y] : [thisYear, thisYear + 1]) {
    const dt = DateTime.fromObject({ year, month: m, day: d }, { zone: ZONE });
    if (dt.isValid && (y !== undefined || dt.toISODate()! >= today)) return dt.toISODate()!;
  }
  return undefined;
}

/** As parseUserDate, but a date that cannot be read is a clear error for the person who typed it. */
export function requireUserDate(text: string, today: string): string {
  // A typed date is repeated back when it cannot be read, so intelligence is refused first.
  refuseIntelligence(text);
  const date = parseUserDate(text, today);
  if (!date) throw new AppError('input.invalid', `I can't read "${text.trim()}" as a date. Try 2026-03-14 or 14 March.`);
  return date;
}
