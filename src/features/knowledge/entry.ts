/**
 * Where an entry's facts come from: a section of the regional briefing, or a public source named in
 * the project's domain facts. `id` is the key in content/sources.ts; `url` is the exact address where there is one.
 */
export type Source =
  | { id: string; kind: 'briefing'; section: string; url?: string }
  | { id: string; kind: 'public'; title: string; publisher: string; date: string; url?: string };

export type Category =
  | 'soc-cc'
  | 'chb'
  | 'phase'
  | 'foundation-block'
  | 'benefits'
  | 'legacy'
  | 'lro'
  | 'dropins'
  | '4p'
  | 'profiles'
  | 'asks'
  | 'swrocu'
  | 'gain'
  | 'reading'
  | 'glossary';

/** Roles whose contact details an answer appends when the deployment's contacts file has them. */
export type ContactRole = 'soc-cc' | 'gain-coordinator' | 'rdt';

/** One curated knowledge-base entry. Text is written in this project's own words. */
export interface KnowledgeEntry {
  /** Stable, kebab-case; feedback and analytics refer to it. */
  id: string;
  title: string;
  category: Category;
  /** Other ways people name the topic, e.g. "fb4", "foundation block 4". */
  aliases: string[];
  keywords: string[];
  /** At most about 120 words. */
  answer: string;
  detail?: string;
  /**
   * Situations and plain questions this entry answers, in the words people use
   * ("we took out the top tier, what now?"); searched like aliases, so scenario questions find the topic.
   */
  askedAs?: string[];
  /** Every source the answer's sentences rest on, most important first. */
  sources: Source[];
  related: string[];
  /** ISO date the entry was last checked against its source. */
  reviewed: string;
  /** For glossary entries: the acronym or term being defined. */
  term?: string;
  /** For foundation blocks: 1..10. */
  block?: number;
  contactRoles?: ContactRole[];
  /** Live information the bot adds to the curated answer, e.g. the date of the next drop-in. */
  live?: 'next-drop-in';
}
