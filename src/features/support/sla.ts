import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { Config } from '../../config';
import type { SupportRequest } from '../../store/support-types';
import { ZONE } from '../../time-zone';

export type SlaConfig = Config['sla'];

const bankHolidayCache = new Map<number, Set<string>>();

/** England's public holidays (bank holidays, including substitute days) in `year`, as YYYY-MM-DD. */
export function bankHolidays(year: number): Set<string> {
  let days = bankHolidayCache.get(year);
  if (!days) {
    const calendar = new Holidays('GB', 'ENG');
    days = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    bankHolidayCache.set(year, days);
  }
  return days;
}

/** Monday to Friday in Europe/London, excluding bank holidays in England. */
export function isWorkingDay(day: DateTime): boolean {
  const local = day.setZone(ZONE);
  return local.weekday <= 5 && !bankHolidays(local.year).has(local.toISODate()!);
}

/**
 * `days` working days after `start`, at the same local time. Something raised on a weekend or
 * bank holiday starts its clock at the beginning of the next working day.
 */
export function addWorkingDays(start: Date, days: number): Date {
  let t = DateTime.fromJSDate(start, { zone: ZONE });
  if (!isWorkingDay(t)) {
    t = t.startOf('day');
    while (!isWorkingDay(t)) t = t.plus({ days: 1 });
  }
  for (let left = days; left > 0;) {
    t = t.plus({ days: 1 });
    if (isWorkingDay(t)) left--;
  }
  return t.toJSDate();
}

/** When a request should have been acknowledged: urgent in clock hours, the others in working days. */
export function acknowledgeBy(request: Pick<SupportRequest, 'createdAt' | 'urgency'>, sla: SlaConfig): Date {
  const created = new Date(request.createdAt);
  switch (request.urgency) {
    case 'urgent':
      return new Date(created.getTime() + sla.urgentHours * 3_600_000);
    case 'priority':
      return addWorkingDays(created, sla.priorityWorkingDays);
    case 'routine':
      return addWorkingDays(created, sla.routineWorkingDays);
  }
}
