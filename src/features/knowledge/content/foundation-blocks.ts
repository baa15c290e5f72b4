import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing } from './sources';

/** The usual ways people name foundation block `n`. */
function blockAliases(n: number): string[] {
  return [`fb${n}`, `fb ${n}`, `fb-${n}`, `foundation block ${n}`, `block ${n}`];
}

/** The ten CHB foundation blocks, plus an overview. */
export const foundationBlockEntries: KnowledgeEntry[] = [
  {
    id: 'fb-overview',
    title: 'CHB foundation blocks: overview',
    category: 'foundation-block',
    aliases: ['foundation blocks', 'the ten foundation blocks', 'building blocks of chb', 'what needs to be in place before chb'],
    keywords: ['chief officer', 'oversight', 'executive leaders', 'critical to success', 'prerequisites', 'evolve', 'merseyside', 'kennedy', 'chief constable', 'link', 'list', 'preparation'],
    askedAs: ['why do chief officers need to be involved', 'what has to be in place before we start chb', 'senior leadership support for chb'],
    answer:
      'The foundation blocks are ten things to put in place for CHB to succeed: socialisation; resources and systems; LRO support and training; site identification with a locality profile; community asset mapping; governance; a performance baseline; a multi-agency launch; a communication strategy; and community engagement. The evidence shows that oversight and support from chief police officers and executive leaders in partner agencies is critical. The briefing links to Merseyside Police\'s "EVOLVE – Clear, Hold, Build" page, in which Chief Constable Serena Kennedy talks about the value and benefits of CHB, the police\'s role and the need for chief officer involvement; the briefing\'s copy of the link carries no web address.',
    sources: [briefing.foundationBlocks],
    related: ['fb-1-socialisation', 'fb-2-resources', 'chb-overview'],
    reviewed: REVIEWED,
  },
  {
    id: 'fb-1-socialisation',
    title: 'FB1: socialisation of CHB within forces and partners',
    category: 'foundation-block',
    block: 1,
    aliases: [...blockAliases(1), 'socialisation', 'socialising chb'],
    keywords: ['decision makers', 'strategic level', 'buy in', 'agencies', 'stakeholders', 'understanding the concept', 'support for the rollout'],
    askedAs: ['getting senior decision makers on board with chb', 'partners have not heard of chb how do we explain it', 'winning strategic buy in across agencies', 'convincing leaders to support the rollout'],
    answer:
      'Foundation block 1 spreads understanding of CHB. Identify the key strategic decision makers in every agency and engage them, so that they support the rollout and understand the concept. Then extend this to the other key stakeholders connected with the chosen CHB area.',
    sources: [briefing.foundationBlocks],
    related: ['fb-overview', 'fb-2-resources', 'fb-8-multi-agency-launch'],
    reviewed: REVIEWED,
  },
  {
    id: 'fb-2-resources',
    title: 'FB2: resource and system requirements',
    category: 'foundation-block',
    block: 2,
    aliases: [...blockAliases(2), 'resource and system requirements', 'resourcing chb', 'staffing a chb site'],
    keywords: ['sro', 'lro', 'analyst', 'analytical support', 'research capability', 'officers and staff', 'operational capabilities', 'partnership landscape', 'from the outset', 'staffing', 'chb team'],
    askedAs: ['who do we need on the chb team', 'we have no sro lro or analyst allocated', 'staff and systems needed from the start', 'resourcing the site with officers and staff'],
    answer:
      'Foundation block 2 is about people and systems from day one. A force needs officers and staff allocated and actively involved from the outset, including an SRO, an LRO, analytical support and research capability. This makes sure force operational capabilities are prioritised to lead interventions that fit the threat and the outcomes sought. It also means understanding the partnership landscape for SOC.',
    sources: [briefing.foundationBlocks],
    related: ['fb-3-lro-support', 'glossary-sro', 'lro-role'],
    reviewed: REVIEWED,
  },
  {
    id: 'fb-3-lro-support',
    title: 'FB3: LRO support and training',
    category: 'foundation-block',
    block: 3,
    aliases: [...blockAliases(3), 'lro support and training block'],
    keywords: ['training before starting', 'responsibilities', '4p plan', 'stakeholder groups', 'performance measured', 'multi agency resources', 'coordinate'],
    askedAs: ['making sure the lro is trained before they start', 'preparing a new lro for the role'],
    answer:
      'Foundation block 3 makes sure LROs are supported and trained before they take up the role and fully understand their responsibilities. That is what lets them design and deliver the 4P plan, set up stakeholder groups, measure performance and coordinate resources across agencies.',
    sources: [briefing.foundationBlocks],
    related: ['lro-training', 'lro-network', 'lro-role'],
    reviewed: REVIEWED,
  },
  {
    id: 'fb-4-locality-profile',
    title: 'FB4: identifying the CHB site (locality profile)',
    category: 'foundation-block',
    block: 4,
    aliases: [...blockAliases(4), 'locality profile', 'choosing a chb site', 'how big should a chb site be'],
    keywords: ['site selection', 'police and partner data', 'overlay', 'totality of the threat', 'single agency lens', 'postcode', 'ward', 'size', 'real impact', 'harm'],
    askedAs: ['how do we decide where to run chb', 'choosing which neighbourhood or estate to focus on', 'what data do we use to pick the site', 'how big should the area be', 'overlaying police and partner data'],
    answer:
      'Foundation block 4 is choosing the site. Police and partner data are laid over each other to show the full SOC threat and where its harm appears, instead of looking through a single agency\'s lens. The recommended size is about a postcode or ward, small enough for real impact to be achieved.',
    sources: [briefing.foundationBlocks],
    related: ['soc-local-profiles', 'fb-5-community-asset-mapping', 'fb-8-multi-agency-launch'],
    reviewed: REVIEWED,
  },
  {
    id: 'fb-5-community-asset-mapping',
    title: 'FB5: community asset mapping',
    category: 'foundation-block',
    block: 5,
    aliases: [...blockAliases(5), 'community asset mapping', 'asset mapping'],
    keywords: ['assets', 'skills', 'capabilities', 'statutory', 'private', 'voluntary', 'third sector', 'community'],
    askedAs: ['which local organisations groups and charities can help', 'what the community already has that we can build on', 'mapping voluntary private and statutory organisations in the area', 'what skills and resources exist in the community'],
    answer:
      'Foundation block 5 maps what the community already has: the assets, skills and capabilities held by statutory, private, voluntary and third-sector organisations that can be aligned with the CHB response. The briefing calls this critical to understanding what the community can bring.',
    sources: [briefing.foundationBlocks],
    related: ['fb-4-locality-profile', 'fb-10-community-engagement', 'phase-build'],
    reviewed: REVIEWED,
  },
  {
    id: 'fb-6-governance',
    title: 'FB6: governance structure',
    category: 'foundation-block',
    block: 6,
    aliases: [...blockAliases(6), 'governance structure', 'chb governance'],
    keywords: ['gold silver bronze', 'partnership', 'existing groups', 'operational footprint', 'oversight', 'meetings', 'command structure'],
    askedAs: ['how should the chb meetings and governance be set up', 'gold silver bronze groups for chb', 'can existing groups run the governance', 'who oversees the chb site'],
    answer:
      'Foundation block 6 sets up governance: a partnership structure in Gold, Silver and Bronze form. Existing groups can fill these roles, as long as they have an operational footprint in the CHB area.',
    sources: [briefing.foundationBlocks],
    related: ['glossary-gold-silver-bronze', 'fb-2-resources', 'fb-7-performance-baseline'],
    reviewed: REVIEWED,
  },
  {
    id: 'fb-7-performance-baseline',
    title: 'FB7: performance baseline',
    category: 'foundation-block',
    block: 7,
    aliases: [...blockAliases(7), 'performance baseline', 'measuring impact'],
    keywords: ['before chb', 'benchmark', 'quantitative', 'qualitative', 'morile scores', 'disruptions', 'community perceptions', 'gaps in provision', 'progress', 'performance framework', 'measure'],
    askedAs: ['proving chb is working', 'evidence of impact before and after', 'what should we measure before we start', 'how do we show progress and results', 'measuring the difference the project makes'],
    answer:
      'Foundation block 7 records a baseline before CHB begins, so progress can be benchmarked and impact shown. Measure both quantitatively, for example MoRiLE scores and disruptions, and qualitatively, for example gaps in provision being filled and changes in community perceptions.',
    sources: [briefing.foundationBlocks],
    related: ['morile', 'asks-six-month-review', 'benefits-quantitative'],
    reviewed: REVIEWED,
  },
  {
    id: 'fb-8-multi-agency-launch',
    title: 'FB8: multi-agency launch',
    category: 'foundation-block',
    block: 8,
    aliases: [...blockAliases(8), 'multi agency launch', 'launch event'],
    keywords: ['share the locality profile', 'threats', 'common understanding', 'collaborative opportunities', 'delivery groups', 'partners', 'launch'],
    askedAs: ['planning the launch event with partners', 'kick off meeting with all the agencies', 'what should the launch cover'],
    answer:
      'Foundation block 8 is a launch with all the agencies involved. Use it to share the locality profile, explain the threats so everyone has a common understanding, find opportunities to work together and identify the operational delivery groups that will lead each programme.',
    sources: [briefing.foundationBlocks],
    related: ['fb-4-locality-profile', 'fb-9-communication-strategy', 'fb-1-socialisation'],
    reviewed: REVIEWED,
  },
  {
    id: 'fb-9-communication-strategy',
    title: 'FB9: communication strategy',
    category: 'foundation-block',
    block: 9,
    aliases: [...blockAliases(9), 'communication strategy', 'comms plan'],
    keywords: ['communication', 'audience', 'key messages', 'who delivers the message', 'multi agency', 'publicity', 'media'],
    askedAs: ['what should our messaging be', 'press and media plan for chb', 'who should deliver the key messages'],
    answer:
      'Foundation block 9 is a communication strategy, a key ingredient in CHB success, planned from a multi-agency point of view. Decide which audiences you need to reach, what the key messages are and who is best placed to deliver them.',
    sources: [briefing.foundationBlocks],
    related: ['fb-10-community-engagement', 'fb-8-multi-agency-launch', 'soc-cc-neighbourhood-policing'],
    reviewed: REVIEWED,
  },
  {
    id: 'fb-10-community-engagement',
    title: 'FB10: community engagement',
    category: 'foundation-block',
    block: 10,
    aliases: [...blockAliases(10), 'f10', 'community engagement', 'community voice'],
    keywords: ['community concerns', 'surveys', 'influencers', 'decision making', 'sustainable', 'residents', 'listen', 'involve'],
    askedAs: ['residents feel nobody listens', 'how do we involve the community in decisions', 'surveys and local influencers', 'hearing community concerns'],
    answer:
      'Foundation block 10 is about involving the community. Find ways to make sure residents\' concerns are heard, for example through surveys or by mobilising local influencers, and involve them in decisions and initiatives so the response to SOC lasts.',
    sources: [briefing.foundationBlocks],
    related: ['fb-9-communication-strategy', 'fb-5-community-asset-mapping', 'phase-build'],
    reviewed: REVIEWED,
  },
];
