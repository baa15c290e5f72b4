import { AppError } from '../../errors';
import type { Reply } from '../../messages';
import type { DropInSchedule } from '../../store/plan-types';
import type { ActionInput, ActionResult, Actor, MessageInput } from '../../use-case-types';
import { fields, field } from '../card-data';
import { channelOf, postingTarget, requireCoordinator } from '../coordinators';
import { londonDate, requireUserDate } from '../dates';
import type { FeatureDeps } from '../deps';
import { followUp } from '../follow-up';
import { deliver } from '../../scheduler/outbox';
import { sessionKeyPrefix } from './job';
import { scheduleFormReply, sessionReply } from './cards';
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
} from './schedule';

const COMING_SESSIONS = 3;

/** The schedule a coordinator starts from when none is set: the first Tuesday, 10:00–11:00. */
const DEFAULT_SCHEDULE = { ordinal: '1', weekday: 'TU', startTime: '10:00', endTime: '11:00', meetingUrl: '' };

const SCHEDULE_FIELDS = ['ordinal', 'weekday', 'startTime', 'endTime', 'from', 'meetingUrl'] as const;

function sessionLine(o: DropInOccurrence): string {
  return `• ${describeOccurrence(o)}${o.cancelled ? ' (cancelled)' : o.movedFrom ? ' (moved)' : ''}`;
}

const time = (text: string) => text.padStart(5, '0');
const date = (text: string, now: Date) => requireUserDate(text, londonDate(now));
const coordinator = (deps: FeatureDeps, actor: Actor) => requireCoordinator(deps.config, actor.aadObjectId, 'change the drop-in schedule');

async function sessionCard(deps: FeatureDeps, schedule: DropInSchedule, session: DropInOccurrence, actor: Actor, now: Date, headline?: string): Promise<Reply> {
  const attending = !!actor.aadObjectId && (await deps.store.dropIns.hasRsvp(session.id, actor.aadObjectId));
  return sessionReply(deps.store, deps.config, schedule, session, { headline, attending, now });
}

/** `next drop-in`. */
export async function nextDropIn(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  const schedule = await requireSchedule(deps.store);
  const next = nextOccurrence(schedule, await deps.store.dropIns.listExceptions(), input.now);
  if (!next) return { text: `Drop-ins run on the ${describeSchedule(schedule)}, but none is coming up.` };
  return sessionCard(deps, schedule, next, input.actor, input.now);
}

/** `drop-in schedule`: the rule and the next few sessions. */
export async function showDropInSchedule(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  const schedule = await requireSchedule(deps.store);
  const year = new Date(input.now.getTime() + 400 * 86_400_000);
  const coming = occurrencesBetween(schedule, await deps.store.dropIns.listExceptions(), input.now, year).slice(0, COMING_SESSIONS);
  return { text: [`LRO drop-ins run on the ${describeSchedule(schedule)} (UK time). Coming up:`, ...coming.map(sessionLine)].join('\n') };
}

/** `subscribe drop-ins`: reminders in this chat or channel. */
export async function subscribeDropIns(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  const target = await postingTarget(deps.store, input.place.conversationId, input.now);
  const added = await deps.store.dropIns.subscribe(target, input.actor.aadObjectId ?? 'unknown', input.now.toISOString());
  const when = `${deps.config.reminders.dropInDaysBefore} days before each session and on its morning`;
  return { text: added ? `Subscribed: I'll post drop-in reminders here ${when}.` : `This conversation is already subscribed to drop-in reminders (${when}).` };
}

/** `unsubscribe drop-ins`. */
export async function unsubscribeDropIns(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  const removed = await deps.store.dropIns.unsubscribe(channelOf(input.place.conversationId));
  return { text: removed ? 'Unsubscribed: no more drop-in reminders here.' : 'This conversation was not subscribed to drop-in reminders.' };
}

/** `set drop-ins`: the schedule form, filled with the current schedule or the default. */
export async function dropInScheduleForm(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  coordinator(deps, input.actor);
  const current = await deps.store.dropIns.getSchedule();
  const today = londonDate(input.now);
  return scheduleFormReply(current ? scheduleInput(current, today) : { ...DEFAULT_SCHEDULE, from: today }, current);
}

/** `cancel drop-in <date>`. */
export async function cancelDropIn(deps: FeatureDeps, input: MessageInput, day: string): Promise<Reply> {
  const by = coordinator(deps, input.actor);
  const session = await cancelSession(deps.store, date(day, input.now), by, input.now);
  const told = await announceChange(deps, input, session);
  return {
    text: `Cancelled the drop-in on ${describeOccurrence(session)}. Subscribed channels get a cancellation notice instead of its reminders${told}. Type "restore drop-in ${session.id}" to undo.`,
  };
}

