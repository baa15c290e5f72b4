import { TEXT_MEMO_MAX, remembered } from './memo';
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
  classify(text: string): EntryGuess[];
  /** The likeliest entry alone, without ranking the rest: cheaper where there are many labels. */
  best(text: string): EntryGuess | undefined;
}

/**
 * Smoothing for words an entry's examples never use. Small, because the examples are short: one telling
 * word seen with an entry should outweigh several common words seen elsewhere.
 */
const SMOOTHING = 0.1;

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
  return labellings.map((labels) => fromCounts(examples.map((e, i) => ({ features: read[i], ids: labels(e) }))));
}

function fromCounts(examples: readonly { features: readonly string[]; ids: readonly string[] }[]): Classifier {
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
  // Per feature, how much more likely each entry that uses it makes it than an unseen word does; 0 for the rest.
  const lift = new Map<string, { entry: number; by: number }[]>();
  ids.forEach((id, entry) => {
    for (const [f, n] of counts.get(id) ?? []) {
      const entries = lift.get(f) ?? [];
      entries.push({ entry, by: Math.log((n + SMOOTHING) / denominators[entry]) - unseen[entry] });
      lift.set(f, entries);
    }
  });
  /**
   * Each label's log likelihood for the text, or undefined when the text has no word the examples use. Kept, as
   * a question's parts and relaxed forms are classified more than once.
   */
  const logsFor = remembered((text: string): readonly number[] | undefined => {
    const known = features(text).filter((f) => lift.has(f));
    if (known.length === 0) return undefined;
    const logs = unseen.map((u) => u * known.length);
    for (const f of known) for (const { entry, by } of lift.get(f) ?? []) logs[entry] += by;
    return logs;
  }, TEXT_MEMO_MAX);
  return {
    classify(text) {
      const logs = logsFor(text);
      if (!logs) return [];
      const top = Math.max(...logs);
      const weights = logs.map((l) => Math.exp(l - top));
      const total = weights.reduce((a, b) => a + b, 0);
      return ids.map((id, i) => ({ id, p: weights[i] / total })).sort((a, b) => b.p - a.p);
    },
    best(text) {
      const logs = logsFor(text);
      if (!logs) return undefined;
      const top = logs.indexOf(Math.max(...logs));
      const total = logs.reduce((sum, l) => sum + Math.exp(l - logs[top]), 0);
      return { id: ids[top], p: 1 / total };
    },
  };
}
