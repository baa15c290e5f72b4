/**
 * Question-answering benchmark. Reports the tuning set (src/features/knowledge/content/example-questions.json,
 * cross-validated, since the classifier learns from it),
 * the held-out set (eval-holdout.json, written before the retrieval it measures) and the blind check sets
 * (eval-blind-check.json and -2 to -55, written blind, never tuned or trained on) separately, for our
 * path and for a plain-search baseline: top-1, share of confident answers that are right, declines by
 * kind, the right entry's rank among "not sure" suggestions, and answer time. Prints figures only.
 *
 *   npm run bench:qa                      # aggregate figures; misses listed for the tuning set only
 *   npm run bench:qa -- --show-holdout-misses   # also list held-out and blind-check misses (not for use while tuning)
 *   npm run bench:qa -- --tuning-only           # the tuning set alone, for tuning
 *   npm run bench:qa -- --timing-only           # answer time alone
 */
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { type Answer, answerQuestion, createKnowledgeBase } from '../../src/features/knowledge/answer';
import { defaultContactsPath, readContactsFile } from '../../src/features/knowledge/contacts';
import { allEntries, asTrainingExamples, exampleQuestions } from '../../src/features/knowledge/content';
import type { KnowledgeEntry } from '../../src/features/knowledge/entry';
import blindCheckFile from '../features/knowledge/eval-blind-check.json';
import blindCheck2File from '../features/knowledge/eval-blind-check-2.json';
import blindCheck3File from '../features/knowledge/eval-blind-check-3.json';
import blindCheck4File from '../features/knowledge/eval-blind-check-4.json';
import blindCheck5File from '../features/knowledge/eval-blind-check-5.json';
import blindCheck6File from '../features/knowledge/eval-blind-check-6.json';
import blindCheck7File from '../features/knowledge/eval-blind-check-7.json';
import blindCheck8File from '../features/knowledge/eval-blind-check-8.json';
import blindCheck9File from '../features/knowledge/eval-blind-check-9.json';
import blindCheck10File from '../features/knowledge/eval-blind-check-10.json';
import blindCheck11File from '../features/knowledge/eval-blind-check-11.json';
import blindCheck12File from '../features/knowledge/eval-blind-check-12.json';
import blindCheck13File from '../features/knowledge/eval-blind-check-13.json';
import blindCheck14File from '../features/knowledge/eval-blind-check-14.json';
import blindCheck15File from '../features/knowledge/eval-blind-check-15.json';
import blindCheck16File from '../features/knowledge/eval-blind-check-16.json';
import blindCheck17File from '../features/knowledge/eval-blind-check-17.json';
import blindCheck18File from '../features/knowledge/eval-blind-check-18.json';
import blindCheck19File from '../features/knowledge/eval-blind-check-19.json';
import blindCheck20File from '../features/knowledge/eval-blind-check-20.json';
import blindCheck21File from '../features/knowledge/eval-blind-check-21.json';
import blindCheck22File from '../features/knowledge/eval-blind-check-22.json';
import blindCheck23File from '../features/knowledge/eval-blind-check-23.json';
import blindCheck24File from '../features/knowledge/eval-blind-check-24.json';
import blindCheck25File from '../features/knowledge/eval-blind-check-25.json';
import blindCheck26File from '../features/knowledge/eval-blind-check-26.json';
import blindCheck27File from '../features/knowledge/eval-blind-check-27.json';
import blindCheck28File from '../features/knowledge/eval-blind-check-28.json';
import blindCheck29File from '../features/knowledge/eval-blind-check-29.json';
import blindCheck30File from '../features/knowledge/eval-blind-check-30.json';
import blindCheck31File from '../features/knowledge/eval-blind-check-31.json';
import blindCheck32File from '../features/knowledge/eval-blind-check-32.json';
import blindCheck33File from '../features/knowledge/eval-blind-check-33.json';
import blindCheck34File from '../features/knowledge/eval-blind-check-34.json';
import blindCheck35File from '../features/knowledge/eval-blind-check-35.json';
import blindCheck36File from '../features/knowledge/eval-blind-check-36.json';
import blindCheck37File from '../features/knowledge/eval-blind-check-37.json';
import blindCheck38File from '../features/knowledge/eval-blind-check-38.json';
import blindCheck39File from '../features/knowledge/eval-blind-check-39.json';
import blindCheck40File from '../features/knowledge/eval-blind-check-40.json';
import blindCheck41File from '../features/knowledge/eval-blind-check-41.json';
import blindCheck42File from '../features/knowledge/eval-blind-check-42.json';
import blindCheck43File from '../features/knowledge/eval-blind-check-43.json';
import blindCheck44File from '../features/knowledge/eval-blind-check-44.json';
import blindCheck45File from '../features/knowledge/eval-blind-check-45.json';
import blindCheck46File from '../features/knowledge/eval-blind-check-46.json';
import blindCheck47File from '../features/knowledge/eval-blind-check-47.json';
import blindCheck48File from '../features/knowledge/eval-blind-check-48.json';
import blindCheck49File from '../features/knowledge/eval-blind-check-49.json';
import blindCheck50File from '../features/knowledge/eval-blind-check-50.json';
import blindCheck51File from '../features/knowledge/eval-blind-check-51.json';
import blindCheck52File from '../features/knowledge/eval-blind-check-52.json';
import blindCheck53File from '../features/knowledge/eval-blind-check-53.json';
import blindCheck54File from '../features/knowledge/eval-blind-check-54.json';
import blindCheck55File from '../features/knowledge/eval-blind-check-55.json';
import holdoutFile from '../features/knowledge/eval-holdout.json';
import tuningFile from '../../src/features/knowledge/content/example-questions.json';

