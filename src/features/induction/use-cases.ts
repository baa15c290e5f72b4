import { DateTime } from 'luxon';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { Reply } from '../../messages';
import type { InductionProgress } from '../../store/induction-types';
import type { ConversationKind, Store } from '../../store/types';
import { ZONE } from '../../time-zone';
import { isCoordinator } from '../coordinators';
import { startReply, stepReply, summaryReply, type EntryLookup } from './cards';
import { COURSE, moduleLength, nextPosition, previousPosition, stepAt } from './course';
import { createInductionDownload } from './downloads';
import { allAnswered, answerTo, modulesDone, newProgress, recordAnswer, restarted, scoreOf } from './progress';
import { inductionReport } from './report';

export interface InductionDeps {
  store: Store;
  config: Pick<Config, 'forces' | 'coordinatorAadIds' | 'publicHostname'>;
  entries: EntryLookup;
  /** Codes and counts only, never what someone chose or typed. */
  log: Logger;
}

/** Who acted (from the activity on the server) and where. */
export interface InductionInput {
  actor: { aadObjectId?: string; name?: string; tenantId: string };
  place: { kind: ConversationKind };
  now: Date;
  /** Card data from a button; never trusted for identity. */
  data?: Record<string, unknown>;
}

export const PERSONAL_ONLY = 'The induction works in a personal chat with me, so your progress and answers stay yours. Open a chat with LRO Assist and type "induction".';
const NO_IDENTITY = "I can't tell who you are in Teams, so I can't keep your induction progress.";
const NOT_STARTED = 'You have not started the induction yet. Type "induction" to start.';
const FORBIDDEN = 'Only the SOC Community Coordinators can see the induction report.';

export const londonDay = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat('d LLL yyyy');

type Person = { tenantId: string; aadObjectId: string; name?: string };

/** The person acting, or a refusal: the induction is personal-chat only and needs an identity. */
function personOf(deps: InductionDeps, input: InductionInput): Person | { refusal: string } {
  const refuse = (code: string, refusal: string) => {
    deps.log.info({ code }, 'induction refused');
    return { refusal };
  };
  if (input.place.kind !== 'personal') return refuse('induction.not-personal', PERSONAL_ONLY);
  const { aadObjectId, name, tenantId } = input.actor;
  if (!aadObjectId) return refuse('induction.no-identity', NO_IDENTITY);
  return { tenantId, aadObjectId, ...(name ? { name } : {}) };
}

function currentCard(deps: InductionDeps, progress: InductionProgress, notice = ''): Reply {
  const step = stepAt(progress.module, progress.card);
  if (!step) return completionReply(progress);
  const answer = step.kind === 'question' ? answerTo(progress, step.question.id) : undefined;
  return stepReply(deps.entries, step, { module: progress.module, card: progress.card }, answer, notice);
}

function completionReply(progress: InductionProgress): Reply {
  const score = scoreOf(progress.answers);
  return summaryReply({
    title: 'Induction complete: well done',
    intro: 'You have finished all six modules of the LRO induction. Keep in touch with the regional LRO network and the monthly RDT drop-ins, and ask me any CHB or 4P question at any time.',
    facts: [
      { title: 'Completed', value: progress.completedAt ? londonDay(progress.completedAt) : '' },
      { title: 'Checks', value: `${score.correct} of ${score.answered} right` },
    ],
    footer: 'Type "induction restart" to take it again.',
  });
}

/** Moves a record to a position and saves it. */
async function moveTo(deps: InductionDeps, progress: InductionProgress, at: { module: number; card: number }, now: Date): Promise<InductionProgress> {
  const moved = { ...progress, ...at, updatedAt: now.toISOString() };
  await deps.store.induction.save(moved);
  return moved;
}

/** True when a button came from the card for the current position (not an older card). */
function fromCurrentCard(progress: InductionProgress, data: Record<string, unknown> = {}): boolean {
  return Number(data.module) === progress.module && Number(data.card) === progress.card;
}

