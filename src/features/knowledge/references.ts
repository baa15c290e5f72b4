/**
 * Finds references to the briefing's numbered series in a question: foundation blocks (1..10), CHB phases
 * (1..3), SOC CC strands (1..4) and the four Ps (1..4), written as numbers, ordinals, ranges or "all", and
 * the three asks of forces by position only: "the third foundation block", "FB5 to FB7", "fb 8-10", "the
 * first three blocks", "the last two phases", "all ten blocks", "the second strand", "the first P", "the
 * penultimate block", "the second ask".
 */

import { TEXT_MEMO_MAX, remembered } from './memo';

export type Series = 'fb' | 'phase' | 'strand' | 'p' | 'ask';

export interface SeriesReference {
  series: Series;
  /** 1-based positions in the series, in the order asked; empty when the whole series is meant. */
  positions: number[];
  all: boolean;
}

export const SERIES_LENGTH: Record<Series, number> = { fb: 10, phase: 3, strand: 4, p: 4, ask: 3 };

const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
  '7th': 7,
  '8th': 8,
  '9th': 9,
  '10th': 10,
};

/** Common slips in typing an ordinal. */
const ORDINAL_SLIPS: Record<string, string> = {
  frist: 'first',
  fisrt: 'first',
  frst: 'first',
  secnd: 'second',
  seccond: 'second',
  thrid: 'third',
  thrd: 'third',
  forth: 'fourth',
  fouth: 'fourth',
  fith: 'fifth',
  fifht: 'fifth',
  eigth: 'eighth',
  nineth: 'ninth',
};

/**
 * Rewrites the text into a small vocabulary: digits, `#N` / `#last` / `#penultimate` ordinals and the series words fb,
 * phase, strand, p and ask. Kept, as a question's parts are read for references more than once.
 */
