/**
 * Splits a question that asks about two things: a comparison ("clear vs hold", "the difference
 * between A and B") or two questions in one ("what is X and how does Y work?", "X? also Y?").
 * Works on wording only; whether each side names a topic is for the search to decide.
 */

import { ORDINALS } from './references';

export interface SplitQuestion {
  kind: 'comparison' | 'parts';
  parts: string[];
  /** A question of its own after a comparison: "hold vs build? and when are the drop-ins". */
  later?: string;
}

function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that only ask how two things compare: "what's the difference", "which is which", "who does what". */
const HOW_THEY_DIFFER = String.raw`(?:what|whats) (?:is )?the difference|which is which|who does what|how do (?:they|their [a-z]+|the [a-z]+) differ|how are they different|whats different`;

/** Trailing "what's the difference", "difference?", "which is which", "who does what" add nothing to either side. */
const COMPARISON_TAIL = new RegExp(String.raw`[\s,?!.-]*(?:${HOW_THEY_DIFFER}|(?:any |the )?(?:differences?|diffs?))?[\s,?!.-]*$`);

/**
 * A tail that asks how two things named before it compare, or about each: "SRO and LRO - who does what", "FB3 and
 * the LRO template - same thing or different?", "legacy aim and the exit strategy - what do they each say", "GAIN
 * and the RDT - are they different things?".
 */
const ASKS_HOW_THEY_COMPARE = new RegExp(
  String.raw`^(.+?) (?:and|or|\+|&) (.+?)\s*(?:-|:|,|\?)\s*(?:${HOW_THEY_DIFFER}|how do they (?:link|relate|fit together|connect)|(?:are they |is it )?(?:the )?same(?: thing)?(?:,? or (?:different|not)|(?=\s*\?*$))|(?:are they |is it )?different,? or (?:the )?same(?: thing)?|(?:are (?:they|those|these)|is it) (?:completely |really |measuring )?different(?: things| teams| roles| jobs)?(?=\s*\?*$)|what (?:do|does) (?:they each|each(?: one)?|they both|both) (?:say|mean|cover|do|involve)|(?:explain|define|describe) (?:them|both|each)|both please|(?:who|what) are (?:they|those|these)(?: two)?(?=\s*\?*$)|(?:are they |is it )?interchangeable|(?:do they )?mean different things|i (?:always )?(?:get|mix) (?:them|these|those|the two)(?: two)? (?:muddled|mixed up|confused|up))\b`,
);

/** A side that only points back at what was asked before it. */
const PRONOUN = /^(?:it|that|this|they|those|these)$/;

/** What is done now, rather than a second topic: "different from what we do", "from the usual way". */
const NOT_THE_USUAL = String.raw`(?!(?:(?:what|how) (?:we|i|you|they|police|forces)|the way|the usual|usual|normal)\b)`;

