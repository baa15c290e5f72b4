/**
 * Recognises questions the assistant must not answer from the knowledge base:
 * requests for intelligence or police-system checks, and topics outside the
 * LRO/CHB domain. These are general patterns, not a list of known questions.
 */

import { STOP_WORDS } from './normalise';

const POLICE_SYSTEMS = /\b(pnc|pnd|niche|athena|crimint|ipnd|dvla|anpr|police national (computer|database)|intel(ligence)? (system|database|log)s?)\b/;

const CHECK_VERB = String.raw`(run|check|checks|checking|search|look ?up|lookup|trace|pull|screen|vet)`;
const CHECK_TARGET = String.raw`(name|names|person|individual|nominals?|suspects?|subjects?|vehicles?|car|cars|van|vans|reg|registration|vrm|(number )?plates?|address|addresses|postcode|house|flat|phone|mobile|dob|date of birth|records?|previous( convictions)?|convictions?|associates?|(warning )?markers?|background)`;
/** "check a name", "run this vehicle", "look up the previous convictions for ...". */
const CHECK_REQUEST = new RegExp(String.raw`\b${CHECK_VERB}\b(\s+\w+){0,3}?\s+${CHECK_TARGET}\b`);

/** Ownership, residence and identity questions about specific people, vehicles or numbers. */
const WHO_OWNS =
  /\b(who owns|owner of|registered keeper|keeper of|who lives at|lives at|home address|current address|whose (phone|mobile|number|car|van|vehicle|address|house)|where does [a-z]+( [a-z]+)? live|background check|criminal record)\b/;

/** Asking for intelligence about someone or something; the subject is checked against domain words. */
const INTEL_ABOUT = /\b(intel|intelligence|markers?|what do (we|you) (know|have))\s+(on|about|re|regarding|for)\s+(.+)$/;
const INTEL_HELD = /\b(what|any|which)\s+(intel|intelligence)\s+(do|does|have|has|is|exists?)\b/;
/** "do a check on ...", "run a search for ...". */
const DO_A_CHECK = /\b(do|run|carry out|conduct) (an? |some )?(check|checks|search|searches|trace|lookup|look up)\b/;

/** Whether a specific person belongs to, or leads, a criminal group. */
const GROUP_MEMBERSHIP =
  /\bis ([a-z]+(?: [a-z]+)?) (?:a member of|in|part of|linked to|involved (?:in|with)|associated with|running) (?:an? |the )?(?:[a-z]+ ){0,2}?(?:ocgs?|gangs?|county lines?|drug lines?|organised crime groups?)\b/;
const NAMED_GROUP_MEMBERS = /\b(who|which people|names? of)\b.{0,40}\b(members?|nominals?|heads?|leaders?|boss|main players|dealers?|runs?|running)\b/;
/** "has X got previous", "does she have convictions". */
const HAS_PREVIOUS = /\b(got|has|have|with) (any )?(previous|previous convictions|convictions|criminal history)\b/;
/** "who is dealing drugs in ...". */
const WHO_DEALS = /\bwhos?\b.{0,20}\b(selling|dealing|supplying|running|moving) (the )?(drugs|cocaine|heroin|cannabis|crack|spice|ketamine|weed)\b/;
const GROUP_WORD = /\b(ocgs?|gangs?|county lines?|drug lines?|dealers?)\b/;
const GROUP_NOMINALS = /\b(ocg|gang) nominals?\b/;
const GROUP_MEMBERS_IN = /\b(?:ocg|gang) members? (?:in|at|from|near|around) (.+)$/;
/** Which groups or people run crime in a place: intelligence even when nobody is named. */
const GROUP_ACTIVITY =
  /\b(which|what|who)\b.{0,30}\b(ocgs?|gangs?|crews?|nominals?|dealers?|suppliers?|families|county lines?|drug lines?)\b.{0,30}\b(running|runs?|operating|operates?|active|control\w*|dealing|deals?|supplying|supplies|behind|working)\b/;
