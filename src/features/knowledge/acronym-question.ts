/**
 * Recognises a question about what a term stands for or means ("what does SIO stand for", "chb stands for
 * what", "rocu - what does the acronym mean", "what's vawg short for", "pup meaning", "what do the letters
 * CHB stand for", "GAIN is an acronym for what", "what does morile abbreviate", "what's HMICFRS in full",
 * "can you spell out SWROCU", "expand RDT", "GAIN acronym in full", "spoc abbrev", "who or what is the RDT", "spoc mean", "the SOC in SOC CC short for") and returns the term.
 * Whether the term is in the glossary is for the caller to decide.
 */
const PATTERNS: RegExp[] = [
  /^(?:what|whats)(?: does| do| is)? (?:the )?(?:acronym |abbreviation |term |letters (?:in )?)?(.+?) (?:stand for|stands for|mean|short for|shorthand for|abbreviate|abbreviates|an abbreviation (?:of|for)|an acronym (?:of|for))$/,
  /^(.+?) is (?:short|shorthand|an acronym|an abbreviation) for what$/,
  /^(?:what|whats) (?:is|are) (?:the )?(?:meaning|definition) of (.+)$/,
  /^(?:define|definition of|meaning of) (.+)$/,
  /^(?:what|whats)(?: is| are)? (?:an? |the )?(.+?) in full$/,
  /^(?:(?:what|whats)(?: is| are)? )?(?:the )?full (?:name|title|term|form) (?:behind|of|for) (.+)$/,
  /^(.+?) (?:(?:what|whats)(?: is| are)? (?:the|its) )?full (?:name|title|term|form)$/,
  /^who or what (?:is|are) (?:an? |the )?(.+)$/,
  /^(?:can you |how (?:do|would|can) (?:you|i|we) )?(?:spell out|expand) (?:the |what )?(.+?)(?: stands for| means)?$/,
  /^(.+?) (?:acronym |abbreviation )?in full$/,
  /^(.+?) (?:can you )?spell (?:that|it) out(?: for me)?$/,
  /^what counts as (?:an? )?(.+)$/,
  /^(.+?) (?:what (?:does|do|are)|whats) (?:the )?(?:acronym|abbreviation|letters|it|that|they) (?:mean|stand for|short for|an acronym for|an abbreviation for)$/,
  /^(.+?) (?:is (?:that|it|this) )?(?:stands? for what|stands? for|short for|meaning|means?|definition|acronym|abbreviation|abbrev|abbr|abbrv)(?: (?:something|anything))?$/,
];

/** Where a term was met says nothing about what it is: "in the briefing", "from this pack". */
export const WHERE_MET = String.raw`(?:in|on|from|for) (?:the|this|a|our) (?:[a-z0-9]+ ){0,2}?(?:briefing|documents?|docs?|slides?|pack|papers?|chat|glossary|materials?|guidance|context|block|section|strand|phase|bit|part|tables?|log|minutes|emails?|portfolio|programme|framework|agendas?)`;
const WHERE_MET_AT_END = new RegExp(String.raw` ${WHERE_MET}$`);
/** Nor do the people who use it: "the PCC people keep mentioning", "SOC CC that everyone talks about". */
const WHO_USES_IT =
  / (?:that |which )?(?:people|everyone|everybody|they|partners|colleagues|officers) (?:keeps?|kept|are|were|always|talks?|mentions?|says?|uses?)(?: [a-z]+){0,3}$/;

/** The field a term belongs to says nothing about what it is: "in general", "in policing", "in CHB terms". */
export const IN_A_FIELD = String.raw`in (?:general|policing|(?:chb|4p|police|policing) (?:terms|speak|language))`;
const FIELD_AT_END = new RegExp(String.raw` ${IN_A_FIELD}$`);

/** Nor do the examples it was met in: "what does FB mean in FB1, FB2 etc". */
const EXAMPLES_AT_END = / (?:as )?in (?:fb|block) ?\d+(?: (?:and |or )?(?:fb|block)? ?\d+)*(?: etc)?$/;

/**
 * Asides and courtesies that say nothing about the term, nor does having met it: "lol what does morile even stand for",
 * "kindly tell what is full form of SOC", "keep seeing LRO on the CSP papers - what does it stand for".
 */
const FILLER =
  /^(?:(?:lol|ngl|tbh|ok|okay|so|sorry|hi|hiya|hey|quick one|daft question|silly question|sorry but|kindly|please|pls|plz|tell(?: me)?|(?:i |we )?(?:keep|kept) (?:seeing|hearing|getting)|(?:i |we )?(?:saw|seen|noticed|spotted|came across)) )+|(?<= )(?:even|actually|exactly|really|again) /g;

/** "GAIN - government agency what?", "SRO is senior responsible what": the words guessed so far start the term's letters. */
const GUESS_CUT_SHORT = /^([a-z0-9&]+) (?:is |means |stands for )?((?:[a-z]+ ){2,4})what$/;

function guessCutShort(s: string): string | undefined {
  const m = GUESS_CUT_SHORT.exec(s);
  const initials = m?.[2]
    .trim()
    .split(' ')
    .map((w) => w[0])
    .join('');
  return m && initials && m[1].startsWith(initials) ? m[1] : undefined;
}

export function acronymAsked(text: string): string | undefined {
  const s = text
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim()
    .replace(/^(?:in|on|from) (?:the|this) (?:briefing|document|slides?|pack|paper) /, '')
    .replace(WHERE_MET_AT_END, '')
    // Nor does the field it belongs to: "what does SPOC mean in general", "what does PUP stand for in policing".
    .replace(FIELD_AT_END, '')
    .replace(WHO_USES_IT, '')
    .replace(EXAMPLES_AT_END, '')
    // What letters stand for is the same wherever they are used: "what does RDT stand for in SWROCU".
    .replace(/ (stands? for|short for)( what)? in (?!(?:that|this|the|a|an|our|it)\b)[a-z0-9]+(?: [a-z0-9]+)?$/, ' $1$2')
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const re of PATTERNS) {
    const m = re.exec(s);
    // "FB in the briefing stands for what", "the SOC in SOC CC": where it was met is not part of the term.
    if (m?.[1])
      return m[1]
        .replace(WHERE_MET_AT_END, '')
        .replace(/ in (?!full$).+$/, '')
        .replace(/ (?:acronym|abbreviation)[ -]?wise$/, '')
        .trim();
  }
  return guessCutShort(s);
}
