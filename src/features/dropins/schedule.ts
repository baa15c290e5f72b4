import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { RRule } from 'rrule';
import { AppError } from '../../errors';
import type { DropInException, DropInSchedule } from '../../store/plan-types';
import type { Store } from '../../store/types';
import { ZONE } from '../../time-zone';
import { formatSession, isCalendarDate } from '../dates';

export const WEEKDAYS = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday' } as const;
export const ORDINALS = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' } as const;
export type Weekday = keyof typeof WEEKDAYS;
export type Ordinal = keyof typeof ORDINALS;

/** What a coordinator sets: e.g. the first Tuesday of each month, 10:00–11:00, from a date. */
export interface ScheduleInput {
  ordinal: Ordinal;
  weekday: Weekday;
  startTime: string;
  endTime: string;
  from: string;
  meetingUrl: string;
}

/** One session. Its id is the London date the rule gives it, and stays the same if it is moved. */
export interface DropInOccurrence {
  id: string;
  start: Date;
  end: Date;
  cancelled: boolean;
  /** When moved: the start the rule gave it. */
  movedFrom?: Date;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
// Moves stay within a few weeks of the original date, so a window of rule dates can find them.
const MAX_MOVE_DAYS = 45;

function compact(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** The RFC 5545 text for the input: DTSTART in Europe/London and a monthly RRULE. */
export function ruleText(input: Pick<ScheduleInput, 'ordinal' | 'weekday' | 'startTime' | 'from'>): string {
  const n = Number(input.ordinal);
  return `DTSTART;TZID=${ZONE}:${compact(input.from, input.startTime)}\nRRULE:FREQ=MONTHLY;BYDAY=${n > 0 ? '+' : ''}${n}${input.weekday}`;
}

/**
 * The rule evaluated on London wall-clock time: rrule works on "floating" dates whose UTC fields
 * are read as London time, and luxon then gives the real instant, so DST is right.
 */
function floatingRule(rule: string): RRule {
  return new RRule({ ...RRule.parseString(rule), tzid: null });
}

function wallClockToInstant(floating: Date, time?: string): Date {
  const [hour, minute] = time ? time.split(':').map(Number) : [floating.getUTCHours(), floating.getUTCMinutes()];
  return DateTime.fromObject(
    { year: floating.getUTCFullYear(), month: floating.getUTCMonth() + 1, day: floating.getUTCDate(), hour, minute },
    { zone: ZONE },
  ).toJSDate();
}

function toFloating(instant: Date): Date {
  const t = DateTime.fromJSDate(instant, { zone: ZONE });
  return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute));
}

/** The schedule as the coordinator's form shows it, starting from `from`. */
export function scheduleInput(schedule: DropInSchedule, from: string): ScheduleInput {
  const opts = RRule.parseString(schedule.rule);
  const byDay = (Array.isArray(opts.byweekday) ? opts.byweekday[0] : opts.byweekday) as { weekday: number; n?: number };
  return {
    ordinal: String(byDay.n ?? 1) as Ordinal,
    weekday: (Object.keys(WEEKDAYS) as Weekday[])[byDay.weekday],
    startTime: DateTime.fromJSDate(opts.dtstart!, { zone: 'utc' }).toFormat('HH:mm'),
    endTime: schedule.endTime,
    from,
    meetingUrl: schedule.meetingUrl,
  };
}

/** e.g. "first Tuesday of each month, 10:00–11:00". */
export function describeSchedule(schedule: DropInSchedule): string {
  const s = scheduleInput(schedule, '');
  return `${ORDINALS[s.ordinal]} ${WEEKDAYS[s.weekday]} of each month, ${s.startTime}–${s.endTime}`;
}

function ruleOccurrences(schedule: DropInSchedule, from: Date, to: Date): DropInOccurrence[] {
  return floatingRule(schedule.rule)
    .between(toFloating(from), toFloating(to), true)
    .map((f) => {
      const id = f.toISOString().slice(0, 10);
      return { id, start: wallClockToInstant(f), end: wallClockToInstant(f, schedule.endTime), cancelled: false };
    });
}

function withException(o: DropInOccurrence, e: DropInException | undefined): DropInOccurrence {
  if (!e) return o;
  if (e.kind === 'cancelled') return { ...o, cancelled: true };
  return { ...o, start: new Date(e.start), end: new Date(e.end), movedFrom: o.start };
}

