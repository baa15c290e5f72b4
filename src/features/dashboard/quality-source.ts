import type { Config } from '../../config';
import type { Store } from '../../store/types';
import type { KnowledgeEntry } from '../knowledge/entry';
import { overviewData } from '../plans/quality-use-cases';
import { londonDate } from '../dates';
import { changesVsBaseline, describeChange } from '../sites/measures';
import { blockChecklist, blockWordings, currentPhase, PHASE_LABELS } from '../sites/progress';
import type { CoordinatorDashboard } from './source';

/** The plan-balance and site-progress figures for the coordinators' dashboard. */
export async function qualityDashboard(
  store: Store,
  config: Pick<Config, 'forces' | 'coordinatorAadIds'>,
  entries: readonly KnowledgeEntry[],
  now: Date,
): Promise<Pick<Required<CoordinatorDashboard>, 'planBalance' | 'reviewsOnTime' | 'siteProgress'>> {
  const today = londonDate(now);
  const overview = await overviewData({ store, config }, undefined, now);
  const wordings = blockWordings(entries);
  const siteProgress = await Promise.all(
    (await store.sites.list()).map(async (site) => {
      const progress = await store.quality.sites.get(site.id);
      const blocks = blockChecklist(progress, wordings);
      const phase = currentPhase(progress, today);
      return {
        name: site.name,
        phase: phase ? PHASE_LABELS[phase.phase] : 'Not recorded',
        blocksInPlace: blocks.inPlace,
        blocksTotal: blocks.total,
        measures: changesVsBaseline(await store.quality.sites.listMeasures(site.id)).map((m) => ({
          label: m.label,
          change: describeChange(m),
          trend: m.trend,
        })),
      };
    }),
  );
  return {
    planBalance: overview.forces,
    reviewsOnTime: Object.entries(overview.onTimeByMonth).map(([force, months]) => ({ force, months })),
    siteProgress,
  };
}
