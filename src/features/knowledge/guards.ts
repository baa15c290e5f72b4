/**
 * Recognises questions the assistant must not answer from the knowledge base: requests for intelligence
 * (through the one shared intelligence guard), legal advice, other regions' contacts, and topics outside
 * the LRO/CHB domain. These are general patterns, not a list of known questions.
 */

import { type DomainCheck, findIntelligenceRequest, namesSomeone } from '../safety/intelligence-guard';
import { STOP_WORDS } from './normalise';

/** Filler counts as known words too, so "who is the new lead" is not read as a person's name. */
function knownWords(isDomain: DomainCheck): DomainCheck {
  return (text) => STOP_WORDS.has(text) || isDomain(text);
}

/**
 * An intelligence request, and whether it names a person (the refusal is worded for each). `noDetails`:
 * it asks after people or places but names nobody and holds no date of birth, vehicle, address, number or police
 * system ("a RIPA authority to follow one of our nominals", "a closure order on the trap house").
 */
export interface IntelligenceRequest {
  namedPerson: boolean;
  noDetails: boolean;
}

/**
 * A question the guard let through that may still name someone ("any thoughts from Sam Example on the
 * nbh stuff"): answered, but not kept among the unanswered questions coordinators see.
 */
export function mayNameSomeone(text: string, isDomain: DomainCheck): boolean {
  return namesSomeone(text, knownWords(isDomain));
}

/**
 * A police system named as where data goes or comes from ("load survey answers onto our intel system", "ask DVLA
 * for data through GAIN") holds no details; a check run on someone does ("a PNC check on jordan example").
 */
const CHECK_ON_SOMEONE = /\b(?:checks?|search(?:es)?|look ?ups?|traces?|run)\b.{0,30}\b(?:on|against|for|into)\b/i;

/** "is there a route for that", "how does a GAIN request actually work": how the work is done. */
const ASKS_THE_ROUTE =
  /\b(?:is there (?:a|any) (?:proper |formal |set |regional )?(?:route|process|mechanism|way of doing)|(?:what|which) (?:route|process)|how (?:does|do|would|will) (?:a |the |that |this )?(?:gain )?(?:request|process|route|ask|referral)s? (?:\w+ )?(?:work|run|go)|whats the (?:actual |proper |right )?(?:process|route)|where (?:do|can|should) (?:i|we) (?:look|go|turn))\b/i;
/** "her son is out of prison and there are people in and out all day": one person's story, however it is asked. */
const ABOUT_ONE_PERSON = /\b(?:he|she|his|her|him|hes|shes|he's|she's)\b/i;
/** "does that count as 'clear'?", "is that still pursue": the phase or P an action belongs to. */
const COUNTS_AS_PHASE_OR_P = String.raw`\b(?:counts? as |is (?:that|it|this) (?:still |really |just )?)(?:a |the )?['‘"“]?(?:pursue|prevent|protect|prepare|clear|hold|build)\b`;
/** "warrants on the main nominals - which P is that?": where an activity belongs in a plan or a site. */
const ASKS_WHERE_IT_BELONGS = new RegExp(
  String.raw`\bwhich (?:of the )?(?:p|ps|4ps?|strands?|phases?|stages?|blocks?|(?:part|bit|section) of (?:the |my |our )?(?:4 ?p )?(?:plan|4 ?p|chb))\b|${COUNTS_AS_PHASE_OR_P}`,
  'i',
);

/**
 * Recognises an intelligence request with the one shared guard; see findIntelligenceRequest. A request that names no
 * one and holds no details is not one when it asks how the work is done or where it belongs: "we want to know if
 * HMRC hold anything on our nominals - how does a GAIN request work?".
 */
export function intelligenceRequest(text: string, isDomain: DomainCheck = () => false): IntelligenceRequest | undefined {
  const found = findIntelligenceRequest(text, knownWords(isDomain));
  const unnamed = found?.kind === 'check-request' || found?.kind === 'request' || (found?.kind === 'police-system' && !CHECK_ON_SOMEONE.test(text));
  const noDetails = unnamed && !found.namedPerson;
  if (noDetails && !ABOUT_ONE_PERSON.test(text) && (ASKS_THE_ROUTE.test(text) || ASKS_WHERE_IT_BELONGS.test(text))) return undefined;
  return found && { namedPerson: found.namedPerson, noDetails };
}

export function isIntelligenceRequest(text: string, isDomain: DomainCheck = () => false): boolean {
  return intelligenceRequest(text, isDomain) !== undefined;
}

/**
 * General police procedure and other crime types, outside the CHB briefing; except in a question about the
 * plans ("our CSP only talks about ASB and domestic abuse, how do we get organised crime on its agenda") or the
 * inspectorate's and pilots' findings ("the inspectors praised it in a report about burglary and robbery").
 */
const OTHER_CRIME_TYPES: RegExp[] = [
  /\b(house[- ]to[- ]house|interview\w* (?:an? |the )?(?:\w+ )?(?:witness(?:es)?|victims?|suspects?)|achieving best evidence|abe interviews?|methods? of entry|(?:force|forcing|forced) entry|reinforced doors?|cordons?|crime scenes?(?! investigat)|scene (?:guards?|logs?|management)|childrens? social care|stop (?:and |& )?search|speed (?:checks?|traps?|cameras?|guns?|enforcement)|speeding|use of force|firearms (?:officers?|licen[cs]es?|training|course|tickets?)|pursuits?|response driv\w*|blue lights?|missing persons?|missing (?:child|children|kids?|teenagers?|people)|community trigger|asb case reviews?|noise (?:complaints?|nuisance)|ofsted|rates? by postcode|crime maps?|road traffic (?:collision|accident)|rtc|attend\w* (?:a |the )?domestics?|hate crimes?|safeguarding referral (?:routes?|process(?:es)?|pathways?|forms?)|shoplift\w*|domestic (?:abuse|violence|incident)|breath test|speed limits?|speed (?:awareness|cameras?|enforcement|traps?|thresholds?)|speeding|\d+ ?mph|roads policing|fixed penalt(?:y|ies)(?: notices?)?|traffic offen[cs]es?|(?:999|101) calls?|response times?|mental health (?:act|procedures?|crisis|detentions?)|section 136|s136|(?:preserv|protect|secur|seal)\w* (?:a |the )?(?:\w+ ){0,2}scenes?|fire safety|fire risk assessments?|appl(?:y|ying|ications?) for (?:an? |the )?(?:hmo|premises|alcohol|taxi|personal|shotgun) licen[cs]es?|(?:vehicle|traffic) stops?|peelian|peels? principles|search(?:ing)? (?:a |the )?(?:car|vehicle)s? (?:on|during|at) (?:a |the )?stop|cladding|handcuff\w*|restrain\w*|resist\w* arrest|hard stops?|caution (?:someone|a suspect|a person|wording|words)|(?:wording|words) of the caution|sudden deaths?|neighbour (?:disputes?|nuisance)|mg ?\d{1,2}[a-z]?|case (?:files?|summar(?:y|ies))|(?:finish|complete|submit|file|fill (?:in|out)|write(?: up)?|do) (?:the |a |my )?(?:\w+ )?crime reports?|speed ?watch|abe interviews?|achieving best evidence|(?:vulnerable |key )?witness (?:interviews?|statements?)|rapport with|special constab\w*|public order|(?:collisions?|prangs?|crash(?:es|ed)?) (?:in|with) (?:a |the |my )?(?:(?:marked|unmarked|police|job) ){0,2}(?:car|vehicle|van)|(?:my|our) (?:car|house|home|shed|van) (?:got |was |has been )?(?:broken into|stolen|vandalised)|(?:burglary|theft|assault|robbery|shoplifting) (?:files?|reports?)|charging advice|attendance times?|knife (?:surrender|amnesty)(?: bins?)?|(?:bike|cycle|property) marking|(?:pace|suspect|police|witness) interviews?|interview(?:ing)? (?:a |the )?(?:\w+ ){0,2}suspects?|search(?:ing)? (?:a |the )?(?:car|vehicle)s? for\b|hidden (?:\w+ )?compartments?)\b/,
  /\b(?:investigate|investigating|deal with|handle|record|report(?! on\b)|attend)\b.{0,30}\b(?:burglary|burglaries|theft|assault|robbery|fraud|collision|stalking)\b|\b(?:burglary|burglaries|theft|assault|robbery|fraud) investigations?\b|\bdetection rates?\b|\b(?:overall|national) (?:\w+ )?(?:crime|burglary|robbery|theft|violence) (?:rates?|figures|stats|statistics)\b|\b(?:shed|house|home|garage|garden|dwelling|residential|commercial) (?:burglar(?:y|ies)|break[- ]?ins)\b|\bcrime recording\b|\bpeel (?:inspections?|grades?|gradings?|ratings?)\b|\bnoisy neighbours?\b|\b(?:stolen|lost) (?:(?:pedal|push|mountain|e-?) ?)?(?:bikes?|bicycles?|cars?|phones?|wallets?|purses?|bags?)\b/,
];
/**
 * Asked how to do a general procedure, it is off-topic whatever the setting: "a quick guide to doing a roadside breath test"
 * on a CHB site, "a breath test tomorrow ... talk me through the procedure".
 */