type DeclineKind = 'off-topic' | 'other-region' | 'legal-advice' | 'intelligence-refusal';
type Outcome =
  | { kind: 'answer'; shown: string[] }
  | { kind: 'list'; shown: string[] }
  | { kind: 'unsure'; suggestions: string[] }
  | { kind: 'decline'; reason: DeclineKind };
/** `at` is the question's place in its set, which picks its fold for the tuning set (see foldAnswerer). */
type Answerer = (q: string, at: number) => Outcome;

interface InScope {
  q: string;
  expect: string[];
  /** Each expected entry is a right answer on its own (see eval-questions.json). */
  anyOf?: boolean;
}
interface Decline {
  q: string;
  expect: DeclineKind;
}
interface EvalSet {
  name: string;
  inScope: InScope[];
  declines: Decline[];
}

/** The tuning file predates decline kinds: its "out-of-scope" means off-topic. */
function declineKind(expect: string): DeclineKind {
  return expect === 'out-of-scope' ? 'off-topic' : (expect as DeclineKind);
}
const asList = (e: string | string[]) => (Array.isArray(e) ? e : [e]);

/** A blind check file: lists of expected entries, some marked `anyOf`. */
function blindSet(name: string, file: { inScope: { q: string; expect: string[]; anyOf?: boolean }[]; declines: { q: string; expect: string }[] }): EvalSet {
  return {
    name,
    inScope: file.inScope.map((q) => ({ q: q.q, expect: q.expect, anyOf: q.anyOf })),
    declines: file.declines.map((q) => ({ q: q.q, expect: declineKind(q.expect) })),
  };
}

