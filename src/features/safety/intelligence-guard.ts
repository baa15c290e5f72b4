/**
 * The one intelligence guard for free text a user can make the bot store, post or repeat
 * (forms, reasons, notes, references, names, search queries). Officers must not put
 * intelligence into LRO Assist: police-system checks, named people, dates of birth,
 * addresses, vehicles, phone numbers or e-mail addresses. It looks for request phrases and
 * for the shapes of personal data, and is tuned to let ordinary requests through
 * ("disruption options for OCG Kestrel with the council", "FB4", "BS5", MoRiLE scores).
 */
import { AppError } from '../../errors';
import { CHAT_SHORTHAND } from './chat-shorthand';
import { namesAPerson } from './person-names';
import { visibleText } from './visible-text';

/** What kind of intelligence was found; a code for logs, never the text itself. */
export type IntelligenceKind = 'police-system' | 'check-request' | 'person' | 'date-of-birth' | 'vehicle' | 'address' | 'phone' | 'email' | 'identity-number';

/** What the person is told instead; it names no part of what they typed. */
export const INTELLIGENCE_REFUSAL =
  'This looks like intelligence or personal details (a police-system check, a named person, a date of birth, an address, a vehicle, a phone number or an e-mail address). LRO Assist must not keep or pass these on, so nothing was saved or sent. Use your force systems for intelligence and checks, and describe the support you need without personal details.';

/** The shorter form shown next to a form field; the text was removed from the field. */
export const INTELLIGENCE_FIELD_ERROR =
  'Removed: this looked like intelligence or personal details. Describe the support you need without names, dates of birth, addresses, vehicles, phone numbers or e-mails; use your force systems for intelligence.';

// Lower-cased patterns (the text is folded first). Systems that are also English words
// ("niche", "athena") count only where they read as the system.
const POLICE_SYSTEM = [
  /\b(pnc|pnd|crimint|ipnd|police national (computer|database)|(?<!\b(?:just another|another|not an?|isnt an?|like an?) )intel(ligence)? (system|database|log)s?)\b/,
  /\b(on|from|via|through|check|checks|checked|search|searched|against) niche\b(?! (areas?|markets?|roles?|skills?|interests?|topics?|tactics?|questions?|issues?|products?|groups?|cases?|work)\b)/,
  /\bniche (rms|records?|entr(y|ies)|occurrences?|checks?|search(es)?|look ?ups?|nominals?|refs?|reference|(crime |incident |intel )?data)\b/,
  /\b(?:does|do|did|will|would|can|could) niche (?:hold|have|show|say|return|give|tell)\b|\bniche (?:holds|has|shows|says|returns|gives) (?:on|about|for)\b/,
  /(?<!\b(op|operation) )\bathena\b/,
  /\b(storm logs?|storm incidents?|5x5x5|5x5|3x5x2)\b|\b(?:check|checked|search|searched|pull) storm\b/,
  /\b(dvla|anpr|experian|ppo|mappa) (checks?|search(es)?|lookups?|trace|history|hits?|data|on|for|against)\b/,
];

/** "who owns the car", not "the officer who owns the plan" or "what is a 4P plan and who owns it". */
const WHO_OWNS_WHAT = String.raw`who owns(?! what\b| (?:it|them)\b(?<=\b(?:plans?|strands?|strateg(?:y|ies)|reviews?)\s*(?:,|-|–|\?|and)\s*(?:so )?who owns (?:it|them))| (?:the |a |an |our |my |their |this |that )?(?:[\w-]+ )?(?:plans?|sites?|strands?|actions?|tasks?|reviews?|process|work|budget|strategy|strategies|objectives?|oversight|governance|risks?|relationships?|partnerships?|programmes?|projects?|portfolios?|boards?|decisions?|profiles?|baselines?|evaluations?|outcomes?|roles?|responsibility|responsibilities)\b| (?:soc|chb|organised crime|4 ?p)\b)`;

const CHECK_REQUEST = [
  /\b(run|do|carry out|conduct|request|complete|need|want)(\s+\w+){0,3}?\s+(checks?|searches|lookups?|look-ups?|traces?|vetting)\s+(on|against|for|into)\b/,
  // "run the number from the seized handset through the system": a check, however the thing is described.
  /\brun (?:\w+ ){1,6}?through (?:the |our |your |a )?(?:systems?|pnc|pnd|niche|athena|intel|databases?|indices)\b/,
  /\b(check|trace|look up|lookup|screen|vet|research)(\s+\w+){0,2}?\s+(nominals?|suspects?|subjects?|the (males?|females?|individuals?|persons?)|(his|her|their) (address|vehicle|car|phone|mobile|associates?|history)|(phone|mobile|burner) numbers?|number plates?|registrations?)\b/,
  new RegExp(
    String.raw`\b(background checks?|criminal (record|history|records)|previous convictions|warning markers?|(is|are) wanted (on|for)|wanted (on|for) (anything|a warrant|warrants?|recall)|outstanding warrants?|registered keeper|keeper of|${WHO_OWNS_WHAT}|owner of the (car|vehicle|van|phone))\b`,
  ),
];

/**
 * "Nominal" is the police word for a person of interest: kept out of what the bot stores, though a question may use it
 * for the work ("which nominals go under Pursue"). "took out the main nominals", "warrants on the main nominals" and "4 key nominals charged" say what was done, not who: the removal words keep it from counting.
 */
const NOMINAL =
  /(?<!\b(took|taken|take|taking|removed|remove|removing|arrested|arresting|nicked|nicking|lifted|lifting|jailed|charged|charging|convicted|sentenced|locked up|disrupted|warrants? on|raids? on)( out)?( all| \d+| some| most| several| two| three| four| five| six)?( of)?( the)?( main| key| top| lead| principal)? )\bnominals?\b(?! (fee|sum|amount|cost|charge|rent|value)s?\b)(?! (?:(?:are|were|have been|got|all|now) ){0,2}(?:remanded|charged|arrested|jailed|convicted|sentenced|in custody|inside|nicked|locked up)\b)/;

