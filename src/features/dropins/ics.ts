import { createEvent } from 'ics';
import type { DropInSchedule } from '../../store/plan-types';
import type { DropInOccurrence } from './schedule';

/** The "Add to calendar" link the bot serves; the token keeps meeting links from being guessed. */
export function calendarUrl(publicHostname: string, schedule: DropInSchedule, occurrenceId: string): string {
  return `https://${publicHostname}/calendar/dropins/${occurrenceId}.ics?t=${schedule.calendarToken}`;
}

/** One session as an iCalendar file. Its UID is stable, so a moved or cancelled session updates the entry. */
export function sessionIcs(schedule: DropInSchedule, session: DropInOccurrence, host: string): string {
  const { error, value } = createEvent({
    uid: `dropin-${session.id}@${host}`,
    productId: 'lro-assist/dropins',
    title: 'LRO drop-in with the Regional Disruption Team',
    description: `Advice and support on 4P plans, disruptions and interventions.\nJoin the Teams meeting: ${schedule.meetingUrl}`,
    url: schedule.meetingUrl,
    location: 'Microsoft Teams meeting',
    start: session.start.getTime(),
    end: session.end.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    status: session.cancelled ? 'CANCELLED' : 'CONFIRMED',
    // A later SEQUENCE tells calendar apps a moved or cancelled session replaces the one they have.
    sequence: session.cancelled || session.movedFrom ? 1 : 0,
  });
  if (error || !value) throw error ?? new Error('ics produced no calendar');
  return value;
}
