import type { Reply } from '../../messages';
import type { ActionInput, ActionResult, MessageInput } from '../../use-case-types';
import { requireCoordinator } from '../coordinators';
import { formatDate, londonDate, requireUserDate } from '../dates';
import type { FeatureDeps } from '../deps';
import { siteFormReply, sitesReply } from './cards';
import { closeSite, findSite, markReviewHeld, nextSiteReview, registerSite, removeSite, validateSite } from './reviews';

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
  if ('errors' in checked) return { card: siteFormReply(checked.values, deps.config.forces, checked.errors).card! };
  const { site, created } = await registerSite(deps.store, checked.site, by, input.now);
  const notice = `${created ? 'Added' : 'Updated'} ${site.name}: formal review due ${formatDate(nextSiteReview(site))}.`;
  return { card: sitesReply(await deps.store.sites.list(), today, notice).card! };
}

const closer = (deps: FeatureDeps, aad: string | undefined) => requireCoordinator(deps.config, aad, 'record reviews, close or remove CHB sites');

/** `review held <site> [on <date>][: note]` (coordinators): the site list, with the next review. */
export async function reviewHeld(deps: FeatureDeps, input: MessageInput, name: string, date: string | undefined, note: string | undefined): Promise<Reply> {
  const by = closer(deps, input.actor.aadObjectId);
  const today = londonDate(input.now);
  const site = await findSite(deps.store, name);
  const held = await markReviewHeld(deps.store, site, date ? requireUserDate(date, today) : today, note, by, input.now);
  const notice = `Recorded the formal review of ${held.name} held on ${formatDate(held.lastReviewHeld!)}. The next is due ${formatDate(nextSiteReview(held))}.`;
  return sitesReply(await deps.store.sites.list(), today, notice);
}

/** `close site <site>` (coordinators): no more reviews or reminders for it. */
export async function closeSiteByCommand(deps: FeatureDeps, input: MessageInput, name: string): Promise<Reply> {
  const by = closer(deps, input.actor.aadObjectId);
  const closed = await closeSite(deps.store, await findSite(deps.store, name), by, input.now);
  return sitesReply(await deps.store.sites.list(), londonDate(input.now), `Closed ${closed.name}: there will be no more review reminders for it.`);
}

/** `remove site <site>` (coordinators): for a site registered by mistake; audited. */
export async function removeSiteByCommand(deps: FeatureDeps, input: MessageInput, name: string): Promise<Reply> {
  const by = closer(deps, input.actor.aadObjectId);
  const site = await findSite(deps.store, name);
  await removeSite(deps.store, site, by, input.now);
  const notice = `Removed ${site.name}. To end a real site's reviews, "close site" keeps its record instead.`;
  const rest = await deps.store.sites.list();
  return rest.length ? sitesReply(rest, londonDate(input.now), notice) : { text: `${notice} No CHB sites are registered now.` };
}