/** A title before a name, or a street name in quotes between a first name and a surname ("Darren 'Taz' Example"). */
const PERSON_CASED = /\b(Mr|Mrs|Miss|Ms|Mstr)\.? [A-Z][a-z]+|\b[A-Z][a-z]+ ['‘"“][A-Z][A-Za-z]+['’"”] [A-Z][a-z]+/;
const PERSON = [
  /\b(aka|a\.k\.a\.?|nicknamed|street name)\b/,
  /\b(male|female|man|woman|boy|girl|lad|suspect|subject|person|individual|youth|juvenile|offender|associate|dealer|runner|supplier|pupil|student|kid|bloke|guy|brother|sister|cousin|son|daughter|mother|father|boyfriend|girlfriend)s? (named|called|known as|going by)\b/,
  /\b(whereabouts of|intel(ligence)? on (a |the )?(male|female|man|woman|suspect|individual))\b/,
];

const DATE_OF_BIRTH = [
  /\b(dates? of birth|d\.?o\.?b\.?s?\b|born (on|in)|born \d)/,
  /\b(male|female|man|woman|boy|girl|lad|suspect|subject|nominal|he|she|he is|she is|who is),? aged? \d{1,2}\b/,
];

// A full date whose year makes it a birth date rather than a meeting: 1920 to 2014, or a two-digit 30–99.
const MONTH = String.raw`(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)`;
const BIRTH_YEAR = String.raw`(19[2-9]\d|200\d|201[0-4])`;
const BIRTH_DATE = [
  new RegExp(String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-](${BIRTH_YEAR}|[3-9]\d)\b`),
  new RegExp(String.raw`\b${BIRTH_YEAR}[/.-]\d{1,2}[/.-]\d{1,2}\b`),
  new RegExp(String.raw`\b\d{1,2}(st|nd|rd|th)?( of)? ${MONTH},? ${BIRTH_YEAR}\b`),
  new RegExp(String.raw`\b${MONTH} \d{1,2}(st|nd|rd|th)?,? ${BIRTH_YEAR}\b`),
];

// Vehicle registrations. Current plates (AB12 CDE) in capitals or run together; older prefix
// (A123 BCD) and suffix (ABC 123D) plates in capitals; any plate-like token after a vehicle word.
const VEHICLE_FOLDED = [
  /\b[a-z]{2}\d{2}[a-z]{3}\b/,
  /\b(reg|regs|registration|vrm|index|plates?|number plate|vehicle|car|van|motorbike|moped)\b[^.]{0,20}?\b([a-z]{2}\d{2} ?[a-z]{3}|[a-z]\d{1,3} ?[a-z]{3}|[a-z]{3} ?\d{1,3}[a-z])\b/,
];
// A vehicle told by its colour and make ("the silver Audi", "a white Transit") points to one vehicle; "a white van" does not.
const VEHICLE_DESCRIBED =
  /\b(black|white|silver|grey|gray|red|blue|green|yellow|orange|gold|maroon|purple) (audi|bmw|merc|mercedes|ford|vauxhall|vw|volkswagen|toyota|nissan|honda|kia|hyundai|peugeot|renault|citroen|fiat|skoda|volvo|land rover|range rover|tesla|lexus|jaguar|porsche|transit|corsa|fiesta|astra|golf|polo|focus|clio|octavia|qashqai|juke)s?\b/;
const PARTIAL_PLATE = /\bpartial (reg|registration|vrm|plate|index)\b/;
const VEHICLE_CASED = [/\b(?!FB)[A-Z]{2}\d{2} ?[A-Z]{3}\b/, /\b[A-Z]\d{2,3} ?[A-Z]{3}\b/, /\b[A-Z]{3} ?\d{2,3}[A-Z]\b/];

const STREET = String.raw`(street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|crescent|terrace|gardens|grove|mews|way|place|court|walk|row|square|parade|hill|rise|view)`;
const NOT_A_STREET_WORD = String.raw`(?!(on|at|in|to|near|around|along|off|of|the|and|for|with|from|by|per|a|an|weeks?|days?|months?|people|officers?|partners?|visits?|meetings?|sites?|plans?|years?)\b)`;
const ADDRESS = [
  // A year is not a house number, and a quoted title ("'No Place to Hide'") is not a street.
  new RegExp(String.raw`\b(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?,? (${NOT_A_STREET_WORD}[a-z][a-z'-]* ){1,2}${STREET}\b`),
  /\b(flat|apartment|apt) \d+[a-z]?\b/,
  // "his mum's flat on Elm Road": a home on a named street, with no number.
  new RegExp(
    String.raw`\b(?:flat|house|home|address|property|garage|lock-?up|maisonette|bungalow) (?:on|in|off) (?:the )?(${NOT_A_STREET_WORD}[a-z][a-z'-]* ){1,2}${STREET}\b`,
  ),
  /\b(lives at|living at|resides at|residing at|home address|current address|his address|her address|their address|(?<!(web|website|site|e-?mail|ip) )(?:address|addr) (is|of|for)(?! (the |our |their |a )?(\w+ )?(microsite|website|web ?site|site|portal|page|hub)\b)|stays at|staying at)\b/,
];
// Full postcodes (district plus inward code). District alone ("BS5") is fine. Lower-case inward
// codes that read as ordinals ("FB1 3rd") are not postcodes.
const POSTCODE_CASED = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/;
const POSTCODE_FOLDED = /\b[a-z]{1,2}\d[a-z\d]? ?\d(?!(st|nd|rd|th)\b)[abd-hjlnp-uw-z]{2}\b/;

const PHONE = /(\+44 ?\(?0?\)? ?|\b0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b/;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+/;
const IDENTITY_NUMBER = [
  /\b(national insurance|ni number|nino|passport number|driving licen[cs]e number|nhs number)\b/,
  /\b[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b/,
];

/** Lower case, with look-alike characters and hidden spacing folded so they cannot slip past. */
function fold(text: string): string {
  return visibleText(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * The first kind of intelligence found in `text`, or undefined when it reads as ordinary. A bare full name counts
 * here, in text that is kept, but not in a question (see findIntelligenceRequest), which may ask about the people
 * the knowledge base names.
 */
export function findIntelligence(text: string): IntelligenceKind | undefined {
  return findIntelligenceDetails(text) ?? (NOMINAL.test(fold(text)) ? 'check-request' : namesAPerson(text) ? 'person' : undefined);
}

/** As findIntelligence, but a nominal mentioned without details does not count. */
function findIntelligenceDetails(text: string): IntelligenceKind | undefined {
  if (!text) return undefined;
  const cased = visibleText(text).replace(/\s+/g, ' ');
  const lower = fold(text);
  const any = (patterns: RegExp[], s: string) => patterns.some((p) => p.test(s));
  if (any(POLICE_SYSTEM, lower)) return 'police-system';
  if (any(CHECK_REQUEST, lower)) return 'check-request';
  if (any(DATE_OF_BIRTH, lower) || any(BIRTH_DATE, lower)) return 'date-of-birth';
  if (any(VEHICLE_FOLDED, lower) || VEHICLE_DESCRIBED.test(lower) || PARTIAL_PLATE.test(lower) || any(VEHICLE_CASED, cased)) return 'vehicle';
  if (any(ADDRESS, lower) || POSTCODE_CASED.test(cased) || POSTCODE_FOLDED.test(lower)) return 'address';
  if (PHONE.test(lower)) return 'phone';
  if (EMAIL.test(lower)) return 'email';
  if (any(IDENTITY_NUMBER, lower)) return 'identity-number';
  if (any(PERSON, lower) || PERSON_CASED.test(cased)) return 'person';
  return undefined;
}

export function containsIntelligence(text: string | undefined): boolean {
  return !!text && findIntelligence(text) !== undefined;
}

/** The fields of a form whose text carries intelligence, in the order given. */
export function fieldsWithIntelligence<K extends string>(values: Partial<Record<K, string>>, fields: readonly K[]): K[] {
  return fields.filter((f) => containsIntelligence(values[f]));
}

/** Throws the `input.intelligence` refusal when `text` carries intelligence, before it is looked up, stored or repeated. */
export function refuseIntelligence(text: string | undefined): void {
  if (containsIntelligence(text)) throw new AppError('input.intelligence', INTELLIGENCE_REFUSAL);
}

// Requests for intelligence in a question (the knowledge base answers questions; these are refused there).

const CHECK_VERB = String.raw`(run|check|checks|checking|search|look ?up|lookup|trace|pull(?! together)|screen|vet)`;
const CHECK_TARGET = String.raw`(burners?|handsets?|sim cards?|number(?= (?:against|through) )|name|names|person|individual|nominals?|suspects?|subjects?|vehicles?|car|cars|van|vans|reg|registration|vrm|(number )?plates?|address|addresses|postcode|house|flat|phone|mobile|dob|date of birth|records?|previous( convictions)?|convictions?|associates?|(warning )?markers?|background)`;
/** "check a name", "run this vehicle", "look up the previous convictions for ...": wider than CHECK_REQUEST, for questions. */
const CHECK_REQUEST_WORDS = new RegExp(
  String.raw`(?<!\bstop (?:and |& )?|\b(?:way|how) to |\bhow (?:do|should|can) (?:i|we|you) )\b${CHECK_VERB}\b(\s+\w+){0,3}?\s+${CHECK_TARGET}\b(?! apps?\b)`,
);

/** Ownership, residence and identity questions about specific people, vehicles or numbers. */
const WHO_OWNS = new RegExp(
  String.raw`\b(${WHO_OWNS_WHAT}|owner of|registered keeper|keeper of|who lives at|lives at|home address(?:es)?|current address(?:es)?|whose (phone|mobile|number|car|van|vehicle|address|house)|where does (?!(?:it|that|this)\b)[a-z]+( [a-z]+)? live|background check|criminal record)\b`,
);

/** Asking for intelligence about someone or something; the subject is checked against domain words. */
const INTEL_ABOUT =
  /\b(intel|intelligence|markers?|what (?:do )?(we|you) (know|have))\s+(?:in |put in |(?:been )?(?:logged|recorded|submitted|raised|put|held) )?(on|about|re|regarding|for|against)\s+(.+)$/;
/** "intel about a pupil", "anything on a company": no one in particular, unless named ("a lad called ..."). */
const SOMEONE_UNNAMED = /^(?:an?|any|some) (?!.*\b(?:called|named|known as|calling (?:themselves|itself)|calls? (?:themselves|itself)|goes by|going by)\b)/;
/** "what intel does the ROCU hold"; not what intelligence a profile or block needs or uses. */
const INTEL_HELD =
  /\b(what|any|which)\s+(intel|intelligence)\s+(do|does|have|has|is|exists?)\b(?! (?:[\w-]+ ){0,5}(?:needs?|needed|requires?|required|uses?|used|includes?|go(?:es)? into|feeds? into|draws? on)\b(?! (?:on|about)\b))|\b(?:what|any|which) (?:intel|intelligence) (?:\w+ ){1,3}(?:holds?|has|have|got|keeps?)\b|\b(latest|current|recent|fresh) (intel|intelligence|int)\b/;
/** "what do we hold on ...", "everything we hold on ...", "has the ROCU got anything on ...": what is held on someone or something. */
const HELD_ON =
  /\b(?:(?:what|anything|much) (?:do|does|have|has|did) (?:we|you|they|anyone|police|(?:the )?(?:rocu|swrocu|nca|force|council|dwp|hmrc)) (?:already )?(?:hold|held|got|have)|(?:everything|all|whatever) (?:we|you|they|the rocu|police|intel|intelligence) (?:hold|holds|have|have got|has|has got)|(?:what|anything) (?:the )?(?:rocu|swrocu|nca|force|council|dwp|hmrc|dvla|police|(?:other )?agencies|partners) (?:already )?(?:holds?|has|have|has got|have got|keeps?)) on (.+)$/;
/** "pull whatever intel there is on ...", "all the info we have about ...", "whatever intel the regional unit holds on ...": what is held on someone or something. */
const INTEL_ON =
  /\b(?:whatever|all the|all|any|the) (?:intel|intelligence|info|information)(?: (?:there is|theres|we have|we hold|you have|is held|(?:the |our |your )?(?:[\w-]+ ){1,3}(?:holds?|has|have|keeps?|has got|have got)))? (?:on|about) (.+)$/;
const GOT_ANYTHING_ON = /\b(?:got|have|hold|holding) (?:anything|much|owt|any ?thing) (?:on|about) (.+)$/;
/** "has anyone flagged the address", "log a sighting", "store this vehicle": reports and flags about people, places and vehicles. */
const FLAGGED =
  /\bflagged (the|this|that|an?|his|her|their) (?:\w+ )?(address|house|flat|vehicle|car|van|phone|number|male|female|person|lad|lets?|business|premises|shop|firm|garage|yard|pub|club)\b|(?<!\b(?:report|review|inspection|inspectorate|evaluation|hmicfrs) )\bflagged\b.{0,40}\b(as|up as)\b(?! (?:an? )?(?:too |very |overly |quite |a bit |common |real |big |known |recurring |wider |general )?(?:pursue|prevent|protect|prepare|(?:top|\w+)[- ]heavy|unbalanced|lopsided|overdue|incomplete|out of date|problems?|issues?|concerns?|gaps?|weakness(?:es)?|strengths?|innovative|good|best|promising|notable|smarter|effective|priority|priorities|contradictions?|inconsistenc(?:y|ies)|discrepanc(?:y|ies)|errors?|mistakes?)\b)|\b(log|record|submit|pass on|report) (a |an |the |this |that )?(sighting|int(el)? report|intel(ligence)?(?! (system|log)s?\b)|5x5)\b|\badd (?:this |it |that )?to (?:the )?(?:intel|intelligence)\b|\b(?:log|record|store|save|keep|note) (?:this|that|these|those|the following) (?:vehicle|car|van|motor|reg|registration|plate|address|phone|mobile|number|nominal|person|name)s?\b/;
/** "do a check on ...", "run a search for ...". */
const DO_A_CHECK = /\b(do|run|carry out|conduct) (an? |some )?(check|checks|search|searches|trace|lookup|look up)\b/;

/** "... from Weston-super-Mare": where someone is from, between a name and what they are said to be in. */
const FROM_PLACE = String.raw`(?: from [a-z-]+(?: [a-z-]+){0,2})?`;
/** "... is linked to an OCG", "... part of the county lines": placing someone in a criminal group. */
const IN_A_GROUP = String.raw`(?:a member of|in|part of|linked to|involved (?:in|with)|associated with|running) (?:(?:an? |any |the )?(?:[a-z]+ ){0,2}?(?:ocgs?|gangs?|county lines?|drug lines?|organised crime groups?)|the (?!(?:working|user|capability|steering|lro|soc|regional|network|partnership|community|support|peer|focus|governance|local|voluntary|faith|residents|youth|chb|gold|silver|bronze|same|other|organised)\b)[a-z]+ (?:group|lot|boys|crew|firm))\b`;
/** Whether a specific person belongs to, or leads, a criminal group. */
const GROUP_MEMBERSHIP = new RegExp(String.raw`\bis ([a-z]+(?: [a-z]+)?)${FROM_PLACE} ${IN_A_GROUP}`);
/** "is Jordan Example's flat on the estate being cuckooed": what is happening at a named person's home. */
const HOME_OF_NAMED =
  /\bis ((?!(?:the|a|an|our|my|their|this|that|it)\b)[a-z]+(?: [a-z]+)?) (?:flat|house|home|address|place|property) (?:(?:on|in|at) (?:the )?(?:[a-z]+ ){1,3})?(?:being |been )?(?:cuckooed|used|taken over|raided|searched|watched)\b/;
/** "is Jordan Example on our system as a runner", "is Jordan Example from Redmoor on any OCG mapping". */
const ON_RECORDS = new RegExp(
  String.raw`\bis ((?!(?:there|it|this|that|he|she|the|a|an|our|my)\b)[a-z]+(?: [a-z]+)?)${FROM_PLACE} (?:on|in) (?:our|the|your|police|any) (?:\w+ )?(?:systems?|records?|databases?|files?|indices|mapping|matrix|lists?)\b(?! (?:panels?|meetings?|process|templates?|groups?|boards?)\b)`,
);
/** Whom a strand, phase or plan is for ("who is Prevent aimed at - the OCG members or ...") asks about the work, not the people. */
const NAMED_GROUP_MEMBERS =
  /(?<!\b(?:aimed|targeted|directed) at )\b(who(?! (?:is|are|does|do) (?:the |a )?(?:pursue|prevent|protect|prepare|clear|hold|build|it|this|that|(?:\w+ )?(?:strand|phase|block|plan)) (?:aimed|targeted|directed|meant|intended|for|target|aim)\b)|which people|names? (?:of|for))\b.{0,40}\b(members?|nominals?|heads?|leaders?|boss|main players|dealers?|runs?|running)\b/;
/** "has X got previous", "does she have convictions", "has a police record". */
const HAS_PREVIOUS =
  /\b(got|has|have|with) (any |a )?(previous|previous convictions|convictions|criminal history|(police|criminal) records?|(?:intel|intelligence|warning|firearms|weapons|violence|drugs|pnc|pnd) markers?)\b/;
/** "he's linked to an OCG", "is she on a county line", "her son is in an OCG": someone (unnamed here, perhaps named elsewhere) placed in a group. */
const RELATION = String.raw`(?:sons?|daughters?|brothers?|sisters?|partners?|mum|dad|mother|father|tenants?|child|children|kids?)`;
const PLACED_IN_GROUP = new RegExp(
  String.raw`\b(?:hes|shes|theyre|he is|she is|they are|is he|is she|(?:his|her|their|my|our|the|a) ${RELATION} (?:is|are)) (?:on (?:an? |the )?(?:county|drug|deal) lines?\b|${IN_A_GROUP})`,
);
/** "is X known to you", "are they known to police", "is our tenant X known to police"; not "the OCG is well known to us", which names no one. */
const KNOWN_TO = new RegExp(
  String.raw`\b(?:is|are) (?:(?:our|my|their|a|the) (?:neighbours?|clients?|pupils?|students?|residents?|lodgers?|patients?|${RELATION}) )?((?!(?:well|widely|already|very|quite|fairly|pretty|all|not|also|too|long|generally)\b)[a-z]+(?: [a-z]+(?:-[a-z]+)?)?) (?:known|flagged|on file) (?:to|by|with) (?:you|us|police|the police|anyone|the rocu|rocu|swrocu|intel|the (?:\w+ ){0,3}(?:unit|team|council|police)|any (?:of (?:the |our |your )?)?(?:\w+ ){0,2}(?:partners?|agenc(?:y|ies)|forces?|units?))\b`,
);
/** "Jordan Example from Exampleton is linked to an OCG"; not "her son is in an OCG", which names nobody. */
const NOT_A_NAME = String.raw`(?!(?:which|what|who|whos|the|a|an|any|this|that|it|he|she|they|we|i|you|think|reckon|believe|suspect|owners?|landlords?|managers?|person|man|woman|lad|bloke|guy|family|years?|yrs?|old|there|someone|anyone|ocgs?|gangs?|groups?|crews?|lines?|his|her|their|my|our|your|${RELATION})\b)`;
/** One or two words that may be someone's name, captured; not after an article ("the applicant is linked to an OCG" names no one). */
const A_NAME = String.raw`((?<!\b(?:the|an?) )${NOT_A_NAME}[a-z]+(?: ${NOT_A_NAME}[a-z]+)?)`;
const A_GROUP = String.raw`(?:ocgs?|gangs?|groups?|crews?|firms?|lines?)`;
/** "is Jordan Example a known associate of the Bramble Lane group". */
const ASSOCIATE_OF = /\bis ([a-z]+(?: [a-z]+)?) (?:an? )?(?:known |close )?(?:associate|affiliate|member|runner|enforcer|lieutenant) of\b/;
/** "store this: Jordan Example, associate of the Eastgate boys": a name set beside its part in a group. */
const NAMED_AS_ASSOCIATE = new RegExp(
  String.raw`(?:^|[:;,.-]) ?(?!(?:are|is|was|were)\b)${A_NAME},? (?:an? )?(?:known |close )?(?:associate|affiliate|member|runner|enforcer|lieutenant) of\b`,
);
/** "what phone number is Jordan Example using", "which address does Jordan Example use": a named person's number, address or car. */
const DETAILS_OF_NAMED = new RegExp(
  String.raw`\b(?:what|which) (?:phone |mobile )?(?:numbers?|phones?|mobiles?|address(?:es)?|cars?|vehicles?|motors?|vans?) (?:is|are|does|do) ${A_NAME} (?:using|use|on|driving|drive|living at|staying at)\b`,
);
/** "what addresses have we got for Jordan Example": what is held on a named person. */
const HELD_FOR_NAMED = new RegExp(
  String.raw`\b(?:what|which|any) (?:addresses|address|phone numbers|numbers|vehicles|cars|regs?) (?:have|has|do|does|did) (?:we|you|they|police|the police) (?:got |have |hold )?(?:for|on) ${A_NAME}`,
);
/** "list the vulnerable people being exploited by the OCG": who the victims are. */
const VICTIMS_LISTED =
  /\b(?:list|name|who are|give me|show me) (?:all )?(?:the )?(?:vulnerable )?(?:people|persons|adults|children|kids|young people|victims|users) (?:who are |that are )?(?:being )?(?:exploited|cuckooed|groomed|used)\b/;
/** "Jordan Example is the main enforcer for the Brislington group": a named person's part in a group. */
const ROLE_IN_GROUP = new RegExp(
  String.raw`\b${A_NAME} (?:is|was|s) (?:the |a |their )?(?:main |top |chief |head )?(?:enforcer|runner|dealer|supplier|lieutenant|boss|money man|muscle) (?:for|of|in|with) (?:the )?(?:[a-z]+ ){0,2}(?:groups?|ocgs?|gangs?|crews?|firms?|lines?)\b`,
);
/** "which OCG is Jordan Example in", with the name at the end of the question or its clause: the group a named person belongs to. */
const GROUP_OF_NAMED = new RegExp(
  String.raw`\bwhich ${A_GROUP} (?:is|are|was|were) ${A_NAME} (?:in|part of|with|linked to|running with)(?: these days| now| currently| at the moment| nowadays)?(?:$|[,;?]| (?:and|or|but)\b)`,
);
const GROUP_RUN_BY = new RegExp(
  String.raw`\b${A_GROUP}(?: (?:is|are|was|were))?(?: being)? (?:run|led|headed|controlled|fronted)(?: (?:out of|from) [a-z]+(?: [a-z]+)?)? by ${A_NAME}`,
);
/** "the group that Jordan Example runs". */
const GROUP_SOMEONE_RUNS = new RegExp(String.raw`\b${A_GROUP} (?:that|which) ${A_NAME} (?:runs|leads|heads|controls|fronts)\b`);
const PERSON_IN_GROUP = new RegExp(String.raw`\b${A_NAME}${FROM_PLACE} (?:is|are) ${IN_A_GROUP}`);
/** The one or two words after "is" that may be someone's name, captured: not an article, pronoun or "anyone". */
const NAMED_SUBJECT = String.raw`is ((?!(?:the|a|an|our|it|this|that|there|he|she|anyone|someone)\b)[a-z]+(?: [a-z]+)?)`;
/** "is Jordan Example still supplying the Swindon group", "still mapped as a principal", "still inside": a named person's part or status now. */
const NAMED_STILL = new RegExp(
  String.raw`\b${NAMED_SUBJECT} still (?:supplying|dealing (?:to|for|with)|selling (?:to|for)|working (?:for|with)|running (?:for|with)|involved (?:with|in)|linked (?:to|with)|part of|(?:mapped|listed|recorded|flagged|scored|graded) as|inside|in (?:prison|jail|custody)|locked up|on remand)\b`,
);
/** "is Jordan Example or Sam Example running the Kingsdown line": who runs a group or line, asked of named people. */
const NAMED_RUNNING = new RegExp(
  String.raw`\b${NAMED_SUBJECT}(?: or [a-z]+(?: [a-z]+)?)? (?:running|controlling|heading|supplying|behind) (?:the |that |this )?(?:[a-z]+ ){0,2}(?:lines?|groups?|gangs?|ocgs?|crews?|firms?)\b`,
);
/** "Jordan Example is supplying the Hartcliffe group", "is Jordan Example more senior than Sam Example", "is Jordan Example OCG?": a named person's part or standing in a group. */
const NAMED_PART = new RegExp(
  String.raw`\b${A_NAME} (?:is|are) (?:still )?(?:supplying|dealing for|selling for|working for|running|controlling|heading) (?:the |that |this )?(?:[a-z]+ ){0,2}${A_GROUP}\b|\b${NAMED_SUBJECT} (?:more|less) (?:senior|important|influential|powerful|high up|higher up) than\b|^is ${A_NAME} (?:an? )?(?:ocg|gang|crew)(?: member| nominal| linked)?$`,
);
/** "how many disruptions have we logged against Jordan Example": the actions taken against a named person. */
const ACTIONS_AGAINST_NAMED = new RegExp(
  String.raw`\b(?:disruptions?|arrests?|charges?|seizures?|warrants?|orders?|actions?|interventions?|outcomes?|stops?)\b(?: \w+){0,4} against ${A_NAME}(?:$|[,;?.]| (?:this|last|so|since|in|for|and|or)\b)`,
);
/** "is Jordan Example the 2nd in command of the Tiverton group": a named person's rank in a group. */
const RANK_IN_GROUP = new RegExp(
  String.raw`\bis ${A_NAME} (?:the |a |their )?(?:main |top |chief |head |second |2nd |number (?:two|2) )?(?:enforcer|runner|dealer|supplier|lieutenant|boss|leader|head|money man|muscle|in command|number (?:two|2)) (?:for|of|in|with) (?:the )?(?:[a-z]+ ){0,2}(?:groups?|ocgs?|gangs?|crews?|firms?|lines?)\b`,
);
/** "was Jordan Example arrested in the Clear phase", "has Jordan Example been disrupted": what happened to a named person. */
const NAMED_ARRESTED =
  /(?:^|[.?!] )(?:was|were|has|have|did) ((?!(?:the|a|an|our|any|all|we|you|i|it|this|that|there|they|he|she|anyone|anybody|someone|somebody|everyone)\b)[a-z]+(?: [a-z]+)?) (?:been |get |got )?(?:arrested|charged|nicked|remanded|convicted|bailed|sentenced|jailed|released|disrupted|targeted|raided|searched|interviewed)\b/;
/** "does Jordan Example or Sam Example head up the Southmead group": who of the named heads a group. */
const NAMED_HEADS = new RegExp(
  String.raw`\b(?:does|do|did) ${A_NAME}(?: or [a-z]+(?: [a-z]+)?)? (?:head up|heads? up|head|run|lead|control|front) (?:the |that |this )?(?:[a-z]+ ){0,2}${A_GROUP}\b`,
);
/** "how many times has Jordan Example been arrested": a named person's record. */
const ARRESTS_OF_NAMED = new RegExp(
  String.raw`\bhow (?:many times|often) (?:has|have|was|were|did) ${A_NAME} (?:been |got |get )?(?:arrested|charged|nicked|stopped|convicted|reported)\b`,
);
/** "is X still active in <town>", "is X still active"; not "the group is using (the flat) for dealing in". */
const STILL_ACTIVE =
  /\b(?:is|are) ((?!(?:using|being|used|we|you|i|already|currently|now|also|all)\b)[a-z]+(?: [a-z]+){0,3}) (?:(?:still )?(?:active|operating|dealing|working|about|around) (?:in|around|on|across)\b|still (?:active|operating|dealing)$)/;
/**
 * "which groups should I know about operating in my ward", "if any OCGs are exploiting kids at the schools in <town>",
 * "is there an OCG operating in <place>", "the current threat picture for OCGs in <town>": groups active somewhere,
 * with nobody named.
 */
const GROUPS_ACTIVE_IN =
  /\b(?:if|are|r|are there) any (?:(?:organised )?crime groups?|ocgs?|gangs?|crews?)\b.{0,40}\b(?:operating|active|dealing|running|supplying|cuckooing|exploit(?:ing|in)|groom(?:ing|in)|recruit(?:ing|in)|targeting)\b.{0,30}\b(?:in|into|around|on|at|across|through|out of|from) \w|\b(?:which|what|wot|wat)(?: organised crime| (?!(?:community|voluntary|faith|residents?|support|youth|partner|partnership)\b)\w+)? (?:groups?|ocgs?|gangs?|crews?)\b.{0,40}\b(?:operating|active|dealing|running|runs|controls?|controlling|supplying|moving|move|coming|setting up|behind|cuckooing|exploiting|grooming|recruiting|selling|pushing|trafficking)\b.{0,30}\b(?:in|into|at|around|on|across|through|out of|from) \w|\b(?:list|give me|show me|name|tell me|any)\b.{0,20}\b(?:ocgs|gangs|crews|(?:organised )?crime groups)\b.{0,30}\b(?:active|operating|running|dealing|mapped|identified|known|based|recorded)\b|\bwhich (?:ward|area|estate|town|street|neighbourhood|part)\b.{0,40}\b(?:most|highest|worst)\b.{0,20}\b(?:ocg|gang|drug|county lines?|organised crime)\b|\b(?:(?:is|are) there (?:an?|any)|(?:current|latest|live|up to date) (?:threat )?(?:picture|assessment|position) (?:for|of|on)) (?:(?:organised )?crime groups?|ocgs?|gangs?|crews?)\b.{0,40}\b(?:operating|active|dealing|running|supplying|moving|setting up)\b.{0,30}\b(?:in|into|around|on|across|through) \w|\b(?:is|are) (?:the|that|this) (?:\w+ ){0,2}(?:ocg|gang|crew|crime group|line|firm)s? (?:in|at|from|on|round|around) [a-z]+(?: [a-z]+){0,2} (?:still )?(?:active|operating|running|dealing|going|about|around)\b/;
/** "check if Jordan Example ...", "find out whether ...": a check, when the text names someone. */
const CHECK_WHETHER = /\b(?:check|find out|tell me|see|confirm) (?:if|whether)\b/;
/** "log this: Jordan Example seen at ...", "has anyone reported Jordan Example for ...": a sighting, a report or a note to keep, when the text names someone. */
const REPORTS_SOMEONE =
  /\b(?:seen|spotted|sighted|clocked|observed)\b|\b(?:log|record|note|store|save|keep) (?:this|that|it)\b(?! (?:going|up|in mind|simple|short|brief|running|alive|moving|in the loop))|\b(?:add|put) [a-z]+(?: [a-z]+)? (?:to|under|in|into|on) (?:the|our|my|his|her|their|pursue|prevent|protect|prepare)\b|\bpass on to\b|\bpass (?:this|that|it) on\b|\bha(?:s|ve) (?:just |recently )?moved (?:to|into|in)\b|\breported [a-z]+(?: [a-z]+)? (?:for|to (?:the )?police)\b/;
/**
 * "does X have links to the OCG", "intel linking X to the OCG", "where X has been nicked at", "any GAIN result back on X", "a hit back from HMRC on X",
 * "records on X", "my target list: X, Y": about someone, when the text names them.
 */
const ABOUT_SOMEONE =
  /\b(?:links?|linked|connections?|connected|ties|tied) (?:to|with)\b|\b(?:linking|connecting|tying|placing|putting) \w+(?: \w+)? (?:to|with)\b|\bbeen (?:nicked|arrested|charged|stopped|raided|searched) (?:at|in|with|for|before|previously|near)\b|\bthe same (?:person|guy|bloke|man|woman|lad|nominal|one) as\b|\bflagged\b|\bmarkers?\b|\bassociates\b|\ba member of\b|\b(?:exploited|groomed)\b|\bhigher up\b|\bmore of a (?:risk|threat)\b|\b(?:come|came|coming) back as an? (?:\w+ )?hit\b|\b(?:higher|highest|lower|more|most|greater|bigger) (?:harm|risk|threat)\b|\bmain (?:enabler|player|dealer|nominal)\b|\bstill (?:running|dealing|active|involved|operating)\b|\b(?:results?|hits?|returns?|anything) (?:back )?(?:from (?:the )?\w+ )?(?:on|for|about)\b|\b(?:requests?|referrals?|enquiry|enquiries) (?:in )?(?:on|about|against)\b|\b(?:check|checks|search|searches|trace|lookup) (?:on|against|into)\b|\bon (?:the|our|their|an?|any|your) .{0,40}\b(?:list|map)\b|\bthrough (?:the |our |your |a )?(?:police )?(?:computers?|systems?|pnc|pnd|niche|databases?)\b|\bcome up (?:as|on|in|with|at)\b|\b(?:feature|features|featured|appear|appears|appeared|show up|shows up|showed up|shown up|mentioned) (?:in|on) (?:any |the |our |police |your )*(?:intel|intelligence|records?|systems?|logs?|reports?)\b|\b(?:head|leader|boss) of (?:the|that|this|their|an?) (?!(?:lro|soc|chb|gold|silver|bronze|working|user|regional|rdt|gain)\b)(?:\w+ )?(?:group|gang|ocg|crew|firm|line|network)\b|\bon (?:the |our |your |their |anyones |anybodys |someones )?(?:police |intel )?radar\b|\bvisitors (?:late|at night|all night)\b|\b(?:storing|holding|stashing|minding|hiding) (?:the |their |his |her )?(?:cash|money|drugs|gear|weapons?|guns?)\b|\b(?:got|had|have) (?:info|intel|information|word) that\b|\bbeen released\b|\b(?:back|already) out\b|\bcame back (?:from (?:the )?\w+ )?(?:on|for|about)\b|\bback at (?:his|her|their)\b|\b(?:girlfriend|boyfriend|partner|wife|husband|brother|sister|son|daughter|cousin|mate) of (?:our|the|their|an?) (?:\w+ ){0,2}(?:ocg|gang|nominal|target|head|boss|dealer)\b|\bis (?:he|she|they) involved\b|\bpart of (?:an?|the|that|this|their) (?:\w+ ){0,2}(?:group|gang|crew|firm|network|ocg)\b|\b(?:records?|files?|data|details) (?:on|about) (?!(?:the|our|their|any|all|what|how|gain|chb|soc)\b)[a-z]+ [a-z]+|\btarget list\b|\bprioriti[sz]e (?:them|these|those|him|her)\b|\blooked (?:at|into)\b|\b(?:one of|among) (?:the )?(?:people|ones|men|women|lads|nominals|suspects|members|dealers|targets) (?:(?:you|we|they|that|who) )?(?:\w+ )?(?:arrested|nicked|charged|remanded|picked up|locked up|jailed|targeted)\b/;
/** "seen handing packages over": a sighting is intelligence even when nobody is named. */
const SIGHTING =
  /\b(?:seen|spotted|sighted|clocked) (?:handing|dealing|selling|passing|exchanging|carrying|meeting|going into|entering|leaving|hanging around|outside)\b|\b(?:keeps|kept) (?:dropping off|turning up|pulling up|calling round|parking|parked up|hanging around) (?:at|outside|near|by)\b/;

/**
 * A group by its name ("the Danvers OCG", "the Fictional Five OCG", "OCG Kestrel", "Quill's crew"): what the bot
 * holds on it is intelligence. Capitals after a lower-case word are a name; one that starts the text ("Rival OCGs
 * moved in") is not, unless it is a possessive.
 */
const NAMED_GROUP =
  /(?:(?<=\b[a-z]+ )([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:OCG|Ocg|ocg|[Gg]ang|[Cc]rew|[Ff]amily|[Bb]rothers|[Bb]oys)|\b(?:OCG|Ocg|ocg) ['‘"“]?([A-Z][a-z]+)['’"”]?(?=\W|$)|\b([A-Z][a-z]+)(?:'s|s'|’s) (?:OCGs?|ocgs?|[Gg]ang|[Cc]rew|[Ff]irm|[Ff]amily|[Ll]ine|[Nn]etwork|[Gg]roup|[Ll]ot|[Bb]oys))\b/;
/** "is anyone dealing from the park": dealing somewhere now, with nobody named. */
const DEALING_THERE =
  /\b(?:is|are) (?:anyone|anybody|someone|somebody) (?:still )?(?:dealing|selling|supplying|pushing)\b.{0,20}\b(?:from|in|at|on|around|near|out of|outside)\b/;
/** "who is dealing drugs in ...", "who supplies the X group". */
const WHO_DEALS =
  /\bwhos? (?:has )?(?:taken|took) over (?:the )?(?:dealing|supply|selling|drugs?|lines?|market|patch|turf)\b|\bwhos?\b.{0,20}\b(selling|dealing|supplying|running|moving|pushing) (the )?(drugs|cocaine|heroin|cannabis|crack|spice|ketamine|weed|gear|county lines)\b|\bwho(?:s| is| are)? (?:cuckooing|exploiting|grooming)\b|\bwho(?:s| is| are)? (?:the )?(?:main |biggest |big |top |local |new )?(?:drugs? |cocaine |coke |heroin |crack |cannabis |weed |gear )?(?:supplier|dealer|seller|pusher)s? (?:in|on|at|around|round|near|for|into)\b|\bwho(s| is| are)? (selling|dealing|supplying|pushing)(?= (in|on|at|round|around|to|into|from|near|out of|them|him|her|the (?:\w+ )?(?:lines?|gear|drugs|market|estate|area|town|dealers|runners|users))\b|$)|\bwho(?:s| is)? (?:actually |really |currently |now )?(?:runs|controls|running|controlling) the (?:['‘"“]?\w+['’"”]? ){0,2}(?:county |drug |deal )?(?:drugs|gear|lines?|supply|drug market|market)\b|\bwho(?:s| is)? (?:actually |really |currently |now )?(?:runs|controls|running|controlling) (?:drugs|gear|county lines|drug lines)\b|\bwho(?:s| is)? (?:actually |really |currently |now )?holding the (?:['‘"“]?\w+['’"”]? )?(?:(?:line|deal|graft|drug) ){0,2}(?:phones?|burners?)\b|\bwho(?:s| is| are)? (?:using|running|operating|behind) the (?:['‘"“]?\w+['’"”]? )?(?:deal|drug|drugs|county|graft) (?:lines?|phones?|numbers?)\b|\bwhich (?:ocg|gang|crew|firm|family)s? (?:has got|has|have got|have|holds?|controls?|owns?|runs?|is running|is holding) the (?:[\w-]+ ){0,2}(?:county )?lines?\b|\bwho(?:s| is)? (?:supplies|supplying|suppling) (?!(?:the |our |their )?(?:[a-z]+ )?(?:training|funding|data|support|venue|room|materials?|templates?|figures|chair|information|guidance|resources?|analysts?|officers?|staff|lros?|partners?|councils?|forces?)\b)\w/;
/** "is the X line still running into <town>", "is our OCG linked to the one over the border"; not who "I" am working with. */
const LINE_RUNNING = /\blines?\b.{0,20}\b(still )?(running|operating|active|going|working|runs?|operates?) (into|in|to|from|through|out of)\b/;
/** "'Big T' runs the group out of the Anchor": who runs a group, and where from. */
const RUNS_GROUP_FROM = /\b(?:runs?|running|controls?|controlling) the (?:group|gang|ocg|crew|firm|line)s? (?:out of|from)\b/;
/** "there's a line running into the site - which ROCU team deals with that?": which capability helps, not which line. */
const ASKS_FOR_A_CAPABILITY =
  /\b(?:rocu|swrocu|regional)\b.{0,40}\b(?:teams?|capabilit(?:y|ies)|units?|heading|capability groups?)\b|\b(?:teams?|capabilit(?:y|ies)|units?|heading)\b.{0,40}\b(?:rocu|swrocu|regional)\b/;
const GROUPS_LINKED =
  /\b(ocgs?|gangs?|crews?|lot|boys|firm|nominals?|line|group(?= (?:were|we are|weve been|ive been|im) (?:targeting|looking at|after|investigating|working on)))\b[^.?!]{0,40}\b(linked|connected|tied in|associated|(?<!\b(?:i|im|we|you)\b.{0,25})working) (to|with)\b/;
/** "are the nail bars on the high street linked to an OCG": whether particular places or businesses are tied to a group. */
const PLACES_LINKED =
  /\b(?:is|are) (?:the |any |those |these |that |this )?(?:\w+ ){1,3}(?:on|in|at|near|around|by) (?:the |our )?(?:\w+ ){1,3}(?:linked|connected|tied|tied in) (?:to|with) (?:an? |the |any )?(?:ocgs?|gangs?|crews?|county lines?|organised crime)\b/;
/** "who does X knock about with": someone's associates. */
const ASSOCIATES =
  /\bwho (does|do|is|are|did) .{1,30} (knock(ing)? about|hang(ing)? (about|around|out)|associate|associating|run(ning)? about|mix(ing)?) with\b|\bwho associates with\b/;
/**
 * Someone's status, whereabouts, means and kit: "is X out on licence", "are they carrying", "what car is X using".
 * Bail and licence count when asked ("is X on bail", "check if X is on licence"), not when told as the
 * plan's situation ("the main players are all on remand now, what stage are we in"); "what number do I ring" asks
 * how to reach a service, not someone's phone.
 */
const PERSON_STATUS =
  /(?:^|[.?!,;:] |\b(?:and|so|but|why|when) )(?:is|are|was|were|has|have)\b.{0,40}\b(?:out on|on) (?:licen[cs]e|bail|tag|remand|recall)\b|\b(?:which|who) (?:of )?(?:the |our |their )?(?:\w+ ){0,8}(?:are|is) (?:currently |still |now )?(?:out on|on) (?:licen[cs]e|bail|tag|remand|recall)\b|\b(?:if|whether)\b.{0,40}\b(?:out on|on) (?:licen[cs]e|bail|tag|remand|recall)\b|\bhas (?!the |a |an |this |that |our |your |it )[a-z]+(?: [a-z]+)? been released\b|\b(?:released from|out of) (?:prison|jail|custody|hmp|hmyoi)\b|\b(?:is|are)\b.{0,40}\b(?:carrying(?! out\b)|armed|tooled up)\b|\baccess to (?:a )?(?:firearms?|guns?|weapons?)\b|\bchanged (?:his|her|their) (?:phone|number|car|address|motor)\b|(?<!\b(?:blocks?|fbs?|phases?|strands?|list|order|asks?)\b.*)\bwhat (?:cars?|vehicles?|vans?|motors?|number|phone|mobile) (?:is|are|does|do)\b(?! (?:i|we|you)\b)(?! (?:the )?(?:soc ccs?|swrocu|rocu|rdt|gain|lro network|drop ?ins?|out of hours|(?:community )?coordinators?)\b)(?!.*\b(?:blocks?|fbs?|phases?|strands?|list|order|asks?)\b)|\bwhich (?:cars?|vehicles?|vans?|motors?) (?:is|are|does|do)\b|\b(?:is|s|are) driving (?:a|an) \w+ now\b|\b(?:anyone|someone|who|he|she|they)(?: new)?(?:s| has| have)? moved (?:into|in)\b/;
/** "was the Marsh Lane crew involved in the stabbing", "is the Pryce family connected to the OCG": a group, named by words that are not topic vocabulary, tied to an incident or another group. */
const GROUP_INVOLVED =
  /\b(?:was|were|is|are) (?:the )?([a-z]+(?: [a-z]+)?) (?:crew|gang|ocg|group|firm|lot|boys|family) (?:more )?(?:involved|behind|responsible|active|dangerous|violent|(?:connected|linked|tied|associated) (?:to|with))\b/;
/** "the harlow family - are they on the police's list": a family or crew named, then asked after. */
const GROUP_THEN_ASKED = /\bthe ([a-z]+) (?:family|crew|gang|ocg|firm|lot|boys)\b\W+(?:are|is) (?:they|it) (?:on|in|known|linked|connected|involved|flagged)\b/;
/**
 * Which group someone belongs to or tops a ranking, groups' people by name, and which group was taken out of a site
 * or is back: "which OCG is X part of", "OCGs by name", "which OCG tops the MoRiLE list".
 */
/** "which ocg in barnstaple", "which gangs are around Yeovil", "which ocg county lines taunton": the groups in a place, asked in few words. */
const GROUPS_IN_PLACE =
  /^which (?:ocgs?|gangs?|crews?|groups?|lines?) (?:(?:is |are )?(?:in|at|around|near|operating in|active in)|(?:county lines?|drugs?|dealing|selling)(?: (?:in|at|around|near))?) (?:the )?([a-z]+(?: [a-z]+)?)$/;
const WHICH_GROUP =
  /\b(?:two|three|2|3|both|rival) (?:ocgs|gangs|crews|groups|firms)\b.{0,60}\b(?:which (?:one|of them|is)|compare|vs)\b.{0,40}\b(?:bigger|biggest|larger|largest|violent|dangerous|active|powerful|stronger)\b|\bwhich (?:ocg|gang|crew|firm|family|line)\b.{0,50}\b(?:part of|belongs?|member|in with|behind|runs|controls|affiliated|associated)\b|\bwhich (?:ocg|gang|crew|firm|family)s? (?:is |are )?(?:using|uses?|used|laundering|launders)\b|\b(?:list|names?) of (?:known |the |all )?(?:ocg |gang )?(?:members|nominals|dealers|players)\b|\b(?:ocgs?|gangs?|groups?|nominals?|members|targets|families)\b.{0,40}\bby name\b|\bnicknames?\b|\b(?:which|what) (?:ocg|gang|crew|firm)s? (?:tops?|(?:is|are) (?:the )?(?:top|highest))\b|\b(?:ocgs?|gangs?|crews?|dealers)\b.*\bnames?,? (?:pls|please|plz)\W*$|\bwhich (?:ocg|gang|crew|firm|group)s? (?:was|were|got|has been|have been) (?:cleared|removed|taken out|dismantled|disrupted|targeted|locked up)\b|\bwhich (?:ocg|gang|crew|firm|group|lot|family)s? (?:has |have |is |are )?(?:moved|moving|stepped|stepping|come|coming) (?:in|into|up)\b|\b(?:any of )?(?:its|their) (?:members|nominals|players|dealers) (?:are |is )?(?:back|still around|returning|returned)\b/;
/** Places and phones of a trade: stash and trap houses, cuckooed addresses, deal phones, runners' routes. */
const TRADE_PLACES =
  /\b(?:trap|stash) ?houses?\b|\b(?:which|what) (?:addresses|flats|houses|properties) (?:are|is) being cuckooed\b|\b(?:deal|graft|burner) (?:phones?|lines? numbers?|numbers?)\b|\b(?:what|which)(?:s| is)? (?:the )?(?:current |new |latest )?(?:phone |mobile )?(?:number|phone|mobile)\b(?! of).{0,40}\b(?:deal|drug|drugs|county|graft) lines?\b|\bwhat(?:s| is)? (?:the )?(?:current |new |latest )?(?:phone |mobile )?(?:number|phone|mobile)\b.{0,20}\bthe \w+ line (?:is )?(?:running|using|operating)\b|\b(?:number|mobile|phone) (?:for|of) (?:whoever|the (?:[a-z]+ )?(?:(?:deal |county )?line )?(?:person|guy|bloke|lad|man|woman|one|runner|dealer|courier|kid))\b|\b(?:number|mobile|phone|burner|handset|sim|reg|registration|plate)s? (?:ending|ends|starting|starts|beginning|begins)(?: in| with)? \d{2,}\b|\b(?:number|mobile|phone) (?:for|of|on) (?:the |a |their |that )?(?:deal|graft|drug|county) line\b|\bwho (?:its|it is|this is|that is|(?:the|that|this) (?:number|phone|mobile) is) (?:attributed|registered) to\b|\b(?:what|which) (?:phone|number|mobile|handset)s? (?:is|are) (?:the |their )?['‘"“]?(?!(?:swrocu|rocu|rdt|gain|soc|drop|help|contact|office|duty)\b)\w+['’"”]? line on\b|\b(?:what|which) (?:phone |mobile |burner )?(?:number|phone|mobile)s? (?:is|are|do|does) (?:the |that |this )?.{0,30}\b(?:ocg|gang|crew|firm|group|line)s? (?:using|use)\b|\b(?:number|mobile|phone)s? (?:(?:are|is) )?(?:linked to|tied to|attached to|behind|used by|attributed to|registered to) the (?:['‘"“]?\w+['’"”]? ){1,2}line\b|\bwhose (?:phones?|numbers?|mobiles?|handsets?|sims?)\b.{0,40}\b(?:lines?|ocgs?|gangs?|groups?|crews?|dealing)\b|\broutes? (?:the )?(?:runners|dealers|couriers)\b|\bwho (?:launders|washes money|cleans (?:the )?(?:money|cash)) for\b|\bwho(?:s| is| are)? (?:laundering|washing|cleaning) (?:the |their |its )?(?:money|cash)\b|\bwhich (?:\w+ ){0,3}(?:firms?|business(?:es)?|shops?|companies|premises|car wash(?:es)?|nail bars?|takeaways?|garages?|salons?|barbers?|pubs?|bars?|clubs?|cafes?) (?:\w+ ){0,4}(?:is|are) (?:the |our |their )?(?:ocg|gang|group|crew|line)s? (?:using|uses?)\b|\bwho(?:s| is| are)? (?:supplying|trafficking|bringing in) (?:the )?(?:workers|girls|women|kids|children|runners)\b|\b(?:cleaning|laundering|washing) (?:the )?(?:cash|money) through\b|\b(?:is|are) (?:the |that |this )?[a-z ]{1,40}? (?:laundering|washing|cleaning) (?:money|cash)\b|\bwho(?:s| is| are)? (?:running|controlling|using) (?:the )?(?:\w+ )?(?:flats?|houses?|addresses|properties)\b|\bwhere (?:is|are|do|does) .{0,40}\b(?:storing|store|keep|keeping|hide|hiding|stash\w*) (?:their |the |his |her )?(?:cash|drugs|money|gear|weapons?|guns?)\b/;
/** "is there an OCG in <town>, and who's in it": a group's people, asked after it is named. */
const WHO_IS_IN_IT = /\bwho(?:s| is| are)? (?:actually |really )?in (?:it|them|that one)\b/;
/**
 * "marsh lane crew - who's in it", "who's in the rival group": a crew, firm or group's people; "crew" alone ("the crew
 * who run the drop-ins") is no group, nor is a gold, silver, working or partnership group.
 */
const WHO_IN_CREW =
  /\b(?:crew|firm)\b\W+who(?:s| is| are)? (?:actually |really )?in (?:it|them|that one)\b|\bwho(?:s| is| are)? (?:actually |really )?in the (?!(?:gold|silver|bronze|working|user|steering|community|partner\w*|lro|regional|capability|governance)\b)(?:\w+ ){0,2}(?:group|gang|ocg|crew|firm)s?\b/;
/** "is the Marsh Lane crew's supplier still the bloke from Swindon": who holds a part in a group. */
const GROUP_ROLE_HOLDER =
  /\b(?:crew|gang|ocg|firm)s? (?:main |new |current )?(?:supplier|enforcer|boss|leader|money man|main man|number (?:two|2)|lieutenant|runner)s? (?:is |was )?(?:still|now|currently) (?:is |was )?(?:the|that|him|her|a)\b/;
/** "the Eastside crew ... who's at the top of it", "the 'Kenzo' line ... who's running it into Weston": who heads a crew or gang, or runs a line, named before. */
const WHO_HEADS_IT =
  /\b(?:crew|firm|ocg|gang)\b.*\bwho(?:s| is| are)? (?:at the (?:top|head)|in charge|the (?:boss|leader|head)|top dog|running (?:it|them|things))\b|\bline\b.*\bwho(?:s| is| are)? running (?:it|them) (?:into|out of|from)\b/;
/** "any GAIN hits", "the PNC hits", "any DWP hits", "was she a GAIN hit": what a check found is intelligence. */
const CHECK_HITS =
  /\b(?:any|the) (?:gain |pnc |pnd |dwp |hmrc |dvla |anpr |experian )?hits\b|\b(?:was|is|were|are) (?!(?:there|it|that|this)\b)\w+(?: \w+)? an? (?:gain|pnc|pnd|dwp|hmrc|dvla|anpr|experian) hit\b/;
/** "gain hit on jo example": what a check found on someone, named in any case. */
const HIT_ON = /\bhits? (?:on|for|against) (.+)$/;
/** "what's his phone number", in a text about a group: a member's details. */
const THEIR_DETAILS = /\b(?:his|her) (?:phone|mobile|number|car|vehicle|reg|motor)\b/;
/** Targeting particular people: "which of our targets should we go after first", "best way to catch <name>". */
const TARGETING =
  /\bwhich of (?:the|our|my|these|those) (?:targets|nominals|subjects|suspects|lads|boys|brothers)\b|\bwhich (?:houses|addresses|flats|properties|doors|premises|people|targets|nominals) (?:should|shall|do|would) (?:we|i) (?:hit|raid|target|go after|arrest|nick|spin|search|warrant)\b|\bwhich of (?:the|our|my) .{1,30}\b(?:should we|do we) (?:go after|arrest|nick)\b|\bbest way to (?:catch|nick|trap|take down) (?!up\b|the |an? |our |ocgs?\b|gangs?\b)\w+|\b(?:who|which (?:\w+ )?(?:groups?|ocgs?|gangs?|crews?|firms?))(?:s| is| are)? (?:controlling|controls|runs|behind|in charge of) the (?:drugs?|drug market|drugs market|market|supply|line|lines|gang)\b|\bwho(?:s| is| are)? (?:the )?(?:head|leader|boss|top dog|main man|kingpin|top boy)s? (?:of|in|behind|running) (?:the |this |that |our |their )?(?:[a-z]+ ){0,3}?(?:ocgs?|gangs?|crews?|firms?|lines?|networks?|groups?|crime famil(?:y|ies))\b|\b(?:his|her) (?:associates|assocaites|mates|girlfriend|boyfriend|address)\b|\b(?:are|is) (?:any of them|they|he|she)\b.{0,20}\binvolved (?:with|in) (?:the )?.{0,20}\b(?:lines?|gangs?|ocgs?|crews?|supply|dealing|drugs|organised crime|crime)\b/;
/**
 * Partners' and analysts' shapes: a child by age or school year, who a driver or tenant is, which streets,
 * families or pupils are involved, rankings of people by harm, network charts, whether the police know a
 * house, someone's risk level, cross-referencing addresses, laundering fronts.
 */
/** Places a group might use or front. */
const PREMISES = String.raw`(?:firm|business|company|premises|shop|garage|yard|scrapyard|pub|club|car wash|nail bar|takeaway|barbers?|salon|address|house|flat|holiday lets?|van|car)`;
const ABOUT_PEOPLE = [
  /\b(?:addresses|phone numbers|numbers|mobiles|cars|vehicles|regs|names|dobs|details) (?:of|for) (?:the |our |all (?:the )?|their )?(?:\d+ |two |three |four |five |six |main |key |top |known )*(?:players|nominals|members|dealers|suspects|targets|runners|principals|associates)\b/,
  /\b(?:line|number|phone|mobile)s? ending (?:in |with )?\d{2,}\b|\b(?:line|number|phone|mobile)s?\b.{0,30}\bends (?:in |with )?\d{3,}\b/,
  /\b(?:phone|mobile|contact) numbers?\b.{0,40}\b(?:deal|drugs?|dealing) lines?\b|\bphone numbers? of (?:the|that|this) (?:new |current |latest |main )?line\b|\b(?:handset|burner|graft|deal) (?:phone )?numbers? (?:for|of|on|used by)\b|\b(?:what|which) (?:phone |mobile )?(?:numbers?|phones?|mobiles?|handsets?) (?:is|are|does|do) (?!(?:i|we|you)\b).{0,40}\b(?:groups?|gangs?|ocgs?|crews?|firms?|brothers|family|lot|lads|boys|dealers?|runners?|nominals?|suspects?)\b.{0,30}? (?:using|use)\b/,
  /\battributed to (?:anyone|anybody|someone|somebody|him|her|them|a (?:person|nominal|suspect|name))\b|\bwho(?:s| is)? (?:the )?(?:\w+ ){0,3}attributed to\b/,
  /\b(?:the|our|my|this|that) \d{1,2}[- ]?(?:year[- ]old|yo)\b|\b[a-z]+ \(\d{1,2}\)|\baged \d{1,2}(?: and \d{1,2})?\b|\bin year \d{1,2}\b/,
  /\bwhat(?:s| is) known about (?:him|her|them|the (?:family|lad|man|woman|tenant|father|mother))\b|\bwho (?:else )?(?:lives|is living|stays|is staying) (?:there|at (?:the|that|this|his|her|their) (?:flat|house|address|property))\b|\b(?:flat|house|address|property|premises)\b.{0,40}\bwho(?:s| is| are)(?: in)? there\b|\bwho (?:the|that|this) (?:driver|bloke|guy|lad|man|woman|person|owner|tenant) (?:is|was)\b|\bwho(?:s| is| are)? (?:really )?(?:behind|at the head of) (?:it|this|that|them)\b/,
  /\bwhich (?:streets?|roads?|estates?|areas|wards|villages|parks|houses?|flats?|properties|addresses|families|family|tenants|pupils|kids|children|shops?|business(?:es)?|premises|drivers?|nail bars?|car wash(?:es)?|takeaways?|barbers?|salons?|pubs?|garages?|schools?)\b.{0,90}\b(?:slavery|trafficking|laundering|linked|connected|county lines|drugs?|dealing|dealers?|selling|supply|cuckoo\w*|exploited|groomed|recruited|running|moving|counterfeit|stash\w*|main problem|ocgs?|line|raid\w*|warrants?|warranted|searched|under (?:police |active |an? )?investigation|being investigated|surveillance|watched|looking at|targeted)\b/,
  /\bwhich (?:(?:young|vulnerable|local|older|elderly) )?(?:people|adults|residents|users|victims)\b.{0,90}\b(?:drugs?|dealing|dealers?|selling|supply\w*|cuckoo\w*|exploited|groomed|recruited|ocgs?|gangs?)\b/,
  /\bwhich of (?:the|our|my|these|those) .{1,40}\b(?:moving|dealing|selling|running|holding|supplying|exploited|laundering|fronting)\b|\b(?:houses|flats|addresses|properties|people|lads|kids|pupils|children|young people|tenants|residents|victims|families|dealers|nominals|members|cars|vans)\b.{0,60}\bwhich ones are (?:they|them)\b/,
  /\b(?:give me|list|show me|send me|what are|what) (?:the |all (?:the )?)?(?:phone |mobile )?numbers (?:are )?(?:linked|connected|tied|used) (?:to|with|by)\b|\bwho heads? up\b|\b(?:most|frequently|repeatedly) (?:arrested|charged|convicted|nicked|reported) (?:people|individuals|nominals|offenders|persons|residents|men|women|lads|youths|kids)\b|\b(?:rank|ranked|ranking)\b.{0,40}\b(?:members|individuals|nominals|people)\b|\brank (?:them|these|those)\b|\b(?:pull|get|give me|show me|list|what are|whats)\b.{0,30}\bscores? (?:for|of) (?:the |our |all )?(?:ocgs|groups|gangs|nominals)\b|\b(?:who|which \w+)(?:s| is)? (?:at the )?top of the (?:\w+ ){0,2}(?:list|table|rankings?|lines?|groups?|gangs?|ocgs?|crews?|networks?|tree)\b|\bwho (?:are|is) (?:the )?(?:\w+ )?(?:people|kids|children|young people|adults|victims|residents) (?:being )?(?:exploited|groomed|used|cuckooed|targeted)\b|\b(?:anyone|someone|any of them|he|she|they)\b[^.?!]{0,60}\b(?:been )?(?:seen|spotted|sighted) (?:back )?(?:in|around|at|on|near)\b|\bname (?:the |all )?(?:ocgs|organised crime groups|gangs|groups)\b(?! (?:in|of) the briefing)|\btop (?:\d+|three|five|ten) (?:individuals|people|nominals|members|ocgs|targets|families)\b|\b(?:top|highest) (?:morile[ -])?(?:scored|scoring|ranked|rated|harm) (?:ocgs|groups|gangs|nominals|individuals|families)\b|\btop (?:morile[ -])?(?:scored|scoring|ranked|rated|harm) (?:ocg|group|gang|nominal|individual|family) (?:in|around|across|near)\b|\brun by the same (?:people|group|family|ocg|gang)\b|\bwho(?:s| is| are)? (?:the )?(?:top|biggest|main|largest|worst|most (?:harmful|dangerous|active)) (?:ocg|gang|crew|dealer|firm|group|family|line)s? (?:in|on|around|at|across|near)\b/,
  /\b(?:network|association) (?:chart|map|diagram)s?\b|\bwho(?:s| is| are)? (?:really )?behind the (?:\w+ ){0,2}(?:grows?|dealing|drugs|nail bars?|car wash(?:es)?|barbers?|salons?|vape shops?|takeaways?|(?<!chb |gold |community )(?:shops?|business(?:es)?|premises|company|firm)(?! case)|lines?|supply|thefts?|burglar\w*|robber\w*|violence|stabbings?|shootings?|exploitation|attacks?)\b|\bwho(?:se)? (?:a |the |this |that )?(?:\w+ )?(?:number|phone|mobile|burner|car|van|vehicle|flat|house|account)s?(?: (?:ending|ending in|starting|starting with) \w+)? belongs? to\b|\bwho (?:are|is) the (?:youngsters|kids|lads|boys|men|people|ones|runners) (?:running|dealing|selling|holding)\b|\b(?:is|are) (?:the|this|that) (?:lad|man|woman|girl|boy|bloke|guy|kid|person|male|female)\b.{0,40}\b(?:linked|involved|connected|associated)\b|\b(?:name|list|put) (?:\w+ )?as (?:the |a |our )?(?:main )?targets?\b|\b(?:check|checks|request|search|trace) on (?:the|that|this|his|her|their) .{1,30}\b(?:come back|came back|returned|showed|found)\b|\bwho\b.{0,40}\b(?:is|are|s) (?:dealing|selling|supplying)\b(?! with\b| (?:the )?(?:training|support|funding|venue|room|materials?|data|figures)\b)|\bassociates of (?:the |this |that )?(?:guy|lad|man|woman|bloke|person|one|him|her)\b|\b(?:guy|lad|man|woman|bloke|one) (?:they|people) call\b|\b(?:list|name|give me|show me|(?<!\bhow\b.{0,30}|\b(?:to|we|i|they) )rank|summari[sz]e|give (?:me|us) (?:a|an) (?:summary|list|rundown|overview|breakdown|ranking) of) (?:the |all (?:of )?(?:the )?)?(?:list of )?(?:top |main |biggest |current )?(?:\d+ )?(?:ocgs|organised crime groups|gangs|nominals) (?:(?:that |which )?(?:swrocu|the rocu|(?:the )?police|we|you|they|(?:the|our) force) (?:are |is |have |has )?)?(?:currently |now |still )?(?:mapped|active|operating|targeting|targeted|investigating|in|on|around|across)\b(?! (?:the )?(?:briefing|pilots?|guidance|slides?|strategy|reports?)\b)|\bthreat (?:level|score|rating) (?:on|of|for) (?:the )?[a-z]+ (?:ocg|gang|crew|network|group|family|firm)\b|\btied in with\b|\bflag(?:ging)? (?:him|her|them)\b|\bon (?:the|our|their|your) (?:police |ocg |gang |intel |nominals? )+list\b|\b(?:is|are) .{1,40}\bon the (?:police |ocg |gang |intel )*(?:mapping|matrix)\b(?! (?:panels?|meetings?|process|templates?|groups?|boards?)\b)/,
  /\b(?:police|you|we|anyone) (?:already )?knows? about (?:that|this|the) (?:house|flat|address|car|van|man|woman|lad|person|family|shop)\b|\b(?:check|find out|see|confirm|tell me) (?:if|whether) .{1,80}\b(?:is|are) (?:\w+ )?(?:linked|connected|tied|involved) (?:to|with|in) (?:an? |the )?(?:organised crime|ocgs?|gangs?|county lines|drugs?|dealing|crime)\b|\b(?:list|name|show me|give me) (?:the |all )?(?:ocgs|groups|gangs|nominals|families|individuals)\b.{0,20}\b(?:highest|biggest|top|most harmful|worst)\b|\b(?:list|name|show me|give me|send me) (?:the |all (?:the )?)?(?:[\w-]+ )?(?:ocgs|(?:organised )?crime groups|gangs|crews|nominals)\b.{0,40}\bwith (?:their|the|its) (?:morile |harm |risk )?(?:scores?|rankings?|ratings?|tiers?)\b|\b(?:his|her|their) risk (?:level|score|rating)\b|\bcross[- ]?(?:reference|check) (?:them|these|those|the (?:addresses|names|list|nominals|people))\b/,
  /\b(?:money[- ]laundering|laundering) fronts?\b|\bowner on paper\b|\b(?:is|are) (?:he|she|they) (?:now )?being (?:used|exploited|groomed|run) by\b|\bwhere (?:is|will|would) (?:he|she)\b(?! (?:find|get|go|look|ask|start|send|book)\b)/,
  /\bnaming (?:him|her|them)\b|\bnaming the (?!(?:sro|lro|spoc|lead|chair|site|analyst|coordinator|gold|silver|bronze|partners?|blocks?|strands?|phases?)\b)|\bseen with known\b|\bknown (?:dealers|offenders|criminals|ocg members|drug users|users|addicts)\b|\b(?:addresses|names|numbers|details) of (?:the |all |any )?(?:known |local )?(?:drug users|users|addicts|dealers|suspects|nominals|members|offenders|tenants|young people|kids|children|victims)\b|(?<!\b(?:businesses|companies|premises|shops|fronts) )\bfronting for\b|\b(?:a|the) fronts? for\b|\bhold(?:ing|s)? (?:his|her|their|the) gear\b|\bi need names\b|\bgive (?:me|us) (?:the |their )?names\b|\bnames? of (?:every(?:one|body)|all (?:those|the people)|(?:the )?people|those|anyone) (?:who (?:were |was |got |have been )?|we |they )?(?:arrested|charged|nicked|convicted|remanded|targeted|raided)\b|\b(?:intel|intelligence|anything|info|information) (?:on|about) (?:an?|the|this|that|some) \w+(?: \w+)? (?:called|named|known as|calling (?:themselves|itself)|(?:who|that) calls? (?:themselves|itself)|goes by|going by)\b|\b(?:give|tell|send|list) (?:me |us )?their names?\b|\bwhat are their names\b|\bwhich (?:nominals|members|people|suspects|targets|dealers) (?:got|were|have been|was) (?:arrested|charged|nicked|remanded|convicted|released)\b|\bwho has stepped (?:in|into) the (?:vacuum|gap|void|space)\b|\b(?:who|which (?:\w+ )?(?:groups?|ocgs?|gangs?|crews?|dealers|nominals|families|people))(?:s| is| are| has| have)? (?:taken over|took over|moved in on|stepped into|filling|filled|fills) (?:the )?(?:drugs? )?(?:line|lines|market|patch|supply|turf|vacuum|gap|void|space|group|gang|ocg|crew|operation)\b|\b(?:who|which (?:\w+ )?(?:groups?|ocgs?|gangs?|crews?|people|individuals))(?:s| is| are)? (?:likely|going|about|set) to (?:step in|step up|take over|move in|fill the)\b|\bwho(?:s| is| are| has| have)? (?:stepped|stepping|moved|moving) (?:in|up) to (?:take over|run|fill)\b/,
  /\b(?:intel|intelligence|information|info)\b.{0,20}\bon (?:the )?(?:people|persons?|males?|females?|lads|men|women|kids|youths|dealers?|those|them|him|her)\b|\b(?:phone |mobile )?numbers? (?:that |which |do |does |did )?(?:the |their )?(?:\w+ )?(?:runners?|dealers?|gang|group|ocg|line|crew)s? (?:use|uses|used|take|takes)\b/,
  // "which dealers have moved into our CHB area": who is arriving somewhere.
  /\bwhich (?:\w+ )?(?:dealers|nominals|ocgs?|gangs?|crews?|lines|crime groups)\b (?:have |has |are |is )?(?:moved|moving|come|coming|relocated|relocating) (?:in|into|to|back)\b/,
  // "is the haulage firm on the estate known to SWROCU", "is the nail bar linked to any modern slavery investigations",
  // "is the silver hatchback that keeps parking outside the centre linked to the OCG", "is the corner shop selling vapes part of
  // an OCG": a particular place or vehicle checked.
  new RegExp(
    String.raw`\b(?:is|are) (?:the|that|this) (?:\w+ ){0,2}(?:${PREMISES}|hatchback|saloon|motorbike|moped|transit|pickup|lorry|4x4|suv)(?: \w+){0,10} (?:known (?:to|by)|flagged|on file|(?:one of )?the fronts?|a front|under investigation|being (?:looked at|investigated|watched)|on (?:the|your|their|police) radar|(?:(?:linked|connected|tied) to|part of) (?:any |an? |the )?(?:modern slavery|slavery|trafficking|county lines|drugs|dealing|ocgs?|gangs?|crews?|organised crime))\b`,
  ),
  // "drives a blue van", "the mill lane boys recruiting kids": what a particular person drives, what a group told by name does.
  /\b(?:drives|drove) an? (?:\w+ ){0,2}(?:van|car|motor|motorbike|bike|hatchback|saloon|4x4|transit)\b|\bthe (?!(?:local|main|same|other|new|whole|rival|older|younger|young)\b)[a-z]+ (?:[a-z]+ )?(?:boys|crew|lot|firm) (?:are |is |been )?(?:recruiting|grooming|exploiting|dealing|selling|running|cuckooing|using)\b/,
  // "whose it is and which group it's with", "who's the top person in the group the police raided": a vehicle's or group's people.
  /\bwhose (?:it|that|this) is\b|\bwhich (?:group|gang|ocg|crew|firm)s? (?:it|he|she|they)(?:s| is| are)? (?:with|in|part of|linked to|from)\b|\bwho(?:s| is| are) (?:the )?(?:top|main|head|lead|key) (?:person|people|man|woman|figure|player)s? (?:in|of|behind|running) (?:the|that|this) (?:(?!(?:working|user|steering|gold|silver|bronze|delivery|partnership|lro|capability|governance|strategic|tactical|task|project)\b)\w+ )?(?:group|gang|ocg|crew|firm|line)\b/,
  // "is using her flat to store drugs", "is anyone known to be using a car wash as a front": what someone does with a place
  // or vehicle; not an LRO's account of the plan ("we're stuck on an OCG using a car wash as a front").
  /\b(?:using|uses|used) (?:his|her|their) (?:flat|house|home|address|garage|shed|lock ?up|unit|car|van) (?:to|for) (?:store|stash|hide|keep|deal|sell|cut|bag|storing|stashing|hiding|keeping|dealing|selling)\b|(?:\b(?:known|suspected|believed|thought) to be |(?:^|[.?!,:;-] ?)(?:is|are) (?:[\w-]+ ){1,5}?)(?:using|running) (?:an? |the |their |his |her |that |this )(?:[\w-]+ ){1,3}as (?:an? |their |the )?fronts?\b/,
  // "someone told me there's a new dealer working near the school": a report of who deals where.
  /\b(?:theres|there is|there are) (?:an? |some )?(?:new |another |other )?(?:dealers?|runners?|lines?|gangs?|ocgs?|crews?) (?:working|dealing|operating|selling|running|active|hanging around|based)\b/,
  // "the group bringing cannabis in through the harbour": a particular group told by what it does.
  /\b(?:the|that|this) (?:group|gang|ocg|crew|firm)s? (?:bringing|importing|moving|smuggling|supplying) (?:\w+ )?(?:cannabis|cocaine|heroin|drugs|guns|firearms|weapons|people|workers|migrants)\b/,
  /\b(?:share|send|give (?:me|us)|show (?:me|us)) (?:the |your )?(?:current |latest )?(?:intelligence|intel) (?:picture|assessment|update|brief\w*)\b/,
  // "who are the main members of the group on our CHB site", "which of them have firearms markers".
  /\b(?:who are|whos in|list|name|give me) (?:all )?(?:the )?(?:members|nominals) (?:of|in) (?:the |our |their )?(?:ocgs|gangs|crews|organised crime groups)\b|\b(?:who are|whos in|list|name) (?:the )?(?:main |key |core )?members of (?:the|that|this) (?:(?!(?:gold|silver|bronze|working|user|steering|lro|partnership|governance|strategic|tactical)\b)\w+ )?group (?:on|in|at|from|around) (?:our|the|my)\b|\bwhich of (?:them|these|those)\b.{0,30}\b(?:markers?|flags?|convictions|previous|warrants?)\b/,
];

/**
 * "check him out", "the lad at number 14", "the van at no 12", someone's social media account or handle, who launders money
 * for a group: a person to look into, named or not.
 */
const SOMEONE_TO_CHECK =
  /\b(?:check|look|suss|sound) (?:him|her|them|this (?:person|lad|guy|man|woman|bloke)) (?:out|up)\b|\b(?:lad|man|woman|bloke|guy|family|people|house|flat|one|car|van|vehicle|motor) at (?:number|no\.?) ?\d+\b|\b(?:his|her|their|whose|gangs?|groups?|ocgs?|crews?|dealers?|lines?) (?:instagram|insta|snapchat|snap|tiktok|facebook|telegram|whatsapp|twitter) (?:account|profile|handle|page|username|group|channel)s?\b|(?:^|\s)@\w*[\d_]\w*|\blaunders? (?:money|cash) for\b/;

/** Asking the bot to keep someone's number, address, vehicle or name: never legal advice, always a refusal. */
const KEEP_DETAILS =
  /\b(?:save|store|keep|log|hold onto|hold on to) (?:the |this |that |these |those |their |his |her )?(?:(?:phone|mobile|deal line|burner|line) numbers?|regs?|registrations?|number ?plates?|(?:home )?address(?:es)?|(?:(?:ocg|gang|group|crew|members?|nominals?|suspects?|targets?|people|dealers?) )+names|(?<=(?:their|his|her) )names|names (?:of|for) (?:the |these |those |our |my )?(?:ocg |gang )?(?:members|nominals|suspects|targets|people|dealers))\b/;
/** Asking the bot to keep or pass on what it is told. */
const KEEP_THIS =
  /(?<!\b(?:i|we|cant|dont|cannot|not|never|couldnt) )\b(?:remember|hold onto|hold on to|keep hold of) (?:for me |for us )?(?:this|that|it)\b(?! (?:being|was|is|said|says)\b)|\b(?:recall|remember|repeat|remind me(?: of)?) what (?:i|we) (?:told|said to|gave|sent) you\b|\bwhat (?:intel|intelligence) (?:i|we|you) (?:logged|noted|recorded|stored|saved|put|passed|gave|sent|told)\b|\bwhat (?:did|has|have) (?:i|we|he|she|they|the \w+ worker|the (?:source|resident|neighbour|caller|informant|tenant|lad|girl|boy|man|woman|pcso)) (?:tell|told|say to|said to|send|sent) you\b|\b(?:store|save|log|record|file|keep|upload|add) (?:this|that|the following|my|our|some|these|new)? ?(?:intel|intelligence|int)\b|\b(?:store|save|log|record|keep|remember|note) (?:these|this|the|our|my) (?:\w+ ){0,2}(?:scores|ratings|rankings|nominals|names|addresses|numbers|regs|registrations)\b.{0,20}\b(?:for|of|on) (?:our|the|these|those|my) (?:ocgs|groups|gangs|nominals|targets|crews)\b|\b(?:store|save|log|file|keep) (?:this|that|it) (?:for later|for next (?:time|week|month)|away|somewhere|on file)\b|\b(?:note|jot)(?: (?:this|that|it))?(?: down)? for later\s*[:–-]|\b(?:record|note) (?:this|that)(?: for me| down)?\s*[:-]|\blog (?:it|this|that) (?:against|on|under) (?:them|him|her|the (?:\w+ )?(?:group|ocg|gang|nominal|crew|line))\b|\b(?:store|save|keep) (?:this|that)(?: for (?:me|us|(?:the|our|my) \w+))?\s*[:-]|\bwhat (?:was|were|is|are) the (?:\w+ ){0,2}(?:address|addresses|name|names|number|numbers|reg|details)\b.{0,30}\b(?:i|we) (?:gave|told|sent|passed|mentioned to) you\b|\b(?:record|log|note|store|save|keep) (?:this|that|it) as (?:intel|intelligence|a note|evidence)\b|\badd (?:this |that |it )?to (?:(?:the|your|my|our) )?(?:notes|log|records?|file|knowledge(?: base)?|kb|memory|database)\b|\b(?:paste|upload|send you|give you) (?:in )?(?:our|my|the|a|this) (?:\w+ ){0,2}(?:nominals?|names?|targets?) lists?\b|\b(?:add|put|make) (?:a )?note (?:to|in|on) (?:your|the|my|our) (?:records?|notes|log|file|system|database)(?: that\b|\s*:)|\badd (?:[a-z]+ ){1,3}as (?:an? |the )?(?:known )?(?:associates?|members?|nominals?|suspects?|targets?|subjects?) (?:of|to|in|for)\b|\bpass (?:it|this|that) (?:on )?to the (?:police|intel)\b|\b(?:store|save|log|record|note|keep) (?:this|that)\b.{0,60}\b(?:dealing|selling|supplying|running|carrying|holding|storing|stashing|hiding|minding|cuckoo\w*)\b|\b(?:dealing|selling|supplying|carrying|holding|storing|stashing|hiding|minding)\b.{0,60}\b(?:store|save|log|record|note|keep) (?:this|that|it)\b/;
/** "a source says ...": what a source reported is intelligence, whoever it is about. */
const SOURCE_REPORT =
  /(?:\b(?:a|our|my|the|one) |(?:^|[:;,.-]) ?)(?:chis |human |reliable |trusted )?sources? (?:says?|saying|said|tells?|telling|told|reckons?|reports?|reported|claims?|thinks?)\b|\b(?:got|had|received|have) a tip(?:-| )?(?:off )?that\b|\b(?:got|had|received|have) (?:info|information|intel|word)(?: that)? (?:an?|the|some) (?:\w+ ){0,3}(?:van|car|vehicle|male|female|man|woman|lad|bloke|person|people|family)\b/;
/** "list the members of the group", "members of the mill lane crew?", "what score has the OCG in <town> got": a group's people and standing. */
const GROUP_PEOPLE =
  /^members of (?:the |that )?(?:[a-z]+ ){1,2}(?:crew|gang|ocg|firm|boys)\b|\blist (?:the |all (?:the )?)?named (?:ocg |gang |group |crew )?members\b|\b(list|name|give me|tell me|need|who are|who were|which) (?:an? list of |the list of )?(all )?(the )?(members|nominals|names|associates|people|faces|players) (of|in) (the |our |my |this |that )?((?:(?!(?:gold|silver|bronze|working|user|steering|delivery|capability|partnership|lro|regional)\b)[a-z]+ ){0,2}?(?:ocg|gang|crew|firm|group)|line|family)\b|\bwho (?:are|were) (?:its|their) (?:members|nominals|associates|players|main players)\b|\bnames? of (?:the |its |their )?(?:top tier|main players|heads?|leaders?|members|nominals)\b|\benablers?\b.{0,40}\b(?:working for|behind|used by|linked to) (?:the|that|this|their|an?) (?:\w+ )?(?:ocg|gang|crew|group|firm)\b|\bwho (?:their|its) (?:\w+ )?enablers?\b|\bwhich (?:accountants|solicitors|lawyers|enablers)\b.{0,30}\b(?:using|use|uses|work for)\b|\b(?:list|name|give me|tell me|show me|which|who are) (?:all )?(?:the )?(?:ocg|gang|group|crew) (?:members|nominals|associates|players)\b|\bwho(?:s| is| are)? (?:actually |really )?in (?:the |that |this )?(?:\w+ )?(?:ocg|gang|crew|firm)\b|\bwho(?: else)?(?:s| is| are)? (?:actually |really )?(?:in|part of|involved in) (?:his|her|their) (?:\w+ )?(?:network|group|gang|crew|ocg|firm|circle|line|family)\b|\bmembership of\b.{0,30}\b(?:ocg|gang|crew|group|firm)\b|\bscores? (?:on|for|of) (?:the |that |this )(?:\w+ ){1,2}(?:ocg|gang|crew|group|nominal)\b|\bscores? (?:on|for|of) (?:the |that |this )(?:ocg|gang|crew|group|nominal) (?:in|on|from|(?:based|operating|active|running) in|we|were|weve|our|that|which|they|you|i|im) (?!before\b|after\b)\w|\bscores? (?:has|have|did|does|is|was) (?:the|that|this) (?:\w+ ){0,2}(?:ocg|gang|crew|group|nominal)s?\b(?! (?:needs?|has to|have to|gets?)\b)/;
/** "list the vehicles linked to the OCG": what a group has or uses. */
const GROUP_ASSETS =
  /\b(?:list|which|what|give me|show me|tell me|name) (?:are )?(?:the |all (?:the )?)?(?:(?:vehicles|cars|motors|vans|phones|numbers|addresses|properties|premises|businesses|companies|bank accounts)(?:,? (?:and|or) |, )?)+ (?:are )?(?:linked|connected|tied|associated|registered|belonging|used) (?:to|with|by) (?:the|this|that|our|their|an?) (?:\w+ )?(?:ocg|gang|crew|group|line|firm|network|target|nominal)s?\b/;
const GROUP_WORD = /\b(ocgs?|gangs?|county lines?|drug lines?|dealers?)\b/;
const GROUP_MEMBERS_IN = /\b(?:ocg|gang) members? (?:in|at|from|near|around) (.+)$/;
/** Which groups or people run crime in a place, in one sentence: intelligence even when nobody is named. */
const GROUP_ACTIVITY =
  /\b(which|what|who)\b[^.?!]{0,30}\b(ocgs?|gangs?|crews?|nominals?|dealers?|suppliers?|families|county lines?|drug lines?|(?:organised )?crime groups?)\b[^.?!]{0,30}\b(running|runs?|operating|operates?|active|control\w*|dealing(?! with| w\b)|deals?(?! with| w\b)|supplying|supplies|behind|working|targeted|being targeted|under investigation|investigated|mapped|listed|named|identified|most (?:harm\w*|dangerous|active|prolific|violent)|(?:highest|biggest) (?:\w+ )?(?:harm|threat|risk|scores?)|taken over|took over|fighting|feuding|competing|battling|cuckooing|exploiting|grooming|recruiting)\b/;
/** "how do we rank which crime groups are the biggest risk": how groups are assessed (MoRiLE), not which ones are. */
const HOW_TO_RANK =
  /^how (?:do|does|should|can|would|are|is) (?:i|we|you|they|forces?|police|analysts?|lros?)? ?(?:\w+ )?(?:(?:meant|supposed|expected) to )?(?:rank|assess|score|grade|prioriti[sz]e|measure|weigh up|judge|compare)(?:d|ed)? (?:which|what)\b/;
/** "he's the main dealer in our area", "X is top of the Y lot": someone's place in the trade, told about them. */
const THEIR_PART =
  /\b(?:hes|shes|he is|she is|theyre|they are) (?:the |a |our )?(?:main |top |local |big |biggest )?(?:dealer|supplier|runner|enforcer|boss|head|player|kingpin|principal|lieutenant|leader)s?\b|\bis (?:the )?(?:top|head|boss|leader) (?:of|in) (?:the |that |this )?(?:[a-z]+ ){0,2}(?:lot|gang|crew|ocg|firm|group|line|boys|family)\b/;
/** Who holds a place in the trade or heads a group: "who's the main dealer", "who were the main county lines runners", "who's running the main OCG", "who's the OCG behind the line". */
const WHO_MAIN =
  /\bwho(?:s| is| are) (?:the )?(?:ocg|gang|crew|firm)s? (?:behind|running|controlling|supplying|operating)\b|\bwho(?:s| is| are)? (?:the )?(?:main|biggest|largest|top|dominant|most active) (?:ocg|(?:organised )?crime group|gang|crew|firm)s? (?:in|around|across|on|operating in)\b|\bwho(?:s| is| are)? (?:the |his |her |their )?(?:main|biggest|top|key|head|local)? ?(?:dealers?|suppliers?|nominals?|players?|runners?|faces?|enforcers?|muscle|boss|bosses|lieutenants?|top boys?|principals|ringleaders?|kingpins?)\b|\bwho (?:are|were) (?:the )?(?:main|key|top|big) (?:[a-z]+ ){0,2}(?:players|faces|names|nominals|runners|dealers|suppliers)\b|\b(?:which|what) (?:ones|of them|of those|of the \w+) (?:are|were|is) (?:the )?(?:main|key|top|big) (?:players|faces|names|nominals)\b(?=\s*$|.{0,30}\b(?:intel|intelligence|ocgs?|gangs?|crews?|group|arrested|nicked)\b)|\bwho(?:s| is| are)? (?:actually |really |currently |now )?(?:heads|headed|heading|led|leads|leading|ran|runs|running)(?: up)? (?:the |that |this |our |their )?(?:main |biggest |local |[a-z]+ [a-z]+ )?(?:crime group|criminal group|organised crime group|gang|ocg|crew|firm|(?<=(?:main|biggest|top) )group)s?\b(?! (?:mapping|plans?|management|scor\w*|lists?|process|meetings?|work|team|strand)\b)|\bwho(?:s| is| are| were)? (?:the |their )?(?:top|upper|middle|lower|second) tiers?(?: (?:in|of) (?:the|that|this|their) (?:[a-z]+ ){0,3}(?:group|gang|ocg|crew|firm|network|line)s?)?\s*[?.!]*$/;
/** "check dean example for me", "check jo example for ocg links", "gain check on jo example", "jo example dealing from the flats": someone, named in any case. */
const CHECK_NAMED = new RegExp(
  String.raw`^(?:can you |could you |pls |please )?(?:check|run|look up|lookup|trace)\s+${A_NAME}(?: for me| pls| please| out| for (?:any )?(?:\w+ )?(?:links|intel|markers|warnings|previous|convictions|hits))?$`,
);
/** "what GAIN came back with for <someone's> business": a check's result on someone or something in particular. */
const CHECK_RESULT =
  /\b(?:gain|pnc|pnd|niche|check|checks|search|searches|trace|lookup)\b.{0,30}\b(?:came|come|comes|coming) back (?:with )?(?:for|on|about|against) (.+)$/;
const CHECK_ON = /\b(?:gain|pnc|pnd|police|intel|background|quick) (?:check|search|lookup|trace)(?:es|s)? (?:on|for|against|into) (.+)$/;
/** "Jordan Example is dealing on the estate", "add to the profile that Jordan Example sells from the park", "... is running cocaine out of the flats": a named person's dealing, told or to be recorded. */
const NAMED_DEALING = new RegExp(
  String.raw`(?:^|\bthat |: )${A_NAME} (?:(?:is |s )?(?:dealing|deals|selling|sells|supplying|supplies|cuckooing|pushing|pushes)|(?:is |s )?(?:running|runs|moving|moves|bringing|brings) (?:\w+ )?(?:cocaine|coke|crack|heroin|brown|cannabis|weed|skunk|spice|ketamine|drugs|gear|a line|lines|county lines)|(?:is |s )laundering|launders)\b`,
);
/** "remember jo example is ocg", "remember jo example heads OCG": someone named as in a group, to be kept. */
const REMEMBER_NAMED = new RegExp(
  String.raw`^remember (?:that )?${A_NAME} (?:(?:is|are|s) (?:an? |the |in (?:an? |the )?)?|(?:heads|runs|leads|is in|is part of) (?:an? |the |that |their )?(?:\w+ )?)(?:ocg|gang|crew|nominal|dealer|member|runner|line|group)s?\b`,
);
/** "any intel on that business": what is held on a particular place. */
const INTEL_ON_PLACE = new RegExp(String.raw`\b(?:intel|intelligence|anything) (?:on|about) (?:that|this) ${PREMISES}\b`);
/** "a barber shop on the high street run by <someone> is laundering money": a particular business, by where it is or who runs it, told as a front. */
const PLACE_FRONTING = new RegExp(
  String.raw`\b${PREMISES}\b(?: (?:on|in|at|near|by|run by|owned by) [a-z]+(?: [a-z]+){0,3})+ (?:is|are) (?:laundering|washing|cleaning|fronting|a front)\b`,
);
/** "any links between <someone> and the county line": the subject is checked against topic words. */
const LINKS_BETWEEN = /\blinks? between (.+?) and (?:the |an? |any |their )?(?:[a-z]+ ){0,2}(?:ocgs?|gangs?|county lines?|drug lines?|crews?|firms?)\b/;
/** "address tasha bell", "whats the address for jo example": a terse ask for someone's address. */
/** "whats known about testy example": what is known of someone named. */
const KNOWN_ABOUT_NAMED = new RegExp(String.raw`\bwhat(?:s| is) known about ${A_NAME}$`);
const ADDRESS_OF_NAMED = new RegExp(
  String.raw`^(?:(?:whats|what is|get|find|need|send me|give me) )?(?:the |her |his |their )?(?:home |current |last known )?address (?:for |of )?${A_NAME}$`,
);
/** "xander example address", "jo example dob": a name and one of their details, with nothing else said. */
const NAMED_THEN_DETAIL = /^([a-z]+ [a-z]+?)s? (?:home |current |last known )?(?:address|dob|date of birth|reg|vrm|car|vehicle)$/;
/** "fakeville ocg intel": a group named by a word that is not topic vocabulary, and what is known of it. */
const GROUP_INTEL_ASKED = new RegExp(
  String.raw`^(?:any |the )?${A_NAME} (?:ocg|gang|crew|firm|family|lot|boys|line)s? (?:intel|intelligence|info|update|members|nominals)$`,
);
/** Where someone lives ("where's he living now"); the subject is checked against topic words: "where does the LRO network live" is not. */
const WHERE_LIVING =
  /\b(?:where(?:s| is| does| do| are)|what address (?:does|do|is|are)) (?!(?:it|that|this) )(.{1,40}?) ?\b(?:living|live|lives|staying|stay|hiding)\b(?! online| on (?:the )?(?:web|internet|knowledge hub))/;
/** The same told rather than asked: "tell me where tom example lives now". */
const WHERE_ONE_LIVES = /\bwhere (?!(?:it|that|this|they|these|those)\b)([a-z]+(?: [a-z]+)?) (?:now )?(?:lives|is living|is staying)\b/;
/** "where the head of the <place> OCG lives": a group's people, however the group is told. */
const WHERE_GROUP_PEOPLE_LIVE =
  /\bwhere (?:the |their |its )?(?:head|leader|boss|top boys?|main (?:man|players?)|kingpin|members?|dealers?|nominals?|runners?|principals?)\b.{0,40}\b(?:live|lives|living|stays?|staying)\b/;
/** "what's the reg of the car ...", "who's it registered to", "check who it belongs to": a vehicle's registration or keeper is asked. */
const REG_ASKED =
  /\bwhat(?:s| is| are)? (?:the )?(?:reg|regs|registration|vrm|number ?plates?|plates?)\b|\bwho(?:s| is| are)? (?:it|that|this|they|the \w+) registered to\b|\bregistered keeper\b|\b(?:van|car|vehicle|motor|bike|phone|number)\b.{0,60}\bwho (?:does|do) (?:it|that|this|they) belong to\b|\b(?:check|find out|tell me|see) who (?:it|that|this|they|the \w+) (?:belongs? to|is registered to)\b/;
/** "the address of ...", "whereabouts of ...". */
const WHEREABOUTS = /\b(?:(?<!(?:web|website|site|e-?mail|ip) )address|whereabouts|location) (?:of|for) (.+)$/;

/** A lower-case registration after a vehicle word ("reg ab12 cde"); phone numbers; street addresses whose street is not a topic word. */
const REG_WITH_WORDS = /\b(reg|registration|vrm|plate|vehicle|car|van|owns|keeper|driver)\b.*\b[a-z]{2}\d{2}\s[a-z]{3}\b/;
const PHONE_NUMBER = /(\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b\d{10,11}\b/;
const STREET_ADDRESS = /\b\d{1,4}[a-z]?,?\s+((?:[a-z]+\s+){1,2})(?:street|st|road|rd|avenue|ave|lane|ln|close|drive|crescent|terrace|gardens|grove|mews)\b/;

/**
 * Tells whether words are filler or name a topic the asker may ask about, so "intel on the knowledge hub"
 * is not read as a request about a person. The knowledge base supplies its vocabulary.
 */
export type DomainCheck = (text: string) => boolean;

/** "who is john smith": two words that are neither filler nor domain vocabulary look like a name. */
function asksWhoSomeoneIs(lower: string, isDomain: DomainCheck): boolean {
  const m = /\bwho is ([a-z]+) ([a-z]+)\s*$/.exec(lower);
  if (!m) return false;
  return [m[1], m[2]].every((w) => !isDomain(w));
}

/** The matched subject exists and is not about a knowledge-base topic. */
function aboutNonTopic(match: RegExpExecArray | null, group: number, isDomain: DomainCheck): boolean {
  if (!match) return false;
  const subject = (match[group] ?? '').split(' ').slice(0, 4).join(' ');
  return !isDomain(subject);
}

/** The text opens with a name that says what someone is or did, or then describes them: "Jo Example is the girlfriend of ...", "Jo Example, late twenties", "Jo Example or her brother". */
const OPENS_WITH_NAME = /^\s*[A-Z][a-z]+ [A-Z][a-z]+(?:(?:['’]s)? (?:is|was|has|had)\b| (?:or|and) (?:his|her|their) |,)/;

/** An act's, order's or unit's title ("the Human Rights Act", "the East Midlands Special Operations Unit") or a region ("the North East") names no one. */
const TITLE =
  /\b(?:[A-Z][a-z]+ ){1,4}(?:Act|Acts|Order|Orders|Regulations|Unit|Units)\b|\b(?:North|South|East|West) (?:East|West|Midlands|Mids|Yorkshire|Mercia|Wales)\b/g;

/**
 * Two capitalised words, neither of them topic vocabulary: "Dean Example". The first word of the text is
 * capitalised anyway, so it counts only in a name that opens a statement about someone.
 */
export function namesSomeone(text: string, isDomain: DomainCheck): boolean {
  const words = text
    .replace(TITLE, ' ')
    .replace(/[’‘`´']/g, '')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .slice(OPENS_WITH_NAME.test(text) ? 0 : 1);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    // Together, the two words may be one topic word ("Knowledge Hub" is "knowledgehub").
    const pair = [a, b].map((w) => w.toLowerCase());
    if (/^[A-Z][a-z]+$/.test(a) && /^[A-Z][a-z]+$/.test(b) && !pair.some((w) => isDomain(w)) && !isDomain(pair.join(' '))) return true;
  }
  return false;
}

/**
 * South West towns and cities, which people use to say where a group works ("planning for a Yeovil OCG"):
 * a place names nobody. Towns that are also common surnames (Wells, Street, Chard) are left out, so "the
 * Wells OCG" is still refused.
 */
const SOUTH_WEST_TOWNS = new Set(
  `bristol bath swindon gloucester cheltenham tewkesbury stroud cirencester plymouth exeter torquay paignton
  exmouth tiverton barnstaple bideford truro newquay penzance falmouth camborne redruth bodmin taunton yeovil
  bridgwater minehead frome glastonbury keynsham clevedon portishead weston bournemouth poole weymouth
  dorchester bridport swanage wimborne salisbury chippenham trowbridge devizes melksham warminster`.split(/\s+/),
);

const COMPASS_POINT = /^(?:north|south|east|west)(?:ern)?$/;

/**
 * A group named by words that are not topic vocabulary, and none of them a compass point or a South West town: "the
 * Danvers OCG", "the Fictional Five OCG", "OCG 'Bravo'", but not "the South West OCGs" or "our North Devon OCG plan".
 */
function namesGroup(text: string, isDomain: DomainCheck): boolean {
  const m = NAMED_GROUP.exec(text);
  const name = m && (m[1] ?? m[2] ?? m[3])?.toLowerCase();
  return !!name && !isDomain(name) && name.split(' ').every((word) => !SOUTH_WEST_TOWNS.has(word) && !COMPASS_POINT.test(word));
}

/**
 * A request for intelligence, and whether it names a person (the refusal is worded for each). 'keep' is a
 * request to store someone's details ("save the deal line's number"), 'request' any other.
 */
export interface IntelligenceRequest {
  kind: IntelligenceKind | 'request' | 'keep';
  namedPerson: boolean;
}

/**
 * Recognises a question that asks for intelligence: anything findIntelligence finds, and requests about
 * people, groups, vehicles, addresses or phone numbers even where nobody is named ("which OCG is running
 * county lines into <town>", "who is dealing drugs in <town>"). Used where a question is answered
 * rather than stored; `isDomain` keeps topic words ("the hold phase") from reading as a subject.
 */
export function findIntelligenceRequest(text: string, isDomain: DomainCheck = () => false): IntelligenceRequest | undefined {
  const lower = fold(text)
    .replace(/'/g, '')
    .replace(TEXT_SPEAK, (word) => CHAT_SHORTHAND[word])
    .trim()
    .replace(/[?.!]+$/, '');
  // How to use a records system asks nothing of it ("how do I record a shoplifting on Niche"), unless it names someone.
  const usingSystem = USING_A_SYSTEM.test(lower) && !namesSomeone(text, isDomain);
  const found = findIntelligenceDetails(usingSystem ? text.replace(RECORDS_SYSTEM, 'the system') : text) ?? (KEEP_DETAILS.test(lower) ? 'keep' : undefined);
  // "what's the name for gangs running drugs out to towns" asks for a term, not about a group.
  if (!found && NAMES_A_KIND.test(lower) && !namesSomeone(text, isDomain)) return undefined;
  const asked =
    found ||
    REQUESTS.some((test) => test(lower, isDomain)) ||
    REG_WITH_WORDS.test(lower) ||
    (NOMINAL.test(lower) && namesSomeone(text, isDomain)) ||
    namesGroup(text, isDomain) ||
    ((CHECK_WHETHER.test(lower) || REPORTS_SOMEONE.test(lower) || ABOUT_SOMEONE.test(lower)) && namesSomeone(text, isDomain));
  if (!asked) return undefined;
  const intelAbout = INTEL_ABOUT.exec(lower);
  const namedPerson =
    found === 'person' ||
    namesSomeone(text, isDomain) ||
    asksWhoSomeoneIs(lower, isDomain) ||
    aboutNonTopic(KNOWN_TO.exec(lower), 1, isDomain) ||
    ABOUT_SOMEONE_NAMED.some((re) => aboutNonTopic(re.exec(lower), 1, isDomain)) ||
    (aboutNonTopic(intelAbout, 5, isDomain) && !GROUP_WORD.test(lower) && !SOMEONE_UNNAMED.test(intelAbout?.[5] ?? ''));
  return { kind: found ?? 'request', namedPerson };
}

/** Asking what a kind of thing is called; not "the name for the lad who ...", which asks who someone is. */
const NAMES_A_KIND =
  /^(?:(?:whats|what is|what are) the (?:proper )?(?:name|term|word|phrase|job title) for|what do (?:you|we|they|people) call) (?!(?:the|that|this|these|those|his|her|their|our|my)\b)/;

/** Text-speak read as the words it stands for, so "who r the top ocgs" reads as "who are the top ocgs". */
const TEXT_SPEAK = new RegExp(String.raw`\b(?:${Object.keys(CHAT_SHORTHAND).join('|')})\b`, 'g');

/** "how do I record a shoplifting on Niche", "Niche or Athena - which records system is easier to learn": how to use a records system. */
const USING_A_SYSTEM =
  /\bwhich (?:records? )?system\b|\beasier to (?:learn|use)\b|\b(?:how (?:do|should|can|would) (?:i|we|you)|how to|how (?:is|are|should) .{1,40} be|whats the (?:process|way|best way|right way) (?:for|to|of))\b.{0,60}?\b(?:record|recorded|recording|submit|submitted|log|logged|enter|entered|input|fill in|complete|close|update|build|set up|create)\b/;
const RECORDS_SYSTEM = /\b(?:niche|athena|storm)\b/gi;

type RequestTest = (lower: string, isDomain: DomainCheck) => boolean;
const matches =
  (re: RegExp): RequestTest =>
  (lower) =>
    re.test(lower);
/** As `matches`, in a text that names a criminal group: "what's his phone number", "and who's in it". */
const aboutAGroup =
  (re: RegExp): RequestTest =>
  (lower) =>
    re.test(lower) && GROUP_WORD.test(lower);
const about =
  (re: RegExp, group: number): RequestTest =>
  (lower, isDomain) =>
    aboutNonTopic(re.exec(lower), group, isDomain);
/** "anything on a company" asks how such checks work; "anything on a lad who ..." or "a firm called ..." is about one. */
const ANY_BUSINESS = /^(?:an?|any) (?:company|business|firm|organisation)\b(?!.*\b(?:called|named|known as)\b)/;
/** As `about`, for someone or something in particular, not any business. */
const aboutParticular =
  (re: RegExp): RequestTest =>
  (lower, isDomain) => {
    const m = re.exec(lower);
    return aboutNonTopic(m, 1, isDomain) && !ANY_BUSINESS.test(m?.[1] ?? '');
  };
/** As `about`, and a person by pronoun counts too: "where's he living now", "is she known to SWROCU", "any intel logged against him this year". */
const aboutPerson =
  (re: RegExp, group = 1): RequestTest =>
  (lower, isDomain) => {
    const subject = re.exec(lower)?.[group];
    return subject !== undefined && (/^(?:he|she|they|him|her|them)\b/.test(subject) || !isDomain(subject));
  };

/**
 * Requests whose first group is who they are about: "is Jordan Example part of the OCG", "which OCG is Jordan
 * Example in". Each asks for intelligence, and names someone, when that group is not topic vocabulary.
 */
/** "the morile score for the nominal kyle example": a particular nominal, named after the word that ends the question. */
const NOMINAL_THEN_NAME = /\bthe nominal ([a-z]+ [a-z]+)$/;
const ABOUT_SOMEONE_NAMED = [
  NOMINAL_THEN_NAME,
  GROUP_MEMBERSHIP,
  PERSON_IN_GROUP,
  GROUP_RUN_BY,
  GROUP_OF_NAMED,
  ROLE_IN_GROUP,
  DETAILS_OF_NAMED,
  HELD_FOR_NAMED,
  STILL_ACTIVE,
  NAMED_ARRESTED,
  ARRESTS_OF_NAMED,
  NAMED_HEADS,
  NAMED_STILL,
  NAMED_RUNNING,
  RANK_IN_GROUP,
  NAMED_PART,
  ACTIONS_AGAINST_NAMED,
  ASSOCIATE_OF,
  NAMED_AS_ASSOCIATE,
  ON_RECORDS,
  HOME_OF_NAMED,
  ADDRESS_OF_NAMED,
  KNOWN_ABOUT_NAMED,
];

/**
 * Particular nominals asked for, listed, checked or kept: "list the nominals for our site", "is Kyle Example a nominal",
 * "any of my nominals wanted", "store these nominals"; not the work done with them ("diversion for the younger nominals").
 */
const NOMINALS_ASKED = new RegExp(
  [
    // "list the nominals", "give me our top nominals", "any of my nominals"
    String.raw`\b(?:list|give me|show me|send me|tell me|check|names?|any of)(?: [\w-]+){0,4}? (?:the |our |my |these |those |a |an )?(?:[\w-]+ )?nominals?\b`,
    // "who's the top-tier nominal", "who are the highest risk nominals"
    String.raw`\bwho(?:s| is| are| were) (?:the |our |my |their |its )?(?:[\w-]+ ){0,2}nominals?\b`,
    // "is Kyle Example a nominal", "are they nominals"; not "is arresting the principal nominal the point" or "is disrupting OCG nominals pursue"
    String.raw`(?:^|[.?!,;-] ?)(?:is|are) (?!\w+ing (?:[\w-]+ )?nominals?\b)(?:(?!(?:the|our|my|a|an)\b)[\w-]+ ){1,3}(?:(?:an?|one of (?:the|our|my)) (?:[\w-]+ )?)?nominals?\b`,
    String.raw`\b(?:if|whether) (?:[\w-]+ ){1,5}(?:is|are) (?:an? |one of (?:the |our |my ))?(?:[\w-]+ )?nominals?\b`,
    String.raw`\b(?:which|what) (?:[\w-]+ )?nominals?\b`,
    String.raw`\b(?:which of|store|save|log|add|record|keep (?:these|those|this|the following))\b.{0,50}\bnominals?\b`,
    // their details: "the phone number for the principal nominal", "associates of the top nominal"
    String.raw`\b(?:phone|mobile|numbers?|address(?:es)?|dobs?|details|ref(?:erence)?s?)\b.{0,30}\bnominals?\b`,
    String.raw`\bassociates of (?:the |that |this |our |my |a )?(?:[\w-]+ )?nominals?\b`,
    String.raw`\bnominals?\b.{0,40}\b(?:names?|called|named|checks?|records?|wanted|links?|linked|hits?|scores?|scoring|systems?|addresses|active|associates|role in|ref|reference|live|lives|living)\b`,
    String.raw`\bnominals?\s*(?:(?:check|record)\b|:)`,
  ].join('|'),
);

const REQUESTS: RequestTest[] = [
  matches(NOMINALS_ASKED),
  ...ABOUT_SOMEONE_NAMED.map((re) => about(re, 1)),
  matches(CHECK_REQUEST_WORDS),
  matches(DO_A_CHECK),
  matches(WHO_OWNS),
  aboutPerson(INTEL_ABOUT, 5),
  matches(INTEL_HELD),
  // In one sentence: "who runs the drop-ins" after "an OCG I manage." asks nothing about the group.
  (lower) => lower.split(/[.?!]\s/).some((sentence) => NAMED_GROUP_MEMBERS.test(sentence) && GROUP_WORD.test(sentence)),
  about(GROUP_MEMBERS_IN, 1),
  about(GROUP_INTEL_ASKED, 1),
  // No topic word anywhere in the name: "emsou microsite address" asks after a website.
  (lower, isDomain) =>
    NAMED_THEN_DETAIL.exec(lower)?.[1]
      .split(' ')
      .every((word) => !isDomain(word)) ?? false,
  about(WHEREABOUTS, 1),
  matches(HAS_PREVIOUS),
  matches(WHO_DEALS),
  matches(DEALING_THERE),
  (lower) => GROUP_ACTIVITY.test(lower) && !HOW_TO_RANK.test(lower),
  matches(WHO_MAIN),
  matches(THEIR_PART),
  about(LINKS_BETWEEN, 1),
  about(CHECK_NAMED, 1),
  about(CHECK_ON, 1),
  about(CHECK_RESULT, 1),
  about(NAMED_DEALING, 1),
  matches(INTEL_ON_PLACE),
  matches(PLACE_FRONTING),
  about(REMEMBER_NAMED, 1),
  aboutPerson(WHERE_LIVING),
  aboutPerson(WHERE_ONE_LIVES),
  matches(WHERE_GROUP_PEOPLE_LIVE),
  matches(REG_ASKED),
  matches(PHONE_NUMBER),
  about(STREET_ADDRESS, 1),
  (lower, isDomain) => asksWhoSomeoneIs(lower, isDomain),
  aboutPerson(KNOWN_TO),
  matches(PLACED_IN_GROUP),
  matches(VICTIMS_LISTED),
  about(GROUP_SOMEONE_RUNS, 1),
  about(GROUP_INVOLVED, 1),
  about(GROUP_THEN_ASKED, 1),
  matches(GROUPS_ACTIVE_IN),
  matches(RUNS_GROUP_FROM),
  matches(SIGHTING),
  aboutParticular(HELD_ON),
  aboutParticular(GOT_ANYTHING_ON),
  aboutParticular(INTEL_ON),
  matches(FLAGGED),
  (lower) => LINE_RUNNING.test(lower) && !ASKS_FOR_A_CAPABILITY.test(lower),
  matches(GROUPS_LINKED),
  matches(PLACES_LINKED),
  matches(ASSOCIATES),
  matches(GROUP_PEOPLE),
  matches(GROUP_ASSETS),
  matches(SOURCE_REPORT),
  matches(PERSON_STATUS),
  matches(WHICH_GROUP),
  about(GROUPS_IN_PLACE, 1),
  matches(TRADE_PLACES),
  aboutAGroup(THEIR_DETAILS),
  aboutAGroup(WHO_IS_IN_IT),
  matches(WHO_IN_CREW),
  matches(WHO_HEADS_IT),
  matches(GROUP_ROLE_HOLDER),
  matches(CHECK_HITS),
  about(HIT_ON, 1),
  matches(TARGETING),
  matches(KEEP_THIS),
  ...ABOUT_PEOPLE.map(matches),
  matches(SOMEONE_TO_CHECK),
];
