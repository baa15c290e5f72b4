import { TEXT_MEMO_MAX, remembered } from './memo';
import { descending } from './order';
import { searchTokens } from './normalise';

/** A question whose right entries are known: any one of `ids` answers it, or, when `together`, all of them do. */
export interface LabelledQuestion {
  q: string;
  ids: readonly string[];
  /** A comparison or two-part question, which needs every entry in `ids`. */
  together?: boolean;
}

export interface EntryGuess {
  id: string;
  /** The model's probability that this entry is the one asked for; the guesses' probabilities sum to 1. */
  p: number;
}

export interface Classifier {
  /** Every entry the model knows, the likeliest first. Empty when the text has no word the examples use. */
  classify(text: string): readonly EntryGuess[];
  /** The likeliest entry alone, without ranking the rest: cheaper where there are many labels. */
  best(text: string): EntryGuess | undefined;
}

/**
 * Smoothing for words an entry's examples never use. Small, because the examples are short: one telling
 * word seen with an entry should outweigh several common words seen elsewhere. Chosen by cross-validation on the
 * tuning set: of 0.02 to 0.2, 0.05 gave the fewest wrong confident answers.
 */
const SMOOTHING = 0.05;

/** Words and adjacent word pairs: "top tier" says more than "top" and "tier" apart. */
function features(text: string): string[] {
  const words = searchTokens(text);
  return [...new Set([...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)])];
}

/**
 * Naive Bayes over a question's words and word pairs, with every entry equally likely before the words
 * are read. It learns from worded questions how people ask for an entry ("the PCC wants proof it's
 * working" asks for the performance baseline) where no rule or topic word says so.
 *
 * One classifier is trained for each way of labelling the same examples (no label leaves an example out), and
 * each question's words are read once.
 */
export function trainClassifiers(examples: readonly LabelledQuestion[], labellings: readonly ((e: LabelledQuestion) => readonly string[])[]): Classifier[] {
  const read = examples.map((e) => features(e.q));
  return labellings.map((labels) => classifierFrom(examples.map((e, i) => ({ features: read[i], ids: labels(e) }))));
}

/**
 * What the classifier keeps from training: each label's log likelihood for a word its examples never use, and per
 * feature, the labels whose examples use it and how much more likely each makes it than an unseen word does (0 for
 * the rest). Flat arrays, feature `f`'s labels at `starts[f]` to `starts[f + 1]`: the models hold nearly half a million
 * (label, lift) pairs, and as objects they tripled the heap and slowed every garbage collection.
 */
interface Model {
  ids: readonly string[];
  unseen: readonly number[];
  featureIndex: ReadonlyMap<string, number>;
  starts: Int32Array;
  labels: Int32Array;
  lifts: Float64Array;
}

/** Counts built here die with the call: only the model is kept. */
function train(examples: readonly { features: readonly string[]; ids: readonly string[] }[]): Model {
  const counts = new Map<string, Map<string, number>>();
  const vocabulary = new Set<string>();
  for (const { features: words, ids } of examples) {
    for (const id of ids) {
      const byFeature = counts.get(id) ?? new Map<string, number>();
      counts.set(id, byFeature);
      for (const f of words) {
        byFeature.set(f, (byFeature.get(f) ?? 0) + 1);
        vocabulary.add(f);
      }
    }
  }
  const ids = [...counts.keys()];
  const denominators = ids.map((id) => [...(counts.get(id)?.values() ?? [])].reduce((a, b) => a + b, 0) + SMOOTHING * vocabulary.size);
  const unseen = denominators.map((d) => Math.log(SMOOTHING / d));
  const using = new Map<string, { label: number; lift: number }[]>();
  ids.forEach((id, label) => {
    for (const [f, n] of counts.get(id) ?? []) {
      const pairs = using.get(f) ?? [];
      pairs.push({ label, lift: Math.log((n + SMOOTHING) / denominators[label]) - unseen[label] });
      using.set(f, pairs);
    }
  });
  const pairCount = [...using.values()].reduce((sum, pairs) => sum + pairs.length, 0);
  const model: Model = {
    ids,
    unseen,
    featureIndex: new Map([...using.keys()].map((f, i) => [f, i])),
    starts: new Int32Array(using.size + 1),
    labels: new Int32Array(pairCount),
    lifts: new Float64Array(pairCount),
  };
  let at = 0;
  [...using.values()].forEach((pairs, f) => {
    model.starts[f] = at;
    for (const { label, lift } of pairs) [model.labels[at], model.lifts[at++]] = [label, lift];
  });
  model.starts[using.size] = at;
  return model;
}

function classifierFrom(examples: readonly { features: readonly string[]; ids: readonly string[] }[]): Classifier {
  const { ids, unseen, featureIndex, starts, labels, lifts } = train(examples);
  /**
   * Each label's log likelihood for the text, or undefined when the text has no word the examples use. Kept, as
   * a question's parts and relaxed forms are classified more than once.
   */
  const logsFor = remembered((text: string): Float64Array | undefined => {
    const known = features(text).flatMap((f) => featureIndex.get(f) ?? []);
    if (known.length === 0) return undefined;
    const logs = new Float64Array(unseen.length);
    for (let i = 0; i < logs.length; i++) logs[i] = unseen[i] * known.length;
    for (const f of known) for (let at = starts[f]; at < starts[f + 1]; at++) logs[labels[at]] += lifts[at];
    return logs;
  }, TEXT_MEMO_MAX);
  /** The guesses, the likeliest first; kept, as `logsFor` is. */
  const guessesFor = remembered((text: string): readonly EntryGuess[] => {
    const logs = logsFor(text);
    if (!logs) return [];
    const weights = relativeLikelihoods(logs, likeliest(logs));
    const total = sum(weights);
    return ids.map((id, i) => ({ id, p: weights[i] / total })).sort((a, b) => descending(a.p, b.p));
  }, TEXT_MEMO_MAX);
  return {
    classify: guessesFor,
    best(text) {
      const logs = logsFor(text);
      if (!logs) return undefined;
      const top = likeliest(logs);
      return { id: ids[top], p: 1 / sum(relativeLikelihoods(logs, top)) };
    },
  };
}

// Loops rather than spreads, `reduce` or `map`: with thousands of labels, those box a number for every label.

/** The first label with the highest log likelihood. */
function likeliest(logs: Float64Array): number {
  let top = 0;
  for (let i = 1; i < logs.length; i++) if (logs[i] > logs[top]) top = i;
  return top;
}

/** Each label's likelihood relative to label `top`'s. */
function relativeLikelihoods(logs: Float64Array, top: number): Float64Array {
  const weights = new Float64Array(logs.length);
  for (let i = 0; i < logs.length; i++) weights[i] = Math.exp(logs[i] - logs[top]);
  return weights;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
