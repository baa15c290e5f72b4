/**
 * Domain normalisation shared by the indexer and the query path, so that
 * "fb 4", "foundation blok 4" and "block 4" all become the token `fb4`,
 * "4 p's" becomes `4p`, "clear hold and build" becomes `chb`, and spelled-out
 * names collapse to their acronym ("senior responsible officer" -> `sro`).
 */

import { CHAT_SHORTHAND } from '../safety/chat-shorthand';
import { TEXT_MEMO_MAX, remembered } from './memo';

/** Filler words that carry no topic. Removed after phrase rules have run, so phrases may contain them. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the is are was were be been being am do does did doing done have has had having
  i me my mine myself we us our ours you your yours it its itself this that these those there here
  what which who whom whose when where why how of for to in on at by with from about as into onto
  and or but if so than then too can could should would will shall may might must please tell explain
  give show any some all get got gets need needs want wants know like just also still very really much
  many more most im ive id dont doesnt isnt arent cant wont hi hello hey thanks thank cheers ok okay
  mean meaning means meant stand stands define definition acronym abbreviation they them their he she
  his her him not no yes up out over again bit lot thing things say said use using used make makes let
  lets go going sure actually anyone someone something anything everything every each other such only
  both either whether while during per via etc after
  sorry soz daft silly quick hiya morning afternoon evening bother wondering wonder erm um umm er basically
  exactly anyway roughly nutshell tldr tl dr ta loving bot idea remind plain english reckon guess mate lads
  guys folks currently kind sort stuff`.split(/\s+/),
);

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  thirteen: '13',
  twenty: '20',
};

/** Single-token rewrites: chat shorthand, US spellings, and domain abbreviations. */
const TOKEN_MAP: Record<string, string[]> = {
  ...Object.fromEntries(Object.entries(CHAT_SHORTHAND).map(([w, meant]) => [w, [meant]])),
  ...Object.fromEntries(['wats', 'whats', 'wht', 'waht', 'whta'].map((w) => [w, ['what']])),
  bout: ['about'],
  pls: ['please'],
  plz: ['please'],
  comms: ['communication'],
  coms: ['communication'],
  comm: ['communication'],
  info: ['information'],
  govt: ['government'],
  ppl: ['people'],
  b4: ['before'],
  thru: ['through'],
  uni: ['university'],
  glos: ['gloucestershire'],
  wilts: ['wiltshire'],
  nbh: ['neighbourhood'],
  nbhd: ['neighbourhood'],
  hrs: ['hour'],
  ho: ['home', 'office'],
  sw: ['south', 'west'],
  recs: ['recommendation'],
  eval: ['evaluation'],
  evals: ['evaluation'],
  qual: ['qualitative'],
  quant: ['quantitative'],
  mth: ['month'],
  mnth: ['month'],
  mths: ['month'],
  mnths: ['month'],
  yr: ['year'],
  advisor: ['adviser'],
  advisors: ['adviser'],
  tac: ['tactical'],
  organized: ['organised'],
  organization: ['organisation'],
  organizations: ['organisation'],
  neighborhood: ['neighbourhood'],
  behavior: ['behaviour'],
  behaviors: ['behaviour'],
  program: ['programme'],
  programs: ['programme'],
  socialise: ['socialisation'],
  socialising: ['socialisation'],
  socialize: ['socialisation'],
  socializing: ['socialisation'],
  socialization: ['socialisation'],
  hmic: ['hmicfrs'],
  khub: ['knowledgehub'],
  ooh: ['outofhours'],
  slp: ['localprofile'],
  slps: ['localprofile'],
  '6month': ['sixmonth'],
  '6months': ['sixmonth'],
  '6mth': ['sixmonth'],
  dropin: ['dropin'],
  dropins: ['dropin'],
  socc: ['soccc'],
  antisocial: ['asb'],
  ps: ['p'],
  ins: ['in'],
  pick: ['choose'],
  picking: ['choose'],
  select: ['choose'],
  selecting: ['choose'],
  selection: ['choose'],
  choosing: ['choose'],
  chose: ['choose'],
  chosen: ['choose'],
  // Nights and weekends are when help is needed out of hours: "at 2am on a Sunday".
  ...Object.fromEntries(
    ['weekend', 'weekends', 'saturday', 'sunday', 'midnight', 'overnight', '10pm', '11pm', '12am', '1am', '2am', '3am', '4am', '5am'].map((w) => [
      w,
      ['outofhours'],
    ]),
  ),
  // The briefing's three phases are often called stages.
  stage: ['phase'],
  stages: ['phase'],
  council: ['localauthority'],
  councils: ['localauthority'],
  la: ['localauthority'],
  ...Object.fromEntries(Object.entries(NUMBER_WORDS).map(([w, d]) => [w, [d]])),
};

