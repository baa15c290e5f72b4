import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing } from './sources';

/** What the SOC CCs ask of forces. */
export const askEntries: KnowledgeEntry[] = [
  {
    id: 'asks-overview',
    title: 'What the SOC CCs ask of forces',
    category: 'asks',
    aliases: ['what we ask of you', 'what do the soc ccs need from forces', 'asks of forces', 'what is expected of my force'],
    keywords: ['early engagement', 'six month review', 'spoc', 'tactical adviser', 'csp', 'soc partnership board', 'expectations', 'requests', 'require', 'what forces must do', 'ask of forces'],
    askedAs: ['what do you need from forces', 'what do the coordinators expect of us'],
    answer:
      "The coordinators ask forces to: engage early while CHB processes are being developed, so they can support and advise; plan for the formal review of each CHB site for the Home Office six months after it starts; name a SOC/CHB SPOC or tactical adviser as the force's link with the SWROCU; and bring a coordinator into CSP arrangements and any SOC partnership boards.",
    sources: [briefing.asks],
    related: ['asks-early-engagement', 'asks-six-month-review', 'asks-spoc'],
    reviewed: REVIEWED,
  },
  {
    id: 'asks-early-engagement',
    title: 'Engage the SOC CCs early',
    category: 'asks',
    aliases: ['early engagement', 'when should i first contact the soc cc', 'involve the soc cc early'],
    keywords: ['early', 'from the start', 'chb processes', 'support', 'advise', 'assist', 'planning', 'development'],
    askedAs: ['we have started planning without the coordinators', 'is it too late to involve the soc cc'],
    answer: 'Contact the coordinators early, while your CHB processes are still being developed. They will work to support, advise and assist.',
    sources: [briefing.asks],
    related: ['asks-overview', 'soc-cc-contact', 'legacy-exit-strategy'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
  {
    id: 'asks-six-month-review',
    title: 'Six-month formal review of a CHB site',
    category: 'asks',
    aliases: ['6 month review', 'six month review', 'formal review of the chb site', 'home office review'],
    keywords: ['six months', '6 months', 'review', 'home office', 'instigation', 'site', 'formal', 'when', 'deadline'],
    askedAs: ['what does the home office need after six months', 'review of the site after it has been running for a while'],
    answer:
      'The SOC CCs must carry out a formal review of each CHB site for the Home Office six months after the site starts. Foundation block 7 sets the baseline, recorded before CHB begins, against which progress is benchmarked.',
    sources: [briefing.asks, briefing.foundationBlocks],
    related: ['fb-7-performance-baseline', 'asks-overview', 'asks-early-engagement'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
  {
    id: 'asks-spoc',
    title: 'A SOC/CHB SPOC or tactical adviser in each force',
    category: 'asks',
    aliases: ['soc spoc', 'chb spoc', 'force spoc', 'single point of contact'],
    askedAs: ['who is our force contact for the rocu on chb', 'naming a force lead to link with swrocu'],
    keywords: [
      'tactical adviser',
      'lines of communication',
      'swrocu',
      'collaborative working',
      'cpd',
      'continuous professional development',
      'link',
      'nominate',
    ],
    answer:
      'Each force is recommended to name a SOC/CHB single point of contact (SPOC) or tactical adviser. This gives clear lines of communication between the SWROCU and the force, supports ongoing joint working, and helps roll out continuous professional development across the SOC portfolio.',
    sources: [briefing.asks],
    related: ['soc-tactical-adviser', 'asks-overview', 'glossary-cpd'],
    reviewed: REVIEWED,
  },
  {
    id: 'asks-csp-boards',
    title: 'Bringing the SOC CC into CSPs and SOC partnership boards',
    category: 'asks',
    aliases: ['soc partnership board', 'invite the soc cc to the csp', 'partnership boards'],
    keywords: ['csp', 'frameworks', 'multi agency response', 'board', 'invite', 'membership', 'meetings'],
    askedAs: ['should the coordinator join our partnership board', 'how can the soc cc help our csp'],
    answer:
      'Forces are asked to bring a SOC CC into their community safety partnership (CSP) frameworks and into any SOC partnership boards or similar groups in their area. The coordinator can then help those partnerships develop multi-agency responses to SOC threats.',
    sources: [briefing.asks],
    related: ['csps', 'soc-cc-local-partnerships', 'asks-overview'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
];
