import type { LabelledQuestion } from '../classifier';
import type { KnowledgeEntry } from '../entry';
import { askEntries } from './asks';
import { benefitEntries, legacyEntries } from './benefits';
import { chbEntries } from './chb';
import exampleFile from './example-questions.json';
import { foundationBlockEntries } from './foundation-blocks';
import { fourPEntries } from './four-p';
import { gainEntries } from './gain';
import { glossaryEntries } from './glossary';
import { lroEntries } from './lro';
import { phaseEntries } from './phases';
import { profileEntries } from './profiles';
import { readingEntries } from './reading';
import { socCcEntries } from './soc-cc';
import { swrocuEntries } from './swrocu';

/** Every curated knowledge-base entry. */
export const allEntries: KnowledgeEntry[] = [
  ...chbEntries,
  ...phaseEntries,
  ...foundationBlockEntries,
  ...socCcEntries,
  ...benefitEntries,
  ...legacyEntries,
  ...lroEntries,
  ...fourPEntries,
  ...profileEntries,
  ...askEntries,
  ...swrocuEntries,
  ...gainEntries,
  ...readingEntries,
  ...glossaryEntries,
];

/** One question of the example file: the entry that answers it, or several (all together, or `anyOf` any one). */
export interface ExampleQuestion {
  q: string;
  expect: string | string[];
  anyOf?: boolean;
}

/**
 * The classifiers' training examples from example questions: where any of several entries will do, each is a
 * right label; comparisons and two-part questions need their entries together.
 */
export function asTrainingExamples(questions: readonly ExampleQuestion[]): LabelledQuestion[] {
  return questions.map((q) => {
    const ids = Array.isArray(q.expect) ? q.expect : [q.expect];
    return ids.length === 1 || q.anyOf ? { q: q.q, ids } : { q: q.q, ids, together: true };
  });
}

/** Questions written blind to the knowledge text, each with the entries that answer it: the tuning set, and what the classifier learns from. */
export const exampleQuestions: LabelledQuestion[] = asTrainingExamples(exampleFile.inScope);
