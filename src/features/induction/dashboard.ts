import type { InductionProgress } from '../../store/induction-types';
import { COURSE } from './course';
import { scoreOf } from './progress';
import { inductionReport, type ForceFigures } from './report';

// The dashboard's induction figures: the coordinators' report as data, and one LRO's own progress.

export interface InductionFigures {
  byForce: ForceFigures[];
  mostMissed: { prompt: string; module: number; wrong: number; answered: number }[];
}

export interface LroInduction {
  /** 1-based module number and title of where they are. */
  module: number;
  moduleTitle: string;
  modules: number;
  startedAt: string;
  completedAt?: string;
  answered: number;
  correct: number;
  percent?: number;
}

export function inductionFigures(records: InductionProgress[], forces: string[]): InductionFigures {
  const report = inductionReport(records, forces);
  return { byForce: report.forces, mostMissed: report.mostMissed.map(({ prompt, module, wrong, answered }) => ({ prompt, module, wrong, answered })) };
}

export function lroInduction(progress: InductionProgress | undefined): LroInduction | null {
  if (!progress) return null;
  const score = scoreOf(progress.answers);
  return {
    module: progress.module + 1,
    moduleTitle: COURSE[progress.module].title,
    modules: COURSE.length,
    startedAt: progress.startedAt,
    ...(progress.completedAt ? { completedAt: progress.completedAt } : {}),
    ...score,
  };
}
