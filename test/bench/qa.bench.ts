/**
 * Question-answering benchmark: accuracy on the evaluation set and in-process answer time,
 * for our path and for a baseline (minisearch with default settings) in the same run.
 * Prints figures only; never fails on a threshold.
 *
 *   npx tsx test/bench/qa.bench.ts
 */
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { type Answer, answerQuestion, createKnowledgeBase } from '../../src/features/knowledge/answer';
import { defaultContactsPath, readContactsFile } from '../../src/features/knowledge/contacts';
import { allEntries } from '../../src/features/knowledge/content';
import type { KnowledgeEntry } from '../../src/features/knowledge/entry';
import evalSet from '../features/knowledge/eval-questions.json';

type Outcome = { kind: 'answer'; id: string } | { kind: 'unsure' | 'list' | 'out-of-scope' | 'intelligence-refusal' };
type Answerer = (q: string) => Outcome;

interface EvalQuestion {
  q: string;
  expect: string;
  set: string;
}

const inScope = evalSet.inScope as EvalQuestion[];
const declines = evalSet.declines as EvalQuestion[];
const REPETITIONS = 200;

// Our path: normalisation, guards, commands, boosted fuzzy search and the confidence rule.
const kb = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath));
const ours: Answerer = (q) => toOutcome(answerQuestion(kb, q));

function toOutcome(a: Answer): Outcome {
  return a.kind === 'answer' ? { kind: 'answer', id: a.entry.id } : { kind: a.kind };
}

// Baseline: minisearch defaults over the same fields; no boosts, fuzzy, prefix, synonyms or guards.
// It gets the scale-free part of our decline rule (coverage and lead over the runner-up);
// the per-term minimum score is not applied because default scores are on a different scale.
const mini = new MiniSearch<KnowledgeEntry>({ fields: ['title', 'aliases', 'keywords', 'answer'] });
mini.addAll(allEntries);
const baseline: Answerer = (q) => {
  const terms = new Set(MiniSearch.getDefault('tokenize')(q).map((t: string) => t.toLowerCase()).filter(Boolean));
  const [top, second] = mini.search(q);
  if (!top || terms.size === 0) return { kind: 'out-of-scope' };
  const coverage = top.queryTerms.length / terms.size;
  const lead = second ? top.score / second.score : Infinity;
  const neededLead = terms.size === 1 ? 2 : 1.1;
  return coverage >= 0.5 && lead >= neededLead ? { kind: 'answer', id: String(top.id) } : { kind: 'unsure' };
};

interface Accuracy {
  top1: number;
  top1Tuning: number;
  top1Holdout: number;
  declineStrict: number;
  declineAny: number;
  declineHoldoutStrict: number;
  wrongAnswers: number;
  misses: string[];
}

function rate(hits: number, total: number): number {
  return total === 0 ? NaN : hits / total;
}

function accuracy(answer: Answerer): Accuracy {
  const correct = (q: EvalQuestion) => {
    const o = answer(q.q);
    return o.kind === 'answer' && o.id === q.expect;
  };
  const misses: string[] = [];
  let wrongAnswers = 0;
  for (const q of inScope) {
    const o = answer(q.q);
    if (o.kind === 'answer' && o.id === q.expect) continue;
    if (o.kind === 'answer') wrongAnswers++;
    misses.push(`  [${q.set}] ${JSON.stringify(q.q)} -> ${o.kind === 'answer' ? o.id : o.kind} (want ${q.expect})`);
  }
  for (const q of declines) {
    const o = answer(q.q);
    if (o.kind !== q.expect) misses.push(`  [${q.set}] ${JSON.stringify(q.q)} -> ${o.kind === 'answer' ? o.id : o.kind} (want ${q.expect})`);
  }
  const tuning = inScope.filter((q) => q.set === 'tuning');
  const holdout = inScope.filter((q) => q.set === 'holdout');
  const holdoutDeclines = declines.filter((q) => q.set === 'holdout');
  return {
    top1: rate(inScope.filter(correct).length, inScope.length),
    top1Tuning: rate(tuning.filter(correct).length, tuning.length),
    top1Holdout: rate(holdout.filter(correct).length, holdout.length),
    declineStrict: rate(declines.filter((q) => answer(q.q).kind === q.expect).length, declines.length),
    declineAny: rate(declines.filter((q) => answer(q.q).kind !== 'answer').length, declines.length),
    declineHoldoutStrict: rate(holdoutDeclines.filter((q) => answer(q.q).kind === q.expect).length, holdoutDeclines.length),
    wrongAnswers,
    misses,
  };
}

function timing(answer: Answerer): { p50: number; p99: number; calls: number } {
  const questions = [...inScope, ...declines].map((q) => q.q);
  for (let i = 0; i < 20; i++) for (const q of questions) answer(q); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < REPETITIONS; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      answer(q);
      samples.push(performance.now() - t0);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { p50: at(0.5), p99: at(0.99), calls: samples.length };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const ms = (n: number) => `${n.toFixed(3)} ms`;
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);

const ourAcc = accuracy(ours);
const baseAcc = accuracy(baseline);
const ourTime = timing(ours);
const baseTime = timing(baseline);

const rows: Array<[string, string, string, string]> = [
  ['in-scope top-1 (all)', pct(ourAcc.top1), pct(baseAcc.top1), ratio(ourAcc.top1, baseAcc.top1)],
  ['  tuning questions', pct(ourAcc.top1Tuning), pct(baseAcc.top1Tuning), ratio(ourAcc.top1Tuning, baseAcc.top1Tuning)],
  ['  holdout questions', pct(ourAcc.top1Holdout), pct(baseAcc.top1Holdout), ratio(ourAcc.top1Holdout, baseAcc.top1Holdout)],
  ['wrong confident answers', String(ourAcc.wrongAnswers), String(baseAcc.wrongAnswers), ''],
  ['correct declines (right kind)', pct(ourAcc.declineStrict), pct(baseAcc.declineStrict), ratio(ourAcc.declineStrict, baseAcc.declineStrict)],
  ['  holdout declines (right kind)', pct(ourAcc.declineHoldoutStrict), pct(baseAcc.declineHoldoutStrict), ''],
  ['declines (any non-answer)', pct(ourAcc.declineAny), pct(baseAcc.declineAny), ratio(ourAcc.declineAny, baseAcc.declineAny)],
  ['answer time p50', ms(ourTime.p50), ms(baseTime.p50), ratio(ourTime.p50, baseTime.p50)],
  ['answer time p99', ms(ourTime.p99), ms(baseTime.p99), ratio(ourTime.p99, baseTime.p99)],
];

console.log(`LRO Assist knowledge QA benchmark`);
console.log(
  `${inScope.length} in-scope questions (${inScope.filter((q) => q.set === 'tuning').length} tuning, ` +
    `${inScope.filter((q) => q.set === 'holdout').length} holdout), ${declines.length} decline cases, ` +
    `${allEntries.length} entries; timing over ${ourTime.calls} calls each`,
);
console.log('');
const widths = [32, 12, 12, 8];
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(['metric', 'ours', 'baseline', 'ratio']));
for (const row of rows) console.log(line(row));
console.log('');
console.log('Targets: top-1 >= 95%, correct declines >= 90%, p99 < 5 ms.');
console.log('The baseline cannot tell out-of-scope from intelligence requests, so only "any non-answer" is a fair comparison for declines.');
console.log('');
console.log(`Our misses (${ourAcc.misses.length}):`);
for (const m of ourAcc.misses) console.log(m);