/** `move drop-in <date> to <date> <start>-<end>`. */
export async function moveDropIn(deps: FeatureDeps, input: MessageInput, from: string, to: string, start: string, end: string): Promise<Reply> {
  const by = coordinator(deps, input.actor);
  const session = await moveSession(deps.store, date(from, input.now), date(to, input.now), time(start), time(end), by, input.now);
  const told = await announceChange(deps, input, session);
  return {
    text: `Moved the drop-in to ${describeOccurrence(session)}. Reminders follow the new date and replies so far are kept${told}. Type "restore drop-in ${session.id}" to undo.`,
  };
}

/**
 * After a cancel or move: the reminder cards already posted are updated in place (a cancelled one
 * loses Join, Add to calendar and RSVP), and everyone who said they would attend is told in their
 * personal chat. Runs in the background; returns the words for the coordinator's reply.
 */
async function announceChange(deps: FeatureDeps, input: MessageInput, session: DropInOccurrence): Promise<string> {
  const schedule = await requireSchedule(deps.store);
  const attendees = await deps.store.dropIns.listRsvps(session.id);
  const { now } = input;
  const what = session.cancelled ? 'Cancelled' : 'Moved';
  void followUp(deps.log, 'dropins.announce-change', async () => {
    const posted = await sessionReply(deps.store, deps.config, schedule, session, {
      headline: `${what}: LRO drop-in with the Regional Disruption Team`,
      attending: false,
      now,
    });
    for (const card of await deps.store.deliveries.listSent(sessionKeyPrefix(session.id))) {
      if (card.activityId) await deps.sender.update(card.conversationId, card.activityId, posted);
    }
    const headline = session.cancelled ? 'Cancelled: the LRO drop-in you said you would attend' : 'Moved: the LRO drop-in you said you would attend';
    const personal = await sessionReply(deps.store, deps.config, schedule, session, { headline, attending: true, now });
    const slot = session.cancelled ? 'cancelled' : session.start.toISOString();
    for (const aad of attendees) {
      const chat = await deps.store.conversations.findPersonal(input.actor.tenantId, aad);
      if (chat)
        await deliver(
          deps.store,
          deps.sender,
          { key: `dropins-change:${session.id}:${slot}:${aad}`, kind: 'dropins.change', conversationId: chat.id, reply: personal },
          now,
        );
    }
  });
  if (!attendees.length) return '';
  return `; ${attendees.length === 1 ? 'the 1 person' : `the ${attendees.length} people`} who said they would attend ${attendees.length === 1 ? 'is' : 'are'} being told in their personal chat`;
}

/** `restore drop-in <date>`: undoes a cancellation or move. */
export async function restoreDropIn(deps: FeatureDeps, input: MessageInput, day: string): Promise<Reply> {
  coordinator(deps, input.actor);
  const on = date(day, input.now);
  return {
    text: (await restoreSession(deps.store, on)) ? `The drop-in on ${on} is back to its usual time.` : `The drop-in on ${on} was not cancelled or moved.`,
  };
}

async function sessionFor(deps: FeatureDeps, input: ActionInput) {
  const schedule = await requireSchedule(deps.store);
  const session = occurrenceById(schedule, await deps.store.dropIns.listExceptions(), field(input.data, 'occurrenceId') ?? '');
  if (!session) throw new AppError('not-found', 'That drop-in is no longer on the schedule.');
  return { schedule, session };
}

/** A session's card, opened from a reminder. */
export async function openSessionCard(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const { schedule, session } = await sessionFor(deps, input);
  return { card: (await sessionCard(deps, schedule, session, input.actor, input.now)).card! };
}

/** RSVP to a session; replies close when it is cancelled or over. */
export async function rsvpDropIn(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const { schedule, session } = await sessionFor(deps, input);
  const aad = input.actor.aadObjectId;
  if (!aad) throw new AppError('auth.forbidden', 'I could not tell who you are from Teams, so I cannot record your reply.');
  if (session.cancelled || session.end <= input.now) return { message: 'This session is cancelled or over, so replies are closed.' };
  if (input.data.attend === false) await deps.store.dropIns.removeRsvp(session.id, aad);
  else await deps.store.dropIns.addRsvp(session.id, aad, input.now.toISOString());
  return { card: (await sessionCard(deps, schedule, session, input.actor, input.now)).card! };
}

/** The schedule form, submitted: the next session's card, or the form again with what was wrong. */
export async function saveDropInSchedule(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const by = coordinator(deps, input.actor);
  const checked = validateSchedule(input.data, londonDate(input.now));
  if ('errors' in checked)
    return { card: scheduleFormReply(fields(input.data, SCHEDULE_FIELDS), await deps.store.dropIns.getSchedule(), checked.errors).card! };
  const schedule = await setSchedule(deps.store, checked.input, by, input.now);
  const next = nextOccurrence(schedule, await deps.store.dropIns.listExceptions(), input.now);
  const saved = `Saved: drop-ins on the ${describeSchedule(schedule)}.`;
  if (!next) return { message: saved };
  return { card: (await sessionCard(deps, schedule, next, input.actor, input.now, `${saved} Next session:`)).card! };
}