const COMPARISONS: RegExp[] = [
  /\b(?:dif+e?rences?|diffs?) between (.+?) and (.+)$/,
  /\b(?:compare|contrast) (.+?) (?:and|with|to|against) (.+)$/,
  /\bwhat (?:separates|distinguishes|sets apart) (.+?) from (.+)$/,
  // A choice after the question: "which comes first - the launch or the locality profile?"
  /^which\b[^,:;?-]*(?:\s-\s|:)\s*(.+?) or (.+?)\??$/,
  // Not against what is done now: "how CHB is any different from what we do already" asks what CHB changes.
  new RegExp(String.raw`\bhows? (?:(?:does|do|is|are) )?(.+?) (?:differs?|(?:is |are )?different) (?:from|to) ${NOT_THE_USUAL}(.+)$`),
  // "is an SIO different from an LRO", "SIO - is that different from SRO?".
  new RegExp(String.raw`(?:^|[-:,.?!] )(?:is|are) (.+?) (?:any |really )?different (?:from|to|than) ${NOT_THE_USUAL}(.+)$`),
  /\bhow (?:does|do|is|are) (.+?) compare (?:with|to|against) (.+)$/,
  /^(.+?) (?:compared|comparing) (?:with|to|against) (.+)$/,
  // A dash or colon after the second side starts an aside, and so does a question word: "hold vs build - where does one end", "hold vs build which one ...".
  /^(.+?) (?:vs|versus|v) (.+?)(?:(?: -|:) .*| (?=(?:which|who|whos|what|whats|where|when|how|same)\b).*)?$/,
  /^(.+?) or (.+?),? which is which\b/,
  // A closing choice of two short names: "getting dealers out of a cuckooed flat - pursue or protect?", "..., clear or hold?",
  // "is it a clear thing or a hold thing?". Not who does something ("who runs the drop-ins, the SOC CCs or the RDT?"),
  // which one of them answers, nor which has more of something, nor examples ("like ASB or burglary"), nor a choice of numbers or of "the other".
  /^(?!who|which\b.*\b(?:more|most|less|least)\b)(?!.*\b(?:like|such as|including)\b).*?(?:[-:,]|\bis (?:it|that|this)) (?:the |an? )?(?!\d+\b)([a-z0-9]+(?: [a-z0-9]+)??)(?: (?:thing|one|phase|strand|block|stage))?,? or (?:is it )?(?:the |an? )?(?!\d+\b|(?:the )?other\b|something\b|somewhere\b|both\b|neither\b|not\b|no\b)([a-z0-9]+(?: [a-z0-9]+)??)(?: (?:thing|one|phase|strand|block|stage))?\s*\?*\s*$/,
  // A choice of two phases, two Ps or the two kinds of benefit anywhere in the question: "is the high-vis follow up still
  // Clear or are we in Hold now", "ancillary orders - do they go under pursue or prevent in the plan?".
  /^(?!who|which\b.*\b(?:more|most|less|least|first)\b).*?(?<!, )\b(clear|hold|build|pursue|prevent|protect|prepare|qual(?:itative)?|quant(?:itative)?)(?: phase| strand| benefits?)?,? or (?:(?:is it|is that|are we|are we in|does it go (?:in|under)|would it be) )?(?:the |a |an )?(clear|hold|build|pursue|prevent|protect|prepare|qual(?:itative)?|quant(?:itative)?)\b/,
  // Two things offered as a choice, then a question choosing between them: "prevent or protect - which one stops people getting involved?"
  /^(?!(?:can|could|does|do|did|is|are|should|would|will|who|whos|what|whats|how|when|where|why|which)\b)(?=.*\b(?:which|each|both|differ\w*|difference|mix(?:ed|ing)? (?:them )?up|the same|where do i go)\b)([^,?:;]{2,40}?) or ([^,?:;]{2,40}?)\s*(?:\?|\s-\s|:|,)/,
  // "is a CSP the same as ...", "does MoRiLE measure the same thing as ...".
  /^(?:is|are|does|do) (.+?) (?:(?:do|mean|measure|cover) )?the same (?:[a-z]+ )?as (.+?)(?:,? or (?:is it |are they )?(?:different|not|something else))?$/,
  /\bhow (?:does|do|is|are) (.+?) (?:relate(?:d)? to|sits? (?:with|alongside)) (.+)$/,
  // "is build basically just prevent", "is the clear phase really pursue under another name".
  /(?:^|[-:,.?!] )(?:is|are) (?!(?:it|this|that|there|they|we|you)\b)(\S+(?: \S+){0,3}?) (?:(?:basically|really|essentially|simply) (?:just )?|just )(\S+(?: \S+){0,2}?)(?: (?:under|with|by) (?:an?other|a different) name)?\s*\??$/,
  // "build phase and prevent, same idea?"
  /^(.+?) (?:and|&) (?!(?:is|are|it|that|this|they)\b)(.+?),? (?:the )?same (?:thing|idea)s?\b/,
  /\bwhere (?:does|do) (.+?) (?:stop|end|finish) and (.+?) (?:start|begin)\b/,
  // "how do pursue and the clear phase fit together": two things; not a list ("clear, hold and build"), nor two
  // phases or two strands, which their overview says how to fit together.
  /^(?!.*\b(?:clear|hold|build)\b.*\b(?:clear|hold|build)\b)(?!.*\b(?:pursue|prevent|protect|prepare)\b.*\b(?:pursue|prevent|protect|prepare)\b).*?\bhow (?:does|do) ([^,]+?) (?:and|&) ([^,]+?) (?:fit|tie in|link up|work|sit) together\b/,
  // "does the locality profile come before the multi-agency launch?": where two things fall in order.
  /^(?:does|do|should|is|are|must) (.+?) (?:come|happen|go|be done|be in place|need to be (?:done|in place|set up)|need (?:setting up|doing|sorting)|have to be (?:done|in place|set up)|start) (?:before|after) (.+?)(?: (?:starts|kicks off|begins|is done))?$/,
  // "do we do the baseline before the launch?": the same, asked of what we do.
  /^(?:do|should|must) (?:we|i|you) (?:do|set up|finish|complete|run|hold|get) (.+?) (?:before|after) (?!(?:we|i|you|they|it)\b)(.+?)(?: (?:starts|kicks off|begins|is done))?$/,
];

/** A question word starting a second clause: "... and how does it work". */
const SECOND_QUESTION = String.raw`(?:what|whats|how|hows|who|whos|when|whens|where|wheres|which|why|is|are|does|do|did|has|have|can|could|should|would|will|tell|explain)\b`;
/** A part that opens as a question of its own. */
const OPENS_A_QUESTION = new RegExp(`^${SECOND_QUESTION}`);
/** What a later part asks for after "then": "..., then go into the SPOC ask", "and then explain the legacy". */
const THEN_ASKS = String.raw`(?:go|say|give|describe|summari[sz]e|list|talk|walk|run|move|cover|in|more|(?:the )?details?)\b`;
/**
 * "what is MoRiLE, what's FB8 and who runs the drop-ins": before the last part, more questions listed with commas, each
 * opening with a question word. Two alone ("what's a local profile, who writes it") are often one question.
 */