const HOW_TO_DO =
  /\b(?:how (?:do|should|would) (?:i|we|you) (?:do|carry out|conduct)|how to (?:do|carry out|conduct)|(?:best|right|correct) way to (?:do|carry out|conduct|structure|run|deliver|lead)|guide (?:to|on) (?:doing|carrying out|conducting)|(?:whats|what is) the (?:process|procedure) for (?:dealing with|doing|handling|reporting|recording)|(?:talk|walk|take) me through (?:the |a )?(?:procedure|process|steps))\b/;
/** "Not SOC related: ...", "nothing to do with CHB" says the question is not about the plans. */
const NOT_ABOUT_PLANS = /\bnot (?:soc|chb|ocg|4 ?p)(?:[- ]?related\b|,? just\b)|\bnothing to do with (?:soc|chb|ocg|4 ?p)\b/;
/** The plans named, or a strand the sentence is about: "Prepare = getting the case file ready for CPS?". */
const PLANS_CONTEXT =
  /\b(organised crime|ocgs?|soc|chb|csps?|community safety partnerships?|4 ?ps?|rocus?|swrocu|briefing|vawg|hmicfrs|inspectorate|inspectors|pilots?)\b|^\W*(?:pursue|prevent|protect|prepare)(?: strand)? (?:=|is|isnt|means?|just|only|covers?)/;

