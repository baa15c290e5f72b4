import { renderCard } from '../cards';
import { isCoordinator } from '../features/coordinators';
import type { FeatureDeps } from '../features/deps';
import * as deliveries from '../features/deliveries/use-cases';
import * as dropIns from '../features/dropins/use-cases';
import { DROPIN_VERBS } from '../features/dropins/verbs';
import * as induction from '../features/induction/use-cases';
import { INDUCTION_VERBS } from '../features/induction/verbs';
import * as knowledge from '../features/knowledge/use-cases';
import { KNOWLEDGE_VERBS, SEARCH_GUIDANCE } from '../features/knowledge/verbs';
import * as planQuality from '../features/plans/quality-use-cases';
import * as plans from '../features/plans/use-cases';
import { PLAN_QUALITY_VERBS, PLAN_VERBS } from '../features/plans/verbs';
import * as profiles from '../features/profiles/use-cases';
import { PROFILE_VERBS } from '../features/profiles/verbs';
import * as siteDelivery from '../features/sites/delivery-use-cases';
import * as sites from '../features/sites/use-cases';
import { SITE_DELIVERY_VERBS, SITE_VERBS } from '../features/sites/verbs';
import * as support from '../features/support/use-cases';
import { EXTENSION_COMMAND, VERBS as SUPPORT_VERBS } from '../features/support/verbs';
import type { Reply } from '../messages';
import type {
  ActionInput,
  ActionResult,
  Actor,
  ExtensionQueryInput,
  ExtensionResult,
  FetchTaskInput,
  MessageInput,
  Place,
  SubmitActionInput,
  TaskCard,
} from '../use-case-types';

// The routing table: every text command, card verb and messaging-extension command, each pointing at a
// feature's use-case. Rules:
// - Text rows are ranked: the first whose pattern matches the whole (trimmed) text wins; the last row is
//   the catch-all, a question for the knowledge base.
// - Verbs, extension command ids and row names are unique; a clash stops the app at start.
// - A row's guards run before its use-case; a guard that fails refuses with its own message.
// - Rows with `help` are listed on the help card, grouped by the prefix of their name.
// - A row's `command` is the start that makes a message that command, whatever follows. A message
//   that starts with it but matches no row gets that row's usage: it never reaches the `question`
//   rows, so it is neither answered from the knowledge base nor logged as unanswered. Choose words
//   no ordinary question starts with.

/** A declarative check on who is acting, or where. */
export interface Guard {
  rule: 'coordinator' | 'personal-chat-only' | 'channel-only';
  refusal: string;
}
const coordinator = (refusal: string): Guard => ({ rule: 'coordinator', refusal });
const personalChatOnly = (refusal: string): Guard => ({ rule: 'personal-chat-only', refusal });
const channelOnly = (refusal: string): Guard => ({ rule: 'channel-only', refusal });

export interface TextRoute {
  name: string;
  pattern: RegExp;
  guards?: Guard[];
  /** Shown on the help card (and as the usage for `command`); routes without it are not listed. */
  help?: { usage: string; description: string };
  /** The command word(s) this row owns, matched at the start of the text; needs `help`. */
  command?: RegExp;
  /** Treats the text as a question for the knowledge base. */
  question?: true;
  run(deps: FeatureDeps, input: MessageInput, match: RegExpMatchArray): Promise<Reply>;
}

export interface VerbRoute {
  verb: string;
  guards?: Guard[];
  run(deps: FeatureDeps, input: ActionInput): Promise<ActionResult>;
}

export interface ExtensionRoutes {
  query: Record<string, (deps: FeatureDeps, input: ExtensionQueryInput) => Promise<ExtensionResult[]>>;
  fetchTask: Record<string, (deps: FeatureDeps, input: FetchTaskInput) => Promise<TaskCard>>;
  submitAction: Record<string, (deps: FeatureDeps, input: SubmitActionInput) => Promise<TaskCard | { done: string }>>;
}

const SUPPORT_FORBIDDEN = coordinator(support.SUPPORT_FORBIDDEN);
const INDUCTION_PERSONAL = personalChatOnly(induction.PERSONAL_ONLY);
const inductionCoordinators = (what: string) => [
  coordinator(induction.COORDINATORS_ONLY),
  personalChatOnly(`Ask me for the ${what} in a personal chat: it is for coordinators only.`),
];