/** Multi-token rewrites, written in plain words; compiled through the same token pipeline below. */
const PHRASES: Array<[string, string]> = [
  ['c h b', 'chb'],
  ['clear hold build', 'chb'],
  ['clear hold and build', 'chb'],
  ['serious and organised crime', 'soc'],
  ['serious organised crime', 'soc'],
  ['soc community coordinator', 'soccc'],
  ['community coordinator', 'soccc'],
  ['soc coordinator', 'soccc'],
  ['soc cc', 'soccc'],
  ['organised crime group', 'ocg'],
  ['organised crime gang', 'ocg'],
  ['lead responsible officer', 'lro'],
  ['senior responsible officer', 'sro'],
  ['senior investigating officer', 'sio'],
  ['community safety partnership', 'csp'],
  ['government agency intelligence network', 'gain'],
  ['regional disruption team', 'rdt'],
  ['regional organised crime unit', 'rocu'],
  ['south west rocu', 'swrocu'],
  ['southwest rocu', 'swrocu'],
  ['sw rocu', 'swrocu'],
  ['management of risk in law enforcement', 'morile'],
  ['violence against women and girls', 'vawg'],
  ['his majestys inspectorate of constabulary and fire and rescue services', 'hmicfrs'],
  ['national police chiefs council', 'npcc'],
  ['single point of contact', 'spoc'],
  ['police uplift programme', 'pup'],
  ['uplift programme', 'pup'],
  ['anti social behaviour', 'asb'],
  ['national crime agency', 'nca'],
  ['continuous professional development', 'cpd'],
  ['continuing professional development', 'cpd'],
  ['police and crime commissioner', 'pcc'],
  ['drop in', 'dropin'],
  ['out of hours', 'outofhours'],
  ['after hours', 'outofhours'],
  ['local profile', 'localprofile'],
  ['local authority', 'localauthority'],
  ['knowledge hub', 'knowledgehub'],
  ['6 month', 'sixmonth'],
  // Leaving an area is the exit strategy, however it is put.
  ['pull out', 'exit'],
  ['pulled out', 'exit'],
  ['step back', 'exit'],
  ['stepped back', 'exit'],
  ['walk away', 'exit'],
  ['get hold of', 'contact'],
  ['in touch with', 'contact'],
  ['at what stage', 'when'],
  ['come from', 'origin'],
  ['came from', 'origin'],
  ['all pursue', 'pursueheavy'],
  ['mostly pursue', 'pursueheavy'],
  ['just pursue', 'pursueheavy'],
  ['only pursue', 'pursueheavy'],
  ['too much pursue', 'pursueheavy'],
  ['pursue heavy', 'pursueheavy'],
  ['heavy on pursue', 'pursueheavy'],
  ['heavy with pursue', 'pursueheavy'],
  ['4 p', '4p'],
  ['d and c', 'devon cornwall'],
  ['a and s', 'avon somerset'],
];

