import type { Reply } from '../../messages';
import { deliver } from '../../scheduler/outbox';
import type { Job, JobReport } from '../../scheduler/scheduler';
import { threadOf } from '../../scheduler/sender';
import type { SupportRequest } from '../../store/support-types';
import { OPEN_STATUSES, supportTypeLabel, urgencyLabel } from './catalogue';
import { acknowledgeBy } from './sla';
import { coordinatorChannel } from '../coordinators';
import { postToTriage, type TriageConfig } from './triage';
import { londonTime, personName } from './views';

export const SUPPORT_JOB = 'support.sla';

function slaReminder(request: SupportRequest, due: Date): Reply {
  return {
    text:
      `⏰ ${request.reference} has not been acknowledged. It is ${urgencyLabel(request.urgency)} ` +
      `(${request.force}, ${supportTypeLabel(request.supportType)}), raised by ${personName(request.requester)} on ${londonTime(request.createdAt)}, ` +
      `and was due to be acknowledged by ${londonTime(due)}. Open its card in this channel, or type "request ${request.reference}".`,
  };
}

/**
 * Every 15 minutes: posts any open request the triage channel has not had yet (e.g. the channel was
 * unreachable when it was raised), then sends one reminder for each request left New past its
 * acknowledgement time. Both are claimed as deliveries, so two instances never send either twice.
 */
export function supportJob(config: TriageConfig): Job {
  return {
    name: SUPPORT_JOB,
    cron: '*/15 * * * *',
    async run(store, sender, now): Promise<JobReport> {
      const report: JobReport = { posted: 0, reminded: 0, duplicate: 0, failed: 0, waiting: 0 };
      const deps = { store, sender, config };
      const open = await store.support.list({ statuses: OPEN_STATUSES });
      for (const request of open.filter((r) => !r.triage)) {
        const outcome = await postToTriage(deps, request, now);
        if (outcome === 'posted') report.posted++;
        else if (outcome === 'already-posted') report.duplicate++;
        else if (outcome === 'failed') report.failed++;
        else report.waiting++;
      }
      const channelId = await coordinatorChannel(store, config);
      const reachable = !!channelId && !!(await store.conversations.get(channelId))?.active;
      for (const request of open.filter((r) => r.status === 'new')) {
        const due = acknowledgeBy(request, config.sla);
        if (due > now) continue;
        if (!reachable) {
          report.waiting++;
          continue;
        }
        const key = `support.sla:${request.id}`;
        // In the request's own thread when it has one, so the channel keeps one thread per request.
        const triage = request.triage ?? (await store.support.get(request.id))?.triage;
        const conversationId = triage?.conversationId === channelId ? threadOf(triage.conversationId, triage.activityId) : channelId!;
        const result = await deliver(store, sender, { key, kind: 'support.sla', conversationId, reply: slaReminder(request, due) }, now);
        if (result === 'sent') report.reminded++;
        else if (result === 'duplicate') report.duplicate++;
        else report.failed++;
      }
      return report;
    },
  };
}