/** `induction`, and the "Carry on" button: the start card first time, then the card where someone left off. */
export async function startOrResume(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const who = personOf(deps, input);
  if ('refusal' in who) return { text: who.refusal };
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return startReply(deps.config.forces);
  // Finished and still on the last card: the completion card, until they restart.
  if (progress.completedAt && !nextPosition(progress.module, progress.card)) return completionReply(progress);
  return currentCard(deps, progress);
}

/** The start card's button: records the force and opens the first card. */
export async function begin(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const who = personOf(deps, input);
  if ('refusal' in who) return { text: who.refusal };
  const existing = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (existing) return currentCard(deps, existing);
  const force = typeof input.data?.force === 'string' ? input.data.force : '';
  if (!deps.config.forces.includes(force)) return startReply(deps.config.forces, '', 'Choose your force from the list to start.');
  const progress = newProgress(who, force, input.now);
  await deps.store.induction.save(progress);
  deps.log.info({ force }, 'induction started');
  return currentCard(deps, progress);
}

/** "Next" (or "Finish" on the last card). A question must be answered before moving on. */
export async function next(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const who = personOf(deps, input);
  if ('refusal' in who) return { text: who.refusal };
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return startReply(deps.config.forces);
  if (!fromCurrentCard(progress, input.data)) return currentCard(deps, progress);
  const step = stepAt(progress.module, progress.card);
  if (step?.kind === 'question' && !answerTo(progress, step.question.id)) return currentCard(deps, progress, 'Choose an answer first.');
  const to = nextPosition(progress.module, progress.card);
  if (to) return currentCard(deps, await moveTo(deps, progress, to, input.now));
  if (!allAnswered(progress)) return currentCard(deps, progress, 'Some checks are still unanswered: use Back to find them.');
  const done = { ...progress, completedAt: progress.completedAt ?? input.now.toISOString(), updatedAt: input.now.toISOString() };
  await deps.store.induction.save(done);
  deps.log.info({ force: done.force, score: scoreOf(done.answers).percent }, 'induction completed');
  return completionReply(done);
}

export async function back(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const who = personOf(deps, input);
  if ('refusal' in who) return { text: who.refusal };
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return startReply(deps.config.forces);
  const to = fromCurrentCard(progress, input.data) ? previousPosition(progress.module, progress.card) : undefined;
  return currentCard(deps, to ? await moveTo(deps, progress, to, input.now) : progress);
}

/** An answer button on a question card: records the first answer and shows why, with the source. */
export async function answer(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const who = personOf(deps, input);
  if ('refusal' in who) return { text: who.refusal };
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return startReply(deps.config.forces);
  const questionId = typeof input.data?.questionId === 'string' ? input.data.questionId : '';
  const recorded = recordAnswer(progress, questionId, Number(input.data?.option), input.now);
  if (recorded !== progress) await deps.store.induction.save(recorded);
  return currentCard(deps, recorded);
}

/** "Stop for now": progress is already saved; the card says how to carry on. */
export async function stopForNow(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const who = personOf(deps, input);
  if ('refusal' in who) return { text: who.refusal };
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return { text: NOT_STARTED };
  return summaryReply({
    title: 'Induction paused',
    intro: `Your place is saved: module ${progress.module + 1}, card ${progress.card + 1}. Type "induction" or use the button to carry on where you left off.`,
    resume: true,
  });
}

/** `induction progress`: where someone is and how their checks went. */
export async function progressSummary(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const who = personOf(deps, input);
  if ('refusal' in who) return { text: who.refusal };
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return { text: NOT_STARTED };
  const score = scoreOf(progress.answers);
  const module = COURSE[progress.module];
  return summaryReply({
    title: 'Your LRO induction',
    facts: [
      { title: 'Started', value: londonDay(progress.startedAt) },
      { title: 'Completed', value: progress.completedAt ? londonDay(progress.completedAt) : 'Not yet' },
      { title: 'Now at', value: `Module ${progress.module + 1}: ${module.title}, card ${progress.card + 1} of ${moduleLength(module)}` },
      { title: 'Modules with checks done', value: `${modulesDone(progress)} of ${COURSE.length}` },
      { title: 'Checks', value: score.answered ? `${score.correct} of ${score.answered} right (${score.percent}%)` : 'None answered yet' },
      { title: 'Reminder', value: progress.remindersOff ? 'Off' : 'On' },
    ],
    resume: !progress.completedAt || !!stepAt(progress.module, progress.card),
  });
}

