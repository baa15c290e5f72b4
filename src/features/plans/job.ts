import type { Config } from '../../config';
import { yieldEvery } from '../../event-loop';
import type { OutgoingMessage } from '../../scheduler/outbox';
import type { Job, JobReport } from '../../scheduler/scheduler';
import type { Store } from '../../store/types';
import { coordinatorChannel } from '../coordinators';
import { addDays, londonDate, reminderDates } from '../dates';
import { deliveringJob, tally } from '../../scheduler/deliver-all';
import { digestReply, escalationReply, planReply } from './cards';
import { escalationDate, latestOwnerReminder, PLAN_REMINDER_TIME, PLANS_LATER_TODAY, remindersLaterToday, type PlanReminder } from './plans';
import { reminderNotice } from './plan-health';

export const PLAN_JOB = 'reminders.plans';

// The headline gives the plan's state when the card is sent, which after downtime may be a day on.
const REMINDER_NOTICE = 'Your review reminder: mark the plan reviewed when it is done, or snooze it.';

function groupBy<T>(items: T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Everything one run should send: a personal card per owner reminder, one digest per channel
 * that has a plan reminded or escalated, and one escalation card per escalation day.
 * Each message's key makes a second run, here or on another instance, send nothing new.
 * Cards are built in slices that give the event loop back, so a large run never holds up the bot's turns.
 */
export async function planReminderMessages(store: Store, config: Config, now: Date): Promise<{ messages: OutgoingMessage[]; report: JobReport }> {
  const rules = config.reminders;
  const today = londonDate(now);
  const dates = reminderDates(now, rules.staleHours, PLAN_REMINDER_TIME);
  const window = new Set(dates);
  const plans = await store.plans.listDueBy(addDays(today, rules.planDueSoonDays));
  const messages: OutgoingMessage[] = [];
  const report: JobReport = {};
  const view = { today, rules, canManage: true };
  const breathe = yieldEvery();

  const reminders = new Map<string, PlanReminder | undefined>();
  const escalatedOn = new Map<string, string | undefined>();
  for (const plan of plans) {
    reminders.set(plan.id, latestOwnerReminder(plan, rules, now, dates));
    const escalation = escalationDate(plan, rules);
    escalatedOn.set(plan.id, window.has(escalation) ? escalation : undefined);
    await breathe();
  }

  for (const plan of plans) {
    const reminder = reminders.get(plan.id);
    if (!reminder) continue;
    const chat = await store.conversations.findPersonal(plan.tenantId, plan.ownerAadObjectId);
    if (!chat) {
      tally(report, 'plans.owner.unreachable');
      continue;
    }
    const notice = await reminderNotice(store, plan, today, REMINDER_NOTICE);
    messages.push({ key: reminder.key, kind: 'plans.owner', conversationId: chat.id, reply: planReply(plan, { ...view, showNotes: true, notice }) });
    await breathe();
  }

  for (const [channel, group] of groupBy(plans, (p) => p.digestConversationId)) {
    const latest = group
      .flatMap((p) => [reminders.get(p.id)?.date, escalatedOn.get(p.id)])
      .filter((d): d is string => !!d)
      .sort()
      .pop();
    if (latest)
      messages.push({ key: `plans-digest:${channel}:${latest}`, kind: 'plans.digest', conversationId: channel, reply: digestReply(group, today, rules) });
    await breathe();
  }

  const byEscalationDay = groupBy(plans, (p) => escalatedOn.get(p.id));
  if (byEscalationDay.size) {
    const channel = await coordinatorChannel(store, config);
    for (const [day, group] of byEscalationDay) {
      if (channel)
        messages.push({ key: `plans-escalation:${day}`, kind: 'plans.escalation', conversationId: channel, reply: escalationReply(group, today, rules) });
      else tally(report, 'plans.escalation.no-channel', group.length);
      await breathe();
    }
  }
  // Run by hand before 08:00: say what the 08:00 run will do, rather than "nothing was due".
  const later = remindersLaterToday(plans, rules, now).length;
  if (later) report[PLANS_LATER_TODAY] = later;
  return { messages, report };
}

/** Daily at 08:00 London: owner reminders, channel digests and escalations. */
export function planReviewJob(config: Config): Job {
  return deliveringJob(PLAN_JOB, '0 8 * * *', (store, now) => planReminderMessages(store, config, now));
}