const sets: EvalSet[] = [
  {
    name: 'tuning',
    inScope: tuningFile.inScope.map((q) => ({ q: q.q, expect: asList(q.expect), anyOf: 'anyOf' in q && q.anyOf })),
    declines: tuningFile.declines.map((q) => ({ q: q.q, expect: declineKind(q.expect) })),
  },
  {
    name: 'held-out',
    inScope: holdoutFile.inScope.map((q) => ({ q: q.q, expect: q.expect })),
    declines: holdoutFile.declines.map((q) => ({ q: q.q, expect: declineKind(q.expect) })),
  },
  {
    name: 'blind check',
    inScope: blindCheckFile.inScope.map((q) => ({ q: q.q, expect: q.expect })),
    declines: blindCheckFile.declines.map((q) => ({ q: q.q, expect: declineKind(q.expect) })),
  },
  blindSet('blind check 2', blindCheck2File),
  blindSet('blind check 3', blindCheck3File),
  blindSet('blind check 4', blindCheck4File),
  blindSet('blind check 5', blindCheck5File),
  blindSet('blind check 6', blindCheck6File),
  blindSet('blind check 7', blindCheck7File),
  blindSet('blind check 8', blindCheck8File),
  blindSet('blind check 9', blindCheck9File),
  blindSet('blind check 10', blindCheck10File),
  blindSet('blind check 11', blindCheck11File),
  blindSet('blind check 12', blindCheck12File),
  blindSet('blind check 13', blindCheck13File),
  blindSet('blind check 14', blindCheck14File),
  blindSet('blind check 15', blindCheck15File),
  blindSet('blind check 16', blindCheck16File),
  blindSet('blind check 17', blindCheck17File),
  blindSet('blind check 18', blindCheck18File),
  blindSet('blind check 19', blindCheck19File),
  blindSet('blind check 20', blindCheck20File),
  blindSet('blind check 21', blindCheck21File),
  blindSet('blind check 22', blindCheck22File),
  blindSet('blind check 23', blindCheck23File),
  blindSet('blind check 24', blindCheck24File),
  blindSet('blind check 25', blindCheck25File),
  blindSet('blind check 26', blindCheck26File),
  blindSet('blind check 27', blindCheck27File),
  blindSet('blind check 28', blindCheck28File),
  blindSet('blind check 29', blindCheck29File),
  blindSet('blind check 30', blindCheck30File),
  blindSet('blind check 31', blindCheck31File),
  blindSet('blind check 32', blindCheck32File),
  blindSet('blind check 33', blindCheck33File),
  blindSet('blind check 34', blindCheck34File),
  blindSet('blind check 35', blindCheck35File),
  blindSet('blind check 36', blindCheck36File),
  blindSet('blind check 37', blindCheck37File),
  blindSet('blind check 38', blindCheck38File),
  blindSet('blind check 39', blindCheck39File),
  blindSet('blind check 40', blindCheck40File),
  blindSet('blind check 41', blindCheck41File),
  blindSet('blind check 42', blindCheck42File),
  blindSet('blind check 43', blindCheck43File),
  blindSet('blind check 44', blindCheck44File),
  blindSet('blind check 45', blindCheck45File),
  blindSet('blind check 46', blindCheck46File),
  blindSet('blind check 47', blindCheck47File),
  blindSet('blind check 48', blindCheck48File),
  blindSet('blind check 49', blindCheck49File),
  blindSet('blind check 50', blindCheck50File),
  blindSet('blind check 51', blindCheck51File),
  blindSet('blind check 52', blindCheck52File),
  blindSet('blind check 53', blindCheck53File),
  blindSet('blind check 54', blindCheck54File),
  blindSet('blind check 55', blindCheck55File),
];
const showHoldoutMisses = process.argv.includes('--show-holdout-misses');
const tuningOnly = process.argv.includes('--tuning-only');
const timingOnly = process.argv.includes('--timing-only');
/** Some 600,000 timed calls give a steady p99: as many passes over every question as make that many, at least one. */
const TIMED_CALLS = 600_000;

const contacts = readContactsFile(defaultContactsPath);
const kb = createKnowledgeBase(allEntries, contacts, exampleQuestions);
const ours: Answerer = (q) => toOutcome(answerQuestion(kb, q));

function toOutcome(a: Answer): Outcome {
  switch (a.kind) {
    case 'answer':
      return { kind: 'answer', shown: [a.entry, ...a.also].map((e) => e.id) };
    case 'list':
      return { kind: 'list', shown: a.entries.map((e) => e.id) };
    case 'unsure':
      return { kind: 'unsure', suggestions: a.suggestions.map((e) => e.id) };
    case 'out-of-scope':
      return { kind: 'decline', reason: a.reason };
    case 'intelligence-refusal':
      return { kind: 'decline', reason: 'intelligence-refusal' };
  }
}