/** Text commands, in rank order. */
export const textRoutes: TextRoute[] = [
  {
    name: 'help',
    pattern: /^(help|\?|commands|menu|what can you do\??)$/i,
    help: { usage: 'help', description: 'Show this list.' },
    run: async () => helpReply(textRoutes),
  },

  // Knowledge: the one grammar for its commands; anything else is searched as a question.
  { name: 'knowledge.topics', pattern: /^(hi|hello|hey|start|topics?)[!.]?$/i, run: knowledge.startingTopicList },
  {
    name: 'knowledge.phases',
    pattern: /^(?:(?:list|show|see|all|the|me|please|full|of|chb|clear,? hold,? build) )*(phases?)$/i,
    help: { usage: 'phases', description: 'The three Clear, Hold, Build phases.' },
    run: (d, i) => knowledge.listTopic(d, i, 'phases'),
  },
  {
    name: 'knowledge.foundation-blocks',
    pattern: /^(?:(?:list|show|see|all|the|me|please|full|of|chb|clear,? hold,? build) )*(fbs?|(foundation|building) blocks?)$/i,
    help: { usage: 'foundation blocks', description: 'The ten CHB foundation blocks.' },
    run: (d, i) => knowledge.listTopic(d, i, 'foundation-blocks'),
  },
  {
    name: 'knowledge.foundation-block',
    pattern: /^(?:fb|foundation block|block)\s*-?\s*(\d{1,2})\??$/i,
    help: { usage: 'fb 4', description: 'One foundation block, by number.' },
    run: (d, i, m) => knowledge.showFoundationBlock(d, i, Number(m[1])),
  },
  {
    name: 'knowledge.4p',
    pattern: /^(?:(?:list|show|see|all|the|me|please|full|of|chb|clear,? hold,? build) )*(4 ?ps?|four ?ps?)( list)?$/i,
    help: { usage: '4p', description: 'Pursue, Prevent, Protect and Prepare.' },
    run: (d, i) => knowledge.listTopic(d, i, '4p'),
  },
  {
    name: 'knowledge.glossary',
    pattern: /^(?:(?:list|show|see|all|the|me|please|full|of|chb|clear,? hold,? build) )*(glossary|acronyms?|abbreviations?|jargon)$/i,
    help: { usage: 'glossary', description: 'Every acronym I know.' },
    run: (d, i) => knowledge.listTopic(d, i, 'glossary'),
  },
  {
    name: 'knowledge.define',
    pattern:
      /^(?:please )?(?:define|definition of|meaning of|what is meant by|what is the meaning of|what does)\s+(.+?)(?:\s+(?:stands? for|mean|means))?\??$/i,
    help: { usage: 'define SRO', description: 'What a term or acronym means.' },
    run: (d, i, m) => knowledge.defineTerm(d, i, m[1]),
  },
  {
    name: 'knowledge.unanswered',
    pattern: /^unanswered( questions)?$/i,
    guards: [coordinator('Sorry, only SOC Community Coordinators can see unanswered questions.')],
    help: { usage: 'unanswered', description: 'Coordinators: the questions I could not answer most often.' },
    run: knowledge.unansweredQuestions,
  },

  // Support
  {
    name: 'support.request',
    pattern: /^(request support|ask (the )?(rdt|regional disruption team))$/i,
    help: {
      usage: 'request support',
      description: 'Ask the Regional Disruption Team for help: disruption options, 4P plan reviews, CHB advice, partner or GAIN engagement, training.',
    },
    run: support.requestForm,
  },
  {
    name: 'support.mine',
    pattern: /^my (support )?requests$/i,
    help: { usage: 'my requests', description: 'Your requests to the RDT and where each one is.' },
    run: support.myRequests,
  },
  {
    name: 'support.queue',
    pattern: /^queue(?:\s+(.*))?$/i,
    guards: [SUPPORT_FORBIDDEN],
    help: { usage: 'queue [new|urgent|dorset…]', description: 'Coordinators: the open support requests, most urgent first, with optional filters.' },
    run: (d, i, m) => support.queue(d, i, m[1] ?? ''),
  },
  {
    name: 'support.show',
    pattern: /^(?:request|show)\s+(RDT-\d{4}-\d{4,})$/i,
    command: /^(?:request|show)\s+rdt-/i,
    help: { usage: 'request RDT-2026-0042', description: 'A request’s details and its history (yours, or any request for coordinators).' },
    run: (d, i, m) => support.showRequest(d, i, m[1]),
  },
  {
    name: 'support.withdraw',
    pattern: /^withdraw\s+(RDT-\d{4}-\d{4,})$/i,
    command: /^withdraw\b/i,
    help: { usage: 'withdraw RDT-2026-0042', description: 'Withdraw your request while it is New or Acknowledged.' },
    run: (d, i, m) => support.withdrawRequest(d, i, m[1]),
  },
  {
    name: 'support.export',
    pattern: /^export (support )?requests$/i,
    guards: [SUPPORT_FORBIDDEN, personalChatOnly('Ask me for the export in a personal chat, so the download link goes only to you.')],
    help: { usage: 'export requests', description: 'Coordinators, in a personal chat: every request as a CSV file.' },
    run: support.exportRequests,
  },
  {
    name: 'support.set-triage-channel',
    pattern: /^set (the )?triage channel$/i,
    guards: [SUPPORT_FORBIDDEN, channelOnly('Type this in the channel where coordinators triage requests (and @mention me there).')],
    help: { usage: 'set triage channel', description: 'Coordinators, in the coordinators’ channel: post new support requests here.' },
    run: support.setTriageChannelHere,
  },

  // Plans
  {
    name: 'plans.add',
    pattern: /^(add|register|new) (a )?(4p )?plan$/i,
    help: { usage: 'add plan', description: 'Register a 4P plan for review reminders.' },
    run: plans.addPlanForm,
  },
  {
    name: 'plans.mine',
    pattern: /^my (4p )?plans$/i,
    help: { usage: 'my plans', description: 'Your 4P plans and when each is next reviewed.' },
    run: plans.myPlans,
  },
  {
    name: 'plans.show',
    pattern: /^show plan (.+)$/i,
    command: /^show plan\b/i,
    help: { usage: 'show plan <reference>', description: 'One plan, with buttons to mark it reviewed, snooze, transfer or archive it.' },
    run: (d, i, m) => plans.showPlan(d, i, m[1]),
  },
  {
    name: 'plans.review',
    pattern: /^mark reviewed (.+?)(?:\s*:\s*(.*))?$/i,
    command: /^mark reviewed\b/i,
    help: { usage: 'mark reviewed <reference>: <optional note>', description: 'Record that a plan was reviewed today.' },
    run: (d, i, m) => plans.markPlanReviewed(d, i, m[1], m[2]),
  },
  {
    name: 'plans.snooze',
    pattern: /^snooze (?:plan )?(.+?) (?:until|till|to) (.+)$/i,
    command: /^snooze\b/i,
    help: { usage: 'snooze <reference> until <date>', description: "Pause a plan's reminders until a date." },
    run: (d, i, m) => plans.snoozePlanUntil(d, i, m[1], m[2]),
  },
  {
    name: 'plans.transfer',
    pattern: /^transfer (?:plan )?(.+?) to(?: (.*))?$/i,
    command: /^transfer\b/i,
    help: { usage: 'transfer <reference> to <name>', description: 'Give a plan to another LRO (type their name, without @).' },
    run: (d, i, m) => plans.transferPlanTo(d, i, m[1], m[2]),
  },
  {
    name: 'plans.archive',
    pattern: /^archive (?:plan )?(.+)$/i,
    command: /^archive plan\b/i,
    help: { usage: 'archive plan <reference>', description: 'Stop reminders for a plan that has closed.' },
    run: (d, i, m) => plans.archivePlanByCommand(d, i, m[1]),
  },
  {
    name: 'plans.edit-structure',
    pattern: /^edit plan (.+)$/i,
    help: { usage: 'edit plan <reference>', description: "Record a plan's structure: interventions and partner types per strand." },
    run: (d, i, m) => planQuality.editPlanStructure(d, i, m[1]),
  },
  {
    name: 'plans.health',
    pattern: /^plan health (.+)$/i,
    help: { usage: 'plan health <reference>', description: 'Check a plan for balance, partnership and regular review, with sources.' },
    run: (d, i, m) => planQuality.showPlanHealth(d, i, m[1]),
  },
  {
    name: 'plans.overview',
    pattern: /^plans overview$/i,
    guards: [coordinator('Only coordinators can see the plans overview. Type "my plans" for yours.')],
    help: { usage: 'plans overview', description: 'Coordinators: plans by force, reviewed on time, balanced, and the strand mix.' },
    run: planQuality.showPlansOverview,
  },

  // Drop-ins
  {
    name: 'dropins.next',
    pattern: /^(next|when is the next) (lro )?drop-?ins?\??$/i,
    help: { usage: 'next drop-in', description: 'The next LRO drop-in with the Regional Disruption Team, with Join, calendar and RSVP.' },
    run: dropIns.nextDropIn,
  },
  {
    name: 'dropins.show-schedule',
    pattern: /^(drop-?ins?|drop-?in schedule)$/i,
    help: { usage: 'drop-in schedule', description: 'When drop-ins run, and the next few sessions.' },
    run: dropIns.showDropInSchedule,
  },
  {
    name: 'dropins.subscribe',
    pattern: /^subscribe (to )?drop-?ins$/i,
    help: { usage: 'subscribe drop-ins', description: 'Post drop-in reminders in this chat or channel.' },
    run: dropIns.subscribeDropIns,
  },
  {
    name: 'dropins.unsubscribe',
    pattern: /^unsubscribe (from )?drop-?ins$/i,
    help: { usage: 'unsubscribe drop-ins', description: 'Stop drop-in reminders here.' },
    run: dropIns.unsubscribeDropIns,
  },
  {
    name: 'dropins.set',
    pattern: /^set (the )?drop-?ins?( schedule)?$/i,
    help: { usage: 'set drop-ins', description: 'Coordinators: set the drop-in day, time and meeting link.' },
    run: dropIns.dropInScheduleForm,
  },
  {
    name: 'dropins.cancel',
    pattern: /^cancel (the )?drop-?in (on )?(.+)$/i,
    command: /^cancel (the )?drop-?in\b/i,
    help: { usage: 'cancel drop-in <date>', description: 'Coordinators: cancel one session.' },
    run: (d, i, m) => dropIns.cancelDropIn(d, i, m[3]),
  },
  {
    name: 'dropins.move',
    pattern: /^move (the )?drop-?in (on )?(.+?) to (.+?) (\d{1,2}:\d{2})\s*(?:-|–|to)\s*(\d{1,2}:\d{2})$/i,
    command: /^move (the )?drop-?in\b/i,
    help: { usage: 'move drop-in <date> to <date> <HH:MM>-<HH:MM>', description: 'Coordinators: move one session.' },
    run: (d, i, m) => dropIns.moveDropIn(d, i, m[3], m[4], m[5], m[6]),
  },
  {
    name: 'dropins.restore',
    pattern: /^restore (the )?drop-?in (on )?(.+)$/i,
    command: /^restore (the )?drop-?in\b/i,
    help: { usage: 'restore drop-in <date>', description: 'Coordinators: undo a cancellation or move.' },
    run: (d, i, m) => dropIns.restoreDropIn(d, i, m[3]),
  },

  // Sites
  {
    name: 'sites.list',
    pattern: /^(chb )?sites$/i,
    help: { usage: 'sites', description: 'CHB sites and when each 6-month formal review is due.' },
    run: sites.listSites,
  },
  {
    name: 'sites.add',
    pattern: /^(add|register) (a )?(chb )?site$/i,
    help: { usage: 'add site', description: 'Coordinators: register a CHB site and its launch date.' },
    run: sites.addSiteForm,
  },
  {
    name: 'sites.review-held',
    pattern: /^(?:site )?review held (?:for |at )?(.+?)(?: on (.+?))?(?:\s*:\s*([\s\S]*))?$/i,
    help: {
      usage: 'review held <site> [on <date>][: <note>]',
      description: "Coordinators: record a site's 6-month formal review; the next is due six months on.",
    },
    run: (d, i, m) => sites.reviewHeld(d, i, m[1], m[2], m[3]),
  },
  {
    name: 'sites.close',
    pattern: /^close (?:chb )?site (.+)$/i,
    help: { usage: 'close site <site>', description: 'Coordinators: close a site; its reviews stop.' },
    run: (d, i, m) => sites.closeSiteByCommand(d, i, m[1]),
  },
  {
    name: 'sites.remove',
    pattern: /^(?:remove|delete) (?:chb )?site (.+)$/i,
    help: { usage: 'remove site <site>', description: 'Coordinators: remove a site added by mistake (audited).' },
    run: (d, i, m) => sites.removeSiteByCommand(d, i, m[1]),
  },
  {
    name: 'sites.review-pack',
    pattern: /^review pack (.+)$/i,
    guards: [personalChatOnly('Ask me for the review pack in a personal chat, so the download link goes only to you.')],
    help: { usage: 'review pack <site>', description: "Coordinators and the site's LRO, in a personal chat: the 6-month review as a Word file." },
    run: (d, i, m) => siteDelivery.requestReviewPack(d, i, m[1]),
  },
  {
    name: 'sites.profiles',
    pattern: /^profiles$/i,
    help: { usage: 'profiles', description: 'SOC local profiles by area, with their age; stale ones flagged.' },
    run: profiles.listProfiles,
  },
  {
    // After `sites` and `add site`; a name that is not a registered site is a question ("site identification").
    name: 'sites.show',
    pattern: /^site (.+)$/i,
    help: { usage: 'site <name>', description: "A site's phase, foundation blocks and measures against baseline; record progress." },
    run: (d, i, m) => siteDelivery.showSite(d, i, m[1]),
  },

  // Induction
  {
    name: 'induction.start',
    pattern: /^(start |resume )?(lro )?induction$/i,
    guards: [INDUCTION_PERSONAL],
    help: { usage: 'induction', description: 'A short guided course for new LROs, in a personal chat: start, or carry on where you left off.' },
    run: induction.startOrResume,
  },
  {
    name: 'induction.progress',
    pattern: /^(lro )?induction progress$/i,
    guards: [INDUCTION_PERSONAL],
    help: { usage: 'induction progress', description: 'Where you are in the induction and how your checks went.' },
    run: induction.progressSummary,
  },
  {
    name: 'induction.restart',
    pattern: /^(lro )?induction restart$/i,
    guards: [INDUCTION_PERSONAL],
    help: { usage: 'induction restart', description: 'Start the induction again from the first card.' },
    run: induction.restart,
  },
  {
    name: 'induction.stop-reminders',
    pattern: /^(lro )?induction stop reminders?$/i,
    guards: [INDUCTION_PERSONAL],
    help: { usage: 'induction stop reminders', description: 'No reminder about an unfinished induction.' },
    run: induction.stopReminders,
  },
  {
    name: 'induction.report',
    pattern: /^(lro )?induction report$/i,
    guards: inductionCoordinators('induction report'),
    help: { usage: 'induction report', description: 'Coordinators, in a personal chat: induction figures by force and the questions most often missed.' },
    run: induction.report,
  },
  {
    name: 'induction.export',
    pattern: /^(lro )?induction export$/i,
    guards: inductionCoordinators('induction export'),
    help: { usage: 'induction export', description: 'Coordinators, in a personal chat: induction completions by person as a CSV file.' },
    run: induction.exportCompletions,
  },

  // Coordinators
  {
    name: 'coordinators.run-job',
    pattern: /^run job ([\w.-]+)$/i,
    command: /^run job\b/i,
    guards: [coordinator('Only coordinators can run jobs.')],
    help: { usage: 'run job <name>', description: 'Coordinators: run a scheduled job now; the README lists them, and an unknown name gets the list.' },
    run: (d, i, m) => plans.runJob(d, i, m[1]),
  },
  {
    name: 'coordinators.failed-sends',
    pattern: /^failed sends$/i,
    guards: [coordinator('Only coordinators can see failed sends.')],
    help: { usage: 'failed sends', description: 'Coordinators: messages the bot gave up sending.' },
    run: deliveries.failedSends,
  },

  // Definitions asked the other way round ("PUP meaning"), ranked low so that no command is mistaken for one.
  {
    name: 'knowledge.define-after',
    pattern: /^(\S.*?) (?:stands? for|meaning|definition)(?: in .+)?\??$/i,
    question: true,
    run: (d, i, m) => knowledge.defineTerm(d, i, m[1]),
  },

  // The catch-all: anything else is a question.
  { name: 'knowledge.ask', pattern: /[\s\S]*/, question: true, run: knowledge.ask },
];

