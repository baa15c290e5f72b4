/**
 * A person's full name written bare ("OCG members are Liam Example and Ricky Fictional"), with no cue such as
 * "called" or "Mr" before it. Names come from compromise's lexicon of first names and surnames; a word it has
 * never seen counts as a surname only in title case and when it is not an everyday English word, so that
 * operation and site names ("Op Athena", "Grace Darling House", "Mark Review") pass.
 */
import nlp from 'compromise/two';
import { COMMON_WORDS } from '../knowledge/common-words';
import { visibleText } from './visible-text';

const { lexicon } = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one;
const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);

/** Public office-holders and authors the knowledge base itself names; anyone may write their names. */
const PUBLIC_NAMES = new Set(['steve jupp', 'serena kennedy', 'john coxhead']);

/** Words as typed, with what follows each: spaces join two words into a name; a comma, "and" or a new line does not. A possessive is the name. */
const WORD = /([A-Za-z][A-Za-z'’-]*)([^A-Za-z]*)/g;

const tagsOf = (word: string): string[] => [lexicon[word.toLowerCase().replace(/['’]/g, '')] ?? []].flat();
const isGivenName = (word: string) => tagsOf(word).some((t) => GIVEN_NAME_TAGS.has(t));
const isKnownSurname = (word: string) => tagsOf(word).some((t) => t === 'LastName' || GIVEN_NAME_TAGS.has(t));
/** A title-case word neither the lexicon nor everyday English knows: "Ashdown", "Madeup". */
const isUnknownProperWord = (word: string) => /^[A-Z][a-z'’]+[A-Za-z]*$/.test(word) && tagsOf(word).length === 0 && !COMMON_WORDS.has(word.toLowerCase());

export function namesAPerson(text: string): boolean {
  const words = [...visibleText(text).matchAll(WORD)].map(([, word, after]) => ({ word: word.replace(/['’]s$/, ''), joined: /^[^\S\r\n]+$/.test(after) }));
  return words.some(({ word: first, joined }, i) => {
    const second = words[i + 1]?.word;
    if (!joined || second === undefined || PUBLIC_NAMES.has(`${first} ${second}`.toLowerCase())) return false;
    return (
      (isGivenName(first) && (isKnownSurname(second) || isUnknownProperWord(second))) || (isUnknownProperWord(first) && tagsOf(second).includes('LastName'))
    );
  });
}
