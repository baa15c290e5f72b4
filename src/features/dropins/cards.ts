import { DROPIN_VERBS } from './verbs';
import type { Config } from '../../config';
import { renderCard } from '../../cards';
import type { Reply } from '../../messages';
import type { DropInSchedule } from '../../store/plan-types';
import type { Store } from '../../store/types';
import { formatDateTime } from '../dates';
import { calendarUrl } from './ics';
import { describeOccurrence, describeSchedule, ORDINALS, WEEKDAYS, type DropInOccurrence } from './schedule';

/** Card verbs for drop-ins, declared once for cards, routes and tests. */
/** Data for cards/dropin-session.json. */
export interface DropInCardData {
  verbs: typeof DROPIN_VERBS;
  occurrenceId: string;
  title: string;
  when: string;
  note: string;
  joinUrl: string;
  calendarUrl: string;
  countText: string;
  /** Whether the person viewing has said they will attend (false on cards sent to a channel). */
  attending: boolean;
  /** RSVP and Join show only for a session that is on and not over. */
  open: boolean;
}

export interface SessionView {
  headline?: string;
  attending: boolean;
  now: Date;
}

function countText(n: number): string {
  return n === 0 ? 'Nobody has said they will attend yet.' : `${n} ${n === 1 ? 'person has' : 'people have'} said they will attend.`;
}

function note(session: DropInOccurrence): string {
  if (session.cancelled) return 'This session is cancelled.';
  if (session.movedFrom) return `Moved from its usual time, ${formatDateTime(session.movedFrom)}.`;
  return '';
}

/** The session card: date and time, Join, Add to calendar and RSVP with the running count. */
export async function sessionReply(
  store: Store,
  config: Pick<Config, 'publicHostname'>,
  schedule: DropInSchedule,
  session: DropInOccurrence,
  view: SessionView,
): Promise<Reply> {
  const count = await store.dropIns.countRsvps(session.id);
  const data: DropInCardData = {
    verbs: DROPIN_VERBS,
    occurrenceId: session.id,
    title: view.headline ?? 'LRO drop-in with the Regional Disruption Team',
    when: describeOccurrence(session),
    note: note(session),
    joinUrl: schedule.meetingUrl,
    calendarUrl: config.publicHostname ? calendarUrl(config.publicHostname, schedule, session.id) : '',
    countText: countText(count),
    attending: view.attending,
    open: !session.cancelled && session.end > view.now,
  };
  const text = [data.title, `${data.when} (UK time)`, data.note, session.cancelled ? '' : `Join: ${data.joinUrl}`, data.countText].filter(Boolean).join('\n');
  return { text, card: renderCard('dropin-session', data) };
}

/** Data for cards/dropin-form.json. */
export interface DropInFormData {
  verbs: typeof DROPIN_VERBS;
  errors: string[];
  values: Record<'ordinal' | 'weekday' | 'startTime' | 'endTime' | 'from' | 'meetingUrl', string>;
  ordinals: { title: string; value: string }[];
  weekdays: { title: string; value: string }[];
  current: string;
}

export function scheduleFormReply(values: DropInFormData['values'], current: DropInSchedule | undefined, errors: string[] = []): Reply {
  const data: DropInFormData = {
    verbs: DROPIN_VERBS,
    errors,
    values,
    ordinals: Object.entries(ORDINALS).map(([value, title]) => ({ title, value })),
    weekdays: Object.entries(WEEKDAYS).map(([value, title]) => ({ title, value })),
    current: current ? `Now: ${describeSchedule(current)}.` : 'No schedule is set yet.',
  };
  return { text: 'Set the LRO drop-in schedule: fill in the card.', card: renderCard('dropin-form', data) };
}

declare module '../../cards' {
  interface CardTemplates {
    'dropin-session': DropInCardData;
    'dropin-form': DropInFormData;
  }
}