/** Topics outside the assistant's remit, grouped so each line reads as one subject. */
const OUT_OF_SCOPE: RegExp[] = [
  // HR, pay and conditions, and force budgets
  /\b((?<!\b(?:above|beyond|over) (?:my|your|our|their|his|her) )pay(?![- ]off)|pay ?day|pay ?slips?|pay ?rise|bank details|salary|salaries|wages?|overtime|claim (?:my |the |some )?ot|toil|flexi ?time|flexi|pensions?|expenses|(?:travel|expenses?|mileage) claims?|mileage|annual leave|fitness tests?|bleep test|(?:police )?driving (?:permits?|authorit(?:y|ies))|(?:police )?funding settlements?|police grant|police precept|probation(?:ary)? periods?|dbs (?:certificates?|renewals?)|enhanced dbs|renew (?:my|our) (?:\w+ )?dbs|days? (?:of )?leave|carry (?:over|forward) (?:\w+ ){0,2}leave|leave (?:carried|carrying|carry) (?:over|forward)|(?:my|annual) leave (?:allowance|balance|entitlement|year)|career breaks?|(?:sergeants?|inspectors?|ds|di|dci|sgt|insp) (?:boards?|exams?)|promotion (?:portfolios?|exams?|process(?:es)?|boards?)|from (?:pc|dc|ds|ps|sgt|di) to (?:ds|di|dci|ps|sgt|insp\w*)|competency (?:questions|framework|based)|sick(ness)? leave|days? sick|attendance (?:reviews?|management|policy|meetings?)|(?:police )?fed(?:eration)? reps?|police federation|union reps?|working from home|work from home|wfh|home ?working|hybrid working|sick days?|return to work (?:interviews?|meetings?|forms?)|leave (request|entitlement|balance|allowance)|book (some )?leave|holidays?|maternity|paternity|(?<!\blike an? )appraisals?|pdrs?|performance development reviews?|rota|shift pattern|shift swaps?|swap (?:a |my |some )?(?:set of |couple of )?(?:nights|shifts|lates|earlies|rest days?)|duty management|rest days?|human resources|hr|grievance|performance (?:conversations?|chats?|improvement plans?)|lateness|(?:turns?|turning|comes?|coming) (?:up |in )?late|payroll|bonus|get(ting)? promoted|(?:apply|applying|application) for promotion|(?:apply|applying) for (?:a |an |the )?(?:jobs?|posts?|vacanc(?:y|ies)|secondments?|positions?)|promotion to (?:sergeant|inspector|chief inspector|superintendent|ds|di|dci)|misconduct|professional standards|disciplinary|officer safety|first aid|shotgun|firearms? certificates?|certificate renewals?|promotion (boards?|exams?|process(?:es)?|interviews?)|(?:fees?|costs?|prices?|charges?) (?:for|of) (?:a |an |the |my |our )?(?:new )?(?:premises |alcohol |personal |taxi |hmo |tv )?licen[cs]es?(?: applications?)?|renew(?:ing|al of)? (?:a |an |the |my |our )?(?:premises|alcohol|personal|taxi|hmo|tv) licen[cs]es?|licen[cs]e (?:variation|renewal|application) forms?|found property|front counter|sergeants? exam|inspectors? exam|(?:national )?investigators? exams?|revis(?:e|ing|ion) for (?:the |my |a |an )?(?:[a-z]+ ){0,3}(?:exams?|papers?)|(?:apply|applying) for a (?:transfer|secondment)|transfer(?:ring)? (?:from|to) \w+ (?:police|constabulary)|(?:im|i am|feeling|really|so) (?:so |really )?stressed|not sleeping|burn(?:ed|t)? ?out|occupational health|counselling|sickness|sick notes?|tattoos?|dress code|piercings?|beards?|uniform policy|flexible working|transfer to (?:another|a different) force|coping with stress|work ?\/? ?life balance|(?:response|night|late|early|day|neighbourhood) shifts|taser|clear desk|(?:become|becoming) an? (?:detective|di|dci|ds|sergeant|inspector|superintendent))\b/,
  // IT and equipment, and how to use a records system
  /\b((?:on|in|into) (?:niche|athena)|(?:niche|athena) (?:or|vs|and) (?:niche|athena)|records systems?|i2|analysts? notebook|(?:share|sharing) (?:my |your |the )?screen|screen ?shar\w*|password|passwords|pwd|pw reset|reset (?:my )?(?:teams |outlook |laptop )?pw|(?:teams|outlook) (?:profile )?(?:pictures?|photos?|pics?|status|backgrounds?)|profile (?:pictures?|photos?|pics?)|iphones?|androids?|log ?in(?!.{0,30}\b(?:microsite|knowledge hub))(?<!\b(?:microsite|knowledge hub)\b.{0,60})|logon|sign ?in|laptop|computer|desktop|printer|wi-?fi|vpn|outlook|mailbox|(?<!\b(?:does|do|did|will|would|can|could|should|might|may|to|and|how) )it (help ?desk|service ?desk|support)|service ?desk|help ?desk|locked out|mfa|authenticator|install|software|windows update|keyboard|pivot tables?|vlookup|excel|power ?bi|spreadsheet formulas?|mail merge|cache|cookies|browser|batter(?:y|ies)|charger|(?:logging|logs|signing|signs|kicking|kicks) me out|warrant cards?|uniform (?:kit|stores?|orders?)|(?:order|replace|request)\w* (?:a |my |some |new |replacement )*(?:uniform|kit|body armou?r|boots)|body armou?r|(?:pairs? of|walking|work|patrol|safety|steel toe(?:d|cap)?) boots|body[- ]?worn(?: video| cameras?)?|bwv|lost (?:my )?(?:id card|pass|badge|lanyard))\b/,
  // Another service's e-mails and notifications; not the bot's own reminders, which it can stop
  /^(?!.*\b(?:drop ?ins?|reminders?|bot|lro assist)\b).*(?:\b(?:spamm\w*|flooding|clogging|filling) (?:up )?my (?:inbox|e-?mails?)\b|\b(?:turn|switch|shut) off (?:the |my |these |those |all )?(?:e-?mail )?(?:notifications?|digests?|alerts?)\b|\b(?:notifications?|digests?|alerts?)\b.{0,60}\b(?:turn|switch) (?:them|it|these|those) off\b)/,
  // Crimes against the asker's own family, for their force to deal with
  /\bmy (?:sons?|daughters?|kids?|wifes?|husbands?|partners?|mums?|dads?|neighbours?) (?:\w+ ){0,2}(?:got |was |has been |been )?(?:nicked|stolen|broken into)\b/,
  /\b(?:team )?away ?days?\b|\bon (?:my|our) work (?:phone|mobile|laptop)\b|\bfonts?\b/,
  // Everyday police procedure and family life the briefing does not cover
  /\b(?:police caution|mash referrals?|referral (?:forms? )?(?:for|to) (?:our |the |a )?(?:local )?mash|(?:wording|words) of the caution|the caution (?:wording|words)|(?:good|best|decent|nice|outstanding) (?:primary|secondary|junior|infant) schools?)\b/,
  // Home, office and garden jobs, fitness, study and the sky
  /\b((?:change|changing) (?:a |the )?(?:car |flat )?tyres?|flat tyres?|bibliograph\w*|harvard (?:style|referencing|format)|referencing style|fridges?|freezers?|microwaves?|kettles?|dishwashers?|vending machines?|kitchen (?:equipment|appliances?)|garden sheds?|sheds?|garden walls?|brickwork|blocked drains?|drains?(?! on)|potholes?|(?:leaking|leaky) roofs?|roofs? (?:is |are )?leak\w*|roof repairs?|(?:dogs?|noise) (?:barking|complaints?)|(?:stray|lost) dogs?|dog (?:wardens?|fouling)|(?:spouse |family |work |student )?visas?|passports?|barking|dogs?\b.{0,20}\bbarks?|mindfulness|meditation|street ?lights?|bin collections?|patio|icebreakers?|(?:party |team )?games|marketing|rent arrears|decking|conservatory|loft conversion|boiler|plumber|diy|condensation|damp|plank|core strength|workouts?|press ?ups|sit ?ups|masters(?: degree)?|phd|a levels?|gcses?|the moon|sunrise|sunset|ringtone|voicemail|block (?:a|this|that) (?:number|caller)|(?:half )?marathon|fingerprint|face id|screen lock|gowisely|breath tests?|breathalys\w*|drug ?wipes?|drugalys\w*|roadside (?:drug |breath )?(?:checks?|tests?|testing)|gifts? and hospitality|hospitality register|dse|display screen|workstation assessments?|(?:a |the )?caller on hold|on hold in teams|council tax|homelessness (?:prevention )?(?:assessments?|applications?|dut(?:y|ies)|referrals?)|housing benefits?|universal credit|benefits? (?:claims?|appeals?)|cyber ?bull\w*|moving house|house move|self[- ]?harm\w*|mot|brakes|tyres|steps a day|news headlines|(?:todays|the latest) (?:news|headlines))\b/,
  /\b(teams|email|e-mail|phone|app|system|network|internet|wifi|radio|airwave|monitor|screen|word|excel|document|camera|mic|microphone|audio|video|sound) (is |isnt |keeps? )?(not working|not loading|wont (?:load|open|start|work)|doesnt work|stopped working|broken|down|crashing|crashed|crashes|frozen|freezing|freezes)\b/,
  /\b(?:private |shared )?channels? in teams\b|\b(?:set up|create|start|make) (?:a |an )?(?:whatsapp|facebook|teams|signal) (?:groups?|chats?|pages?)\b|\b(?:export|save|convert|print)\b.{0,30}\b(?:to|as) (?:a )?pdf\b|\bbusiness pages?\b|\bteams (?:is|will be|gets|getting)(?: being)? (?:replaced|scrapped|switched off|retired|upgraded)\b|\bguest (?:accounts?|access)\b|\bteams\b.{0,30}\b(?:migration|show(?:s|ing)? me as|status|dropping|drops|calls?|notifications?|muting|mutes?|channels?|guests?)\b|\b(?:(?<!\b(?:isnt|not|no) (?:a |an )?)powerpoint|slide transitions?|out[- ]of[- ]office (?:message|reply|replies|auto ?reply)|(?:set up|turn on|switch on|put on) (?:an? |my )?out[- ]of[- ]office|auto ?reply)\b|\b(?:pdf|word(?: document)?|docx)\b.{0,20}\b(?:to|into) (?:a )?(?:word|pdf|excel)\b|\bconvert\w* .{0,40}\b(?:to|into) (?:a )?(?:pdf|word|excel)\b|\bfillable\b|\bpdf forms?\b|\brecurring (?:teams |zoom |outlook )?(?:meetings?|invites?|calls?)\b|\b(?:add|invite) (?:an? )?(?:external )?guests? (?:to|into) (?:a |the |my |our )?(?:teams|zoom|outlook)\b|\b(?:set up|send|schedule|create) (?:a |an )?(?:teams|zoom|outlook) (?:meetings?|calls?|invites?)\b/,
  // Referrals under counter-terrorism's Prevent, which shares only a name with the 4P strand
  /\b(radicali[sz]\w*|channel (?:referrals?|panels?)|referral to channel|counter[- ]?terror\w* (?:prevent )?referrals?)\b/,
  // Weather, sport, food, travel and entertainment
  /\b(weathers?|forecast|raining|rain|rainfall|rainy|wetter|sunny|sunnier|temperature|snow|(?:clear|blue|cloudy|grey) skies)\b/,
  /\b((?:football|soccer|cricket|rugby|tennis|golf)(?! (?:coach(?:es)?|clubs?)\b)|premier league|world cup|fixtures?|who won|who do you (?:reckon|think) (?:will )?wins?|sweepstakes?|what(?:s| was| is) the score\b|(?:the |an? )?england (?:match|game|squad|team|kick ?off)|the (?:match|game) (?:on )?(?:saturday|sunday|tonight|today|tomorrow|this weekend|at the weekend)|olympics|formula 1|rovers|bears|fc|afc|league table|footy|offside|match score|the ashes|scores? in the (?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|last) (?:test|match|game))\b|\bwatch(?:ing)? the (?:match|game)\b|\b(?:city|united|town|rovers|argyle|albion|athletic|wanderers|rangers) (?:kick ?off|score|result|match|game)\b|\b(?:did|will|do) (?:[a-z]+ ){1,2}(?:win|lose|draw)\b.{0,20}\b(?:weekend|last night|saturday|sunday|tonight|yesterday|match|game)\b/,
  /\b(speech|cover letter|cv|job application|calendar|diary|leaving (?:do|card|present|collection)|retirement (?:do|card|party|present)|birthday|recipe|lunch|dinner|bbq|barbecue|chilli|curry|meals?|breakfast|roast|cook|cooking|bake|baking|pizza|coffee|canteen|(?:get|grab|buy|find) (?:some )?(?:food|something to eat)|somewhere to eat|scones?|cream teas?|dish(?:es)?|veggie|vegetarian|vegan|bring and share|bring-and-share|quiz(?:zes)?(?!\s*[:-])|job (?:adverts?|descriptions?)|grant (?:bids?|applications?)|elections?|fictional|complaints against (?:the )?police|professional standards|iopc|(?:coming|turning up|came) in late|infestations?|pest control|food hygiene|dash (?:risk )?(?:assessments?|forms?)|stab vests?|pip ?[1-4]|speeding|\d+ in a \d+|(?:request|order|get|getting|replace|replacing) (?:a |my )?(?:new |replacement )?(?:work )?(?:phone|laptop|mobile)|shift patterns?|leaving do|christmas (?:party|meal|do|lunch|dinner)|(?<!\blike an? (?:\w+ )?)night out|(?:three course|set|christmas|dinner|lunch|buffet) menus?|buffets?|catering|caterers?|sandwich\w*|platters?|competency (?:examples?|framework|based)|go(?:ing)? for promotion|xmas (?:do|party|meal|lunch)|librar(?:y|ies)|(?:leadership|management) books?|project management (?:apps?|tools?|software)|pocket ?note ?books?|business cards?|(?:pie|bar) charts?)\b/,
  /\b(train times?|train to|(?:school )?trips? to|things to do in|zoo|(?:train |bus |taxi )?fares?|bus times?|parking|car park|(?:where|can) (?:can |do |should )?(?:i|we) park|(?:best |good |nearest )?places? to park|book(?:ing)? (?:a |the )?(?:\w+ )?(?:(?:conference|meeting|briefing|training|board) )?rooms?|booking systems?|pool cars?|hire cars?|flights?|hotel|taxi|speed awareness|driving (?:lessons?|tests?|courses?)|(?:teach|teaching|learn|learning) (?:\w+ ){0,2}to drive)\b/,
  /\b(movies?|tv|netflix|music|songs?|book to read|podcasts?|highway code|traffic lights?|(?:good |a )books? (?:on|about)|gym|horoscope|(?<!postcode )lottery|watch (a |the )?films?|films? to watch|(?:best|favourite) films?)\b/,
  // Chit-chat and general knowledge
  /\b(joke|jokes|riddle|poem|tell me a story|how are you|how(?:s| is) (?:your|ur) day|hows it going|how are things|your name|who made you|are you (a )?(bot|human|real|robot)|meaning of life|favourite)\b/,
  /\b(convert (?:\d+|a|an) .{0,20}\b(?:to|into) \w+|\d+(?:\.\d+)? ?(?:%|per ?cent) of \d+|\d+ (?:times|plus|minus|divided by|multiplied by) \d+|statistical tests?|significance tests?|spss|stata|time series (?:analysis|models?|forecasts?)|(?:mean|median|mode) (?:and|vs|or|versus) (?:the )?(?:mean|median|mode)|standard deviations?|(?:stats|statistics|maths|econometrics) (?:text ?books?|courses?|books?)|pythagoras|algebra|trigonometry|times tables|(?:maths|math|science|english|kids?|sons?|daughters?) homework|regression (?:discontinuity|analysis|models?)|confidence intervals?|t[- ]tests?|chi[- ]squared?|capital of|population of|(?:current |new )?(?:home secretary|prime minister|chancellor of the exchequer)|how tall is|how old is|how many (?:police )?(?:officers|cops|pcsos) (?:are there|does|do)|peace (?:interview\w*|model)|national decision model|translate|in (?:spanish|french|german|italian|polish)|christmas markets?|half term|school holidays)\b/,
  /\b(what (day|date|time) is it|todays date|whats the (date|time))\b/,
  // Tasks for a personal assistant, which this bot is not; "would you call CHB a tactic" asks what something is
  /\b(?:can|could|will|would) you (?:please |just )?(?:help (?:me|us) )?(?:book|order|send|email|design|e-mail|set up|schedule|arrange|cancel|buy|call(?! (?:[\w-]+ ){1,2}(?:an?|the) )|ring|print|fix|reset|write|draft|open|remember)\b/,
  /\b((?:write|draft|compose) (?:me |us )?(?:a |an )?(?:short |quick )?(?:press releases?|poems?|limericks?|speech(?:es)?|letters?)|^(?:please |pls )?(?:set up|book|schedule|arrange) (?:a|an|the) (?:teams |zoom )?(?:meeting|call|room|appointment)|do you remember|remind me to|set a reminder|meeting rooms?|docking stations?|keyboards?|webcams?|headsets?|learn(?:ing)? (?:python|excel|sql|to code|coding|programming)|python|desk booking|book(?:ing)? a desk|hot ?desk\w*|office moves?|make me laugh|something funny|team building|team socials?|recommend (?:a |an |some )?(?:good |decent |nice |cheap )?(?:restaurants?|pubs?|bars?|cafes?|hotels?|places? to eat)|day off|days off|time off|dbs (?:checks?|certificates?|applications?)|how do i get to(?! (?:meet|see|speak|talk|know|join|attend|contact)\b| (?:one of )?(?:the |their |our |an? )?(?:\w+ )?(?:drop ?ins?|sessions?|meetings?|network|training|courses?|events?|briefings?)\b)|directions to|chair(?:ing)? (?:a |the )?(?:tricky|difficult|hard|challenging|tense|heated) (?:\w+ )?meetings?|(?:history|origins?) of (?:the )?(?:home office|police service|policing|met police|metropolitan police|national crime agency|nca))\b/,
  // Personal legal, medical and financial advice; "the main players are in custody" is a plan's situation
  /\b(legal advice|solicitor|lawyer|barrister|sue|suing|divorce|(?<!\b(?:are|is|were|was|been|now|all|remain|remains|still|them|him|her) in )custody(?! interventions?| navigators?| diversion)|my rights|employment tribunal|is it legal)\b/,
  // Another profession's CPD and registration; CPD asked beside LROs, CHB, SOC or 4P is the glossary's
  /^(?!.*\b(?:lros?|chb|soc|4 ?p)\b).*(?:\b(?:cpd|registration)\b.{0,40}\b(?:social workers?|nurses?|teachers?|paramedics?|pharmacists?|accountants?)\b|\b(?:social workers?|nurses?|teachers?|paramedics?|pharmacists?|accountants?)\b.{0,40}\bcpd\b)/,
  // A force's inspection grades, which the briefing does not give
  /\bpeel (?:grades?|gradings?|ratings?|judgements?)\b/,
  /\b(doctor|gp appointment|headache|(?:got|caught|have|has|had) covid|covid (?:tests?|jabs?|symptoms|isolation|rules)|vaccines?|prescription|mortgage|stock market|shares price|compound interest|interest rates?|savings account)\b/,
];