// Baseline: minisearch defaults over the same fields; no boosts, fuzzy, prefix, synonyms, parsing or guards.
// It gets the scale-free part of our confidence rule (coverage and lead over the runner-up).
const mini = new MiniSearch<KnowledgeEntry>({ fields: ['title', 'aliases', 'keywords', 'answer'] });
mini.addAll(allEntries);
const baseline: Answerer = (q) => {
  const terms = new Set(
    MiniSearch.getDefault('tokenize')(q)
      .map((t: string) => t.toLowerCase())
      .filter(Boolean),
  );
  const results = mini.search(q);
  const [top, second] = results;
  if (!top || terms.size === 0) return { kind: 'decline', reason: 'off-topic' };
  const coverage = top.queryTerms.length / terms.size;
  const lead = second ? top.score / second.score : Infinity;
  const neededLead = terms.size === 1 ? 2 : 1.1;
  return coverage >= 0.5 && lead >= neededLead
    ? { kind: 'answer', shown: [String(top.id)] }
    : { kind: 'unsure', suggestions: results.slice(0, 3).map((r) => String(r.id)) };
};

// Timed first, while the process holds what the bot holds: one knowledge base. The five cross-validation
// knowledge bases below multiply the heap, which lengthens the tail of every answerer.
const [ot, bt] = [timing(ours, () => kb.recentAnswers.clear()), timing(baseline)];

/**
 * The classifier learns from the tuning set, so the tuning set is scored by cross-validation: each question
 * is answered by a knowledge base trained on the other folds, never on the question itself.
 */
const FOLDS = 5;
const foldKbs = Array.from({ length: timingOnly ? 0 : FOLDS }, (_, fold) =>
  createKnowledgeBase(allEntries, contacts, asTrainingExamples(tuningFile.inScope.filter((_, i) => i % FOLDS !== fold))),
);
const foldAnswerer: Answerer = (q, at) => toOutcome(answerQuestion(foldKbs[at % FOLDS], q));

/**
 * Right when the main entry is the one expected; for several expected, all are shown and at most one more,
 * or, when any of them will do, every entry shown is one of them.
 */
function isRight(o: Outcome, { expect, anyOf }: InScope): boolean {
  if (o.kind !== 'answer' && o.kind !== 'list') return false;
  if (anyOf) return o.kind === 'answer' && o.shown.every((id) => expect.includes(id));
  if (expect.length === 1) return o.kind === 'answer' && o.shown[0] === expect[0];
  return expect.every((id) => o.shown.includes(id)) && o.shown.length <= expect.length + 1;
}

interface Figures {
  top1: [number, number];
  confidentRight: [number, number];
  declines: Map<DeclineKind, [number, number]>;
  unsure: number;
  rank: { first: number; lower: number; absent: number };
  misses: string[];
}

function measure(answer: Answerer, set: EvalSet): Figures {
  const f: Figures = { top1: [0, 0], confidentRight: [0, 0], declines: new Map(), unsure: 0, rank: { first: 0, lower: 0, absent: 0 }, misses: [] };
  const describe = (o: Outcome) =>
    o.kind === 'answer' || o.kind === 'list' ? `${o.kind}:${o.shown.join('+')}` : o.kind === 'unsure' ? `unsure[${o.suggestions.join(',')}]` : o.reason;
  for (const [at, q] of set.inScope.entries()) {
    const o = answer(q.q, at);
    const right = isRight(o, q);
    f.top1[1]++;
    if (right) f.top1[0]++;
    if (o.kind === 'answer' || o.kind === 'list') {
      f.confidentRight[1]++;
      if (right) f.confidentRight[0]++;
    }
    if (o.kind === 'unsure') {
      f.unsure++;
      const at = o.suggestions.indexOf(q.expect[0]);
      if (at === 0) f.rank.first++;
      else if (at > 0) f.rank.lower++;
      else f.rank.absent++;
    }
    if (!right) f.misses.push(`  ${JSON.stringify(q.q)} -> ${describe(o)} (want ${q.expect.join('+')})`);
  }
  for (const [at, q] of set.declines.entries()) {
    const o = answer(q.q, at);
    const tally = f.declines.get(q.expect) ?? [0, 0];
    tally[1]++;
    const right = o.kind === 'decline' && o.reason === q.expect;
    if (right) tally[0]++;
    f.declines.set(q.expect, tally);
    if (o.kind === 'answer' || o.kind === 'list') f.confidentRight[1]++;
    if (!right) f.misses.push(`  ${JSON.stringify(q.q)} -> ${describe(o)} (want ${q.expect})`);
  }
  return f;
}

