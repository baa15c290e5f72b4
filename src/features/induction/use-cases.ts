import { DateTime } from 'luxon';
import { AppError } from '../../errors';
import type { Reply } from '../../messages';
import type { InductionProgress } from '../../store/induction-types';
import type { ActionInput, ActionResult, Actor, MessageInput } from '../../use-case-types';
import { ZONE } from '../../time-zone';
import type { FeatureDeps } from '../deps';
import { createDownloadLink } from '../downloads';
import { entryById } from '../knowledge/answer';
import { startReply, stepReply, summaryReply } from './cards';
import { COURSE, moduleLength, nextPosition, previousPosition, stepAt } from './course';
import { INDUCTION_EXPORT } from './downloads';
import { allAnswered, answerTo, modulesDone, newProgress, recordAnswer, restarted, scoreOf } from './progress';
import { inductionReport } from './report';

// The routing table guards every induction command and button: personal chat only (progress and answers
// are someone's own), and coordinators only for the report and the export.

export const PERSONAL_ONLY =
  'The induction works in a personal chat with me, so your progress and answers stay yours. Open a chat with LRO Assist and type "induction".';
export const COORDINATORS_ONLY = 'Only the SOC Community Coordinators can see the induction report.';
const NO_IDENTITY = "I can't tell who you are in Teams, so I can't keep your induction progress.";
const NOT_STARTED = 'You have not started the induction yet. Type "induction" to start.';

export const londonDay = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat('d LLL yyyy');

type Person = { tenantId: string; aadObjectId: string; name?: string };

/** The person acting; progress is kept by their Teams identity. */
function personOf({ aadObjectId, name, tenantId }: Actor): Person {
  if (!aadObjectId) throw new AppError('auth.forbidden', NO_IDENTITY);
  return { tenantId, aadObjectId, ...(name ? { name } : {}) };
}

/** Only codes and counts are logged, never what someone chose or typed. */
const inductionLog = (deps: FeatureDeps) => deps.log.child({ feature: 'induction' });

/** A card in reply to a button replaces the clicked card; a plain text reply is a short message. */
const asAction = (reply: Reply): ActionResult => (reply.card ? { card: reply.card } : { message: reply.text });
const byButton =
  (step: (deps: FeatureDeps, input: ActionInput) => Promise<Reply>) =>
  async (deps: FeatureDeps, input: ActionInput): Promise<ActionResult> =>
    asAction(await step(deps, input));

function currentCard(deps: FeatureDeps, progress: InductionProgress, notice = ''): Reply {
  const step = stepAt(progress.module, progress.card);
  if (!step) return completionReply(progress);
  const answer = step.kind === 'question' ? answerTo(progress, step.question.id) : undefined;
  return stepReply((id) => entryById(deps.knowledge, id), step, { module: progress.module, card: progress.card }, answer, notice);
}

function completionReply(progress: InductionProgress): Reply {
  const score = scoreOf(progress.answers);
  return summaryReply({
    title: 'Induction complete: well done',
    intro:
      'You have finished all six modules of the LRO induction. Keep in touch with the regional LRO network and the monthly RDT drop-ins, and ask me any CHB or 4P question at any time.',
    facts: [
      { title: 'Completed', value: progress.completedAt ? londonDay(progress.completedAt) : '' },
      { title: 'Checks', value: `${score.correct} of ${score.answered} right` },
    ],
    footer: 'Type "induction restart" to take it again.',
  });
}

/** Moves a record to a position and saves it. */
async function moveTo(deps: FeatureDeps, progress: InductionProgress, at: { module: number; card: number }, now: Date): Promise<InductionProgress> {
  const moved = { ...progress, ...at, updatedAt: now.toISOString() };
  await deps.store.induction.save(moved);
  return moved;
}

/** True when a button came from the card for the current position (not an older card). */
function fromCurrentCard(progress: InductionProgress, data: Record<string, unknown> = {}): boolean {
  return Number(data.module) === progress.module && Number(data.card) === progress.card;
}

/** `induction`, and the "Carry on" button: the start card first time, then the card where someone left off. */
export async function startOrResume(deps: FeatureDeps, input: Pick<MessageInput, 'actor'>): Promise<Reply> {
  const who = personOf(input.actor);
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return startReply(deps.config.forces);
  // Finished and still on the last card: the completion card, until they restart.
  if (progress.completedAt && !nextPosition(progress.module, progress.card)) return completionReply(progress);
  return currentCard(deps, progress);
}

