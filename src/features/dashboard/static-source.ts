import { ageingBuckets } from './ageing';
import type { CoordinatorDashboard, DashboardSource, LroDashboard } from './source';

export interface StaticDashboardData {
  coordinator: CoordinatorDashboard;
  /** Each LRO's own view, keyed by AAD object id. */
  lros: Record<string, LroDashboard>;
}

/** An in-memory source over fixed data (tests, local development). Callers get copies. */
export function staticDashboardSource(data: StaticDashboardData): DashboardSource {
  return {
    async coordinatorView() {
      return structuredClone(data.coordinator);
    },
    async lroView(aadObjectId) {
      const own = Object.hasOwn(data.lros, aadObjectId) ? data.lros[aadObjectId] : { requests: [], plans: [] };
      return structuredClone(own);
    },
  };
}

/**
 * A source with no data at all. It stands in until the store-backed source exists, so that the
 * tab and its API run end to end; every dashboard it produces is empty.
 */
export function emptyDashboardSource(): DashboardSource {
  return {
    async coordinatorView(now) {
      return {
        requestsByStatus: [],
        requestsByForce: [],
        ageingBuckets: ageingBuckets([], now),
        slaBreaches: [],
        overduePlans: [],
        nextDropIn: null,
        sites: [],
      };
    },
    async lroView() {
      return { requests: [], plans: [] };
    },
  };
}
