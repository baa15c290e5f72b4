import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

/** The LRO role, LRO training and support, and the monthly drop-ins. */
export const lroEntries: KnowledgeEntry[] = [
  {
    id: 'lro-role',
    title: 'The Lead Responsible Officer (LRO) role',
    category: 'lro',
    aliases: ['lro', 'lead responsible officer', 'what does an lro do', 'lro responsibilities', 'can a partner be an lro'],
    keywords: ['design', 'coordinate', 'deliver', 'plan', '4p framework', 'health', 'education', 'local authorities', 'business', 'voluntary sector', 'task resources', 'sro', 'strategic objectives', 'rank', 'grade'],
    askedAs: ['what is an lro responsible for', 'does the lro have to be a police officer', 'can someone from a partner agency be the lro', 'who sets the lro objectives'],
    answer:
      'According to the College of Policing professional profile, the LRO designs, coordinates and delivers the plan against a SOC threat using the 4P framework. They work with partners such as health, education, local authorities, business and the voluntary sector, and task resources against strategic objectives set by the Senior Responsible Officer (SRO). The role is not tied to rank or grade, and a police officer or someone from a partner agency can hold it.',
    sources: [publicSource.collegeLroProfile],
    related: ['lro-training', 'lro-network', 'fb-3-lro-support'],
    reviewed: REVIEWED,
  },
  {
    id: 'lro-training',
    title: 'LRO training',
    category: 'lro',
    aliases: ['lro training', 'training for lros', 'lro training template', 'lro course'],
    keywords: ['one day', '1 day', 'no training', 'regional template', 'chb training', 'framework', 'all forces', 'trained', 'research'],
    askedAs: ['i am a new lro with no training', 'what training is there for lros'],
    answer:
      'Research quoted in the 2023 regional briefing found that many LROs had very little training (one day at most) or none at all. In response, the SOC CCs created a regional template for LRO and CHB training and offered it to every force as a framework, with coordinator help to put it into practice. Foundation block 3 also expects LROs to be trained and supported before they start.',
    sources: [briefing.lros, briefing.workSoFar, briefing.foundationBlocks],
    related: ['fb-3-lro-support', 'lro-network', 'work-so-far'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
  {
    id: 'lro-network',
    title: 'LRO support and the regional LRO network',
    category: 'lro',
    aliases: ['lro network', 'lro support', 'regional lro network', 'knowledge hub'],
    keywords: ['support varies', 'network', 'khub', 'peer support', 'join', 'share', 'isolated'],
    askedAs: ['other lros i can talk to', 'i feel isolated as an lro', 'peer support for lros'],
    answer:
      'Support for LROs has been found to vary widely between areas, often with no network to lean on. The SOC CCs have set up a South West regional LRO network on Knowledge Hub and ask LROs to take part. The monthly drop-ins with the Regional Disruption Team, and a planned regional LRO user group, add to that support.',
    sources: [briefing.lros, briefing.workSoFar],
    related: ['lro-drop-ins', 'future-aspirations', 'lro-training'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
  {
    id: 'soc-tactical-adviser',
    title: 'SOC tactical adviser',
    category: 'lro',
    aliases: ['tactical adviser', 'soc tac adviser'],
    keywords: ['tactical options', 'support the lro', 'spoc', 'force'],
    askedAs: ['who helps the lro with tactical options'],
    answer:
      'A SOC tactical adviser supports the LRO with tactical options (College of Policing professional profile). The regional briefing also recommends that each force names a SOC/CHB SPOC or tactical adviser to give clear lines of communication with the SWROCU.',
    sources: [publicSource.collegeTacticalAdviserProfile, briefing.asks],
    related: ['asks-spoc', 'lro-role', 'glossary-spoc'],
    reviewed: REVIEWED,
  },
  {
    id: 'lro-drop-ins',
    title: 'Monthly LRO drop-in sessions with the RDT',
    category: 'dropins',
    live: 'next-drop-in',
    aliases: ['drop in', 'lro drop in', 'monthly drop in', 'rdt drop in', 'drop in sessions'],
    keywords: ['monthly', 'regional disruption team', 'rdt', 'advice', '4p plans', 'disruptions', 'interventions', 'relationship building', 'swrocu', 'sessions'],
    askedAs: ['where can lros get monthly advice on disruption options', 'help with my 4p plan from the rdt'],
    answer:
      'Each month the SWROCU Regional Disruption Team (RDT) runs LRO drop-in sessions. LROs can get advice, guidance and support on their 4P plans and on the disruptions and interventions available, and the sessions help LROs build working relationships with SWROCU teams.',
    sources: [briefing.workSoFar],
    related: ['4p-plan-quality', 'lro-network', 'glossary-rdt'],
    reviewed: REVIEWED,
    contactRoles: ['rdt'],
  },
];