const canonical = remembered((text: string): string => {
  return (
    ` ${text.toLowerCase().replace(/[’‘`´']/g, '')} `
      // "phase #1", "block # 3": the number.
      .replace(/#\s*(\d)/g, ' $1')
      // "fb 3-6", "FB3-FB6", "phase 1-phase 2": a range.
      .replace(/(\d)\s*[-–]\s*(?:fb|f|(?:foundation )?block|phase|strand)?\s*(\d)/g, '$1 to $2')
      .replace(/[^a-z0-9#]+/g, ' ')
      // "block number two", "phase no 3": the number after it names the member.
      .replace(/\b(blocks?|fbs?|phases?|stages?|strands?|ps?) (?:number|no) /g, '$1 ')
      .replace(/\bf(?:oundation)? ?b(?:lock)?s? ?(\d{1,2})\b/g, 'fb $1')
      .replace(/\bf(\d{1,2})\b/g, 'fb $1')
      .replace(/\b(?:foundation |building )?blocks?\b/g, 'fb')
      .replace(/\bfbs\b/g, 'fb')
      // "number 9 of the foundation blocks" is fb 9.
      .replace(/\b(?:number|no) (\d{1,2}) (?:of|in) (?:the )?(?:\d+ )?(fb)\b/g, '$2 $1')
      .replace(/\b(?:phases?|stages?)\b/g, 'phase')
      .replace(/\bstrands?\b/g, 'strand')
      // "the opening phase", "the initial block": the first.
      .replace(/\b(?:opening|initial)\b(?= (?:fb|phase|strand)\b)/g, '#1')
      // "the first P", "the last two Ps"; "4P" stays one word, except as the series an ordinal counts in ("first of the 4Ps").
      .replace(/\bof (?:the )?4 ?ps\b/g, 'of the 4 p')
      .replace(/\bps?\b/g, 'p')
      // "P3", "p 2 and p 3": the Ps by number.
      .replace(/\bp ?([1-4])\b/g, 'p $1')
      // "which block is number 6".
      .replace(/\b(fb|phase|strand|p) is (?:number|no) (\d)/g, '$1 $2')
      .replace(/\b(?:penultimate|second (?:to |from )?last|last but one)\b/g, '#penultimate')
      // "one line each", "in one sentence": a length, not a member.
      .replace(/\bone (?=(?:line|sentence|word|paragraph|liner|page|minute)s?\b)/g, 'a ')
      .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/g, (w) => String(NUMBERS[w]))
      // Ordinals mistyped before a series word: "the frist block", "the forth phase".
      .replace(/\b(\w+)(?= (?:fb|phase|strand|p)\b)/g, (w) => ORDINAL_SLIPS[w] ?? w)
      .replace(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b/g, (w) => `#${ORDINALS[w]}`)
      .replace(/\b(?:last|final)\b/g, '#last')
      .replace(/\bmiddle\b/g, '#middle')
      // "the first key strand", "the second main phase": a word of emphasis between the position and the series.
      .replace(/(#\w+) (?:key|main|big|major|core) (?=(?:fb|phase|strand|p|ask)\b)/g, '$1 ')
      // "blocks 7 through to 10", "3 up to 6".
      .replace(/\b(?:through|thru|till|until)(?: to)?\b|(?<=\d )up to\b/g, 'to')
      // The briefing's three asks of forces, by position only: "the second ask", "the last of the asks"; "ask" alone is a verb.
      .replace(/\basks\b/g, 'ask')
      // "the first thing the SOC CCs ask forces to do", "the top item in the asks", "ask number one".
      .replace(
        /(#\w+) (?:thing|item|request)s? (?:(?:that )?(?:the )?(?:soc )?(?:ccs?|coordinators?) |in (?:the )?(?:soc )?(?:ccs? |coordinators? )?)?ask\b/g,
        '$1 ask',
      )
      .replace(/\bask (?:number|no) (\d)\b/g, '#$1 ask')
      .replace(/\btop (?:item|thing|ask)\b/g, '#1 ask')
      .replace(/\s+/g, ' ')
  );
}, TEXT_MEMO_MAX);

function position(token: string, series: Series): number | undefined {
  const length = SERIES_LENGTH[series];
  // Only a series with an odd number of members has a middle one: the phases.
  const n = token === 'last' ? length : token === 'penultimate' ? length - 1 : token === 'middle' ? (length % 2 ? (length + 1) / 2 : NaN) : Number(token);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}

const SERIES = '(fb|phase|strand|p)';
const SERIES_BY_POSITION = '(fb|phase|strand|p|ask)';
/** Words that may stand between a count or position and the series: "the last two SOC CC strands", "all 10 CHB blocks". */
const SERIES_QUALIFIER = '(?:chb |soc cc |coordinators? )?(?:work )?';

const PHASE_NAMES: Record<string, number> = { clear: 1, hold: 2, build: 3 };
/** "the one after the hold phase", "the bit before hold", "what comes after fb 4" ("one" is 1 by now). */
const NEXT_TO =
  /\b(?:(?<!(?:fb|phase|strand) )1|bit|part|step|phase|fb|strand|comes) (?:(?:right|straight|just|immediately) )?(after|following|before|preceding) (?:the )?(?:(clear|hold|build)(?: phase)?|phase (\d+)|fb (\d+))\b/;
/** "not the hold phase, the one after it". */
const NEXT_TO_IT = /\b(clear|hold|build) phase\b.{0,20}\b1 (after|following|before|preceding) (?:it|that)\b/;
/**
 * "ticked off FB8, what's next?", "done with the clear phase - what comes after that": the member after one finished;
 * not when a second question follows ("... what's next, and is a review due"), which is answered part by part.
 */
const NEXT_AFTER_DONE =
  /\b(?:done|finished|completed|ticked off|sorted|through)(?: with)? (?:the )?(?:(clear|hold|build)(?: phase)?|phase (\d+)|fb (\d+))\b.{0,60}\bwhat(?:s| is| comes)? (?:next|after (?:that|it))\b(?! ?and\b)/;

/** A phase or block named by its neighbour ("the one after the hold phase"); undefined past either end of the series. */
export function findNeighbourReference(text: string): { series: Series; position: number } | undefined {
  const s = canonical(text);
  const next = NEXT_TO.exec(s);
  if (next) return neighbour(next[4] ? 'fb' : 'phase', next[4] ? Number(next[4]) : next[3] ? Number(next[3]) : PHASE_NAMES[next[2]], next[1]);
  const it = NEXT_TO_IT.exec(s);
  if (it) return neighbour('phase', PHASE_NAMES[it[1]], it[2]);
  const done = NEXT_AFTER_DONE.exec(s);
  return done ? neighbour(done[3] ? 'fb' : 'phase', done[3] ? Number(done[3]) : done[2] ? Number(done[2]) : PHASE_NAMES[done[1]], 'after') : undefined;
}

function neighbour(series: Series, base: number, direction: string): { series: Series; position: number } | undefined {
  const position = base + (direction === 'after' || direction === 'following' ? 1 : -1);
  return position >= 1 && position <= SERIES_LENGTH[series] ? { series, position } : undefined;
}

// "blocks 3 to 6", "fb 3 to fb 6": a range.
const BETWEEN = new RegExp(String.raw`\b${SERIES} (?:from )?(?:fb |phase |strand |p )?(\d+) to (?:fb |phase |strand |p )?(\d+)\b`);
// "all the blocks", "list the 10 blocks".
const ALL = new RegExp(String.raw`\b(?:all|list(?: all| every)?)(?: of)?(?: the)? (\d+ )?${SERIES_QUALIFIER}${SERIES}\b(?! \d)`);
// "the first three blocks", "the last two phases".
const FIRST_N = new RegExp(String.raw`#(1|last|middle) (\d+) ${SERIES_QUALIFIER}${SERIES_BY_POSITION}`);
// A number may be followed by more in a list: "blocks 4 and 5", "fb 2, 3 and 7", "block no. 7 and no. 8".
const NUMBERED = new RegExp(String.raw`\b${SERIES} (\d+)\b((?:,? (?:and )?(?:(?:number|no) )?\d+\b)*)`, 'g');
// "the second and third strands", "the 2nd of the 10 blocks", "which block comes 7th".
const ORDINAL = new RegExp(
  String.raw`((?:#(?:\d+|last|penultimate|middle),? (?:and |or )?(?:the )?)*#(?:\d+|last|penultimate|middle)) (?:one )?(?:of (?:the )?)?(?:\d+ )?${SERIES_QUALIFIER}${SERIES_BY_POSITION}\b|\b${SERIES} (?:comes |is )(?:the )?(#(?:\d+|last|penultimate|middle))\b`,
  'g',
);
// "the third block and the final one": a later ordinal with no series of its own counts in the one before it.
const FOLLOW_ON = new RegExp(
  String.raw`(?<=\b${SERIES_BY_POSITION}(?: \d+)? )(?:and|or) (?:the )?(#(?:\d+|last|penultimate|middle))(?: 1)?\b(?! (?:1 )?(?:of (?:the )?)?(?:\d+ )?(?:fb|phase|strand|p|ask)\b)`,
  'g',
);

/**
 * The series references in the text, or undefined when there are none.
 * Numbers past the end of a series are kept, so the caller can say the block does not exist.
 */
export function findSeriesReference(text: string): SeriesReference | undefined {
  const s = canonical(text);
  // "phase 3 of the Home Office pilot" and "the phase 1 report" name a pilot or report phase, not a CHB phase.
  const otherPhases = /\b(?:pilot|reports?\b|coxhead|loughbo)/.test(s);
  // "the four strands of a 4P plan" are Pursue, Prevent, Protect and Prepare, not the SOC CC strands.
  const fourP = /\b(?:4 ?ps?|pursue|prevent|protect|prepare)\b/.test(s) && !/\b(?:soc cc|ccs?|coordinators?)\b/.test(s);
  const usable = (series: Series) => !(series === 'phase' && otherPhases);
  const seriesOf = (word: string): Series => (word === 'strand' && fourP ? 'p' : (word as Series));

  // A range is asked even after "list the blocks": "list the blocks from FB4 to FB7".
  const between = BETWEEN.exec(s);
  if (between && usable(seriesOf(between[1]))) {
    const [from, to] = [Number(between[2]), Number(between[3])];
    const series = seriesOf(between[1]);
    // "blocks 1 to 10" is the whole series.
    if (from === 1 && to === SERIES_LENGTH[series]) return { series, positions: [], all: true };
    if (from < to) return { series, positions: range(from, to), all: false };
  }

  const all = ALL.exec(s);
  if (all && usable(seriesOf(all[2])) && (!all[1] || Number(all[1]) === SERIES_LENGTH[seriesOf(all[2])])) {
    return { series: seriesOf(all[2]), positions: [], all: true };
  }

  const firstN = FIRST_N.exec(s);
  if (firstN && usable(seriesOf(firstN[3]))) {
    const series = seriesOf(firstN[3]);
    const count = Math.min(Number(firstN[2]), SERIES_LENGTH[series]);
    const length = SERIES_LENGTH[series];
    // "the middle two Ps": the members either side of the series' middle.
    const from = firstN[1] === '1' ? 1 : firstN[1] === 'last' ? length - count + 1 : Math.floor((length - count) / 2) + 1;
    return { series, positions: range(from, from + count - 1), all: false };
  }

  // Single references, possibly several: "fb9 and fb10", "the second phase", "the 9th of the foundation blocks".
  const found: Array<{ series: Series; n: number; at: number }> = [];
  for (const m of s.matchAll(NUMBERED)) {
    const series = seriesOf(m[1]);
    if (!usable(series)) continue;
    for (const number of [m[2], ...(m[3].match(/\d+/g) ?? [])]) {
      const n = position(number, series);
      if (n !== undefined) found.push({ series, n, at: m.index });
    }
  }
  // Ordinals, possibly several: "the second and third strands", "the 1st, 2nd or 3rd phase".
  // "the 2nd of the 10 blocks", "which block comes 7th", "which block is the last one".
  const addOrdinals = (word: string, tokens: string, at: number) => {
    const series = seriesOf(word);
    if (!usable(series)) return;
    for (const token of tokens.match(/#(\d+|last|penultimate|middle)/g) ?? []) {
      const n = position(token.slice(1), series);
      if (n !== undefined) found.push({ series, n, at });
    }
  };
  for (const m of s.matchAll(ORDINAL)) addOrdinals(m[2] ?? m[3], m[1] ?? m[4], m.index);
  for (const m of s.matchAll(FOLLOW_ON)) addOrdinals(m[1], m[2], m.index);
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.at - b.at);
  const series = found[0].series;
  const positions = [...new Set(found.filter((f) => f.series === series).map((f) => f.n))];
  return { series, positions, all: false };
}
