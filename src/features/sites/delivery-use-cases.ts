import { randomUUID } from 'node:crypto';
import { renderCard } from '../../cards';
import type { Config } from '../../config';
import { AppError } from '../../errors';
import type { Reply } from '../../messages';
import type { SiteRecord } from '../../store/plan-types';
import { BLOCK_STATUSES, MEASURE_IDS, PARTNER_TYPES, SITE_PHASES, type SiteProgress } from '../../store/quality-types';
import type { Store } from '../../store/types';
import type { ActionInput, ActionResult, Actor, MessageInput } from '../../use-case-types';
import { isCoordinator } from '../coordinators';
import { addDays, formatDateTime, londonDate } from '../dates';
import type { FeatureDeps } from '../deps';
import type { KnowledgeEntry } from '../knowledge/entry';
import * as knowledge from '../knowledge/use-cases';
import { describeCadence } from '../plans/plans';
import { knownPeople } from '../plans/people';
import { healthOf } from '../plans/plan-health';
import { partnersEngaged, PARTNER_LABELS } from '../plans/structure';
import { changesVsBaseline, describeChange, MEASURES, validateMeasure } from './measures';
import { blockChecklist, blockWordings, currentPhase, emptyProgress, PHASE_LABELS, setBlock, setPhase, STATUS_LABELS, validateBlock } from './progress';
import type { ReviewPackData } from './review-pack';
import { createPackLink, PACK_TTL_MS } from './pack-links';
import { formalReviewDate } from './reviews';
import { SITE_DELIVERY_VERBS } from './verbs';

/** A site by name (case and spacing ignored). */
export async function findSite(store: Store, name: string): Promise<SiteRecord> {
  const site = await store.sites.get(name.trim().replace(/\s+/g, ' ').toLowerCase());
  if (!site) throw new AppError('not-found', `I don't know a CHB site called "${name.trim()}". Type "sites" to see them.`);
  return site;
}

/** Coordinators and the site's LRO may record its progress and get its review pack. */
export function canManageSite(config: Pick<Config, 'coordinatorAadIds'>, progress: SiteProgress | undefined, aadObjectId: string | undefined): boolean {
  return isCoordinator(config, aadObjectId) || (!!aadObjectId && progress?.lroAadObjectId === aadObjectId);
}

function requireSiteManager(
  config: Pick<Config, 'coordinatorAadIds'>,
  site: SiteRecord,
  progress: SiteProgress | undefined,
  aadObjectId: string | undefined,
): string {
  if (!aadObjectId || !canManageSite(config, progress, aadObjectId))
    throw new AppError('auth.forbidden', `Only coordinators and the LRO of ${site.name} can do that.`);
  return aadObjectId;
}

/** Data for cards/site-progress.json. */
export interface SiteCardData {
  title: string;
  notice: string;
  errors: string[];
  siteId: string;
  facts: { title: string; value: string }[];
  phases: { phase: string; began: string }[];
  readiness: string;
  blocks: { label: string; status: string; mark: string; on: string; note: string; source: string }[];
  measures: { label: string; baseline: string; latest: string; change: string }[];
  canEdit: boolean;
  isCoordinator: boolean;
  people: { title: string; value: string }[];
  planRefs: string;
  verbs: typeof SITE_DELIVERY_VERBS;
  today: string;
  phaseChoices: { title: string; value: string }[];
  blockChoices: { title: string; value: string }[];
  statusChoices: { title: string; value: string }[];
  measureChoices: { title: string; value: string }[];
}

const MARKS = { 'in-place': '✅', 'in-progress': '🟡', 'not-started': '⬜' } as const;
const shown = (v: { value: number; periodEnd: string } | undefined) => (v ? `${v.value} (to ${v.periodEnd})` : '—');

