import type { KnowledgeEntry, Source } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

interface GlossaryItem {
  /** Slug for the id, e.g. 'soc-cc'. */
  slug: string;
  term: string;
  expansion: string;
  answer: string;
  source: Source;
  related: string[];
  aliases?: string[];
  keywords?: string[];
}

function glossaryEntry(item: GlossaryItem): KnowledgeEntry {
  return {
    id: `glossary-${item.slug}`,
    title: `${item.term}: ${item.expansion}`,
    category: 'glossary',
    term: item.term,
    aliases: [item.term.toLowerCase(), item.expansion.toLowerCase(), ...(item.aliases ?? [])],
    keywords: item.keywords ?? [],
    answer: item.answer,
    source: item.source,
    related: item.related,
    reviewed: REVIEWED,
  };
}

/** One entry per acronym or term used in the knowledge base. */
export const glossaryEntries: KnowledgeEntry[] = [
  {
    slug: 'lro', term: 'LRO', expansion: 'Lead Responsible Officer',
    answer: 'The person who designs, coordinates and delivers the 4P plan against a SOC threat such as an OCG. The role is not tied to rank and can be held by a partner.',
    source: publicSource.collegeLroProfile, related: ['lro-role'],
  },
  {
    slug: 'sro', term: 'SRO', expansion: 'Senior Responsible Officer',
    answer: 'The senior leader who sets the strategic objectives that an LRO tasks resources against. Foundation block 2 expects a force to name an SRO for CHB from the outset.',
    source: publicSource.collegeLroProfile, related: ['lro-role', 'fb-2-resources'],
  },
  {
    slug: 'sio', term: 'SIO', expansion: 'Senior Investigating Officer',
    answer: 'The officer in charge of an investigation. The SOC CCs help SIOs, alongside LROs and ROCUs, build 4P approaches that follow the CHB method.',
    source: briefing.strands, related: ['soc-cc-operational-guidance'],
  },
  {
    slug: 'ocg', term: 'OCG', expansion: 'Organised Crime Group',
    answer: 'A group of people involved together in serious and organised crime. CHB targets OCG members, their networks, business interests and influence, and each OCG should be managed through a full multi-agency 4P plan.',
    source: briefing.chbOverview, related: ['phase-clear', '4p-plan-quality'], aliases: ['organised crime gang'],
  },
  {
    slug: 'soc', term: 'SOC', expansion: 'Serious and Organised Crime',
    answer: 'Serious crime committed by organised groups such as OCGs. It is what CHB, 4P plans and the SOC Community Coordinator role exist to tackle.',
    source: briefing.intro, related: ['chb-overview', 'glossary-ocg'],
  },
  {
    slug: 'soc-cc', term: 'SOC CC', expansion: 'SOC Community Coordinator',
    answer: 'A strategic post created by the Home Office, based in the regional ROCU, that champions CHB and strengthens partnerships against serious and organised crime.',
    source: briefing.intro, related: ['soc-cc-role'],
  },
  {
    slug: 'chb', term: 'CHB', expansion: 'Clear, Hold, Build',
    answer: 'A place-based, three-phase partnership framework for tackling serious and organised crime in high-harm areas.',
    source: publicSource.hmicfrsGlossaryChb, related: ['chb-overview', 'phases-overview'],
  },
  {
    slug: '4p', term: '4P', expansion: 'Pursue, Prevent, Protect, Prepare',
    answer: 'The four strands used to plan action against serious and organised crime: prosecute and disrupt, stop involvement, increase protection, and reduce impact.',
    source: publicSource.hmicfrsGlossary4p, related: ['4p-overview'],
  },
  {
    slug: 'fb', term: 'FB', expansion: 'Foundation Block',
    answer: 'One of the ten things that need to be in place for CHB to succeed, numbered FB1 to FB10 in the regional briefing.',
    source: briefing.foundationBlocks, related: ['fb-overview'],
  },
  {
    slug: 'csp', term: 'CSP', expansion: 'Community Safety Partnership',
    answer: 'A statutory local partnership of police, fire and rescue, local authorities, health and probation, set up under the Crime and Disorder Act 1998.',
    source: publicSource.csps, related: ['csps', 'asks-csp-boards'],
  },
  {
    slug: 'gain', term: 'GAIN', expansion: 'Government Agency Intelligence Network',
    answer: 'A network that lets public enforcement agencies share information within legal gateways, coordinated regionally from the ROCU.',
    source: publicSource.gainRocu, related: ['gain', 'gain-how-it-works'],
  },
  {
    slug: 'rdt', term: 'RDT', expansion: 'Regional Disruption Team',
    answer: 'The SWROCU team that runs the monthly LRO drop-ins, advising on 4P plans, disruptions and interventions.',
    source: briefing.workSoFar, related: ['lro-drop-ins'],
  },
  {
    slug: 'rocu', term: 'ROCU', expansion: 'Regional Organised Crime Unit',
    answer: 'One of nine regional units in England and Wales that give forces specialist capabilities and link them with the National Crime Agency.',
    source: publicSource.hmicfrsGlossaryRocu, related: ['rocus'],
  },
  {
    slug: 'swrocu', term: 'SWROCU', expansion: 'South West Regional Organised Crime Unit',
    answer: 'The ROCU for the five South West forces. It is home to the SOC CCs and the Regional Disruption Team and runs a microsite describing its capabilities.',
    source: briefing.swrocu, related: ['swrocu-microsite', 'south-west-forces'],
  },
  {
    slug: 'morile', term: 'MoRiLE', expansion: 'Management of Risk in Law Enforcement',
    answer: 'A structured method for assessing threat, risk, harm, vulnerability and organisational capacity, so priorities are set consistently.',
    source: publicSource.morile, related: ['morile'],
  },
  {
    slug: 'vawg', term: 'VAWG', expansion: 'Violence Against Women and Girls',
    answer: 'One of the related programmes the SOC CCs link SOC work with, alongside serious violence, the drugs strategy and homicide reduction.',
    source: briefing.strands, related: ['soc-cc-local-partnerships'],
  },
  {
    slug: 'hmicfrs', term: 'HMICFRS', expansion: "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    answer: 'The inspectorate for police forces and fire and rescue services in England and Wales. It is building CHB into its inspection methodology.',
    source: briefing.chbOverview, related: ['chb-hmicfrs'], aliases: ['hmic', 'inspectorate'],
  },
  {
    slug: 'npcc', term: 'NPCC', expansion: "National Police Chiefs' Council",
    answer: 'The body that coordinates national policing. Its national lead for SOC works with the Home Office on CHB, and the SOC CCs report to both.',
    source: briefing.chbOverview, related: ['chb-rollout-2023', 'soc-cc-continuous-improvement'],
  },
  {
    slug: 'spoc', term: 'SPOC', expansion: 'Single Point of Contact',
    answer: 'A named person who is the main contact for a subject. Each force is asked to name a SOC/CHB SPOC or tactical adviser to link with the SWROCU.',
    source: briefing.asks, related: ['asks-spoc'],
  },
  {
    slug: 'pup', term: 'PUP', expansion: 'Police Uplift Programme',
    answer: 'The national programme through which the SOC Community Coordinator posts are supported.',
    source: briefing.intro, related: ['soc-cc-role'],
  },
  {
    slug: 'asb', term: 'ASB', expansion: 'Anti-Social Behaviour',
    answer: 'Behaviour that causes harassment, alarm or distress to others. CHB pilot sites saw less ASB as a knock-on benefit, and the Build phase aims to reduce tolerance of it.',
    source: briefing.benefits, related: ['benefits-quantitative', 'phase-build'],
  },
  {
    slug: 'nca', term: 'NCA', expansion: 'National Crime Agency',
    answer: 'The national law enforcement agency that leads on serious and organised crime. ROCUs are the main link between forces and the NCA.',
    source: publicSource.hmicfrsGlossaryRocu, related: ['rocus'],
  },
  {
    slug: 'cpd', term: 'CPD', expansion: 'Continuous Professional Development',
    answer: 'Ongoing learning and development. A force SOC/CHB SPOC or tactical adviser helps roll out CPD across the SOC portfolio.',
    source: briefing.asks, related: ['asks-spoc', 'lro-training'], aliases: ['continuing professional development'],
  },
  {
    slug: 'pcc', term: 'PCC', expansion: 'Police and Crime Commissioner',
    answer: 'The elected official who sets police and crime priorities for a force area and holds the chief constable to account. Merseyside\'s PCC has published news on how its CHB phases ran.',
    source: publicSource.merseysidePcc, related: ['phases-overview'],
  },
  {
    slug: 'gold-silver-bronze', term: 'Gold, Silver, Bronze', expansion: 'strategic, tactical and operational levels',
    answer: 'A three-level command and governance structure: Gold sets strategy, Silver plans tactics and Bronze delivers operationally. Foundation block 6 asks for a partnership structure in this form.',
    source: briefing.foundationBlocks, related: ['fb-6-governance'], aliases: ['gold silver bronze'],
  },
  {
    slug: 'knowledge-hub', term: 'Knowledge Hub', expansion: 'online collaboration platform',
    answer: 'An online platform for public-sector groups to share knowledge and discuss work. The South West regional LRO network is hosted there.',
    source: briefing.workSoFar, related: ['lro-network'], aliases: ['khub'],
  },
  {
    slug: 'crime-severity-index', term: 'Crime Severity Index', expansion: 'a measure of crime weighted by seriousness',
    answer: 'A measure that weights recorded crimes by how serious they are, rather than just counting them. One CHB pilot site saw it fall by 27% in 8 months.',
    source: briefing.benefits, related: ['benefits-quantitative'],
  },
  {
    slug: 'beating-crime-plan', term: 'Beating Crime Plan', expansion: "the Government's crime reduction plan",
    answer: 'The Government\'s plan for cutting crime. The regional briefing notes that CHB\'s knock-on reductions in ASB and burglary support it.',
    source: briefing.benefits, related: ['benefits-quantitative'],
  },
  {
    slug: 'county-lines', term: 'County lines', expansion: 'a drug supply model',
    answer: 'A form of drug dealing in which groups move drugs from one area into others, often exploiting children and vulnerable adults. SWROCU groups its vulnerabilities, drugs and county lines capabilities together.',
    source: briefing.swrocu, related: ['swrocu-capability-groups'],
  },
].map(glossaryEntry);
