import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

/** Benefits reported from the CHB pilot sites, and the legacy CHB aims for. */
export const benefitEntries: KnowledgeEntry[] = [
  {
    id: 'benefits-overview',
    title: 'Benefits of CHB: summary',
    category: 'benefits',
    aliases: ['benefits of chb', 'reasons to do chb', 'chb advantages', 'what difference does chb make', 'is chb worth it', 'chb outcomes'],
    keywords: ['pilot sites', 'evidence', 'results', 'impact', 'qualitative', 'quantitative', 'advantages'],
    askedAs: ['why should we do chb', 'what difference does chb make', 'is chb worth the effort'],
    answer:
      'The 2023 regional briefing gives some examples evidenced from the pilot sites. Qualitatively: a fuller picture of the threat, stronger partnerships, more community intelligence and better community engagement. Quantitatively: falls in the Crime Severity Index, serious violence and drug offences, lower MoRiLE threat scores, and knock-on reductions in anti-social behaviour and burglary. The later Home Office evaluation (January 2025) found crime fell where CHB was delivered as intended, but found no evidence that community perceptions improved.',
    sources: [briefing.benefits, publicSource.chbEvaluation],
    related: ['benefits-qualitative', 'benefits-quantitative', 'chb-evaluation-2025'],
    reviewed: REVIEWED,
  },
  {
    id: 'benefits-qualitative',
    title: 'Qualitative benefits of CHB',
    category: 'benefits',
    aliases: ['qualitative benefits', 'partnership benefits', 'soft benefits'],
    keywords: ['understanding of the threat', 'drivers', 'pathways', '47 agencies', 'partnership', 'private sector', 'voluntary sector', 'community intelligence', 'disruption', 'engagement', 'schools', 'surveys', 'neighbourhood policing teams', 'resilience'],
    askedAs: ['how many agencies were involved in a pilot', 'did partnership working improve in the pilots'],
    answer:
      'Examples evidenced from the pilot sites (regional briefing, 2023): better information on the whole threat, with a deeper understanding of what drives it and the pathways into it; stronger partnership working, in one case involving 47 agencies from every sector, with better links to the private and voluntary sectors; more community intelligence, leading to disruption; and better community engagement and resilience, for example with community groups and schools, more responses to surveys and closer ties with neighbourhood policing teams.',
    sources: [briefing.benefits],
    related: ['benefits-quantitative', 'benefits-overview', 'fb-10-community-engagement'],
    reviewed: REVIEWED,
  },
  {
    id: 'benefits-quantitative',
    title: 'Quantitative benefits of CHB: the figures',
    category: 'benefits',
    aliases: ['quantitative benefits', 'chb statistics', 'chb figures', 'crime reduction figures'],
    keywords: ['crime severity index', '27%', '8 months', '30%', 'serious violence', '20%', 'drug offences', 'fewer dealers', 'morile threat scores', 'asb', 'burglary', 'beating crime plan', 'secondary impacts', 'numbers', 'percentages', 'stats'],
    askedAs: ['figures showing crime went down in the pilots', 'how much did crime fall at the pilot sites'],
    answer:
      'Examples evidenced from the pilot sites (regional briefing, 2023): the Crime Severity Index fell by 27% within 8 months; serious violent offences fell by 30%; drug offences fell by 20%, with fewer dealers on the streets; and MoRiLE threat scores dropped for locations and OCGs. There were also knock-on effects beyond SOC, such as less anti-social behaviour and burglary, supporting the Beating Crime Plan. These are examples from pilot sites; the January 2025 Home Office evaluation (13 sites in 10 forces) is a later source.',
    sources: [briefing.benefits, publicSource.chbEvaluation],
    related: ['benefits-qualitative', 'chb-evaluation-2025', 'fb-7-performance-baseline'],
    reviewed: REVIEWED,
  },
];

export const legacyEntries: KnowledgeEntry[] = [
  {
    id: 'legacy-aim',
    title: 'The legacy CHB aims to leave',
    category: 'legacy',
    aliases: ['chb legacy', 'long term aim', 'end state', 'what happens after chb', 'sustainability'],
    keywords: ['resilient communities', 'take back control', 'networks', 'emerging threats', 'statutory', 'non statutory', 'private', 'voluntary', 'cliff edge funding', 'sustainable'],
    askedAs: ['what should chb leave behind', 'what happens when the funding ends', 'what does success look like long term'],
    answer:
      'The intended legacy is strong, resilient communities that have taken back control of their areas, with networks in place that are better able to deal with new threats. Involving statutory, non-statutory, private and voluntary organisations opens new ways to make places safer without relying on short-term funding that could end abruptly (a "cliff edge").',
    sources: [briefing.legacy],
    related: ['legacy-exit-strategy', 'phase-build', 'benefits-overview'],
    reviewed: REVIEWED,
  },
  {
    id: 'legacy-exit-strategy',
    title: 'Exit strategy and when to involve partners',
    category: 'legacy',
    aliases: ['exit strategy', 'police exit plan', 'when should partners be involved', 'when to engage partners'],
    keywords: ['police resourcing', 'foundation stage', 'clear', 'hold', 'reduce over time', 'investment', 'from the outset', 'planning stage', 'partners', 'do not wait', 'handover', 'withdraw'],
    askedAs: ['when should partners get involved', 'should police run chb alone until build', 'how does police involvement reduce over time', 'planning for the police to step back'],
    answer:
      'Police resourcing is likely to be higher while the foundations are laid and during Clear and Hold. Plan an exit strategy so that policing\'s heavy investment reduces as time goes on. Do not wait until the later Hold or Build stages to involve partners: working with them should be part of CHB from the very start of planning.',
    sources: [briefing.legacy],
    related: ['legacy-aim', 'asks-early-engagement', 'fb-1-socialisation'],
    reviewed: REVIEWED,
  },
];