/** The "Carry on" button. */
export const resumeByButton = byButton(startOrResume);

/** The start card's button: records the force and opens the first card. */
export const begin = byButton(async (deps, input) => {
  const who = personOf(input.actor);
  const existing = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (existing) return currentCard(deps, existing);
  const force = typeof input.data?.force === 'string' ? input.data.force : '';
  if (!deps.config.forces.includes(force)) return startReply(deps.config.forces, '', 'Choose your force from the list to start.');
  const progress = newProgress(who, force, input.now);
  await deps.store.induction.save(progress);
  inductionLog(deps).info({ force }, 'induction started');
  return currentCard(deps, progress);
});

/** "Next" (or "Finish" on the last card). A question must be answered before moving on. */
export const next = byButton(async (deps, input) => {
  const who = personOf(input.actor);
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
  inductionLog(deps).info({ force: done.force, score: scoreOf(done.answers).percent }, 'induction completed');
  return completionReply(done);
});

export const back = byButton(async (deps, input) => {
  const who = personOf(input.actor);
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return startReply(deps.config.forces);
  const to = fromCurrentCard(progress, input.data) ? previousPosition(progress.module, progress.card) : undefined;
  return currentCard(deps, to ? await moveTo(deps, progress, to, input.now) : progress);
});

/** An answer button on a question card: records the first answer and shows why, with the source. */
export const answer = byButton(async (deps, input) => {
  const who = personOf(input.actor);
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return startReply(deps.config.forces);
  const questionId = typeof input.data?.questionId === 'string' ? input.data.questionId : '';
  const recorded = recordAnswer(progress, questionId, Number(input.data?.option), input.now);
  if (recorded !== progress) await deps.store.induction.save(recorded);
  return currentCard(deps, recorded);
});

/** "Stop for now": progress is already saved; the card says how to carry on. */
export const stopForNow = byButton(async (deps, input) => {
  const who = personOf(input.actor);
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return { text: NOT_STARTED };
  return summaryReply({
    title: 'Induction paused',
    intro: `Your place is saved: module ${progress.module + 1}, card ${progress.card + 1}. Type "induction" or use the button to carry on where you left off.`,
    resume: true,
  });
});

/** `induction progress`: where someone is and how their checks went. */
export async function progressSummary(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  const who = personOf(input.actor);
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
export async function restart(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  const who = personOf(input.actor);
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return startReply(deps.config.forces);
  const fresh = restarted(progress, input.now);
  await deps.store.induction.save(fresh);
  return currentCard(deps, fresh, 'Starting again from the first card. Your earlier answers are cleared.');
}

/** `induction stop reminders`: no reminder will be sent. */
export async function stopReminders(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  const who = personOf(input.actor);
  const progress = await deps.store.induction.get(who.tenantId, who.aadObjectId);
  if (!progress) return { text: NOT_STARTED };
  if (!progress.remindersOff) await deps.store.induction.save({ ...progress, remindersOff: true, updatedAt: input.now.toISOString() });
  return { text: 'Done: I will not remind you about the induction. Type "induction" whenever you want to carry on.' };
}

/** `induction report`: coordinators, personal chat; figures by force and the questions most often answered wrongly. */
export async function report(deps: FeatureDeps, _input: MessageInput): Promise<Reply> {
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
export async function exportCompletions(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  if (!deps.config.publicHostname) return { text: 'Exports need PUBLIC_HOSTNAME to be set, so I can give you a download link. Ask whoever runs LRO Assist.' };
  const link = await createDownloadLink(deps.store, deps.config.publicHostname, INDUCTION_EXPORT, personOf(input.actor).aadObjectId, input.now);
  inductionLog(deps).info('induction export link created');
  const until = DateTime.fromJSDate(link.expiresAt).setZone(ZONE).toFormat('HH:mm');
  return summaryReply({
    title: 'LRO induction: completions by person',
    intro: 'One row per person who has started, with force, dates and check score, as a CSV file for Excel. Times are UK time.',
    url: link.url,
    footer: `The link works for ${link.minutes} minutes (until ${until}). Anyone with it can download the file, so do not forward it.`,
  });
}
