import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

/** The 4P framework, each P, and what the region has found about 4P plans. */
export const fourPEntries: KnowledgeEntry[] = [
  {
    id: '4p-overview',
    title: 'The 4P framework: Pursue, Prevent, Protect, Prepare',
    category: '4p',
    aliases: ['4p', '4p framework', '4p plan', '4p approach', 'pursue prevent protect prepare'],
    keywords: ['framework', 'plan', 'multi agency', 'ocg', 'every phase', 'four strands'],
    answer:
      '4P is the framework for planning action against serious and organised crime. Pursue: prosecute and disrupt the people involved. Prevent: stop people becoming involved. Protect: increase protection for people, organisations and systems. Prepare: reduce the impact when it does happen. The regional briefing asks whether LROs have full multi-agency 4P plans to manage their OCGs, and says an inter-operable 4P approach should be considered for each CHB phase.',
    sources: [publicSource.hmicfrsGlossary4p, publicSource.socStrategy, briefing.fourP, briefing.chbOverview],
    related: ['4p-plan-quality', '4p-pursue', '4p-practice-example'],
    reviewed: REVIEWED,
  },
  {
    id: '4p-pursue',
    title: 'Pursue',
    category: '4p',
    aliases: ['pursue', 'pursue strand', '4p pursue'],
    keywords: ['prosecute', 'disrupt', 'enforcement', 'investigation', 'arrest'],
    answer:
      'Pursue means prosecuting and disrupting people engaged in serious and organised crime. The regional briefing found that 4P plans are often top-heavy with Pursue and that a more rounded approach is needed; it also says a 4P approach should be considered in every CHB phase.',
    sources: [publicSource.hmicfrsGlossary4p, briefing.fourP, briefing.chbOverview],
    related: ['4p-prevent', '4p-plan-quality', 'phase-clear'],
    reviewed: REVIEWED,
  },
  {
    id: '4p-prevent',
    title: 'Prevent',
    category: '4p',
    aliases: ['prevent', 'prevent strand', '4p prevent'],
    keywords: ['stop people becoming involved', 'deterrence', 'diversion', 'involvement', 'partners'],
    answer:
      'Prevent means stopping people from becoming involved in serious and organised crime in the first place. The regional briefing stresses the importance of deterrence and prevention in tackling OCGs, as part of refocusing on strengthening local partnerships.',
    sources: [publicSource.hmicfrsGlossary4p, briefing.intro],
    related: ['4p-protect', '4p-overview', 'phase-build'],
    reviewed: REVIEWED,
  },
  {
    id: '4p-protect',
    title: 'Protect',
    category: '4p',
    aliases: ['protect', 'protect strand', '4p protect'],
    keywords: ['increase protection', 'people', 'organisations', 'systems', 'safeguarding', 'vulnerability'],
    answer: 'Protect means increasing protection against serious and organised crime for people, organisations and systems.',
    sources: [publicSource.hmicfrsGlossary4p, publicSource.socStrategy],
    related: ['4p-prepare', '4p-overview', '4p-plan-quality'],
    reviewed: REVIEWED,
  },
  {
    id: '4p-prepare',
    title: 'Prepare',
    category: '4p',
    aliases: ['prepare', 'prepare strand', '4p prepare'],
    keywords: ['reduce the impact', 'when it takes place', 'consequences', 'resilience', 'contingency'],
    answer: 'Prepare means reducing the impact of serious and organised crime when it does take place.',
    sources: [publicSource.hmicfrsGlossary4p, publicSource.socStrategy],
    related: ['4p-pursue', '4p-overview', 'phase-hold'],
    reviewed: REVIEWED,
  },
  {
    id: '4p-plan-quality',
    title: 'Common problems with 4P plans',
    category: '4p',
    aliases: ['pursue heavy 4p plan', 'unbalanced 4p plan', '4p plan quality', 'how often should a 4p plan be reviewed'],
    keywords: ['quality', 'structure', 'review', 'regularity', 'rounded', 'balanced', 'top heavy', 'multi agency', 'ocg', 'consistency', 'improve my plan'],
    askedAs: ['my plan is all arrests', 'our 4p plan is mostly enforcement', 'is an enforcement only plan a problem', 'how often should we review our 4p plan'],
    answer:
      'The regional briefing found that 4P plans vary in quality, in structure and in how regularly they are reviewed. Many are top-heavy with Pursue, and a more rounded approach is needed, with full multi-agency plans covering all four Ps. Ask yourself whether each OCG has a full, multi-agency 4P plan that is reviewed regularly. The SOC CCs and the monthly RDT drop-ins can help you strengthen a plan.',
    sources: [briefing.fourP, briefing.workSoFar],
    related: ['4p-overview', 'lro-drop-ins', '4p-practice-example'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
  {
    id: '4p-practice-example',
    title: '4P practice example from the College of Policing',
    category: '4p',
    aliases: ['4p example', 'example of a 4p plan', '4p good practice'],
    keywords: ['practice bank', 'dismantling', 'example', 'soc management plan', 'force', 'template'],
    answer:
      "The College of Policing practice bank has an example of a 4P approach to dismantling serious and organised crime, in which the 4P plan runs alongside the force's SOC management plan. The SOC CCs also hold examples of good practice they can share.",
    sources: [publicSource.college4pPractice, briefing.hereToHelp],
    related: ['4p-overview', '4p-plan-quality', 'soc-cc-contact'],
    reviewed: REVIEWED,
  },
];
