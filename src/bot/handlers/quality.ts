import { PLAN_QUALITY_VERBS, editPlanStructure, savePlanStructure, showPlanHealth, showPlansOverview } from '../../features/plans/quality-use-cases';
import { PROFILE_VERBS, listProfiles, saveProfile } from '../../features/profiles/use-cases';
import { knownPeople } from '../../features/reminders/people';
import { SITE_DELIVERY_VERBS, findSite, recordBlock, recordMeasure, recordPhase, requestReviewPack, setupSite, showSite } from '../../features/sites/delivery-use-cases';
import { isCoordinator } from '../../features/coordinators';
import type { Reply } from '../../messages';
import { knowledgeRoutes } from './knowledge';
import type { ActionInput, ActionResult, BotDeps, FeatureRoutes, TextRoute } from '../routes';

/** Plan quality and CHB site delivery: thin rows mapping commands and card verbs to the features' use-cases. */
export function qualityRoutes(deps: BotDeps): FeatureRoutes {
  const features = { store: deps.store, config: deps.config, entries: deps.knowledge.entries };
  const asCard = (reply: Reply): ActionResult => (reply.card ? { card: reply.card } : { message: reply.text });
  const people = (tenantId: string) => knownPeople(deps.store, tenantId);
  const findSiteOrNone = (name: string) => findSite(deps.store, name).catch(() => undefined);

  const text: TextRoute[] = [
    {
      name: 'plans.edit-structure',
      pattern: /^edit plan (.+)$/i,
      help: { usage: 'edit plan <reference>', description: 'Record a plan\'s structure: interventions and partner types per strand.' },
      handle: (input, match) => editPlanStructure(features, { actor: input.actor, reference: match[1] }),
    },
    {
      name: 'plans.health',
      pattern: /^plan health (.+)$/i,
      help: { usage: 'plan health <reference>', description: 'Check a plan for balance, partnership and regular review, with sources.' },
      handle: (input, match) => showPlanHealth(features, { actor: input.actor, reference: match[1], now: input.now }),
    },
    {
      name: 'plans.overview',
      pattern: /^plans overview$/i,
      help: { usage: 'plans overview', description: 'Coordinators: plans by force, reviewed on time, balanced, and the strand mix.' },
      handle: (input) => showPlansOverview(features, { actor: input.actor, now: input.now }),
    },
    {
      name: 'sites.review-pack',
      pattern: /^review pack (.+)$/i,
      help: { usage: 'review pack <site>', description: 'Coordinators and the site\'s LRO, in a personal chat: the 6-month review as a Word file.' },
      handle: (input, match) =>
        requestReviewPack({ ...features, publicHostname: deps.config.publicHostname }, { actor: input.actor, name: match[1], now: input.now, personal: input.place.kind === 'personal' }),
    },
    {
      name: 'sites.show',
      pattern: /^site (.+)$/i,
      help: { usage: 'site <name>', description: 'A site\'s phase, foundation blocks and measures against baseline; record progress.' },
      // "site identification" is a knowledge question, not a site: unknown names fall through to the knowledge base.
      handle: async (input, match) =>
        (await findSiteOrNone(match[1])) ? showSite(features, { actor: input.actor, name: match[1], now: input.now }) : knowledgeRoutes(deps).ask.handle(input, match),
    },
    {
      name: 'sites.profiles',
      pattern: /^profiles$/i,
      help: { usage: 'profiles', description: 'SOC local profiles by area, with their age; stale ones flagged.' },
      handle: async (input) =>
        listProfiles(features, { actor: input.actor, now: input.now, people: isCoordinator(deps.config, input.actor.aadObjectId) ? await people(input.actor.tenantId) : [] }),
    },
  ];

  const action = (verb: string, run: (input: ActionInput) => Promise<Reply>) => ({ verb, handle: async (input: ActionInput) => asCard(await run(input)) });
  const actions = [
    action(PLAN_QUALITY_VERBS.editStructure, (input) => editPlanStructure(features, { actor: input.actor, reference: String(input.data.planId ?? '') })),
    action(PLAN_QUALITY_VERBS.saveStructure, (input) => savePlanStructure(features, input)),
    action(SITE_DELIVERY_VERBS.phase, (input) => recordPhase(features, input)),
    action(SITE_DELIVERY_VERBS.block, (input) => recordBlock(features, input)),
    action(SITE_DELIVERY_VERBS.measure, (input) => recordMeasure(features, input)),
    action(SITE_DELIVERY_VERBS.setup, (input) => setupSite(features, input)),
    action(PROFILE_VERBS.save, async (input) => saveProfile(features, { ...input, people: await people(input.actor.tenantId) })),
  ];

  return { text, actions };
}