const WHO_MAIN = /\bwho(?:s| is| are)? (?:the )?(?:main|biggest|top|key|head|local)? ?(?:dealers?|suppliers?|nominals?|players?|runners?|faces?)\b/;
const WHERE_LIVING = /\bwhere (?:is|does|do|are) .{1,40}\b(?:living|live|lives|staying|stay|hiding|based)\b/;
/** "the address of ...", "whereabouts of ...". */
const WHEREABOUTS = /\b(?:address|whereabouts|location) (?:of|for) (.+)$/;

/** UK vehicle registrations, phone numbers, street addresses and postcodes. */
const REG_NO_SPACE = /\b[a-z]{2}\d{2}[a-z]{3}\b/;
const REG_UPPER = /\b(?!FB)[A-Z]{2}\d{2}\s?[A-Z]{3}\b/;
const REG_WITH_CONTEXT = /\b(reg|registration|vrm|plate|vehicle|car|van|owns|keeper|driver)\b.*\b[a-z]{2}\d{2}\s[a-z]{3}\b/;
const PHONE_NUMBER = /(\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b\d{10,11}\b/;
const STREET_ADDRESS = /\b\d{1,4}[a-z]?,?\s+((?:[a-z]+\s+){1,2})(?:street|st|road|rd|avenue|ave|lane|ln|close|drive|crescent|terrace|gardens|grove|mews)\b/;
const POSTCODE_UPPER = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;

/** Tells whether words name a knowledge-base topic, so "intel on the knowledge hub" is not read as a request about a person. */
export type DomainCheck = (text: string) => boolean;

/** "who is john smith": two words that are neither filler nor domain vocabulary look like a name. */
function asksWhoSomeoneIs(lower: string, isDomain: DomainCheck): boolean {
  const m = /\bwho is ([a-z]+) ([a-z]+)\s*$/.exec(lower);
  if (!m) return false;
  return [m[1], m[2]].every((w) => !STOP_WORDS.has(w) && !isDomain(w));
}

/** The matched subject exists and is not about a knowledge-base topic. */
function aboutNonTopic(match: RegExpExecArray | null, group: number, isDomain: DomainCheck): boolean {
  if (!match) return false;
  const subject = (match[group] ?? '').split(' ').slice(0, 4).join(' ');
  return !isDomain(subject);
}

/** Two capitalised words after the first word, neither of them topic vocabulary: "Dean Example". */
function namesSomeone(text: string, isDomain: DomainCheck): boolean {
  const words = text
    .replace(/[’‘`´']/g, '')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .slice(1);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    if (/^[A-Z][a-z]+$/.test(a) && /^[A-Z][a-z]+$/.test(b) && !isDomain(a.toLowerCase()) && !isDomain(b.toLowerCase())) return true;
  }
  return false;
}

/** An intelligence request, and whether it names a person (the refusal is worded for each). */
export interface IntelligenceRequest {
  namedPerson: boolean;
}

/** Recognises an intelligence request; see isIntelligenceRequest. */
export function intelligenceRequest(text: string, isDomain: DomainCheck = () => false): IntelligenceRequest | undefined {
  if (!isIntelligenceRequest(text, isDomain)) return undefined;
  const lower = text
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?.!]+$/, '');
  const namedPerson =
    namesSomeone(text, isDomain) ||
    asksWhoSomeoneIs(lower, isDomain) ||
    aboutNonTopic(GROUP_MEMBERSHIP.exec(lower), 1, isDomain) ||
    (aboutNonTopic(INTEL_ABOUT.exec(lower), 5, isDomain) && !GROUP_WORD.test(lower));
  return { namedPerson };
}

/**
 * True when the text asks for intelligence about a person, vehicle, address or phone
 * number, or for a police-system check. `isDomain` keeps topic words ("the hold phase") from reading as a subject.
 */
export function isIntelligenceRequest(text: string, isDomain: DomainCheck = () => false): boolean {
  const lower = text
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?.!]+$/, '');
  return (
    POLICE_SYSTEMS.test(lower) ||
    CHECK_REQUEST.test(lower) ||
    DO_A_CHECK.test(lower) ||
    WHO_OWNS.test(lower) ||
    aboutNonTopic(INTEL_ABOUT.exec(lower), 5, isDomain) ||
    INTEL_HELD.test(lower) ||
    aboutNonTopic(GROUP_MEMBERSHIP.exec(lower), 1, isDomain) ||
    (NAMED_GROUP_MEMBERS.test(lower) && GROUP_WORD.test(lower)) ||
    GROUP_NOMINALS.test(lower) ||
    aboutNonTopic(GROUP_MEMBERS_IN.exec(lower), 1, isDomain) ||
    aboutNonTopic(WHEREABOUTS.exec(lower), 1, isDomain) ||
    HAS_PREVIOUS.test(lower) ||
    WHO_DEALS.test(lower) ||
    GROUP_ACTIVITY.test(lower) ||
    WHO_MAIN.test(lower) ||
    WHERE_LIVING.test(lower) ||
    REG_NO_SPACE.test(lower) ||
    REG_UPPER.test(text) ||
    REG_WITH_CONTEXT.test(lower) ||
    PHONE_NUMBER.test(lower) ||
    aboutNonTopic(STREET_ADDRESS.exec(lower), 1, isDomain) ||
    POSTCODE_UPPER.test(text) ||
    asksWhoSomeoneIs(lower, isDomain)
  );
}

/** Topics outside the assistant's remit, grouped so each line reads as one subject. */
const OUT_OF_SCOPE: RegExp[] = [
  // HR, pay and conditions
  /\b(pay|pay ?day|pay ?slips?|pay ?rise|bank details|salary|salaries|wages?|overtime|toil|pensions?|expenses|mileage|annual leave|sick(ness)? leave|leave (request|entitlement|balance|allowance)|book (some )?leave|holidays?|maternity|paternity|appraisal|pdr|rota|shift pattern|rest days?|human resources|hr|grievance|payroll|bonus|get(ting)? promoted|promotion (board|exam|process|interview)|sergeants? exam|inspectors? exam)\b/,
  // IT and equipment
  /\b(password|passwords|log ?in|logon|sign ?in|laptop|computer|desktop|printer|wi-?fi|vpn|outlook|mailbox|it (help ?desk|service ?desk|support)|service ?desk|help ?desk|locked out|mfa|authenticator|install|software|windows update|keyboard)\b/,
  /\b(teams|email|e-mail|phone|app|system|radio|airwave|monitor|screen) (is |isnt |keeps )?(not working|broken|down|crashing|crashed|frozen)\b/,
  // Weather, sport, food, travel and entertainment
  /\b(weather|forecast|raining|rain|sunny|temperature|snow)\b/,
  /\b(football|soccer|cricket|rugby|tennis|golf|premier league|world cup|fixtures?|who won|olympics|formula 1)\b/,
  /\b(recipe|lunch|dinner|breakfast|restaurant|pizza|coffee|canteen|takeaway)\b/,
  /\b(train times?|train to|bus times?|parking|car park|flights?|hotel|taxi)\b/,
  /\b(movies?|tv|netflix|music|songs?|book to read|horoscope|lottery|watch (a |the )?films?|films? to watch)\b/,
  // Chit-chat and general knowledge
  /\b(joke|jokes|riddle|poem|tell me a story|how are you|your name|who made you|are you (a )?(bot|human|real|robot)|meaning of life|favourite)\b/,
  /\b(capital of|population of|how tall is|how old is|translate)\b/,
  /\b(what (day|date|time) is it|todays date|whats the (date|time))\b/,
  // Tasks for a personal assistant, which this bot is not
  /\b(?:can|could|will|would) you (?:please |just )?(?:book|order|send|email|e-mail|set up|schedule|arrange|cancel|buy|call|ring|print|fix|reset|summari[sz]e|write|draft|open|remember)\b/,
  /\b(do you remember|remind me to|set a reminder|meeting rooms?|make me laugh|something funny|team building|day off|days off|time off|how do i get to|directions to)\b/,
  // General police procedure and other crime types, outside the CHB briefing
  /\b(stop and search|use of force|missing persons?|road traffic (?:collision|accident)|rtc|hate crimes?|shoplift\w*|domestic (?:abuse|violence|incident)|breath test|speed limit|caution (?:someone|a suspect|a person))\b/,
  /\b(?:investigate|investigating|deal with|handle|record|report|attend)\b.{0,30}\b(?:burglary|burglaries|theft|assault|robbery|fraud|collision|stalking)\b/,
  // Personal legal, medical and financial advice
  /\b(legal advice|solicitor|lawyer|barrister|sue|suing|divorce|custody|tenancy|landlord|my rights|employment tribunal|is it legal)\b/,
  /\b(doctor|gp appointment|headache|covid|vaccine|prescription|mortgage|stock market|shares price)\b/,
];

/** True when the text is plainly about something the assistant does not cover (HR, IT, weather, sport...). */
export function isOutOfScope(text: string): boolean {
  const lower = text
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/\s+/g, ' ');
  return OUT_OF_SCOPE.some((re) => re.test(lower));
}

/** Law and legal powers: acts, orders, authorisations and the words people use when asking what the law allows. */
const LEGAL_TOPIC =
  /\b(poca|proceeds of crime|gdpr|data protection|ripa|ripsa|ipa|pace|human rights act|\w+ act \d{4}|\w+ act|closure orders?|prevention orders?|civil orders?|injunctions?|authori[sz]ations?|evict\w*|seiz\w*|forfeit\w*|legal(?:ly)?|lawful(?:ly)?|unlawful|the law|legislation|section \d+)\b/;
const ADVICE_ASK =
  /\b(can (?:we|i|they|you|the \w+)|could (?:we|i)|is it (?:lawful|legal|ok|okay|allowed)|are we allowed|allowed to|do (?:we|i) need|(?:needed|required) (?:for|before|to)|(?:is|are) .{0,40} (?:needed|required)|does (?:the )?.{0,30} (?:stop|allow|let|permit|prevent)|what (?:section|power|powers|law)|which (?:section|power|powers)|legal(?:ly)? (?:test|required|basis|advice|position)|what does the law say|lets? (?:me|us)|power to|powers under|legal advice)\b/;

/** True when the text asks what the law allows or requires: the assistant points to force legal services instead. */
export function isLegalAdviceRequest(text: string): boolean {
  const lower = text
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/\s+/g, ' ');
  return LEGAL_TOPIC.test(lower) && ADVICE_ASK.test(lower);
}

/** Regions, ROCUs and forces outside the South West. */
const OTHER_REGION =
  /\b(west midlands|east midlands|north west|north east|north eastern|yorkshire|humber|eastern region|east of england|eastern|london|metropolitan|the met|south east|wales|welsh|tarian|scotland|scottish|northern ireland|thames valley|kent|essex|merseyside|lancashire|cheshire|greater manchester|manchester|hampshire|sussex|surrey|northumbria|durham|cleveland|cumbria|humberside|lincolnshire|nottinghamshire|derbyshire|leicestershire|northamptonshire|west mercia|warwickshire|staffordshire|bedfordshire|hertfordshire|cambridgeshire|norfolk|suffolk|gwent|dyfed powys|other region|another region|different region)\b/;
/** Asking for a person or contact in a role the South West contacts cover. */
const CONTACT_ASK =
  /\b(soc ?ccs?|community coordinators?|coordinators?|gain|rdt|regional disruption team|drop ?ins?|spoc|lro network)\b.*\b(who|whos|contact|details|number|email|reach|get hold|runs?|our)\b|\b(who|whos|contact|details|number|email|reach|get hold|runs?|our)\b.*\b(soc ?ccs?|community coordinators?|coordinators?|gain|rdt|regional disruption team|drop ?ins?|spoc)\b/;

/** True when the text asks for a contact in another region or force: the assistant covers the South West only. */
export function isOtherRegionContactRequest(text: string): boolean {
  const lower = text
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/[^a-z0-9]+/g, ' ');
  return OTHER_REGION.test(lower) && CONTACT_ASK.test(lower);
}