const LISTED_QUESTIONS =
  /(?<=^(?:[\w ]+:\s*)?(?:what|whats|how|who|whos|when|where|which|why)\b[^,]*),\s+(?=(?:what|whats|how|who|whos|when|where|which|why)\b)/;
/** A listed question pointing back at the one before it: "who sits on it". */
const POINTS_BACK = /\b(?:it|its|they|them|their|that|this|those|these)\b/;
/**
 * Where a second question starts: "second," "2nd q," or "Follow-up:" ("Two things. First, ... Second, ..."), a question
 * mark, "and also", "plus" or "as well as" (not "20 plus"), "& who", a bullet ("* who ... * who ..."), "then" after a stop
 * or before "the" or "who", "oh and", "while I'm here", "separately", "unrelated but", and a full stop between two
 * sentences that each open with a question word ("what is hold. what is build").
 */
const PART_SEPARATORS = new RegExp(
  String.raw`[.!?]?\s+(?:second(?:ly)?|2nd|follow[- ]?up)(?: q| qn| question)?[,:]\s+|\?\s*(?:oh,?\s+)?(?:and\s+|also\s+|plus\s+)?(?=\S)|(?:[,.!]\s*|\s+)oh,? and\s+|[,.!]*\s+while i(?:m| am) here[,:\s-]+|(?<=^(?:what|whats|how|who|whos|when|where|which|is|are|can|does|do)\b[^.!?]*)[.]\s+(?=(?:what|whats|how|who|whos|when|where|which|is there|are there|can|does|do)\b)|;\s*|\s+[*•]\s+|[.!]\s+(?:and\s+)?then,?\s+|[.!]+\s+(?:and|also|plus)\s+|[,.!]+\s*(?=(?:what|how) about\b)|[,.!?]*\s+(?:and\s+)?(?:then\s+)?separately\b[\s,:-]*|[.!?]\s+unrelated(?:,? but| question)?[\s,:-]+|,?\s+and also\s+|,\s*also\s+|\s+also\s+(?=${SECOND_QUESTION})|(?<!\d),?\s+(?:plus|as well as)\s+|(?:,\s*|\s+and\s+)then\s+(?=${SECOND_QUESTION}|${THEN_ASKS}|the\b)|\s+then\s+(?=the\b|whos?\b)|,?\s+and\s+(?=${SECOND_QUESTION})|\s+[+&]\s+(?=${SECOND_QUESTION})`,
);

export function splitQuestion(text: string): SplitQuestion | undefined {
  const s = clean(text);
  const tailed = ASKS_HOW_THEY_COMPARE.exec(s);
  if (tailed) return { kind: 'comparison', parts: [tailed[1].trim(), tailed[2].trim()] };
  const untailed = s.replace(COMPARISON_TAIL, '');
  for (const re of COMPARISONS) {
    const m = re.exec(untailed);
    // What follows a comma after the second side is an aside: "protect and prepare, writing my first plan".
    const second = m?.[2].split(/[,;:?]|\s-\s/)[0].trim();
    // "what does prepare mean and how is it different from pursue": "it" is what the words before ask about.
    const first = m && PRONOUN.test(m[1].trim()) ? untailed.slice(0, m.index).replace(/[\s,?!.-]*(?:and|but|so)?[\s,?!.-]*$/, '') : m?.[1].trim();
    if (m && first && second) {
      const compared: SplitQuestion = { kind: 'comparison', parts: withMemberNamed([first, second]) };
      const later = untailed
        .slice(untailed.indexOf(second, m.index) + second.length)
        .split(PART_SEPARATORS)
        .slice(1)
        .at(-1)
        ?.trim();
      return later && OPENS_A_QUESTION.test(later) ? { ...compared, later } : compared;
    }
  }
  const parts = s
    // "quick qs - * who ... * when ...", "New in post. * what ... * who ...": the words before a list introduce it.
    .replace(/^[^*•]*[-:.!?]\s+(?=[*•]\s)/, '')
    // "1) ... 2) ...": numbered questions, in a list that starts at 1 ("in yr 2. how ..." is not one).
    .replace(/^1[.)]\s+(.*)$/, (_, items: string) => items.replace(/\s+\d[.)]\s+/g, '; '))
    .split(PART_SEPARATORS)
    .map((p) => p.replace(/^(?:and|also|plus|[*•])\s+/, '').trim())
    .filter((p) => /[a-z0-9]/.test(p));
  const items = parts.length >= 2 ? parts[0].split(LISTED_QUESTIONS) : [];
  // An item pointing back ("what is a CSP, who sits on it, and ...") asks more of the one before it.
  const listed = items.length > 1 && !items.some((p) => POINTS_BACK.test(p)) ? [...items, ...parts.slice(1)] : parts;
  return listed.length >= 2 ? { kind: 'parts', parts: withSeriesNamed(listed) } : undefined;
}