/** Card verbs. */
export const verbRoutes: VerbRoute[] = [
  { verb: KNOWLEDGE_VERBS.feedback, run: knowledge.giveFeedback },
  { verb: KNOWLEDGE_VERBS.ask, run: knowledge.askAboutEntry },

  { verb: SUPPORT_VERBS.openForm, run: support.openForm },
  { verb: SUPPORT_VERBS.submit, run: support.submitForm },
  { verb: SUPPORT_VERBS.refresh, run: support.refreshRequest },
  { verb: SUPPORT_VERBS.view, run: support.viewRequest },
  { verb: SUPPORT_VERBS.acknowledge, run: support.acknowledgeRequest },
  { verb: SUPPORT_VERBS.assignToMe, run: support.assignToMe },
  { verb: SUPPORT_VERBS.assign, run: support.assignRequest },
  { verb: SUPPORT_VERBS.setStatus, run: support.setRequestStatus },
  { verb: SUPPORT_VERBS.addNote, run: support.addRequestNote },
  { verb: SUPPORT_VERBS.withdraw, run: support.withdrawByButton },
  { verb: SUPPORT_VERBS.queue, guards: [SUPPORT_FORBIDDEN], run: support.backToQueue },

  { verb: PLAN_VERBS.add, run: plans.registerPlanFromForm },
  { verb: PLAN_VERBS.card, run: plans.openPlanCard },
  { verb: PLAN_VERBS.manage, run: plans.managePlan },
  { verb: PLAN_VERBS.review, run: plans.reviewPlanByButton },
  { verb: PLAN_VERBS.snooze, run: plans.snoozePlanByButton },
  { verb: PLAN_VERBS.transfer, run: plans.transferPlanByButton },
  { verb: PLAN_VERBS.archive, run: plans.archivePlanByButton },
  { verb: PLAN_VERBS.unarchive, run: plans.unarchivePlanByButton },
  { verb: PLAN_QUALITY_VERBS.editStructure, run: planQuality.editPlanStructureByButton },
  { verb: PLAN_QUALITY_VERBS.saveStructure, run: planQuality.savePlanStructure },
  { verb: PLAN_QUALITY_VERBS.health, run: planQuality.showPlanHealthByButton },

  { verb: DROPIN_VERBS.card, run: dropIns.openSessionCard },
  { verb: DROPIN_VERBS.rsvp, run: dropIns.rsvpDropIn },
  { verb: DROPIN_VERBS.schedule, run: dropIns.saveDropInSchedule },

  { verb: SITE_VERBS.add, run: sites.registerSiteFromForm },
  { verb: SITE_DELIVERY_VERBS.phase, run: siteDelivery.recordPhase },
  { verb: SITE_DELIVERY_VERBS.block, run: siteDelivery.recordBlock },
  { verb: SITE_DELIVERY_VERBS.measure, run: siteDelivery.recordMeasure },
  { verb: SITE_DELIVERY_VERBS.setup, run: siteDelivery.setupSite },
  { verb: PROFILE_VERBS.save, run: profiles.saveProfile },

  { verb: INDUCTION_VERBS.begin, guards: [INDUCTION_PERSONAL], run: induction.begin },
  { verb: INDUCTION_VERBS.resume, guards: [INDUCTION_PERSONAL], run: induction.resumeByButton },
  { verb: INDUCTION_VERBS.next, guards: [INDUCTION_PERSONAL], run: induction.next },
  { verb: INDUCTION_VERBS.back, guards: [INDUCTION_PERSONAL], run: induction.back },
  { verb: INDUCTION_VERBS.stop, guards: [INDUCTION_PERSONAL], run: induction.stopForNow },
  { verb: INDUCTION_VERBS.answer, guards: [INDUCTION_PERSONAL], run: induction.answer },
];

