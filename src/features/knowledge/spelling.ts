/**
 * Reads a hurried typo as the word meant ("serch warant", "memebers of the OGC"), so the guards see what was
 * asked. Known words are everyday English and the words the knowledge base's texts use at least MIN_USES times:
 * its example questions repeat their writers' typos, but not that often.
 */

const MIN_USES = 10;
/** The knowledge base's own words are likelier than everyday ones: "nominels" is "nominals", not "nominees". */
const OWN_WORD_WEIGHT = 100;
/** Shorter words have too many neighbours one edit away to guess which was meant. */
const MIN_LENGTH = 3;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const WORD = /[a-z]+/g;

/**
 * How likely each kind of slip is, relative to the others: a letter left out ("serch", "injuction") or two
 * swapped ("ogc") more than one too many ("memebers") or one wrong ("nominels").
 */
const SLIP = { missed: 1, swapped: 1, extra: 0.5, wrong: 0.25 };

/** Every string one slip from a typo, with how likely that slip is. */
function oneSlipFrom(typo: string): [string, number][] {
  const edits: [string, number][] = [];
  for (let i = 0; i <= typo.length; i++) {
    const [head, tail] = [typo.slice(0, i), typo.slice(i)];
    for (const c of LETTERS) edits.push([head + c + tail, SLIP.missed]);
    if (tail.length > 1) edits.push([head + tail[1] + tail[0] + tail.slice(2), SLIP.swapped]);
    if (!tail) continue;
    edits.push([head + tail.slice(1), SLIP.extra]);
    for (const c of LETTERS) edits.push([head + c + tail.slice(1), SLIP.wrong]);
  }
  return edits;
}

/**
 * A function that rewrites each unknown word as the likeliest known word one slip from it, if there is one: the
 * word's use times the slip's likelihood. `everyday` gives everyday English words with how often they are used.
 */
export function createSpeller(texts: Iterable<string>, everyday: ReadonlyMap<string, number>): (text: string) => string {
  const uses = new Map<string, number>();
  for (const text of texts) for (const word of text.toLowerCase().match(WORD) ?? []) uses.set(word, (uses.get(word) ?? 0) + 1);
  const known = new Map(everyday);
  for (const [word, n] of uses) if (n >= MIN_USES) known.set(word, (known.get(word) ?? 0) + n * OWN_WORD_WEIGHT);
  const meant = (word: string): string => {
    if (word.length < MIN_LENGTH || known.has(word)) return word;
    let [best, likeliest] = [word, 0];
    for (const [edit, slip] of oneSlipFrom(word)) {
      const likelihood = (known.get(edit) ?? 0) * slip;
      if (likelihood > likeliest) [best, likeliest] = [edit, likelihood];
    }
    return best;
  };
  return (text) => text.toLowerCase().replace(WORD, meant);
}