/** Tokens produced by rewrites; never stemmed again. */
const PROTECTED = new Set<string>([...Object.values(TOKEN_MAP).flat(), ...PHRASES.flatMap(([, out]) => out.split(' '))]);

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment),
 * since transpositions ("abuot", "phsae") are the commonest typing slip. Gives up once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows reused across calls: this runs thousands of times for each new word typed.
  if (rows[0].length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(b.length + 1)) as typeof rows;
  let [before, prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length];
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Light plural stripping: enough to match "LROs"/"LRO" and "partnerships"/"partnership". */
function stem(token: string): string {
  if (PROTECTED.has(token) || STOP_WORDS.has(token)) return token;
  if (/^\d+ps$/.test(token)) return token.slice(0, -1); // 4ps -> 4p
  if (/\d/.test(token)) return token;
  if (token === 'ccs' || token === 'fbs') return token.slice(0, -1);
  if (token.length <= 3) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (token.endsWith('sses')) return token.slice(0, -2);
  if (token.endsWith('s') && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  if (token.endsWith('ing') && token.length >= 6) {
    const base = token.slice(0, -3);
    if (/[aeiouy]/.test(base)) return /([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|zz)$/.test(base) ? base.slice(0, -1) : base;
  }
  return token;
}

const ROMAN: Record<string, number> = { ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
/** Past a series' end a letter is a word: "build phase v prevent" compares two things. */
const seriesLength = (series: string) => (/^(?:phase|stage)/i.test(series) ? 3 : /^strand/i.test(series) ? 4 : 10);

/** A numbered part's marker: "1) ", "(2) ", "3. ", "question 1: ", "part 2: ", "q2) ". */
const partMarker = (number: string) => String.raw`(?:(?:q|question|part)\s?)?\(?${number}[.):]\s+`;
/** A lettered part's marker: "a) ", "(b) "; only with a bracket, as "a." and "b:" are often words. */
const letterMarker = (letter: string) => String.raw`\(?${letter}\)\s+`;
const partStart = (marker: string) => String.raw`(^|(,?\s+(?:and|or|&))?([?.!;:,])?\s)${marker}(?=[a-z])`;
const NUMBERED_PART = new RegExp(partStart(partMarker('[1-9]')), 'gi');
const LETTERED_PART = new RegExp(partStart(letterMarker('[a-h]')), 'gi');
const listOf = (first: string, second: string) => new RegExp(String.raw`(?:^|\s)${first}[a-z].*\s${second}[a-z]`, 'is');
const NUMBERED_PARTS = listOf(partMarker('1'), partMarker('2'));
const LETTERED_PARTS = listOf(letterMarker('a'), letterMarker('b'));

/**
 * "1) what is X 2) how do I Y", "(a) what's VAWG, and (b) which strand ...": parts numbered from one or lettered from a
 * on are each a question of their own, ended by a question mark unless a stop already ends the part (an "and" or a comma
 * before the marker goes); the words before the first part stay as they are; a lone "2." or "b)" numbers nothing.
 */
function numberedPartsMarked(text: string): string {
  const part = NUMBERED_PARTS.test(text) ? NUMBERED_PART : LETTERED_PARTS.test(text) ? LETTERED_PART : undefined;
  if (!part) return text;
  const opening = text.search(part);
  return text.replace(part, (_: string, start: string, joiner: string | undefined, stop: string | undefined, at: number) => {
    if (at === opening) return start === '' ? '' : `${joiner ?? ''}${stop ?? ''} `;
    return stop && stop !== ',' && stop !== ':' ? `${stop} ` : '? ';
  });
}

/**
 * "Co-ordinator" and "co-operation" as the knowledge base spells them; "warent" and "supplys" as the words the guards
 * know (two slips from them, or one from another word, so the speller cannot); "block no. 5" without the full stop
 * that would end a sentence; "one by one" and "one at a time" as "in turn", not the first of a series; a list item on
 * its own line ("- ...", "1. ...") marked "*" as within a line; and two lines with no stop between them as two names
 * ("Clear phase" above "FB10"); a Roman numeral after a series word as its number ("FB IX", "strand iv"; "i" alone is
 * too often the pronoun); and an acronym of three letters or more written with full stops ("R.O.C.U.", "l.r.o") without
 * them, though not "p.s." or "e.g.", nor a last stop that also ends a sentence ("the new L.R.O. What ..."); and a phase's
 * name in its everyday sense ("hold on, what's a SPOC?", "clear up what MoRiLE is", "not clear what a SOC CC does") as
 * the plain words it means: so that every rule reads one spelling.
 */
export function withHouseSpellings(text: string): string {
  return numberedPartsMarked(text)
    .replace(/\b(?:[a-zA-Z]\.){2,}[a-zA-Z]\b(?:\.(?!\s+[A-Z]))?/g, (dotted: string) => dotted.replace(/\./g, ''))
    .replace(/\b(co)-(?=ordinat|operat)/gi, '$1')
    .replace(/\b(no)\.\s*(?=\d)/gi, '$1 ')
    .replace(/\b(fb|foundation blocks?|blocks?|phases?|stages?|strands?) (ii|iii|iv|v|vi|vii|viii|ix|x)\b/gi, (found: string, series: string, roman: string) =>
      ROMAN[roman.toLowerCase()] <= seriesLength(series) ? `${series} ${ROMAN[roman.toLowerCase()]}` : found,
    )
    .replace(/\b(\d{1,2} (?:to|and|or|-|–) )(ii|iii|iv|v|vi|vii|viii|ix|x)\b/gi, (_, before: string, roman: string) => `${before}${ROMAN[roman.toLowerCase()]}`)
    .replace(/\bone (?:at a time|by one|after (?:an)?other)\b/gi, 'in turn')
    .replace(/\b(?:warent|warrent|warant)(s?)\b/gi, 'warrant$1')
    .replace(/\bsupplys\b/gi, 'supplies')
    .replace(/^\s*hold on\s*[,.!:-]+\s*/i, '')
    .replace(/\bclear up (?=what|how|why|whether|who|the difference|the confusion)/gi, 'explain ')
    .replace(/\bnot (?:very |too |that |entirely |really |totally )?clear (?=(?:on|about|what|how|why|whether|who|which|to me)\b)/gi, 'not sure ')
    .replace(/\n\s*(?:[-*•]|\d[.)])\s+/g, ' * ')
    .replace(/([a-z0-9])[ \t]*\n\s*(?=[a-z0-9])/gi, '$1 / ');
}

function rawTokens(text: string): string[] {
  return withHouseSpellings(text)
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function mapAndStem(tokens: string[]): string[] {
  return tokens.flatMap((t) => TOKEN_MAP[t] ?? [t]).map(stem);
}

function blockNumber(token: string | undefined): number | undefined {
  if (token === undefined || !/^\d{1,2}$/.test(token)) return undefined;
  const n = Number(token);
  return n >= 1 && n <= 10 ? n : undefined;
}

function isFoundationWord(token: string | undefined): boolean {
  return token !== undefined && token.startsWith('f') && editDistance(token, 'foundation', 2) <= 2;
}

function isBlockWord(token: string | undefined): boolean {
  return token !== undefined && token.startsWith('bl') && editDistance(token, 'block', 1) <= 1;
}

/** Collapses the many ways of naming a foundation block into `fb` or `fbN`. */
function foundationBlocks(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const short = /^fb(\d{1,2})$/.exec(t) ?? /^f(\d{1,2})$/.exec(t);
    if (short && (t.startsWith('fb') || blockNumber(short[1]) !== undefined)) {
      out.push(`fb${Number(short[1])}`);
      continue;
    }
    let isFb = false;
    // "the building blocks" (stemmed to "build") are the foundation blocks too.
    if ((isFoundationWord(t) || t === 'build') && isBlockWord(tokens[i + 1])) {
      isFb = true;
      i += 1;
    } else if (t === 'fb') {
      isFb = true;
    } else if (isBlockWord(t) && blockNumber(tokens[i + 1]) !== undefined) {
      isFb = true;
    }
    if (!isFb) {
      out.push(t);
      continue;
    }
    // After an explicit "fb"/"foundation block" any number is kept, so "fb 11" can be told it does not exist.
    const next = tokens[i + 1];
    if (next !== undefined && /^\d{1,2}$/.test(next)) {
      out.push(`fb${Number(next)}`);
      i += 1;
    } else {
      out.push('fb');
    }
  }
  return out;
}

const COMPILED_PHRASES: Array<{ from: string[]; to: string[] }> = PHRASES.map(([from, to]) => ({
  from: mapAndStem(rawTokens(from)),
  to: to.split(' '),
}));

function applyPhrases(tokens: string[]): string[] {
  let current = tokens;
  for (const { from, to } of COMPILED_PHRASES) {
    // Most phrases are absent from a text: skip them before copying its tokens.
    if (current.length < from.length || !current.includes(from[0])) continue;
    const next: string[] = [];
    for (let i = 0; i < current.length;) {
      let match = true;
      for (let k = 0; k < from.length; k++) {
        if (current[i + k] !== from[k]) {
          match = false;
          break;
        }
      }
      if (match) {
        next.push(...to);
        i += from.length;
      } else {
        next.push(current[i]);
        i += 1;
      }
    }
    current = next;
  }
  return current;
}

/** One word's tokens after spelling rewrites and plural stripping, without phrase rules: for word lists. */
export function wordTokens(word: string): string[] {
  return mapAndStem(rawTokens(word));
}

/** "my 10 o'clock" is a time, not the tenth block. */
function withoutClockTimes(tokens: string[]): string[] {
  return tokens.filter((t, i) => !(/^\d{1,2}$/.test(t) && (tokens[i + 1] === 'oclock' || (tokens[i + 1] === 'o' && tokens[i + 2] === 'clock'))));
}

const tokensOf = remembered((text: string): readonly string[] => applyPhrases(foundationBlocks(mapAndStem(withoutClockTimes(rawTokens(text))))), TEXT_MEMO_MAX);

/** Tokens after every rewrite but before stop words are dropped; a copy, so that no caller changes what is kept. */
export function canonicalTokens(text: string): string[] {
  return [...tokensOf(text)];
}

/** The tokens that are indexed and searched: canonical tokens without stop words or stray letters. Kept, as tokensOf is. */
export const searchTokens = remembered(
  (text: string): readonly string[] => tokensOf(text).filter((t) => !STOP_WORDS.has(t) && (t.length > 1 || /\d/.test(t))),
  TEXT_MEMO_MAX,
);

/** A name's words as a key, in any order and with plurals folded: "foundation blocks" and "blocks, foundation" match. */
export function nameKey(name: string): string {
  return [...new Set(searchTokens(name))].sort().join(' ');
}
