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
    async lroView({ aadObjectId }) {
      const own = Object.hasOwn(data.lros, aadObjectId) ? data.lros[aadObjectId] : { requests: [], plans: [] };
      return structuredClone(own);
    },
  };
}
