import type { Reply } from '../../messages';
import type { ActionInput, ActionResult, MessageInput } from '../../use-case-types';
import { fields } from '../card-data';
import { requireCoordinator } from '../coordinators';
import { formatDate, londonDate } from '../dates';
import type { FeatureDeps } from '../deps';
import { siteFormReply, sitesReply } from './cards';
import { formalReviewDate, registerSite, validateSite } from './reviews';

const coordinator = (deps: FeatureDeps, aad: string | undefined) => requireCoordinator(deps.config, aad, 'register CHB sites');

/** `sites`: every CHB site with its 6-month formal review. */
export async function listSites(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  return sitesReply(await deps.store.sites.list(), londonDate(input.now));
}

/** `add site`: the registration form (coordinators). */
export async function addSiteForm(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  coordinator(deps, input.actor.aadObjectId);
  return siteFormReply({ name: '', force: deps.config.forces[0], launchDate: londonDate(input.now) }, deps.config.forces);
}

/** The site form, submitted: the site list with a notice, or the form again with what was wrong. */
export async function registerSiteFromForm(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const by = coordinator(deps, input.actor.aadObjectId);
  const today = londonDate(input.now);
  const checked = validateSite(input.data, deps.config.forces, today);
  if ('errors' in checked) return { card: siteFormReply(fields(input.data, ['name', 'force', 'launchDate']), deps.config.forces, checked.errors).card! };
  const { site, created } = await registerSite(deps.store, checked.site, by, input.now);
  const notice = `${created ? 'Added' : 'Updated'} ${site.name}: formal review due ${formatDate(formalReviewDate(site.launchDate))}.`;
  return { card: sitesReply(await deps.store.sites.list(), today, notice).card! };
}