/**
 * Pubs, takeaways and restaurants are a night out, and a tenancy or landlord a personal matter, unless the
 * question is about a group's hold on them or the powers a plan uses ("tenancy powers in the first phase").
 */
const EVERYDAY_PLACES = /\b(restaurants?|takeaways?|pubs?|(?<!nail )bars?|cafes?|tenancy|tenants?(?! (?:groups?|associations?|forums?)\b)|landlord)\b/;
const GROUP_BUSINESS =
  /\b(ocgs?|gangs?|organised crime|county lines|chb|4p|pursu\w*|prevent\w*|protect\w*|prepar\w*|plans?|sites?|phases?|powers?|licen[cs]\w*|fronts?|launder\w*|exploit\w*|dealers?|dealing|drugs?|cuckoo\w*|assets?|asset mapping)\b/;

/** The text in lower case, without apostrophes and with single spaces, as the topic patterns expect. */
function lowered(text: string): string {
  // "she'd heard" is not a shed.
  return folded(text.toLowerCase().replace(/\b(i|you|he|she|we|they)[’‘`´']d\b/g, '$1 would'));
}

/** "Not after legal advice, just want to know: ..." says what the question is not; the question is what follows. */
const LEGAL_ADVICE_DISCLAIMED = /\b(?:(?:im|i am|we are|were) )?not (?:after|asking for|looking for|seeking|wanting|requesting) (?:any )?legal advice\b/g;

/** Lower case, without apostrophes, single spaces and no disclaimer of legal advice: what the legal and topic patterns read. */
function folded(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/\s+/g, ' ')
    .replace(LEGAL_ADVICE_DISCLAIMED, '');
}

/** "a local gym the OCG controls - Pursue or Protect?", "taxi driver training: which P?": where something goes in a plan, whatever its everyday words. */
const PLACED_IN_PLAN =
  /\b(?:which|what) (?:p|strand)\b|\b(?:pursue|prevent|protect|prepare) or (?:pursue|prevent|protect|prepare)\b|\b(?:in|into|under) (?:the|our|my) (?:4 ?p )?plan\b/;

/** True when the text is plainly about something the assistant does not cover (HR, IT, weather, sport...). */
export function isOutOfScope(text: string): boolean {
  const lower = lowered(text);
  return (
    !PLACED_IN_PLAN.test(lower) &&
    (OUT_OF_SCOPE.some((re) => re.test(lower)) || aboutOtherPolicing(lower) || (EVERYDAY_PLACES.test(lower) && !GROUP_BUSINESS.test(lower)))
  );
}

/** True when the text is about policing other than the plans: a shed burglary, a breath test, a crime report. */
export function isAboutOtherPolicing(text: string): boolean {
  return aboutOtherPolicing(lowered(text));
}

function aboutOtherPolicing(lower: string): boolean {
  return (HOW_TO_DO.test(lower) || !PLANS_CONTEXT.test(lower.replace(NOT_ABOUT_PLANS, ''))) && OTHER_CRIME_TYPES.some((re) => re.test(lower));
}

/** Law and legal powers: acts, orders, authorisations and the words people use when asking what the law allows. */
const LEGAL_TOPIC =
  /\b(evidence (?:at|in) court|evidential (?:tests?|thresholds?|standards?)|breach (?:anything|any rules|(?:anyones?|their|his|her|the \w+s?) (?:rights|privacy))|disclosure (?:duty|duties|obligations?|rules|appl(?:y|ies))|disclos(?:e|es|ed|ing) (?:\w+ ){0,6}records?|disclos\w* (?:\w+ ){0,8}to the defence|foi (?:apply|applies|covers?)|freedom of information|an foi\b|(?:is|would) (?:it|that|this) (?:be )?an? (?:criminal )?offen[cs]e|possession (?:hearings?|proceedings|claims?|orders?)|seek(?:s|ing)? possession|participat\w* in (?:an? )?(?:ocg|organised crime group) offen[cs]e|cda|(?:if|when|once) (?:they|he|she|the \w+) (?:challenges?|challenged|appeals?|appealed) (?:it|this|that|the \w+)|article \d+|echr|poca|proceeds of crime|gdpr|cpia|criminal procedure and investigations act|stop and search|data protection|ripa|ripsa|ipa|pace|human rights(?: act)?|\w+ act \d{4}|(?:crime|disorder|police|policing|proceeds|drugs|slavery|housing|behaviour|licensing|powers|justice|children|care|protection|rights|investigatory powers|official secrets) act|contempt(?: of court)?|grounds (?:to|for) (?:an? )?(?:arrest|search|seiz|charg|ent(?:er|ry))\w*|admissib\w*|inadmissible|prejudice (?:the |a )?(?:trial|case)|closure orders?|prevention orders?|appropriate adult|take a statement|witness statements?|(?:account )?freezing orders?|civil orders?|production orders?|scpos?|directed surveillance|covert surveillance|surveillance authorit\w*|dpias?|crime and disorder act|dispersal (?:orders?|powers?|zones?)|dispers(?:e|es|ed|ing)|close (?:down )?(?:a|the|their|his|her|that|this) (?:\w+ ){0,2}(?:house|flat|premises|property|address|shop|business)|injun?ctions?|authori[sz](?:ations?|e|es|ed|ing)|evict\w*|seiz\w*|forfeit\w*|compel(?:s|led)?|what powers? (?:let|lets|allow|allows|enable|enables|give|gives)\b|legal(?:ly)?|illegal(?:ly)?|lawful(?:ly)?|unlawful|the law|in law|any laws?|(?<!\b(?:before|after|since|until|till) (?:the |any |our |those |these )?)warrants?(?! cards?| go in| went in| going in| goes in)|legislation|by law|liab(?:le|ility)|dpa|confidentiality|civil recovery|unexplained wealth orders?|uwos?|hearsay|without (?:a warrant|notice|(?:the )?(?:\w+ )?consent)|(?:premises |hmo |taxi |alcohol |personal )licen[cs]es?|privacy|powers? of entry|court orders?|search warrants?|licen[cs]e reviews?|revok\w*|closure applications?|ground \d+|dispersal directions?|section \d+|defamation|defamatory|libel|slander|sued|sue|suing|evidence in court|used as evidence|\benter (?:(?:a|the|their|his|her|our) )?(?:\w+ ){0,2}(?:shop|premises|house|flat|property|home|business|address)\b|points to prove|appeal(?:ed|s)?|premises closures?|closure notices?|community protection notices?|cpns?|public spaces protection orders?|pspos?|entrapment|prosecut\w*|sentenc\w*|conspiracy|cps|stpos?|cbos?|criminal behaviour orders?|gang injun?ctions?|offences? (?:under|of)|charge (?:them|him|her|the \w+) with|charge (?:\w+ ){1,6}with \w+ (?:\w+ )?offen[cs]es\b|charge (?:him|her|them)\b|disclos\w* (?:\w+ ){0,5}to the defence|s\.? ?\d{1,3}[a-z]?|article \d+|echr|name and (?:picture|shame|photograph)\w*|(?:nominals?|offenders?|suspects?|dealers?|members) (?:photos?|pictures?|images?)|(?:photos?|pictures?|images?) of (?:the )?(?:nominals?|offenders?|suspects?|dealers?|(?:ocg |gang )?members)\b|(?:publish|publicis|publiciz)\w* (?:the |their |his |her )?(?:names?|photos?|pictures?|mugshots?|images?)|name (?:the )?(?:suspected |known |alleged )?(?:ocg |gang |group )?(?:members|offenders|suspects|nominals|dealers) (?:at|in|on|to)\b|(?:is|would) (?:that|it|this) (?:be )?a breach|(?:in|as) court evidence|mugshots?|risk orders?|(?:foi|freedom of information) (?:exemptions?|requests?)|under (?:the )?(?:foi|freedom of information)(?: act)?|without (?:breach\w*|breaking|falling foul of) (?:anything|any (?:rules|laws?)|the law|rules)|exemptions? (?:applies|apply|under)|licensing breach\w*|without (?:telling|informing|notifying|consulting) (?:the |their |his |her )?(?:parents?|family|families|them|him|her|tenants?|school|landlord))\b/;
const ADVICE_ASK =
  /\b(kicks? in|(?:allowed|permitted) under|(?:appropriate|proportionate|justified) (?:for|against|on) (?:our|this|that|the|a|an|my|their)\b|(?:go|goes|come|comes|be heard|be listed) (?:before|in front of) (?:the |a )?(?:magistrates|court|judge|bench)|be (?:in )?contempt\b|covered by|applicable|disclosable|disclosure (?:duty|duties|obligations?)|(?:legal|lawful|unlawful|illegal) (?:on|against|vs|versus)|legally\s*\??$|(?:does|do|would|will) (?:our |the |a |this |that )?(?:[a-z0-9.]+ ){0,4}(?:powers?|warrants?|orders?|act|section \d+|agreements?|protocols?|dsas?|isas?|ripa|poca|gdpr|pace|dpa|ipa) (?:[a-z]+ ){0,4}?(?:also )?cover|(?:powers?|warrants?|orders?|act|section \d+) (?:would|will|does|do|should) (?:also )?(?:cover|extend to)|can (?:we(?! (?:contact|ring|call|phone|email|reach|speak to|talk to|get hold of)\b)|i(?! (?:see|find|read|look|access|contact|ring|call|phone|email|reach|speak to|talk to|get hold of)\b)|they|(?:the|an?|our|my|their) \w+|councils?|police|housing|landlords?|health|schools?|nhs|gps?|hospitals?|partners?)|could (?:we|i|they|the \w+|councils?|police|housing|health|schools?|nhs|gps?|hospitals?|partners?)|(?:can|could) (?:poca|ripa|gdpr|pace|the act|(?:an? |the )?[a-z]+ orders?) be used\b|entitled to|\b(?:act|section \d+|sec \d+)\b.{0,20}\b(?:does|would|will) (?:it|that|this) (?:also )?cover\b|is it (?:lawful|legal|ok|okay|allowed)|(?:are|is|am) (?:we|i|it|they) (?:ok|okay|alright|fine|safe|covered) (?:to|under)|(?:gdpr|legal|data protection|legally|privacy)[- ]?wise|(?:would|will|could) (?:it|this|that|they|(?:the|that|this) (?:\w+ )?\w+) (?:survive|stand|hold)|(?:would|will|could) .{0,80}\b(?:stand up|hold up)\b|(?:an? )?(?:human rights|legal|gdpr|data protection|privacy) (?:problem|issue|risk|breach)|be used (?:as|in) evidence|(?:get|be|being) sued|(?:could|can|would|will|might) (?:a |an |the |their |our )?\w+ sue (?:us|me|them|the \w+)\b|(?:get|got|be|land) (?:in|into) (?:legal )?trouble|(?:get|land|put) (?:us|me|them|you|him|her) (?:in|into) (?:legal )?trouble|(?:does|do|would|will|could) .{0,80} apply to|(?:could|would|can|will|might) .{0,40} be (?:held )?(?:prosecuted|charged|sued|liable)|counts? as(?! (?:the |a |an )?(?:[\w-]+ ){0,3}(?:part|bit|strand|phase|block|element|side) of)|enforce|(?:am|are|is) (?:i|we|they|it) allowed|(?:is|are|would|will) .{0,60}\bpossible\b|enough to (?:seize|get|apply|justify|charge|secure|forfeit)|use (?:poca|ripa|the proceeds of crime act|section \d+|powers? under)|(?:enough|sufficient) grounds|(?:have|got) (?:the )?grounds (?:for|to)|(?:is|are|would|will|be) .{0,60}\b(?:enough|sufficient)\b|(?:is|are|would|will|be) .{0,60}\b(?:still )?(?:valid|invalid|void)\b|\b(?:valid|invalid|void)(?=\s*\??\s*$)|appl(?:y|ies) to (?:us|me|them|our \w+)\b|appl(?:y|ies) to (?:an? |the )?(?:\d+|under|kids?|children|juveniles?|minors?|youths?|teenagers?|tenants?|him|her)\b|(?:for|in|on)? ?(?:my|our|this) case(?=\W*$)|(?:authori[sz]ation|authority|warrant|order) for (?:this|that|it)(?=\W*$)|(?:enough|sufficient) for (?:an? |the )?\w+|be granted|in breach of|^legally\b|legally (?:required|obliged?|bound)|personally liable|(?:is|are|would|will|be) .{0,60}\b(?:appropriate|suitable|realistic|viable)\b|(?:would|will|could|can) (?:we|i|they) (?:likely |realistically |actually )?(?:get(?! hold of\b| in touch\b)|obtain|secure)\b|\bunder (?:ripa|poca|gdpr|cpia|(?:the )?(?!what |which )\w+ act)\b|(?:have|has|need|needs) to be disclosed\b|\bis (?:it|this|that) (?:\w+ )?(?:entrapment|a breach|contempt)\b|\bis (?:it|this|that) an? (?:[a-z0-9]+ ){1,3}breach\b|personal (?:legal )?liability|(?:have|has|carry|bear|face) (?:any )?(?:legal )?liability|achievable|obtainable|doable|feasible|meet (?:the )?(?:test|tests|criteria)|(?:do|does|would|will) (?:we|i|they|the \w+) (?:\w+ )?have to|must (?:we|i|they|(?:the|our) \w+)|\b(?:passed|pass|shared|share|disclosed|disclose|used|use|given|sent|handed|go|goes|kept|keep|stored|store|held|hold) (?:\w+ ){0,5}(?:legally|lawfully)(?=\W*$)|(?:our|my|their) (?:legal )?liability|(?:am|are|is) (?:i|we|they|(?:the|a|an) \w+) (?:\w+ )?liable|(?:do|does) (?:we|i|they|(?:the|a|an|our)(?: \w+){1,2}) have (?:a |any |the )?(?:\w+ )?(?:duty|power|authority|right)s?\b|points to prove|what happens if (?:we|i|they)|(?:better|best) (?:going for|to go for|off with)|(?:which|what) (?:one )?(?:applies|will (?:a |the )?court)|without (?:a )?(?:warrant|court order|consent)|(?:is|are) .{0,50} (?:ok|okay|alright|fine) to|(?<!\b(?:we|i|you|they|already|also|usually|normally) )(?:would|will|does|do) .{0,60}\b(?:work|apply)\b|rely on|grounds (?:enough|sufficient)|(?:is there|have we got|do we have|weve got) (?:enough|sufficient)\b|(?:be )?available against|likely to be granted|within (?:our|their|its|my|the) powers?|(?:lawful|legal|unlawful|illegal) (?:for|here|in this case)\b|need (?:an? |the )?(?:\w+ )?(?:auth|authori[sz]ation|authority|warrant)\b|make (?:it|this|that) (?:lawful|legal|unlawful|illegal)|(?:legal|evidential) thresholds?|(?:standard|burden) of proof|(?:orders?|warrants?|injun?ctions?|notices?) thresholds?|(?:gdpr|data protection|dpa)\b.{0,20}\bshar(?:e|ing)\b|(?:un)?enforceable|(?:would|will|could) (?:we|i|they|you) be able to|within (?:its|their|our|my|his|her|the) rights|(?:are|r) we allowed|allowed (?:by law )?to|do (?:we|i) need|(?:needed|required) (?:for|before|to)|(?:is|are) .{0,40} (?:needed|required)|does (?:the )?.{0,50} (?:stop|allow|let|permit|prevent|oblige|compel)|(?:would|will) (?:the )?(?:gdpr|dpa|data protection|law|legislation|ripa|poca|pace|human rights|\w+ act) (?:\w+ ){0,6}?(?:stop|allow|let|permit|prevent|oblige|compel)|what (?:section|power|powers|law)|(?:whats|what is|what are) the thresholds?|(?:what|which) thresholds?\b|\bwarrant\s*(?:or|\/|vs?)\s*no warrant\b|\bthresholds? (?:for|to|of)\b|admissib\w*|(?:whats|what is|what are) the (?:legal |statutory )?tests? (?:for|to|(?:a|the) (?:court|judge|magistrates?|bench))\b|which (?:\w+ )?(?:section|power|powers|order)|should (?:we|i) use|legal(?:ly)? (?:test|required|basis|advice|position|view|opinion|wording|drafting)|(?:which|what) (?:parts?|bits?|sections?|provisions?) of (?:ripa|ripsa|poca|pace|gdpr|cpia|ipa|dpa|the (?:[a-z]+ ){0,4}act)\b|what (?:do |does |must |would |will )?(?:we|i|they|you|police|the police|the council) (?:need to |have to |gotta |got to |must )?prove\b|time limits?|(?:if|whether) (?:it|its|it is|this is|that is|thats) (?:\w+ )?(?:legal|lawful|illegal|unlawful)\b|(?:legally|lawfully) \w+|be (?:lawful|legal|unlawful|illegal)|(?:is|are|would|will) .{0,80} (?:lawful|legal|unlawful|illegal)(?! (?:vapes?|drugs?|tobacco|cigarettes|workers?|migrants?|immigrants?|money ?lend\w*|loans?|lenders?|gambling|firearms|guns|weapons|goods|substances|products|items|trade|trading|waste|dumping|raves?|parties|tipping|encampments?)\b)|(?:is|are|would|will|be|count as) .{0,80}\bhearsay\b|(?:is|are|was|were) (?:(?:it|that|this|they|(?:the|our|their|my) \w+) )?(?:lawful|legal|unlawful|illegal)\b(?! (?:services?|teams?|advice|advis[eo]rs?|departments?|leads?))|(?:stand|hold) up (?:against|in court|legally|(?:at|in) (?:the )?(?:magistrates|crown court|court|tribunal))|(?:survive|withstand) (?:a |any |an |the )?(?:legal )?(?:challenge|appeal|judicial review)|(?:enough|sufficient) evidence|evidential (?:threshold|test)|(?:is|are|would|will|be) .{0,60}\badmissible|(?:will|would|could) .{0,60}\b(?:succeed|be upheld|win)\b|(?:would|will) (?:a |the )?(?:court|judge|magistrates?) (?:actually |realistically |really )?(?:grant|accept|allow|agree|give|make|issue|award)|(?:would|will|is) (?:a |the )?(?:court|judge|magistrates?) (?:be )?(?:more |less )?likely to|(?:can|could|would|might) .{0,60}\bbe (?:challenged|overturned|quashed) (?:under|in|by|at)\b|(?:at )?risk (?:of )?(?:contempt|prejudic\w*|breach\w*|being sued)|gives? (?:us|me|them|you|officers|police) (?:the |enough |sufficient )?grounds|gives? (?:us|me|them|you|officers|police) (?:an? |the )?(?:legal |lawful )?(?:gateway|power|basis|right)s?\b|\bappl(?:y|ies)(?=\s*\??\s*$)|\b(?:lawful|compliant|ok|okay|(?:grounds|criteria|thresholds?|tests?)(?: met)?)(?=\s*\?+\s*$)|^(?:\S+ ){1,5}(?:ok|okay|lawful|legal|allowed|compliant|grounds|needed|required|applies|apply|covers? (?:us|me|them|it|this))(?=(?: here| for (?:us|this))?\s*\?*\s*$)|(?:auth|authori[sz]ation|authority|warrant|dpia|consent)s? (?:needed|required)\b|^(?:is|would) (?:this|that|it) (?:be |count as |amount to )?(?:an? )?(?:\w+ )?(?:surveillance|entrapment|harassment|offen[cs]e|breach|contempt|defamat\w*|libel)\b|legal(?:ly)? requirements?|meet (?:the )?(?:legal|lawful) (?:requirements?|tests?|threshold)|meet (?:the )?thresholds?|(?:likely to be |be )?granted by (?:the |a )?(?:court|judge|magistrates?)|(?:would|will|could|does|might) .{0,60}(?:prejudice|amount to)|(?:would|will|does|do) .{0,60} stick|(?:breach|breaches|breaching|break|breaks|breaking|infringe|infringes|violate|violates|engage|engages) (?:of )?(?:their |his |her |the |our |anyones |someones |patient |any |residents |tenants |peoples )?(?:gdpr|ripa|ripsa|pace|poca|dpa|data protection|the law|laws?|human rights|privacy|confidentiality|article \d+|echr|cpia|official secrets)|(?:within|against|outside|breaking) the law|(?<!\b(?:csps?|partnerships?)\b.*)(?:in|under|by) law(?=\W*$)|acted (?:lawfully|legally|unlawfully|illegally)|(?:do|does|would|will) .{0,60} (?:need|require) (?:an? |the )?(?:\w+ ){0,3}(?:authori[sz]ation|authority|warrant|order|dpia|consent|conviction|court|hearing)|what does the law (?:say|require|need)|lets? (?:me|us)|lets? (?:the |a |an |our |their )?\w+ (?:share|use|disclose|pass)|(?:be|is|are) (?:\w+ ){0,4}justif(?:ied|iable)|power to|^powers? to\b|^(?:\w+ )?powers? (?:of )?(?:entry|to enter)\b|powers under|legal advice|(?:gdpr|data protection|legally|ripa|poca|pace|dpa|echr|human rights)[- ]?compliant|compliant with|(?:be|is|are|would|will) .{0,60}\bproportionate|(?:legal|lawful) (?:route|option|avenue|remedy|tool|gateway|power|duty|obligation|footing|cover|grounds?)s?|mean (?:that )?(?:the |we |they |our |i )?(?:\w+ ){0,2}(?:has|have|must) to|which (?:is |one is |would be |one(?:s)? )?(?:better|best|stronger|more effective)|likely to get|what sentences?|(?:appeals?|cases?) (?:succeeded|won|failed)|comply with|(?:lawful|legal) basis|decide between|choose between|advice on whether|(?:dpia|consent|authori[sz]ation|authority|warrant|order) covers?|(?:act|section(?: \d+)?|law|legislation|s\.? ?\d{1,3}|ripa|poca|gdpr|pace|ipa|dpa) covers? (?:sharing|them|us|it|this|that|the|our|their)\b|\bbinds? (?:us|them|me|our|their|the|an?)\b|(?:is|are|would|will) .{0,60}\b(?:defamat\w*|libel\w*|slander\w*)|(?:is|would) (?:that|it|this) (?:be )?(?:contempt|defamat\w*|libel\w*|a breach)|if (?:we|i) can (?:get|use|apply)|(?:lawful|legal) under|(?:lawful|legal) or not|should (?:we|i) charge|what offences?|(?:have|has|got|use|run|raise) (?:a|any|the) (?:[a-z0-9]+ ){0,5}defen[cs]e\b|right (?:power|law|section|legislation|order|route)|likely to succeed|(?:court|judge|magistrates?|bench)s? (?:be |is |are )?likely to (?:grant|accept|allow|agree|approve|make)|criteria|exemptions?|should (?:i|we) go for|(?:gdpr|legal|lawful|data protection)[- ]?(?:ok|okay|fine)|^(?:is it |its )?(?:legal|lawful|illegal|unlawful) to|(?:will|would) (?:the )?(?:cps|court|judge|magistrates?) (?:go for|charge|accept|authori[sz]e)|(?:would|will|could|might|does|do)\b.{1,60}\b(?:breach|contravene|infringe|violate)|(?:act|s\.? ?\d+|section \d+|sec \d+)\s*[-–—:,]\s*(?:does (?:it|that|this) )?covers?|(?:can|could) (?:s\.? ?\d+ |section \d+ )?(?:the )?(?:[a-z&]+ ){0,4}act be used)\b/;

/**
 * "publishing photos in our comms - legal?": whatever the topic, a closing "legal?" asks whether it is lawful; so does
 * whether facts amount to a statutory defence ("is that enough for a modern slavery defence?"), and whether something
 * would stand up in court, whether hearsay may be used, and whether someone would be committing an offence.
 */
const LEGALITY_ASKED =
  /^\W*(?:an? )?(?:s|section)\.? ?\d+[a-z]? (?:of (?:the )?)?(?:pace|poca|ripa|mda|misuse of drugs act|asb ?cpa|[a-z]+ act)\b[^?]{0,25}\?*\s*$|\b(?:stand|hold) up in court\b|\bcommitting an? (?:criminal )?offen[cs]e\b|\bhearsay (?:evidence )?(?:ok|okay|allowed|admissible|acceptable|usable)\b|\b(?:use|rely on|admit) hearsay\b|(?:\s-|:)\s*(?:is (?:it|that|this) )?(?:legal|lawful)\s*\?+$|\b(?:enough for|amount to|count as|qualify for|rely on|use|run) (?:a |the )?(?:modern slavery|s ?45|section 45|statutory) defen[cs]e\b/;

/** Revising the law for an exam is study, not a case: "help me revise stop and search powers for my sergeants' exam". */
const FOR_AN_EXAM = /\b(?:revis(?:e|ing|ion)|exams?)\b/;
/**
 * Which 4P strand an action goes under is a question about the plan: "under Pursue is it only prosecution"; not
 * when the text names an act, authorisation or order ("for the Pursue strand, do we need a RIPA authorisation to ...",
 * "would a gang injunction stand up against a lad in our Prevent strand").
 */
const STRAND_ASKED =
  /^(?!.*\b(?:ripa|poca|gdpr|authori[sz]ations?|warrants?|legally|lawfully|(?:il|un)?legal|(?:un)?lawful|prevention orders?|injunctions?|defen[cs]es?|offen[cs]es?)\b).*\b(?:under|as|in|into|for) (?:the )?(?:pursue|prevent|protect|prepare)\b/;
/**
 * What set up the partnerships and who must sit on them is a fact the knowledge base gives: "the legal basis for CSPs";
 * the basis for sharing or disclosing something through one is a legal question.
 */
const PARTNERSHIPS_FOUNDED =
  /^(?!.*\b(?:share|sharing|disclos\w*)\b).*(?:\b(?:csps?|(?:community safety|crime and disorder|statutory) partnerships?|on community safety)\b.*\b(?:set (?:them )?up|sit on|be on|basis|footing|established|created|statutory members|legal requirement|come from|(?:what|which) section)\b|\b(?:sets? up|sit on|come from|(?:what|which) section)\b.*\b(?:csps?|community safety partnerships?)\b|\bbasis (?:for|of) (?:the |a |our |their )?(?:csps?|community safety partnerships?)\b|\blegally required to work together on community safety\b)/;

/**
 * Whether a partnership must do something by law is a legal question, however it was set up ("is our CSP legally
 * required to ..."); who must sit on one is a fact the knowledge base gives.
 */
const LEGALLY_BOUND = /\b(?:is|are|does|do) (?:(?:our|the|a|an|this|that) [\w ]{1,30}?|it|they|we) legally (?:required|obliged?|bound)\b|\blegally oblige\b/;

/** Whether GAIN works within legal gateways is how GAIN works, not a case: "does GAIN stay within legal gateways". */
const GAIN_WITHIN_GATEWAYS = /\b(?:gain|network|agencies)\b.*\bwithin (?:the )?(?:\w+ )?legal gateways\b|\bgain and legal gateways\b/;

/**
 * Which tools a phase uses is how the briefing describes it, not a case: "in the clear phase can we use civil and
 * regulatory powers too?"; unless it asks whether something is lawful.
 */
const PHASE_TOOLS =
  /^(?!.*\b(?:lawful\w*|unlawful\w*|legally|illegal\w*)\b).*\b(?:clear|pursue)\b.*\bcivil (?:orders? |powers? )?(?:and|or|&) (?:regulatory|licensing)\b/;

/** Where an action belongs in the phases or the Ps (see COUNTS_AS_PHASE_OR_P), unless lawfulness is asked. */
const PHASE_OR_P_ASKED = new RegExp(String.raw`^(?!.*\b(?:lawful\w*|unlawful\w*|legal\w*|illegal\w*)\b).*${COUNTS_AS_PHASE_OR_P}`);

/** True when the text asks what the law allows or requires: the assistant points to force legal services instead. */
export function isLegalAdviceRequest(text: string): boolean {
  const lower = folded(text);
  const bound = LEGALLY_BOUND.test(lower);
  if (LEGALITY_ASKED.test(lower)) return true;
  return (
    LEGAL_TOPIC.test(lower) &&
    ADVICE_ASK.test(lower) &&
    !FOR_AN_EXAM.test(lower) &&
    (bound || !PARTNERSHIPS_FOUNDED.test(lower)) &&
    !STRAND_ASKED.test(lower) &&
    !GAIN_WITHIN_GATEWAYS.test(lower) &&
    !PHASE_TOOLS.test(lower) &&
    !PHASE_OR_P_ASKED.test(lower)
  );
}

/** Regions, ROCUs and forces outside the South West. */
const OTHER_REGION =
  /\b(psni|police scotland|garda|emsou|ersou|erocu|emrocu|wmrocu|nwrocu|yhrocu|nerocu|serocu|seroc|rocuwm|titan|west yorks|south yorks|north yorks|yorks?|west midlands|east midlands|west mids|east mids|midlands|north west|north east|north eastern|yorkshire|humber|eastern region|east of england|eastern(?! (?:area|side|part|division|district|sector|end|edge|half|corner) of)|london|metropolitan|the met|^met (?!the |with |our |my |a |an |up )(?:\w+ ){0,3}(?:coordinators?|leads?|contacts?|emails?|numbers?|team|networks?|drop ?ins?)|met (?:police|boroughs?|equivalent|colleagues?|counterparts?|officers?|lros?)|south east|wales|welsh|tarian|scotland|scottish|northern ireland|thames valley|gmp|wmp|tvp|wyp|syp|nyp|kent|essex|merseyside|lancashire|cheshire|greater manchester|manchester|hampshire|sussex|surrey|northumbria|durham|cleveland|cumbria|humberside|lincolnshire|nottinghamshire|derbyshire|leicestershire|northamptonshire|west mercia|warwickshire|staffordshire|bedfordshire|hertfordshire|cambridgeshire|norfolk|suffolk|gwent|dyfed powys|leeds|liverpool|birmingham|sheffield|newcastle|nottingham|leicester|cardiff|swansea|glasgow|edinburgh|belfast|coventry|bradford|southampton|portsmouth|brighton|oxford|cambridge|norwich|(?<!\bthe \w+ )derby|(?:coord\w*|contacts?|leads?|spocs?|soc ccs?|team) met(?= ?$)|wolverhampton|sunderland|middlesbrough|blackpool|preston|luton|milton keynes|northampton|peterborough|ipswich|other region|another region|different region|(?:nw|ne|se|em|wm|yh) (?:rocu|soc|gain|region|lro|chb)|all (?:the )?(?:nine|9|other) rocus|every (?:other )?rocu(?! capabilit)|all (?:the )?rocus in (?:england|the country|the uk)|the other (?:eight|8) rocus)\b/;
/** The roles and services whose contacts a question may ask for ("lros?" covers the LRO network too). */
const CONTACT_TOPICS = String.raw`(?:soc ?ccs?|community coordinators?|coordinators?|gain|rdt|(?:regional )?disruption teams?|drop ?ins?|spoc|lros?|tac(?:tical)? advis[eo]rs?|chb|clear,? hold,? (?:and |& )?build|soc (?:\w+ )?leads?|4 ?p plans?|(?:soc )?partnership boards?|community safety partnerships?|csps?|plans? against|organised crime(?: groups?)?)`;
/** Asking for a person or contact in a role the South West contacts cover, the role before or after the asking words. */
const CONTACT_ASK = new RegExp(
  String.raw`\b${CONTACT_TOPICS}\b.*\b(who|whos|when|where|contacts?|details|number|email|reach|get hold|ring|call|runs?|leads?|our|their|theirs|cop(?:y|ies)|coordinates?|join|get onto|get on|sign up|in touch|arrangements|has|have|got|dates?|times?|schedule|its|chairs?|names?|emails?|book|courses?|covers?)\b|\b(who|whos|when|where|contact|details|number|email|reach|get hold|ring|call|runs?|leads?|heads?|chairs?|our|their|have|are there|is there|join|get onto|get on|sign up|in touch|how (?:does|do)|which (?:parts|areas|towns|places|neighbourhoods|wards|estates|sites)|name|what are|whats|what is|send|list|need|looking for|process(?:es)?|procedures?)\b.*\b${CONTACT_TOPICS}\b`,
);

/** Asking how to reach a ROCU: "a ROCU contact in Wales", "who do I speak to at the North East ROCU", "the West Midlands regional unit's sites". */
const ROCU = String.raw`(?:rocus?|(?:midlands|mids|north east|north west|eastern|yorkshire|welsh|london|south east) regional units?|(?:regional )?(?:special|specialist|organised crime) operations units?|(?:regional )?(?:organised )?crime units?)`;
const ASKS_TO_REACH = String.raw`(?:contacts?|details|number|email|reach|get hold|ring|call|speak|talk|who|whos|where|based|located|manages|runs|heads|web ?address|website|microsite|url|link|covers?|forces|out of hours|arrangements|offers?|services|provides?|capabilit(?:y|ies)|have|has|running|sites?|ooh)`;
const ROCU_CONTACT = new RegExp(String.raw`\b${ROCU}\b.*\b${ASKS_TO_REACH}\b|\b${ASKS_TO_REACH}\b.*\b${ROCU}\b`);
/** A ROCU named alone, as a request for it: "north east rocu pls". */
const ROCU_ALONE = new RegExp(String.raw`^(?:the )?(?:[a-z]+ ){1,3}${ROCU}(?: (?:pls|please|plz|thanks|ta|contact|details))*$`);
/** A South West service, a CHB site's gold group or meetings, or a force's own phases, asked after somewhere else, however briefly: "lro drop ins in the north west?", "emsou microsite address", "arrests in their clear phase". */
const SERVICE_ELSEWHERE =
  /\b(?:drop ?ins?|(?:soc )?partnership boards?|working groups?|lro network|lead (?:responsible )?officers? network|lro training|lro (?:user )?groups?|user groups?|force leads?|microsite|out of hours|capabilit(?:y|ies)|soc ccs?|(?:soc )?community coordinat[eo]rs?|gain coord\w*|(?:soc|gain) (?:coordinat[eo]rs?|person|people|contacts?|officers?)|disruption team|chb sites?|gold groups?|spocs?|soc leads?|tactical advis[eo]rs?|(?:regional |leads? )?networks? (?:for|of) (?:lros|(?:plan )?(?:leads|owners)|lead responsible officers)|(?:soc |organised crime )?local (?:soc |organised crime )?profiles?|(?:their|its) (?:chb )?sites?|(?:training )?templates?|governance (?:meetings?|mtgs?|boards?|dates|arrangements?|structures?|set ?up)|(?:soc )?partnership governance|oversight (?:meetings?|boards?|groups?)|(?:advice|support|regular|monthly|drop ?in) (?:sessions?|surgeries|clinics)|(?:gold|silver|bronze) (?:groups?|meetings?|mtgs?)|(?:their|its|police|constabulary) (?:clear|hold|build) phases?)\b/;
/**
 * What the briefing itself tells of elsewhere (the Merseyside chief constable's video, where CHB began), and
 * whether a force is in the region ("is Hampshire one of the South West ROCU forces"): facts, not contacts.
 */
const ABOUT_THE_BRIEFING =
  /\b(?:video|film|origins?|originally|come from|trialled|history|timeline|when did|(?:which|what) months|piloted|reports?|spread|came from|began|started|chief constable|kennedy|(?<!\ba )name for|phases|overlap\w*|one after (?:the )?other)\b|\bevolve\b.{0,40}\blink\b|\blink\b.{0,40}\bevolve\b|\bwhere did (?:\w+ ){1,4}(?:start|begin)\b|\bwas (?:it )?\w+(?: \w+)? the (?:original|first)\b|\b(?:is \w+(?: \w+)?|\w+ (?:is|are)) (?:one of|part of|in|covered by) (?:the )?(?:south west|sw|swrocu|our region)\b|\bis \w+(?: \w+)? included\b|\bis \w+(?: \w+)? in (?:it|them|that)\b|\b(?:does|do) (?:our|the|sw|south west) (?:regional )?(?:rocu|region) cover\b|\bforces (?:in|of|does|do) (?:the )?(?:sw|south west|swrocu|our)\b/;
/**
 * The first pilots, a clip the briefing cites, and whether things work the same way elsewhere, asked with no contact
 * word: "when was CHB first tried in West Yorkshire", "did HMICFRS name the West Yorks pilot", "does GAIN work the same
 * way here".
 */
const PILOTS_AND_PRACTICE =
  /^(?!.*\b(?:details|number|email|e ?mail|contacts?|chairs?|covering|whos|who is)\b).*\b(?:clip|originated?|first tried|pilot (?:site|area|phase)s?|(?:original|first|1st|earlier) (?:chb )?pilots?|the (?:\w+ ){1,2}pilots?|write ?up|(?:work|works|done) (?:it )?(?:the same|differently)|same (?:way|process))\b/;
/** "who should I ring at West Yorkshire", "the email address for Merseyside's team", "contacts for the West Yorkshire team", "contact for the Evolve team in Merseyside": a contact somewhere, whatever about. */
const WHO_TO_CONTACT_AT =
  /\bwho(?:s| is| are)? the (?:soc )?(?:ccs?|community coordinators?|gain coordinators?|coordinators?|spocs?) (?:in|at|for|over at|up in|down in)\b|\bwho (?:should|do|can|could|would) (?:i|we) (?:ring|call|contact|speak to|talk to|email|ask|approach) (?:at|in|from|over at|up at)\b|\bwho(?:s| is)? the (?:\w+ ){0,2}contact\b|\bwhat(?:s| is| are) (?:their|his|her) (?:\w+ )?(?:number|email|e mail|details)\b|\bwhat(?:s| is| are)? the (?:\w+ )?(?:number|email|e mail|contact details) for\b|\bhow (?:do|can|would) (?:i|we) (?:contact|reach|get hold of|get in touch with)\b|\b(?:e ?mail|phone|telephone|contact) (?:address|number|details)\b|\b(?:give|send|share|pass|need|want|get|have) (?:me |us )?(?:the |a |any |some )?(?:[a-z]+ ){0,3}contacts? (?:for|at|in)\b|^(?:an? |any )?contacts? (?:details )?(?:for|at|in)\b|^(?:\w+ ){1,3}contacts?(?: details| list)?$|\bwho(?:s| is| are)? the (?:[a-z]+ ){0,5}(?:person|people|officer|lead|coordinator|champions?|ambassadors?|equivalents?)(?: (?:(?:up|down|over|out) )?(?:for|in|at|of)\b|$)/;

/** Who leads or runs something there: "who coordinates SOC in the Met", "which officer leads ... in Merseyside", "which DI is the coordinator for the Welsh ROCU", "who covers ... in the South East", "which DI covers ... for the Eastern region". */
const WHO_LEADS =
  /\b(?:who|which (?:officer|person|team|unit))(?:s| is)? (?:leads?|coordinates?|runs?|heads?|manages?|covers?|chairs?)\b|\bwho (?:sits|is|are) on (?:the |their |its )?(?:\w+ ){0,2}(?:groups?|boards?|panels?)\b|\bwhich (?:officer|person|team|unit|di|dci|ds|inspector|sergeant)\b.{0,40}\b(?:does|do|delivers?|provides?|handles?|covers?|runs?|leads?|heads?|manages?)\b|\bwhich (?:di|dci|ds|dc|dsi|inspector|sergeant|officer|person) (?:is|are) (?:the|their)\b|\bwho(?:s| is| are)? (?:the )?(?:\w+ ){0,3}(?:lead|head|contact|coordinator)s? (?:for|on|of)\b/;

/** Who heads a crime group elsewhere asks after the group, not for a contact: "who heads the crime group Merseyside cleared". */
const WHO_HEADS_A_GROUP =
  /\bwho(?:s| is| are)? (?:heads?|runs?|leads?|controls?)(?: up)? (?:the |that |this )?(?:\w+ )?(?:crime groups?|ocgs?|gangs?|crews?|firms?)\b/;

/** How a region or force runs its own work or CHB now ("how do Police Scotland run their community engagement for SOC", "how is the Met running CHB"); not its pilot, which the briefing tells. */
const HOW_THEY = String.raw`\bhow (?:do|does|did|are|is) (?!(?:i|we|you|our|my)\b)(?:\w+ ){1,3}`;
const HOW_THEY_RUN_THEIRS = new RegExp(
  String.raw`${HOW_THEY}(?:run|running|do|doing|handle|handling|manage|managing|organi[sz]e|deliver|approach|structure|set up)\b.{0,40}\b(?:their|its) (?!pilots?\b)\w+|${HOW_THEY}(?:running|doing|delivering|rolling out|run|do|deliver) (?:chb|clear hold build)\b`,
);

/** What a site elsewhere reported lately, which no briefing holds: "what results did the West Midlands CHB site report at their last review". */
const THEIR_LATEST_RESULTS =
  /\b(?:their|its) (?:last|latest|most recent|recent|next|six[- ]month|6[- ]month) (?:review|results?|figures|report|evaluation)s?\b/;

/** Whether the South West's own ROCU helps reach other regions is what it offers: "can SWROCU help us reach other ROCUs?". */
const OURS_REACHES_OTHERS =
  /\b(?:can|could|does|do|will|would|how (?:can|does|do|could|would)) (?:the )?(?:swrocu|sw rocu|south west rocu|our rocu|rocu|regional unit)\b.{0,20}\b(?:help|get|link|connect|put)\b.{0,40}\b(?:other|another) (?:rocus|regions?)\b/;

/** A sentence that asks: it ends with a question mark or opens with a question word, perhaps after "and". */
const ASKING_SENTENCE =
  /\?\s*$|^\W*(?:(?:hi|hello|morning|afternoon),? )?(?:(?:and|also|plus|but|so) )?(?:what|whats|what's|who|whos|who's|how|when|where|which|why|is|are|can|could|do|does|did|should|would|will|i need|i'm after|im after|looking for)\b/i;

/** Words that may point back to a place or people the sentences before named: "who's the SOC CC there", "our ROCU", "her email", "do you know?"; not "is there". */
const POINTS_BACK =
  /\btell (?:me|us)\W*$|^\W*(?:(?:do|does) (?:you|anyone) know|any ideas?)\W*$|\b(?:there(?<!\b(?:is|are|isnt|arent|was|were) there)|their|theirs|they|them|our|ours|we|us|its|it|her|his|him|she|he|here|equivalent|similar|the one|the (?:next )?(?:dates?|times?|details))\b/i;

/**
 * True when the text asks for a contact in another region or force: the assistant covers the South West only. Another
 * region named only in the sentences that tell the asker's story ("I've come down from Yorkshire. ... which forces does
 * the South West ROCU cover?") is not where the question is asked about, unless the question points back to it.
 */
export function isOtherRegionContactRequest(text: string): boolean {
  const sentences = text.split(/(?<=[.?!])\s+/).filter((s) => s.trim());
  const asking = sentences.filter((s) => ASKING_SENTENCE.test(s));
  const standsAlone = asking.length > 0 && asking.length < sentences.length && !asking.some((s) => POINTS_BACK.test(s));
  return standsAlone ? asking.some(asksForOtherRegion) : asksForOtherRegion(text);
}

function asksForOtherRegion(text: string): boolean {
  const lower = text
    .toLowerCase()
    .replace(/[’‘`´']s\b/g, '') // "the met's lead" is about the Met
    .replace(/[’‘`´']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    // England and Wales together is the national scope of CHB, not another region.
    .replace(/\bengland (?:and )?wales\b/g, 'england')
    // Where the asker came from is not where they ask about ("new to the ROCU from the Met", "just moved down from the
    // Met", "transferred to Dorset from the Met"), unless, having moved, they ask about "up there".
    .replace(
      /\b(?:(?:moved|moving|came|transferred|transferring|joined)(?: down| up| over| across)?(?: (?:to|into)(?: \w+){1,4}?)? from (?:the )?\w+(?: \w+)?(?!.*\b(?:up|over|down|back) there\b)|new (?:to (?:the )?\w+ )?from (?:the )?\w+(?: \w+)?)/g,
      '',
    );
  return (
    OTHER_REGION.test(lower) &&
    !WHO_HEADS_A_GROUP.test(lower) &&
    !OURS_REACHES_OTHERS.test(lower) &&
    (WHO_TO_CONTACT_AT.test(lower) ||
      THEIR_LATEST_RESULTS.test(lower) ||
      (!ABOUT_THE_BRIEFING.test(lower) &&
        !PILOTS_AND_PRACTICE.test(lower) &&
        (CONTACT_ASK.test(lower) ||
          ROCU_CONTACT.test(lower) ||
          ROCU_ALONE.test(lower.trim()) ||
          SERVICE_ELSEWHERE.test(lower) ||
          WHO_LEADS.test(lower) ||
          HOW_THEY_RUN_THEIRS.test(lower))))
  );
}