/** `induction restart`: back to the first card with no answers. */
export async function restart(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const who = personOf(deps, input);
  if ('refusal' in who) return { text: who.refusal };
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return startReply(deps.config.forces);
  const fresh = restarted(progress, input.now);
  await deps.store.induction.save(fresh);
  return currentCard(deps, fresh, 'Starting again from the first card. Your earlier answers are cleared.');
}

/** `induction stop reminders`: no reminder will be sent. */
export async function stopReminders(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const who = personOf(deps, input);
  if ('refusal' in who) return { text: who.refusal };
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return { text: NOT_STARTED };
  if (!progress.remindersOff) await deps.store.induction.save({ ...progress, remindersOff: true, updatedAt: input.now.toISOString() });
  return { text: 'Done: I will not remind you about the induction. Type "induction" whenever you want to carry on.' };
}

function coordinatorRefusal(deps: InductionDeps, input: InductionInput, what: string): string | undefined {
  const refusal = !isCoordinator(deps.config, input.actor.aadObjectId)
    ? FORBIDDEN
    : input.place.kind !== 'personal'
      ? `Ask me for the ${what} in a personal chat: it is for coordinators only.`
      : undefined;
  if (refusal) deps.log.info({ code: refusal === FORBIDDEN ? 'induction.coordinators-only' : 'induction.not-personal' }, 'induction refused');
  return refusal;
}

/** `induction report`: coordinators, personal chat; figures by force and the questions most often answered wrongly. */
export async function report(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const refusal = coordinatorRefusal(deps, input, 'induction report');
  if (refusal) return { text: refusal };
  const r = inductionReport(await deps.store.induction.list(), deps.config.forces);
  return summaryReply({
    title: 'LRO induction: report',
    intro: `${r.total.started} started, ${r.total.completed} completed, average check score ${r.total.averageScore === undefined ? 'not yet known' : `${r.total.averageScore}%`}.`,
    facts: r.forces.map((f) => ({
      title: f.force,
      value: `${f.started} started, ${f.completed} completed, average score ${f.averageScore === undefined ? '–' : `${f.averageScore}%`}`,
    })),
    linesTitle: 'Questions most often answered wrongly',
    lines: r.mostMissed.map((q) => `${q.wrong} of ${q.answered} wrong: ${q.prompt} (module ${q.module})`),
    footer: 'Type "induction export" for completions by person as a CSV file.',
  });
}

/** `induction export`: coordinators, personal chat; a short-lived link to completions by person. */
export async function exportCompletions(deps: InductionDeps, input: InductionInput): Promise<Reply> {
  const refusal = coordinatorRefusal(deps, input, 'induction export');
  if (refusal) return { text: refusal };
  if (!deps.config.publicHostname) return { text: 'Exports need PUBLIC_HOSTNAME to be set, so I can give you a download link. Ask whoever runs LRO Assist.' };
  const link = await createInductionDownload(deps.store, deps.config.publicHostname, input.actor.aadObjectId!, input.now);
  deps.log.info('induction export link created');
  const until = DateTime.fromJSDate(link.expiresAt).setZone(ZONE).toFormat('HH:mm');
  return summaryReply({
    title: 'LRO induction: completions by person',
    intro: 'One row per person who has started, with force, dates and check score, as a CSV file for Excel. Times are UK time.',
    url: link.url,
    footer: `The link works for ${link.minutes} minutes (until ${until}). Anyone with it can download the file, so do not forward it.`,
  });
}
