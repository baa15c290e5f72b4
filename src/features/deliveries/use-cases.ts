import type { Reply } from '../../messages';
import type { MessageInput } from '../../use-case-types';
import type { FeatureDeps } from '../deps';
import { londonTime } from '../support/views';
import { undelivered } from './failed-sends';

/** `failed sends` (coordinators; the route guards): what the bot gave up sending, newest first, without its text. */
export async function failedSends(deps: FeatureDeps, _input: MessageInput): Promise<Reply> {
  const items = await undelivered(deps.store);
  if (!items.length) return { text: 'No failed sends: every message the bot tried to send got through or is still being retried.' };
  const lines = items.map((i) => `• ${londonTime(i.at)}: ${i.kind} to ${i.conversationId}: ${i.reason}`);
  return { text: [`${items.length} message${items.length === 1 ? '' : 's'} could not be delivered (newest first):`, ...lines].join('\n') };
}