/** `forget` runs before each timed call, outside the timing: our answers are kept, and a kept answer costs nothing. */
function timing(answer: Answerer, forget = () => {}): { p50: number; p99: number; calls: number } {
  const questions = sets.flatMap((s) => [...s.inScope, ...s.declines].map((q) => q.q));
  for (const q of questions) answer(q, 0); // warm-up
  const samples: number[] = [];
  const passes = Math.max(1, Math.round(TIMED_CALLS / questions.length));
  for (let r = 0; r < passes; r++) {
    for (const q of questions) {
      forget();
      const t0 = performance.now();
      answer(q, 0);
      samples.push(performance.now() - t0);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { p50: at(0.5), p99: at(0.99), calls: samples.length };
}

const pct = ([n, d]: [number, number]) => (d === 0 ? 'n/a' : `${((n / d) * 100).toFixed(1)}% (${n}/${d})`);
const ms = (n: number) => `${n.toFixed(3)} ms`;
const widths = [34, 20, 20];
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
const KINDS: DeclineKind[] = ['off-topic', 'other-region', 'legal-advice', 'intelligence-refusal'];

console.log('LRO Assist knowledge QA benchmark');
console.log(`${allEntries.length} entries. "ours" = the answer pipeline; "baseline" = minisearch defaults with the same confidence rule.`);
for (const set of timingOnly ? [] : tuningOnly ? sets.slice(0, 1) : sets) {
  const [o, b] = [measure(set.name === 'tuning' ? foldAnswerer : ours, set), measure(baseline, set)];
  const allDeclines = (f: Figures): [number, number] => [...f.declines.values()].reduce<[number, number]>((acc, [n, d]) => [acc[0] + n, acc[1] + d], [0, 0]);
  console.log('');
  console.log(`== ${set.name} set: ${set.inScope.length} in-scope questions, ${set.declines.length} declines`);
  console.log(line(['metric', 'ours', 'baseline']));
  console.log(line(['top-1 (right entry or entries)', pct(o.top1), pct(b.top1)]));
  console.log(line(['confident answers that are right', pct(o.confidentRight), pct(b.confidentRight)]));
  console.log(line(['declines of the right kind', pct(allDeclines(o)), pct(allDeclines(b))]));
  for (const k of KINDS) {
    if (o.declines.has(k)) console.log(line([`  ${k}`, pct(o.declines.get(k) ?? [0, 0]), pct(b.declines.get(k) ?? [0, 0])]));
  }
  console.log(line(['"not sure" on in-scope questions', String(o.unsure), String(b.unsure)]));
  console.log(line(['  right entry 1st suggestion', String(o.rank.first), String(b.rank.first)]));
  console.log(line(['  right entry 2nd or 3rd', String(o.rank.lower), String(b.rank.lower)]));
  console.log(line(['  right entry not suggested', String(o.rank.absent), String(b.rank.absent)]));
  if (set.name === 'tuning' || showHoldoutMisses) {
    console.log(`Our misses on the ${set.name} set (${o.misses.length}):`);
    for (const m of o.misses) console.log(m);
  }
}
console.log('');
console.log(`== answer time, all questions, ${ot.calls} calls each`);
console.log(line(['metric', 'ours', 'baseline']));
console.log(line(['p50', ms(ot.p50), ms(bt.p50)]));
console.log(line(['p99', ms(ot.p99), ms(bt.p99)]));
console.log('');
console.log('Targets: held-out top-1 >= 95%, confident answers right >= 98%, declines of the right kind >= 95%, p99 < 5 ms.');