/** Sessions starting between `from` and `to`, with cancellations and moves applied, in start order. */
export function occurrencesBetween(schedule: DropInSchedule, exceptions: DropInException[], from: Date, to: Date): DropInOccurrence[] {
  const margin = MAX_MOVE_DAYS * 86_400_000;
  const byId = new Map(exceptions.map((e) => [e.occurrenceId, e]));
  return ruleOccurrences(schedule, new Date(from.getTime() - margin), new Date(to.getTime() + margin))
    .map((o) => withException(o, byId.get(o.id)))
    .filter((o) => o.start >= from && o.start <= to)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Sessions are offered this far ahead ("next drop-in", the schedule list, calendar files). */
export const SESSION_HORIZON_DAYS = 400;
// Evaluating the rule costs time in proportion to the distance from its start, so no lookup goes further than this.
const MAX_RULE_YEARS = 30;

/** The first day of the schedule: its rule's start date. */
function scheduleStart(schedule: DropInSchedule): string {
  return DateTime.fromJSDate(RRule.parseString(schedule.rule).dtstart!, { zone: 'utc' }).toISODate()!;
}

/** Whether a session id (a London date) is one the schedule can have now: from its start to the horizon ahead. */
export function withinSessionWindow(schedule: DropInSchedule, id: string, now: Date): boolean {
  if (!isCalendarDate(id)) return false;
  const horizon = DateTime.fromJSDate(now, { zone: ZONE }).plus({ days: SESSION_HORIZON_DAYS }).toISODate()!;
  return id >= scheduleStart(schedule) && id <= horizon;
}

/** The session with this id (its rule date), or undefined when the rule has none that day. */
export function occurrenceById(schedule: DropInSchedule, exceptions: DropInException[], id: string): DropInOccurrence | undefined {
  if (!isCalendarDate(id)) return undefined;
  const start = scheduleStart(schedule);
  if (id < start || id > DateTime.fromISO(start).plus({ years: MAX_RULE_YEARS }).toISODate()!) return undefined;
  const day = DateTime.fromISO(id, { zone: ZONE });
  const session = ruleOccurrences(schedule, day.startOf('day').toJSDate(), day.endOf('day').toJSDate()).find((o) => o.id === id);
  return (
    session &&
    withException(
      session,
      exceptions.find((e) => e.occurrenceId === id),
    )
  );
}

/** The next session that has not yet ended and is not cancelled. */
export function nextOccurrence(schedule: DropInSchedule, exceptions: DropInException[], now: Date): DropInOccurrence | undefined {
  const soon = occurrencesBetween(schedule, exceptions, new Date(now.getTime() - 86_400_000), new Date(now.getTime() + SESSION_HORIZON_DAYS * 86_400_000));
  return soon.find((o) => !o.cancelled && o.end > now);
}

export function describeOccurrence(o: DropInOccurrence): string {
  return formatSession(o.start, o.end);
}

/** A sentence for "when are the drop-ins?" and "next drop-in"; undefined when no schedule is set. */
export async function nextDropInSummary(store: Store, now: Date): Promise<string | undefined> {
  const schedule = await store.dropIns.getSchedule();
  if (!schedule) return undefined;
  const next = nextOccurrence(schedule, await store.dropIns.listExceptions(), now);
  const pattern = `LRO drop-ins with the Regional Disruption Team run on the ${describeSchedule(schedule)} (UK time).`;
  return next ? `${pattern} The next one is on ${describeOccurrence(next)}${next.movedFrom ? ' (moved from its usual date)' : ''}.` : pattern;
}

/** Checks a coordinator's schedule form; every problem is reported at once. */
export function validateSchedule(form: Record<string, unknown>, today: string): { input: ScheduleInput } | { errors: string[] } {
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');
  const errors: string[] = [];
  const ordinal = text('ordinal');
  const weekday = text('weekday').toUpperCase();
  if (!(ordinal in ORDINALS)) errors.push('Choose which week of the month (first, second, third, fourth or last).');
  if (!(weekday in WEEKDAYS)) errors.push('Choose a weekday.');
  const startTime = text('startTime');
  const endTime = text('endTime');
  if (!TIME.test(startTime) || !TIME.test(endTime)) errors.push('Enter start and end times as HH:MM, e.g. 10:00.');
  else if (endTime <= startTime) errors.push('The end time must be after the start time.');
  const from = text('from') || today;
  if (!isCalendarDate(from)) errors.push('Enter the date the schedule starts from.');
  const meetingUrl = text('meetingUrl');
  if (!isTeamsMeetingUrl(meetingUrl))
    errors.push(
      'Paste the Teams meeting link: it starts with https://teams.microsoft.com/ or https://teams.live.com/ (in Teams, open the meeting and choose "Copy link").',
    );
  if (errors.length) return { errors };
  return { input: { ordinal: ordinal as Ordinal, weekday: weekday as Weekday, startTime, endTime, from, meetingUrl } };
}

/** Teams meeting links are served from these hosts (work and personal accounts). */
const TEAMS_MEETING_HOSTS = ['teams.microsoft.com', 'teams.live.com'];

function isTeamsMeetingUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && TEAMS_MEETING_HOSTS.includes(url.hostname) && !url.username && !url.password && url.port === '';
  } catch {
    return false;
  }
}