/** "which phase does a raid belong to and which one does reopening a youth centre": a later "which one" is of the same series. */
const WHICH_MEMBER = /\bwhich (?:of the )?(ps?|phases?|stages?|blocks?|fbs?|strands?|asks?)\b/;
const WHICH_ONE = /^which (?:one\b|(?=is\b|are\b|does\b|do\b))/;
/** "the last phase vs the middle one", "the seventh block ... from the fourth": a later side's "one" or bare ordinal is a member of the series the first side names. */
const ORDINAL = String.raw`(?:${Object.keys(ORDINALS).join('|')}|last|final|middle|next|previous)`;
const MEMBER_NAMED = new RegExp(String.raw`\b${ORDINAL}\s+((?:foundation )?block|p|phase|stage|fb|strand)\b`);
/** "foundation block 9 vs 8": a bare number after a numbered block is a block too. */
const BLOCK_NUMBERED = /\b(?:fb|(?:foundation )?block) ?\d/;
const ONE = new RegExp(String.raw`\b(?:the )?(${ORDINAL})(?: one\b|\s*$)`);

/** "what's the governance block? and the comms one?": a later "the X one" is a member of the series the first part names. */
const SERIES_NAMED = /\b(block|phase|stage|strand|p)\b/;
const THE_X_ONE = /^((?:and |what about |how about )?the [a-z]+) one\b/;
/** "FB4 - what does it involve? and 5?": a later bare number after a numbered block is a block too. */
const BARE_NUMBER = /^(?:and |what about |how about )?(\d{1,2})\s*\??$/;

function withSeriesNamed(parts: string[]): string[] {
  const which = WHICH_MEMBER.exec(parts[0])?.[1];
  const series = SERIES_NAMED.exec(parts[0])?.[1];
  const numbered = BLOCK_NUMBERED.test(parts[0]);
  return parts.map((p, i) => {
    if (i === 0) return p;
    if (numbered && BARE_NUMBER.test(p)) return p.replace(BARE_NUMBER, 'fb$1');
    const named = series ? p.replace(THE_X_ONE, `$1 ${series}`) : p;
    return which ? named.replace(WHICH_ONE, `which ${which} `).replace(/\s+/g, ' ') : named;
  });
}

/** "the first and the ninth foundation block": a bare first side is a member of the series the second names. */
const BARE_ORDINAL = new RegExp(String.raw`^(?:the )?(${ORDINAL})$`);

function withMemberNamed([first, second]: [string, string]): string[] {
  if (BLOCK_NUMBERED.test(first) && /^\d{1,2}$/.test(second)) return [first, `fb${second}`];
  const series = MEMBER_NAMED.exec(first)?.[1];
  if (series) return [first, second.replace(ONE, `the $1 ${series}`)];
  const laterSeries = MEMBER_NAMED.exec(second)?.[1];
  const ordinal = BARE_ORDINAL.exec(first)?.[1];
  if (laterSeries && ordinal) return [`the ${ordinal} ${laterSeries}`, second];
  // "qualitative vs quantitative benefits": one word before shares the kind of thing named after.
  const shared = /^\w+$/.test(first) ? SHARED_HEAD.exec(second)?.[1] : undefined;
  return [shared ? `${first} ${shared}` : first, second];
}

/** The kinds of thing two single words can both describe: "qualitative vs quantitative benefits", "clear or hold phase". */
const SHARED_HEAD = /^\w+ ((?:benefits|phases?|stages?|strands?|blocks?|reports?)\b.*)$/;

/** The looser split tried only when the whole question found no clear answer: "the legacy and the exit strategy". */
export function splitOnAnd(text: string): string[] | undefined {
  const parts = clean(text)
    .split(/,?\s+(?:and|&)\s+/)
    .filter((p) => /[a-z0-9]/.test(p));
  return parts.length === 2 ? parts : undefined;
}

/**
 * Two names joined by "and", "+" or "/" (two lines arrive joined by "/", see withHouseSpellings), or each ended by a
 * full stop: "FB6 governance + clear phase", "SPOC ask / SOC profiles guide", "LRO role. LRO training.".
 */
export function splitJoinedNames(text: string): string[] | undefined {
  const parts = text
    .split(/\s+[+/]\s+|\.\s+/)
    .map(clean)
    .filter((p) => /[a-z0-9]/.test(p));
  return parts.length === 2 ? parts : splitOnAnd(text);
}
