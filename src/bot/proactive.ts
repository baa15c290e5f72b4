import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { Transport } from '../scheduler/sender';
import type { ConversationReferenceJson } from '../store/types';
import { toActivity } from './replies';

/** Sends and updates messages outside a turn, through CloudAdapter. */
export function createTeamsTransport(adapter: CloudAdapter, appId: string): Transport {
  // Errors are caught inside the turn and rethrown after it: the adapter would otherwise hand
  // them to onTurnError, and the sender could neither see nor retry them.
  async function inConversation<T>(reference: ConversationReferenceJson, work: (ctx: TurnContext) => Promise<T>): Promise<T> {
    let result: T | undefined;
    let failure: { error: unknown } | undefined;
    await adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, async (ctx) => {
      try {
        result = await work(ctx);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
    return result as T;
  }
  return {
    async send(reference, reply) {
      return inConversation(reference, async (ctx) => (await ctx.sendActivity(toActivity(reply)))?.id);
    },
    async update(reference, activityId, reply) {
      await inConversation(reference, async (ctx) => {
        await ctx.updateActivity({ ...toActivity(reply), id: activityId });
      });
    },
  };
}
