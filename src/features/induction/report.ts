import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { InductionProgress } from '../../store/induction-types';
import { ZONE } from '../../time-zone';
import { safeCell } from '../support/csv';
import { COURSE } from './course';
import { scoreOf } from './progress';

// Figures for coordinators: counts and averages by force, never one person's score, plus the
// questions most often answered wrongly (where the regional training should focus).

export interface ForceFigures {
  force: string;
  started: number;
  completed: number;
  /** Mean of each person's check score in whole per cent; undefined when nobody has answered. */
  averageScore?: number;
}

export interface MissedQuestion {
  questionId: string;
  prompt: string;
  /** 1-based module number. */
  module: number;
  wrong: number;
  answered: number;
}

export interface InductionReport {
  total: Omit<ForceFigures, 'force'>;
  forces: ForceFigures[];
  mostMissed: MissedQuestion[];
}

function figures(records: InductionProgress[]): Omit<ForceFigures, 'force'> {
  const scores = records.map((p) => scoreOf(p.answers).percent).filter((s): s is number => s !== undefined);
  return {
    started: records.length,
    completed: records.filter((p) => p.completedAt).length,
    ...(scores.length ? { averageScore: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) } : {}),
  };
}

/** The configured forces in order (each shown, even at zero), then any other force on record. */
export function inductionReport(records: InductionProgress[], forces: string[], missedLimit = 5): InductionReport {
  const names = [...forces, ...new Set(records.map((p) => p.force).filter((f) => !forces.includes(f)))];
  const mostMissed = COURSE.flatMap((m, i) =>
    m.questions.map((q): MissedQuestion => {
      const answers = records.flatMap((p) => p.answers.filter((a) => a.questionId === q.id));
      return { questionId: q.id, prompt: q.prompt, module: i + 1, wrong: answers.filter((a) => !a.correct).length, answered: answers.length };
    }),
  )
    .filter((q) => q.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || b.wrong / b.answered - a.wrong / a.answered)
    .slice(0, missedLimit);
  return {
    total: figures(records),
    forces: names.map((force) => ({ force, ...figures(records.filter((p) => p.force === force)) })),
    mostMissed,
  };
}

export const COMPLETION_COLUMNS = ['person', 'force', 'started_uk', 'completed_uk', 'questions_answered', 'answered_right', 'score_percent'] as const;

const ukDate = (iso: string | undefined) => (iso ? DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm') : '');

/** Completions by person as CSV (UTF-8 with a BOM for Excel); coordinators only, through a download link. */
export function completionsCsv(records: InductionProgress[]): string {
  const rows = records.map((p) => {
    const score = scoreOf(p.answers);
    return [
      p.name ?? p.aadObjectId,
      p.force,
      ukDate(p.startedAt),
      ukDate(p.completedAt),
      String(score.answered),
      String(score.correct),
      score.percent === undefined ? '' : String(score.percent),
    ].map(safeCell);
  });
  return `\uFEFF${stringify([[...COMPLETION_COLUMNS], ...rows], { record_delimiter: 'windows' })}`;
}
