import type { Config } from '../config';
import type { Logger } from '../log';
import type { Scheduler } from '../scheduler/scheduler';
import type { ProactiveSender } from '../scheduler/sender';
import type { Store } from '../store/types';
import type { KnowledgeBase } from './knowledge/answer';

/** Everything a feature's use-cases may use; the composition root passes it in. */
export interface FeatureDeps {
  store: Store;
  knowledge: KnowledgeBase;
  log: Logger;
  now: () => Date;
  config: Config;
  sender: ProactiveSender;
  /** Coordinators run jobs on demand through it. */
  jobs: Pick<Scheduler, 'jobNames' | 'runNow'>;
}