/** Messaging-extension commands, by id (as declared in appPackage/manifest.json). */
export const extensionRoutes: ExtensionRoutes = {
  query: { [SEARCH_GUIDANCE]: knowledge.searchGuidance },
  fetchTask: { [EXTENSION_COMMAND]: support.openFormDialog },
  submitAction: { [EXTENSION_COMMAND]: support.submitFormDialog },
};

/** Data for cards/help.json. */
export interface HelpCardData {
  title: string;
  intro: string;
  sections: { title: string; commands: { usage: string; description: string }[] }[];
  footer: string;
}

declare module '../cards' {
  interface CardTemplates {
    help: HelpCardData;
  }
}

/** Help sections, by the prefix of a route's name, in the order the card shows them. */
const HELP_SECTIONS: Record<string, string> = {
  help: 'Getting started',
  knowledge: 'Clear, Hold, Build and 4P questions',
  support: 'Support from the Regional Disruption Team',
  plans: '4P plan reviews',
  dropins: 'LRO drop-ins',
  sites: 'CHB sites',
  induction: 'LRO induction',
  coordinators: 'Coordinators',
};

/** The help card lists every route that has help text, grouped by feature, in table order. */
export function helpReply(routes: TextRoute[]): Reply {
  const listed = routes.filter((r) => r.help);
  const sections = Object.entries(HELP_SECTIONS)
    .map(([prefix, title]) => ({ title, commands: listed.filter((r) => r.name.split('.')[0] === prefix).map((r) => r.help!) }))
    .filter((section) => section.commands.length > 0);
  const intro = 'I help Lead Responsible Officers in the South West with Clear, Hold, Build and 4P plans. You can also just ask a question.';
  return {
    text: [intro, ...sections.flatMap((sec) => [`${sec.title}:`, ...sec.commands.map((c) => `• ${c.usage}: ${c.description}`)])].join('\n'),
    card: renderCard('help', {
      title: 'LRO Assist: what I can do',
      intro,
      sections,
      footer: 'In a channel or group chat, @mention me first. Please do not send intelligence or personal details to me.',
    }),
  };
}

