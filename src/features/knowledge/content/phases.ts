import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

/** The Clear, Hold and Build phases and how they fit together. */
export const phaseEntries: KnowledgeEntry[] = [
  {
    id: 'phase-clear',
    title: 'The Clear phase',
    category: 'phase',
    aliases: ['clear', 'clear phase', 'first phase of chb'],
    keywords: ['arrest', 'disrupt', 'ocg members', 'networks', 'business interests', 'criminal civil and regulatory powers', 'remove the threat', 'community confidence', 'safer places', 'enforcement'],
    askedAs: ['we are going after the ocg with arrests and disruption', 'using every criminal civil and regulatory power against the group', 'taking out the gang members and their businesses', 'enforcement activity against the organised crime group at the start', 'removing the threat so the area feels safer'],
    answer:
      'In the Clear phase, interventions target OCG members and their networks, business interests, criminality, spheres and influence. Its objectives are to arrest and relentlessly disrupt OCG members using every criminal, civil and regulatory power available, removing them and hampering their ability to operate; and to start restoring community confidence by taking away the threat and making places and spaces safer.',
    sources: [briefing.phases],
    related: ['phase-hold', 'phases-overview', '4p-pursue'],
    reviewed: REVIEWED,
  },
  {
    id: 'phase-hold',
    title: 'The Hold phase',
    category: 'phase',
    aliases: ['hold', 'hold phase', 'second phase of chb'],
    keywords: ['consolidate', 'stabilise', 'vacuum', 'filling the gap', 'counter measures', 'contingency plans', 'remaining ocg members', 'other ocg members', 'illicit market', 'stay safe', 'reassurance', 'community confidence'],
    askedAs: ['the ocg has been dismantled what now', 'after the arrests how do we stop another group moving in', 'keeping the area safe once the main offenders are gone', 'stopping others filling the gap left in the drugs market', 'making sure the gains from enforcement last', 'worried the dealers come back after the arrests'],
    answer:
      'Hold consolidates and stabilises what the Clear phase achieved, using interventions, counter-measures and contingency plans. Its objectives are to stop remaining or other OCG members from exploiting the vacuum to take over the illicit market or gain influence locally; and to keep building community confidence by making sure areas made safe by targeted disruption stay safe, so that early feelings of security and reassurance are not undermined.',
    sources: [briefing.phases],
    related: ['phase-clear', 'phase-build', 'phases-overview'],
    reviewed: REVIEWED,
  },
  {
    id: 'phase-build',
    title: 'The Build phase',
    category: 'phase',
    aliases: ['build', 'build phase', 'final phase of chb'],
    keywords: ['whole system', 'community empowered', 'drivers of crime', 'vulnerabilities', 'resilience', 'permissive behaviours', 'illicit goods', 'anti social behaviour', 'environment', 'stakeholders', 'service provision', 'long term'],
    askedAs: ['the community needs to take ownership of the area', 'longer term work on the drivers of crime after enforcement', 'helping residents build a safer more resilient community', 'partners improving local services based on need', 'what does the community do once the area is stable'],
    answer:
      'Build is a single, whole-system approach in which the community is empowered to tackle the drivers of crime, the exploitation of vulnerability and the places where harm shows itself. Its objectives are to help the community grow more confident in rejecting permissive behaviour, illicit goods and services, and criminal and anti-social behaviour; to improve where residents live, work and spend leisure time by empowering them to work with stakeholders on a safer, more resilient community; and to connect partner agencies better so local services match need.',
    sources: [briefing.phases],
    related: ['phase-hold', 'legacy-aim', 'fb-10-community-engagement'],
    reviewed: REVIEWED,
  },
  {
    id: 'phases-overview',
    title: 'How the three CHB phases fit together',
    category: 'phase',
    aliases: ['chb phases', 'what are the phases', 'do the phases overlap', 'how long does each phase last', 'phase length'],
    keywords: ['overlap', 'flexible', 'no fixed length', 'duration', 'timescale', 'sequence', 'merseyside', '4p for each phase', 'timing', 'clear', 'hold', 'build'],
    answer:
      'CHB has three phases: Clear, Hold and Build. They are not strictly one after another. The Home Office evaluation (January 2025) found that the phases overlap, are used flexibly and have no fixed national length. In Merseyside, for example, Clear ran from August to October 2022 with Hold alongside it, and Build began in January 2023 while Clear and Hold carried on (Merseyside PCC news, 2023). The regional briefing adds that an integrated 4P approach should be considered for every phase.',
    sources: [publicSource.chbEvaluation, publicSource.merseysidePcc, briefing.chbOverview],
    related: ['phase-clear', 'phase-hold', 'phase-build'],
    reviewed: REVIEWED,
  },
];