/** Saves the schedule; the calendar-link secret is kept, so links already posted still work. */
export async function setSchedule(store: Store, input: ScheduleInput, by: string, now: Date): Promise<DropInSchedule> {
  const existing = await store.dropIns.getSchedule();
  const schedule: DropInSchedule = {
    rule: ruleText(input),
    endTime: input.endTime,
    meetingUrl: input.meetingUrl,
    calendarToken: existing?.calendarToken ?? randomBytes(16).toString('hex'),
    updatedBy: by,
    updatedAt: now.toISOString(),
  };
  await store.dropIns.saveSchedule(schedule);
  return schedule;
}

export async function requireSchedule(store: Store): Promise<DropInSchedule> {
  const schedule = await store.dropIns.getSchedule();
  if (!schedule) throw new AppError('not-found', 'No drop-in schedule is set yet. A coordinator can set one with "set drop-ins".');
  return schedule;
}

async function sessionOn(store: Store, schedule: DropInSchedule, date: string): Promise<DropInOccurrence> {
  const o = occurrenceById(schedule, await store.dropIns.listExceptions(), date);
  if (!o) throw new AppError('not-found', `There is no drop-in on the schedule for ${date}. Type "drop-in schedule" to see the coming dates.`);
  return o;
}

export async function cancelSession(store: Store, date: string, by: string, now: Date): Promise<DropInOccurrence> {
  const schedule = await requireSchedule(store);
  const session = await sessionOn(store, schedule, date);
  await store.dropIns.setException({ occurrenceId: session.id, kind: 'cancelled', by, at: now.toISOString() });
  return { ...session, cancelled: true };
}

/** Moves one session to another date and time (London), within 45 days of its usual date. */
export async function moveSession(
  store: Store,
  date: string,
  toDate: string,
  startTime: string,
  endTime: string,
  by: string,
  now: Date,
): Promise<DropInOccurrence> {
  const schedule = await requireSchedule(store);
  const session = await sessionOn(store, schedule, date);
  if (!isCalendarDate(toDate)) throw new AppError('input.invalid', 'Give the new date, e.g. 2026-03-10.');
  if (!TIME.test(startTime) || !TIME.test(endTime) || endTime <= startTime)
    throw new AppError('input.invalid', 'Give the new time as HH:MM-HH:MM, e.g. 14:00-15:00.');
  const start = DateTime.fromISO(`${toDate}T${startTime}`, { zone: ZONE });
  const end = DateTime.fromISO(`${toDate}T${endTime}`, { zone: ZONE });
  if (Math.abs(start.diff(DateTime.fromISO(session.id, { zone: ZONE }), 'days').days) > MAX_MOVE_DAYS) {
    throw new AppError('input.invalid', `A session can move at most ${MAX_MOVE_DAYS} days from its usual date; cancel it instead.`);
  }
  if (start.toJSDate() <= now) throw new AppError('input.invalid', 'Move the session to a time in the future.');
  await store.dropIns.setException({
    occurrenceId: session.id,
    kind: 'moved',
    start: start.toUTC().toISO()!,
    end: end.toUTC().toISO()!,
    by,
    at: now.toISOString(),
  });
  return { ...session, start: start.toJSDate(), end: end.toJSDate(), cancelled: false, movedFrom: session.movedFrom ?? session.start };
}

/** Undoes a cancellation or move; false when the session had neither. */
export async function restoreSession(store: Store, date: string): Promise<boolean> {
  const schedule = await requireSchedule(store);
  const session = await sessionOn(store, schedule, date);
  return store.dropIns.clearException(session.id);
}