export interface Routes {
  text: TextRoute[];
  actions: Map<string, VerbRoute>;
  extensions: ExtensionRoutes;
}

/** The table, indexed and checked: a name, verb or extension id routed twice is refused at start. */
export function routingTable(text = textRoutes, verbs = verbRoutes, extensions = extensionRoutes): Routes {
  const names = new Set<string>();
  for (const route of text) {
    if (names.has(route.name)) throw new Error(`text route "${route.name}" is in the table twice`);
    if (route.command && !route.help) throw new Error(`text route "${route.name}" has a command word but no usage`);
    names.add(route.name);
  }
  if (!text.at(-1)?.pattern.test('')) throw new Error('the routing table must end with a catch-all text route');
  const actions = new Map<string, VerbRoute>();
  for (const route of verbs) {
    if (actions.has(route.verb)) throw new Error(`card verb "${route.verb}" is routed twice`);
    actions.set(route.verb, route);
  }
  return { text, actions, extensions };
}

/** A command's usage, for a message that starts with its command word but does not fit it. */
function usageRoute(route: TextRoute): TextRoute {
  const { usage, description } = route.help!;
  return {
    name: `${route.name}.usage`,
    pattern: route.command!,
    guards: route.guards,
    run: async () => ({ text: `I couldn't read that command. Type it like this: ${usage}\n${description}` }),
  };
}

/**
 * Finds the first route that matches; the table always ends with a catch-all. Text that would be
 * taken as a question but starts with a command word gets that command's usage instead.
 */
export function matchTextRoute(routes: TextRoute[], text: string): { route: TextRoute; match: RegExpMatchArray } {
  for (const route of routes) {
    const match = text.match(route.pattern);
    if (!match) continue;
    const command = route.question && routes.find((r) => r.command?.test(text));
    return command ? { route: usageRoute(command), match } : { route, match };
  }
  throw new Error('routing table has no catch-all route');
}

/** The first guard that refuses the actor here, if any. */
export function refusedBy(deps: FeatureDeps, guards: Guard[] | undefined, actor: Actor, place: Place): Guard | undefined {
  return guards?.find((guard) => {
    if (guard.rule === 'coordinator') return !isCoordinator(deps.config, actor.aadObjectId);
    if (guard.rule === 'personal-chat-only') return place.kind !== 'personal';
    return place.kind !== 'channel';
  });
}
