import type { InductionAnswer, InductionProgress } from '../../store/induction-types';
import { ALL_QUESTIONS, COURSE, stepAt } from './course';

// The progress rules: what counts as an answer, a score, a finished module and a finished course.

export interface Score {
  answered: number;
  correct: number;
  /** Whole per cent of answered questions answered right; undefined before any answer. */
  percent?: number;
}

export function scoreOf(answers: readonly InductionAnswer[]): Score {
  const correct = answers.filter((a) => a.correct).length;
  return { answered: answers.length, correct, ...(answers.length ? { percent: Math.round((100 * correct) / answers.length) } : {}) };
}

export function answerTo(progress: InductionProgress, questionId: string): InductionAnswer | undefined {
  return progress.answers.find((a) => a.questionId === questionId);
}

/** A new record for someone starting, at the first card. */
export function newProgress(who: { tenantId: string; aadObjectId: string; name?: string }, force: string, now: Date): InductionProgress {
  const at = now.toISOString();
  return { ...who, force, module: 0, card: 0, answers: [], startedAt: at, remindersOff: false, updatedAt: at };
}

/**
 * Records the first answer to the question at the current position; later answers to the same
 * question change nothing, so the score is what someone knew the first time.
 */
export function recordAnswer(progress: InductionProgress, questionId: string, chosen: number, now: Date): InductionProgress {
  const step = stepAt(progress.module, progress.card);
  if (step?.kind !== 'question' || step.question.id !== questionId || answerTo(progress, questionId)) return progress;
  if (!Number.isInteger(chosen) || chosen < 0 || chosen >= step.question.options.length) return progress;
  const answer: InductionAnswer = { questionId, chosen, correct: chosen === step.question.answer, at: now.toISOString() };
  return { ...progress, answers: [...progress.answers, answer], updatedAt: answer.at };
}

/** Every question answered: the course is complete once someone moves past the last card. */
export function allAnswered(progress: InductionProgress): boolean {
  return ALL_QUESTIONS.every((q) => answerTo(progress, q.id));
}

/** Modules whose every question is answered. */
export function modulesDone(progress: InductionProgress): number {
  return COURSE.filter((m) => m.questions.every((q) => answerTo(progress, q.id))).length;
}

/** Back to the first card with no answers; the start and first completion dates stay. */
export function restarted(progress: InductionProgress, now: Date): InductionProgress {
  return { ...progress, module: 0, card: 0, answers: [], updatedAt: now.toISOString() };
}
