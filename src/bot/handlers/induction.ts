import { entryById } from '../../features/knowledge/answer';
import * as induction from '../../features/induction/use-cases';
import { INDUCTION_VERBS } from '../../features/induction/verbs';
import type { Reply } from '../../messages';
import type { ActionInput, ActionResult, BotDeps, FeatureRoutes, TextRoute } from '../routes';

/** The LRO induction: text commands and card verbs mapped to the feature's use-cases. */
export function inductionRoutes(deps: BotDeps): FeatureRoutes {
  const feature: induction.InductionDeps = { store: deps.store, config: deps.config, entries: (id) => entryById(deps.knowledge, id), log: deps.log.child({ feature: 'induction' }) };
  const command = (name: string, pattern: RegExp, useCase: (d: induction.InductionDeps, i: induction.InductionInput) => Promise<Reply>, help?: TextRoute['help']): TextRoute => ({
    name,
    pattern,
    ...(help ? { help } : {}),
    handle: (input) => useCase(feature, input),
  });
  // A card in reply to a button replaces the clicked card; a plain text reply (a refusal) is a short message.
  const action = (verb: string, useCase: (d: induction.InductionDeps, i: induction.InductionInput) => Promise<Reply>) => ({
    verb,
    async handle(input: ActionInput): Promise<ActionResult> {
      const reply = await useCase(feature, input);
      return reply.card ? { card: reply.card } : { message: reply.text };
    },
  });
  return {
    text: [
      command('induction.start', /^(start |resume )?(lro )?induction$/i, induction.startOrResume, { usage: 'induction', description: 'A short guided course for new LROs, in a personal chat: start, or carry on where you left off.' }),
      command('induction.progress', /^(lro )?induction progress$/i, induction.progressSummary, { usage: 'induction progress', description: 'Where you are in the induction and how your checks went.' }),
      command('induction.restart', /^(lro )?induction restart$/i, induction.restart, { usage: 'induction restart', description: 'Start the induction again from the first card.' }),
      command('induction.stop-reminders', /^(lro )?induction stop reminders?$/i, induction.stopReminders, { usage: 'induction stop reminders', description: 'No reminder about an unfinished induction.' }),
      command('induction.report', /^(lro )?induction report$/i, induction.report, { usage: 'induction report', description: 'Coordinators, in a personal chat: induction figures by force and the questions most often missed.' }),
      command('induction.export', /^(lro )?induction export$/i, induction.exportCompletions, { usage: 'induction export', description: 'Coordinators, in a personal chat: induction completions by person as a CSV file.' }),
    ],
    actions: [
      action(INDUCTION_VERBS.begin, induction.begin),
      action(INDUCTION_VERBS.resume, induction.startOrResume),
      action(INDUCTION_VERBS.next, induction.next),
      action(INDUCTION_VERBS.back, induction.back),
      action(INDUCTION_VERBS.stop, induction.stopForNow),
      action(INDUCTION_VERBS.answer, induction.answer),
    ],
  };
}