/** The site card: phase, foundation blocks as a checklist with a readiness count, and measures against baseline. */
async function siteReply(deps: FeatureDeps, site: SiteRecord, actor: Actor, now: Date, notice?: string, errors: string[] = []): Promise<Reply> {
  const today = londonDate(now);
  const progress = await deps.store.quality.sites.get(site.id);
  const blocks = blockChecklist(progress, blockWordings(deps.knowledge.entries));
  const measures = changesVsBaseline(await deps.store.quality.sites.listMeasures(site.id));
  const phase = currentPhase(progress, today);
  const coordinator = isCoordinator(deps.config, actor.aadObjectId);
  const data: SiteCardData = {
    title: `CHB site: ${site.name}`,
    notice: notice ?? '',
    errors,
    siteId: site.id,
    facts: [
      { title: 'Force', value: site.force },
      { title: 'Launched', value: site.launchDate },
      { title: 'Formal review', value: formalReviewDate(site.launchDate) },
      { title: 'Phase', value: phase ? `${PHASE_LABELS[phase.phase]} since ${phase.began}` : 'Not recorded' },
      { title: 'LRO', value: progress?.lroName ?? 'Not recorded' },
    ],
    phases: (progress?.phases ?? []).map((p) => ({ phase: PHASE_LABELS[p.phase], began: p.began })),
    readiness: `${blocks.inPlace} of ${blocks.total} foundation blocks in place`,
    blocks: blocks.rows.map((b) => ({
      label: b.title,
      status: b.statusLabel,
      mark: MARKS[b.status],
      on: b.on ?? '',
      note: b.note ?? '',
      source: b.source.kind === 'briefing' ? b.source.section : b.source.title,
    })),
    measures: measures.map((m) => ({ label: m.label, baseline: shown(m.baseline), latest: shown(m.latest), change: describeChange(m) })),
    canEdit: canManageSite(deps.config, progress, actor.aadObjectId),
    isCoordinator: coordinator,
    people: coordinator ? (await knownPeople(deps.store, actor.tenantId)).map((p) => ({ title: p.name, value: p.aadObjectId })) : [],
    planRefs: (await Promise.all((progress?.planIds ?? []).map((id) => deps.store.plans.get(id)))).flatMap((p) => (p ? [p.reference] : [])).join(', '),
    verbs: SITE_DELIVERY_VERBS,
    today,
    phaseChoices: SITE_PHASES.map((p) => ({ title: PHASE_LABELS[p], value: p })),
    blockChoices: blocks.rows.map((b) => ({ title: b.title, value: String(b.block) })),
    statusChoices: BLOCK_STATUSES.map((s) => ({ title: STATUS_LABELS[s], value: s })),
    measureChoices: MEASURE_IDS.map((m) => ({ title: MEASURES[m].label, value: m })),
  };
  const text = [
    data.title,
    ...(notice ? [notice] : []),
    ...errors,
    ...data.facts.map((f) => `${f.title}: ${f.value}`),
    `Readiness: ${data.readiness}`,
    ...data.blocks.map((b) => `${b.mark} ${b.label}: ${b.status}${b.on ? ` (${b.on})` : ''}${b.note ? `, ${b.note}` : ''}`),
    ...data.measures.map((m) => `${m.label}: baseline ${m.baseline}, latest ${m.latest}, change ${m.change}`),
  ].join('\n');
  return { text, card: renderCard('site-progress', data) };
}

/** `site <name>`: a registered site's card; any other name ("site identification") is a question for the knowledge base. */
export async function showSite(deps: FeatureDeps, input: MessageInput, name: string): Promise<Reply> {
  const site = await findSite(deps.store, name).catch(() => undefined);
  return site ? siteReply(deps, site, input.actor, input.now) : knowledge.ask(deps, input);
}

const asCard = (reply: Reply): ActionResult => (reply.card ? { card: reply.card } : { message: reply.text });

async function siteForChange(deps: FeatureDeps, actor: Actor, data: Record<string, unknown>) {
  const site = await deps.store.sites.get(typeof data.siteId === 'string' ? data.siteId : '');
  if (!site) throw new AppError('not-found', 'That site no longer exists.');
  const progress = await deps.store.quality.sites.get(site.id);
  const by = requireSiteManager(deps.config, site, progress, actor.aadObjectId);
  return { site, progress, by };
}

const text = (data: Record<string, unknown>, k: string) => (typeof data[k] === 'string' ? (data[k] as string).trim() : '');

/** Card verb: the date a phase began. */
export async function recordPhase(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  return asCard(await recordPhaseReply(deps, input));
}

