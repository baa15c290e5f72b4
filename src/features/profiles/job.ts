import { renderCard } from '../../cards';
import type { Config } from '../../config';
import type { OutgoingMessage } from '../../scheduler/outbox';
import type { Job, JobReport } from '../../scheduler/scheduler';
import type { Store } from '../../store/types';
import { coordinatorChannel } from '../coordinators';
import { londonDate } from '../dates';
import { deliveringJob, tally } from '../../scheduler/deliver-all';
import { describeAge, staleFrom, staleReminderKey } from './profiles';

export const PROFILE_JOB = 'profiles.staleness';

/** One reminder per stale profile per cadence: to its owner's personal chat, else the coordinators' channel. */
export async function staleProfileMessages(store: Store, config: Config, now: Date): Promise<{ messages: OutgoingMessage[]; report: JobReport }> {
  const today = londonDate(now);
  const messages: OutgoingMessage[] = [];
  const report: JobReport = {};
  let channel: string | undefined | null = null;
  for (const profile of await store.quality.profiles.list()) {
    const key = staleReminderKey(profile, config.profiles, today);
    if (!key) continue;
    const personal = profile.ownerAadObjectId
      ? (await store.conversations.listActive('personal')).find((c) => c.userAadObjectId === profile.ownerAadObjectId)
      : undefined;
    if (channel === null) channel = await coordinatorChannel(store, config);
    const conversationId = personal?.id ?? channel;
    if (!conversationId) {
      tally(report, 'profiles.stale.no-channel');
      continue;
    }
    const text = `The SOC local profile for ${profile.area} (${profile.force}) is dated ${profile.profileDate}, ${describeAge(profile.profileDate, today)}: stale since ${staleFrom(profile, config.profiles)}. The regional briefing asks forces to keep their local profiles current. When it is refreshed, a coordinator can update its date with "profiles".`;
    messages.push({
      key,
      kind: 'profiles.stale',
      conversationId,
      reply: { text, card: renderCard('profile-reminder', { title: `Stale SOC local profile: ${profile.area}`, text }) },
    });
  }
  return { messages, report };
}

/** Daily at 09:00 London. */
export function profileStalenessJob(config: Config): Job {
  return deliveringJob(PROFILE_JOB, '0 9 * * *', (store, now) => staleProfileMessages(store, config, now));
}
