import { AppError } from '../../errors';
import { DROPIN_VERBS, scheduleFormReply, sessionReply } from '../../features/dropins/cards';
import {
  cancelSession,
  describeOccurrence,
  describeSchedule,
  moveSession,
  nextOccurrence,
  occurrenceById,
  occurrencesBetween,
  requireSchedule,
  restoreSession,
  scheduleInput,
  setSchedule,
  validateSchedule,
  type DropInOccurrence,
} from '../../features/dropins/schedule';
import { channelOf, postingTarget, requireCoordinator } from '../../features/coordinators';
import { londonDate, requireUserDate } from '../../features/dates';
import type { Reply } from '../../messages';
import type { DropInSchedule } from '../../store/plan-types';
import type { Actor, MessageInput } from '../inputs';
import type { ActionInput, ActionResult, BotDeps, FeatureRoutes, TextRoute } from '../routes';
import { field } from './reminders';

const COMING_SESSIONS = 3;

function sessionLine(o: DropInOccurrence): string {
  return `• ${describeOccurrence(o)}${o.cancelled ? ' (cancelled)' : o.movedFrom ? ' (moved)' : ''}`;
}

function time(text: string): string {
  return text.padStart(5, '0');
}

/** Drop-in commands: the schedule (coordinators), subscriptions, `next drop-in` and RSVP. */
export function dropInRoutes(deps: BotDeps): FeatureRoutes {
  const dropIns = deps.store.dropIns;

  const coordinator = (actor: Actor) => requireCoordinator(deps.config, actor.aadObjectId, 'change the drop-in schedule');

  const date = (text: string, now: Date) => requireUserDate(text, londonDate(now));

  const sessionCard = async (schedule: DropInSchedule, session: DropInOccurrence, actor: Actor, now: Date, headline?: string): Promise<Reply> => {
    const attending = !!actor.aadObjectId && (await dropIns.hasRsvp(session.id, actor.aadObjectId));
    return sessionReply(deps.store, deps.config, schedule, session, { headline, attending, now });
  };

  const coordinatorChange = (change: (input: MessageInput, match: RegExpMatchArray, by: string) => Promise<string>) => async (input: MessageInput, match: RegExpMatchArray): Promise<Reply> => {
    const by = coordinator(input.actor);
    return { text: await change(input, match, by) };
  };

  const text: TextRoute[] = [
    {
      name: 'dropins.next',
      pattern: /^(next|when is the next) (lro )?drop-?ins?\??$/i,
      help: { usage: 'next drop-in', description: 'The next LRO drop-in with the Regional Disruption Team, with Join, calendar and RSVP.' },
      async handle(input) {
        const schedule = await requireSchedule(deps.store);
        const next = nextOccurrence(schedule, await dropIns.listExceptions(), input.now);
        if (!next) return { text: `Drop-ins run on the ${describeSchedule(schedule)}, but none is coming up.` };
        return sessionCard(schedule, next, input.actor, input.now);
      },
    },
    {
      name: 'dropins.show-schedule',
      pattern: /^(drop-?ins?|drop-?in schedule)$/i,
      help: { usage: 'drop-in schedule', description: 'When drop-ins run, and the next few sessions.' },
      async handle(input) {
        const schedule = await requireSchedule(deps.store);
        const year = new Date(input.now.getTime() + 400 * 86_400_000);
        const coming = occurrencesBetween(schedule, await dropIns.listExceptions(), input.now, year).slice(0, COMING_SESSIONS);
        return { text: [`LRO drop-ins run on the ${describeSchedule(schedule)} (UK time). Coming up:`, ...coming.map(sessionLine)].join('\n') };
      },
    },
    {
      name: 'dropins.subscribe',
      pattern: /^subscribe (to )?drop-?ins$/i,
      help: { usage: 'subscribe drop-ins', description: 'Post drop-in reminders in this chat or channel.' },
      async handle(input) {
        const target = await postingTarget(deps.store, input.place.conversationId, input.now);
        const added = await dropIns.subscribe(target, input.actor.aadObjectId ?? 'unknown', input.now.toISOString());
        const when = `${deps.config.reminders.dropInDaysBefore} days before each session and on its morning`;
        return { text: added ? `Subscribed: I'll post drop-in reminders here ${when}.` : `This conversation is already subscribed to drop-in reminders (${when}).` };
      },
    },
    {
      name: 'dropins.unsubscribe',
      pattern: /^unsubscribe (from )?drop-?ins$/i,
      help: { usage: 'unsubscribe drop-ins', description: 'Stop drop-in reminders here.' },
      async handle(input) {
        const removed = await dropIns.unsubscribe(channelOf(input.place.conversationId));
        return { text: removed ? 'Unsubscribed: no more drop-in reminders here.' : 'This conversation was not subscribed to drop-in reminders.' };
      },
    },
    {
      name: 'dropins.set',
      pattern: /^set (the )?drop-?ins?( schedule)?$/i,
      help: { usage: 'set drop-ins', description: 'Coordinators: set the drop-in day, time and meeting link.' },
      async handle(input) {
        coordinator(input.actor);
        const current = await dropIns.getSchedule();
        const today = londonDate(input.now);
        const values = current ? scheduleInput(current, today) : { ordinal: '1', weekday: 'TU', startTime: '10:00', endTime: '11:00', from: today, meetingUrl: '' };
        return scheduleFormReply(values, current);
      },
    },
    {
      name: 'dropins.cancel',
      pattern: /^cancel (the )?drop-?in (on )?(.+)$/i,
      help: { usage: 'cancel drop-in <date>', description: 'Coordinators: cancel one session.' },
      handle: coordinatorChange(async (input, match, by) => {
        const session = await cancelSession(deps.store, date(match[3], input.now), by, input.now);
        return `Cancelled the drop-in on ${describeOccurrence(session)}. Subscribed channels get a cancellation notice instead of its reminders. Type "restore drop-in ${session.id}" to undo.`;
      }),
    },
    {
      name: 'dropins.move',
      pattern: /^move (the )?drop-?in (on )?(.+?) to (.+?) (\d{1,2}:\d{2})\s*(?:-|–|to)\s*(\d{1,2}:\d{2})$/i,
      help: { usage: 'move drop-in <date> to <date> <HH:MM>-<HH:MM>', description: 'Coordinators: move one session.' },
      handle: coordinatorChange(async (input, match, by) => {
        const session = await moveSession(deps.store, date(match[3], input.now), date(match[4], input.now), time(match[5]), time(match[6]), by, input.now);
        return `Moved the drop-in to ${describeOccurrence(session)}. Reminders follow the new date. Type "restore drop-in ${session.id}" to undo.`;
      }),
    },
    {
      name: 'dropins.restore',
      pattern: /^restore (the )?drop-?in (on )?(.+)$/i,
      help: { usage: 'restore drop-in <date>', description: 'Coordinators: undo a cancellation or move.' },
      handle: coordinatorChange(async (input, match) => {
        const day = date(match[3], input.now);
        return (await restoreSession(deps.store, day)) ? `The drop-in on ${day} is back to its usual time.` : `The drop-in on ${day} was not cancelled or moved.`;
      }),
    },
  ];

  const sessionFor = async (input: ActionInput) => {
    const schedule = await requireSchedule(deps.store);
    const id = field(input.data, 'occurrenceId') ?? '';
    const session = occurrenceById(schedule, await dropIns.listExceptions(), id);
    if (!session) throw new AppError('not-found', 'That drop-in is no longer on the schedule.');
    return { schedule, session };
  };

  const actions = [
    {
      verb: DROPIN_VERBS.card,
      async handle(input: ActionInput): Promise<ActionResult> {
        const { schedule, session } = await sessionFor(input);
        return { card: (await sessionCard(schedule, session, input.actor, input.now)).card! };
      },
    },
    {
      verb: DROPIN_VERBS.rsvp,
      async handle(input: ActionInput): Promise<ActionResult> {
        const { schedule, session } = await sessionFor(input);
        const aad = input.actor.aadObjectId;
        if (!aad) throw new AppError('auth.forbidden', 'I could not tell who you are from Teams, so I cannot record your reply.');
        if (session.cancelled || session.end <= input.now) return { message: 'This session is cancelled or over, so replies are closed.' };
        if (input.data.attend === false) await dropIns.removeRsvp(session.id, aad);
        else await dropIns.addRsvp(session.id, aad, input.now.toISOString());
        return { card: (await sessionCard(schedule, session, input.actor, input.now)).card! };
      },
    },
    {
      verb: DROPIN_VERBS.schedule,
      async handle(input: ActionInput): Promise<ActionResult> {
        const by = coordinator(input.actor);
        const checked = validateSchedule(input.data, londonDate(input.now));
        if ('errors' in checked) {
          const values = { ordinal: '', weekday: '', startTime: '', endTime: '', from: '', meetingUrl: '' };
          for (const k of Object.keys(values) as (keyof typeof values)[]) values[k] = field(input.data, k) ?? '';
          return { card: scheduleFormReply(values, await dropIns.getSchedule(), checked.errors).card! };
        }
        const schedule = await setSchedule(deps.store, checked.input, by, input.now);
        const next = nextOccurrence(schedule, await dropIns.listExceptions(), input.now);
        const saved = `Saved: drop-ins on the ${describeSchedule(schedule)}.`;
        if (!next) return { message: saved };
        return { card: (await sessionCard(schedule, next, input.actor, input.now, `${saved} Next session:`)).card! };
      },
    },
  ];

  return { text, actions };
}
