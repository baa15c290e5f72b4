import { requireCoordinator } from '../../features/coordinators';
import { formatDate, londonDate } from '../../features/dates';
import { SITE_VERBS, siteFormReply, sitesReply } from '../../features/sites/cards';
import { formalReviewDate, registerSite, validateSite } from '../../features/sites/reviews';
import type { ActionInput, ActionResult, BotDeps, FeatureRoutes, TextRoute } from '../routes';
import { field } from './reminders';

/** CHB sites: coordinators register them; anyone can list them with their 6-month formal review. */
export function siteRoutes(deps: BotDeps): FeatureRoutes {
  const forces = deps.config.forces;
  const coordinator = (aad: string | undefined) => requireCoordinator(deps.config, aad, 'register CHB sites');

  const text: TextRoute[] = [
    {
      name: 'sites.list',
      pattern: /^(chb )?sites$/i,
      help: { usage: 'sites', description: 'CHB sites and when each 6-month formal review is due.' },
      async handle(input) {
        return sitesReply(await deps.store.sites.list(), londonDate(input.now));
      },
    },
    {
      name: 'sites.add',
      pattern: /^(add|register) (a )?(chb )?site$/i,
      help: { usage: 'add site', description: 'Coordinators: register a CHB site and its launch date.' },
      async handle(input) {
        coordinator(input.actor.aadObjectId);
        return siteFormReply({ name: '', force: forces[0], launchDate: londonDate(input.now) }, forces);
      },
    },
  ];

  const actions = [
    {
      verb: SITE_VERBS.add,
      async handle(input: ActionInput): Promise<ActionResult> {
        const by = coordinator(input.actor.aadObjectId);
        const today = londonDate(input.now);
        const checked = validateSite(input.data, forces, today);
        if ('errors' in checked) {
          const value = (k: string) => field(input.data, k) ?? '';
          return { card: siteFormReply({ name: value('name'), force: value('force'), launchDate: value('launchDate') }, forces, checked.errors).card! };
        }
        const { site, created } = await registerSite(deps.store, checked.site, by, input.now);
        const notice = `${created ? 'Added' : 'Updated'} ${site.name}: formal review due ${formatDate(formalReviewDate(site.launchDate))}.`;
        return { card: sitesReply(await deps.store.sites.list(), today, notice).card! };
      },
    },
  ];

  return { text, actions };
}