async function recordPhaseReply(deps: FeatureDeps, input: ActionInput): Promise<Reply> {
  const { site, progress, by } = await siteForChange(deps, input.actor, input.data);
  const at = input.now.toISOString();
  const result = setPhase(progress ?? emptyProgress(site.id, by, at), text(input.data, 'phase'), text(input.data, 'began'), londonDate(input.now));
  if ('error' in result) return siteReply(deps, site, input.actor, input.now, undefined, [result.error]);
  await deps.store.quality.sites.save({ ...result.progress, updatedBy: by, updatedAt: at });
  return siteReply(
    deps,
    site,
    input.actor,
    input.now,
    `Recorded: ${PHASE_LABELS[text(input.data, 'phase') as keyof typeof PHASE_LABELS]} began ${text(input.data, 'began')}.`,
  );
}

/** Card verb: one foundation block's status, date and note. */
export async function recordBlock(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  return asCard(await recordBlockReply(deps, input));
}

async function recordBlockReply(deps: FeatureDeps, input: ActionInput): Promise<Reply> {
  const { site, progress, by } = await siteForChange(deps, input.actor, input.data);
  const checked = validateBlock(input.data, londonDate(input.now));
  if ('errors' in checked) return siteReply(deps, site, input.actor, input.now, undefined, checked.errors);
  const at = input.now.toISOString();
  await deps.store.quality.sites.save({ ...setBlock(progress ?? emptyProgress(site.id, by, at), checked.block), updatedBy: by, updatedAt: at });
  return siteReply(deps, site, input.actor, input.now, `Recorded FB${checked.block.block}: ${STATUS_LABELS[checked.block.status]}.`);
}

/** Card verb: a measure for a period, at baseline or later. */
export async function recordMeasure(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  return asCard(await recordMeasureReply(deps, input));
}

async function recordMeasureReply(deps: FeatureDeps, input: ActionInput): Promise<Reply> {
  const { site, by } = await siteForChange(deps, input.actor, input.data);
  const checked = validateMeasure(input.data, londonDate(input.now));
  if ('errors' in checked) return siteReply(deps, site, input.actor, input.now, undefined, checked.errors);
  await deps.store.quality.sites.addMeasure({ id: `m-${randomUUID()}`, siteId: site.id, ...checked.measure, by, at: input.now.toISOString() });
  return siteReply(
    deps,
    site,
    input.actor,
    input.now,
    `Recorded ${MEASURES[checked.measure.measure].label}${checked.measure.baseline ? ' (baseline)' : ''} to ${checked.measure.periodEnd}.`,
  );
}

/** Card verb (coordinators): the site's LRO, from people the bot knows, and the 4P plans linked to it by reference. */
export async function setupSite(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  return asCard(await setupSiteReply(deps, input));
}

async function setupSiteReply(deps: FeatureDeps, input: ActionInput): Promise<Reply> {
  const site = await deps.store.sites.get(text(input.data, 'siteId'));
  if (!site) throw new AppError('not-found', 'That site no longer exists.');
  if (!isCoordinator(deps.config, input.actor.aadObjectId)) throw new AppError('auth.forbidden', "Only coordinators can set a site's LRO and plans.");
  const errors: string[] = [];
  const lroId = text(input.data, 'lro');
  const lro = lroId ? (await knownPeople(deps.store, input.actor.tenantId)).find((p) => p.aadObjectId === lroId) : undefined;
  if (lroId && !lro) errors.push('Choose the LRO from the list: they need LRO Assist in a personal chat.');
  const planIds: string[] = [];
  for (const ref of text(input.data, 'plans')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)) {
    const plan = await deps.store.plans.findActiveByReference(input.actor.tenantId, ref);
    if (plan) planIds.push(plan.id);
    else errors.push(`No active plan "${ref}".`);
  }
  if (errors.length) return siteReply(deps, site, input.actor, input.now, undefined, errors);
  const at = input.now.toISOString();
  const progress = (await deps.store.quality.sites.get(site.id)) ?? emptyProgress(site.id, input.actor.aadObjectId!, at);
  await deps.store.quality.sites.save({
    ...progress,
    ...(lro ? { lroAadObjectId: lro.aadObjectId, lroName: lro.name } : {}),
    planIds: planIds.length ? planIds : progress.planIds,
    updatedBy: input.actor.aadObjectId!,
    updatedAt: at,
  });
  return siteReply(deps, site, input.actor, input.now, "Saved the site's LRO and linked plans.");
}

