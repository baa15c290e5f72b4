import { createHash } from 'node:crypto';
import type { Reply } from '../../messages';
import { deliver, type DeliveryResult } from '../../scheduler/outbox';
import { OPEN_STATUSES } from './catalogue';
import { isRequester, type Requester } from './requests';
import { updateTriageCard, type TriageDeps } from './triage';
import { listCard, listLine } from './views';

/**
 * A requester has just opened a personal chat with the bot: send them, once, where each of their
 * requests is now, if it is still open or changed while they could not be told. The key names the
 * requests' versions, so the same news is never sent twice, however often the chat is opened.
 */
export async function sendMissedUpdates(deps: TriageDeps, requester: Requester, conversationId: string, now: Date): Promise<DeliveryResult | 'nothing'> {
  if (!requester.aadObjectId) return 'nothing';
  const missed = (await deps.store.support.list({ requesterAadObjectId: requester.aadObjectId }))
    .filter((r) => isRequester(r, requester) && (OPEN_STATUSES.includes(r.status) || r.requesterNotice === 'no-personal-chat'))
    .reverse();
  if (!missed.length) return 'nothing';
  const versions = createHash('sha256')
    .update(missed.map((r) => `${r.id}#${r.version}`).join(','))
    .digest('hex')
    .slice(0, 32);
  const intro = 'Now that we have a chat, here is where your requests to the Regional Disruption Team are. I will message you here when they change.';
  const reply: Reply = {
    text: [intro, ...missed.map(listLine)].join('\n'),
    card: listCard('Your requests to the RDT', intro, missed, ''),
  };
  const result = await deliver(
    deps.store,
    deps.sender,
    { key: `support.missed:${conversationId}:${versions}`, kind: 'support.missed', conversationId, reply },
    now,
  );
  if (result !== 'sent') return result;
  for (const request of missed.filter((r) => r.requesterNotice === 'no-personal-chat')) {
    await deps.store.support.setRequesterNotice(request.id, undefined);
    const { requesterNotice: _told, ...told } = request;
    await updateTriageCard(deps, told);
  }
  return result;
}