/** Everything the review pack holds, read from the store. */
export async function reviewPackData(
  deps: { store: Store; entries: readonly KnowledgeEntry[] },
  site: SiteRecord,
  tenantId: string,
  now: Date,
): Promise<ReviewPackData> {
  const today = londonDate(now);
  const progress = await deps.store.quality.sites.get(site.id);
  const plans = [];
  const partners = new Set<string>();
  for (const id of progress?.planIds ?? []) {
    const plan = await deps.store.plans.get(id);
    if (!plan || plan.tenantId !== tenantId) continue;
    const { health, structure } = await healthOf(deps.store, plan, today);
    if (structure) for (const p of partnersEngaged(structure)) partners.add(p);
    const reviews = await deps.store.quality.plans.listReviews(plan.id, addDays(today, -365));
    plans.push({
      reference: plan.reference,
      cadence: describeCadence(plan.cadence),
      lastReviewed: plan.lastReviewed,
      nextReview: plan.nextReview,
      reviewsLastYear: reviews.map((r) => r.reviewedOn),
      checks: health.checks.map((c) => ({ title: c.title, ok: c.ok, findings: c.findings })),
    });
  }
  return {
    site: {
      name: site.name,
      force: site.force,
      launchDate: site.launchDate,
      formalReviewDate: formalReviewDate(site.launchDate),
      ...(progress?.lroName ? { lro: progress.lroName } : {}),
    },
    generatedOn: today,
    phases: progress?.phases ?? [],
    blocks: blockChecklist(progress, blockWordings(deps.entries)),
    measures: changesVsBaseline(await deps.store.quality.sites.listMeasures(site.id)),
    plans,
    partners: PARTNER_TYPES.filter((p) => partners.has(p)).map((p) => PARTNER_LABELS[p]),
  };
}

/** `review pack <site>` (coordinators and the site's LRO, in a personal chat): a summary card and a short-lived link to the .docx. */
export async function requestReviewPack(deps: FeatureDeps, input: MessageInput, name: string): Promise<Reply> {
  const site = await findSite(deps.store, name);
  if (!canManageSite(deps.config, await deps.store.quality.sites.get(site.id), input.actor.aadObjectId))
    throw new AppError('auth.forbidden', `Only coordinators and the LRO of ${site.name} can get its review pack.`);
  const publicHostname = deps.config.publicHostname;
  if (!publicHostname) return { text: 'Review packs need PUBLIC_HOSTNAME to be set, so I can give you a download link. Ask whoever runs LRO Assist.' };
  const data = await reviewPackData({ store: deps.store, entries: deps.knowledge.entries }, site, input.actor.tenantId, input.now);
  const link = await createPackLink(deps.store, publicHostname, site.id, input.actor.tenantId, input.actor.aadObjectId!, input.now);
  const facts = [
    { title: 'Formal review', value: data.site.formalReviewDate },
    {
      title: 'Phase',
      value: data.phases.length
        ? `${PHASE_LABELS[data.phases[data.phases.length - 1].phase]} since ${data.phases[data.phases.length - 1].began}`
        : 'Not recorded',
    },
    { title: 'Foundation blocks', value: `${data.blocks.inPlace} of ${data.blocks.total} in place` },
    { title: 'Measures', value: `${data.measures.length} (${data.measures.filter((m) => m.improved).length} improved on baseline)` },
    { title: '4P plans', value: `${data.plans.length} (${data.plans.filter((p) => p.checks.every((c) => c.ok)).length} with no health flags)` },
    { title: 'Partner types', value: data.partners.join(', ') || 'None recorded' },
  ];
  const minutes = PACK_TTL_MS / 60_000;
  const expires = formatDateTime(link.expiresAt);
  const title = `6-month review pack: ${site.name}`;
  return {
    text: [title, ...facts.map((f) => `${f.title}: ${f.value}`), `Download (works for ${minutes} minutes, until ${expires}): ${link.url}`].join('\n'),
    card: renderCard('review-pack', { title, facts, minutes, expires, url: link.url }),
  };
}

/** Data for cards/review-pack.json. */
export interface ReviewPackCardData {
  title: string;
  facts: { title: string; value: string }[];
  minutes: number;
  expires: string;
  url: string;
}

declare module '../../cards' {
  interface CardTemplates {
    'site-progress': SiteCardData;
    'review-pack': ReviewPackCardData;
  }
}
