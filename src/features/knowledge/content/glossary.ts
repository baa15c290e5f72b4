import type { KnowledgeEntry, Source } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

interface GlossaryItem {
  /** Slug for the id, e.g. 'soc-cc'. */
  slug: string;
  term: string;
  expansion: string;
  answer: string;
  sources: Source[];
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
    sources: item.sources,
    related: item.related,
    reviewed: REVIEWED,
  };
}

/** One entry per acronym or term used in the knowledge base. */
export const glossaryEntries: KnowledgeEntry[] = [
  {
    slug: 'lro',
    term: 'LRO',
    expansion: 'Lead Responsible Officer',
    answer:
      'The person who designs, coordinates and delivers the 4P plan against a SOC threat such as an OCG. The role is not tied to rank and can be held by a partner.',
    sources: [publicSource.collegeLroProfile],
    related: ['lro-role'],
  },
  {
    slug: 'sro',
    term: 'SRO',
    expansion: 'Senior Responsible Officer',
    answer:
      'The senior leader who sets the strategic objectives that an LRO tasks resources against. Foundation block 2 expects a force to name an SRO for CHB from the outset.',
    sources: [publicSource.collegeLroProfile, briefing.foundationBlocks],
    related: ['lro-role', 'fb-2-resources'],
  },
  {
    slug: 'sio',
    term: 'SIO',
    expansion: 'Senior Investigating Officer',
    answer:
      'The regional briefing names SIOs alongside force LROs and ROCUs as the people the SOC CCs support to develop 4P approaches aligned to the CHB method.',
    sources: [briefing.strands],
    related: ['soc-cc-operational-guidance'],
  },
  {
    slug: 'ocg',
    term: 'OCG',
    expansion: 'Organised Crime Group',
    answer:
      "CHB's Clear phase targets OCG members, their networks, business interests, criminality and influence, and the regional briefing asks whether LROs have full multi-agency 4P plans to manage their OCGs.",
    sources: [briefing.phases, briefing.fourP],
    related: ['phase-clear', '4p-plan-quality'],
    aliases: ['organised crime gang'],
  },
  {
    slug: 'soc',
    term: 'SOC',
    expansion: 'Serious and Organised Crime',
    answer: 'The crime that CHB, 4P plans and the SOC Community Coordinator role exist to tackle, including OCGs, their business models and enablers.',
    sources: [briefing.intro, briefing.chbOverview],
    related: ['chb-overview', 'glossary-ocg'],
  },
  {
    slug: 'soc-cc',
    term: 'SOC CC',
    expansion: 'SOC Community Coordinator',
    answer:
      'A strategic post created by the Home Office, based in the regional ROCU, that champions CHB and strengthens partnerships against serious and organised crime.',
    sources: [briefing.intro],
    related: ['soc-cc-role'],
  },
  {
    slug: 'chb',
    term: 'CHB',
    expansion: 'Clear, Hold, Build',
    answer: 'A place-based, three-phase partnership framework for tackling serious and organised crime in high-harm areas.',
    sources: [publicSource.hmicfrsGlossaryChb, briefing.chbOverview],
    related: ['chb-overview', 'phases-overview'],
  },
  {
    slug: '4p',
    term: '4P',
    expansion: 'Pursue, Prevent, Protect, Prepare',
    answer:
      'The four strands used to plan action against serious and organised crime: prosecute and disrupt, stop involvement, increase protection, and reduce impact.',
    sources: [publicSource.hmicfrsGlossary4p],
    related: ['4p-overview'],
  },
  {
    slug: 'fb',
    term: 'FB',
    expansion: 'Foundation Block',
    answer: 'One of the ten things that need to be in place for CHB to succeed, numbered FB1 to FB10 in the regional briefing.',
    sources: [briefing.foundationBlocks],
    related: ['fb-overview'],
  },
  {
    slug: 'csp',
    term: 'CSP',
    expansion: 'Community Safety Partnership',
    answer: 'A statutory local partnership of police, fire and rescue, local authorities, health and probation, set up under the Crime and Disorder Act 1998.',
    sources: [publicSource.csps],
    related: ['csps', 'asks-csp-boards'],
  },
  {
    slug: 'gain',
    term: 'GAIN',
    expansion: 'Government Agency Intelligence Network',
    answer: 'A network that lets public enforcement agencies share information within legal gateways, coordinated regionally from the ROCU.',
    sources: [publicSource.gainRocu],
    related: ['gain', 'gain-how-it-works'],
  },
  {
    slug: 'rdt',
    term: 'RDT',
    expansion: 'Regional Disruption Team',
    answer: 'The SWROCU team that runs the monthly LRO drop-in sessions, offering advice on 4P plans, disruptions and interventions.',
    sources: [briefing.workSoFar],
    related: ['lro-drop-ins'],
  },
  {
    slug: 'rocu',
    term: 'ROCU',
    expansion: 'Regional Organised Crime Unit',
    answer: 'One of nine regional units in England and Wales that give forces specialist capabilities and link them with the National Crime Agency.',
    sources: [publicSource.hmicfrsGlossaryRocu],
    related: ['rocus'],
  },
  {
    slug: 'swrocu',
    term: 'SWROCU',
    expansion: 'South West Regional Organised Crime Unit',
    answer:
      'The ROCU for the five South West forces. The SOC CCs work within it, its Regional Disruption Team runs the LRO drop-ins, and its microsite describes its capabilities.',
    sources: [briefing.swrocu, briefing.intro, briefing.workSoFar],
    related: ['swrocu-microsite', 'south-west-forces'],
  },
  {
    slug: 'morile',
    term: 'MoRiLE',
    expansion: 'Management of Risk in Law Enforcement',
    answer: 'A structured method for assessing threat, risk, harm, vulnerability and organisational capacity, so priorities are set consistently.',
    sources: [publicSource.morile],
    related: ['morile'],
  },
  {
    slug: 'vawg',
    term: 'VAWG',
    expansion: 'Violence Against Women and Girls',
    answer: 'One of the related programmes the SOC CCs link SOC work with, alongside serious violence, the drugs strategy and homicide reduction.',
    sources: [briefing.strands],
    related: ['soc-cc-local-partnerships'],
  },
  {
    slug: 'hmicfrs',
    term: 'HMICFRS',
    expansion: "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    answer:
      'The 2023 regional briefing says HMICFRS is embedding CHB into its inspection methodology; its August 2022 spotlight report identified CHB as innovative practice.',
    sources: [briefing.chbOverview, publicSource.hmicfrsSpotlight],
    related: ['chb-hmicfrs'],
    aliases: ['hmic', 'inspectorate'],
  },
  {
    slug: 'npcc',
    term: 'NPCC',
    expansion: "National Police Chiefs' Council",
    answer:
      'Its lead for SOC (Chief Constable Steve Jupp, in the 2023 briefing) works with the Home Office to expand CHB, and the SOC CCs report directly to the Home Office and the NPCC.',
    sources: [briefing.chbOverview, briefing.hereToHelp],
    related: ['chb-rollout-2023', 'soc-cc-continuous-improvement'],
  },
  {
    slug: 'spoc',
    term: 'SPOC',
    expansion: 'Single Point of Contact',
    answer: 'Each force is recommended to have a SOC/CHB SPOC or tactical adviser, giving clear lines of communication with the SWROCU.',
    sources: [briefing.asks],
    related: ['asks-spoc'],
  },
  {
    slug: 'pup',
    term: 'PUP',
    expansion: 'Police Uplift Programme',
    answer: 'The national programme through which the SOC Community Coordinator posts are supported.',
    sources: [briefing.intro],
    related: ['soc-cc-role'],
  },
  {
    slug: 'asb',
    term: 'ASB',
    expansion: 'Anti-Social Behaviour',
    answer:
      'Pilot sites reported less ASB as a secondary impact beyond SOC, and the Build phase aims to help communities become more assertive in reducing criminal and anti-social behaviour.',
    sources: [briefing.benefits, briefing.phases],
    related: ['benefits-quantitative', 'phase-build'],
  },
  {
    slug: 'nca',
    term: 'NCA',
    expansion: 'National Crime Agency',
    answer: 'ROCUs are the main link between police forces and the NCA.',
    sources: [publicSource.hmicfrsGlossaryRocu],
    related: ['rocus'],
  },
  {
    slug: 'cpd',
    term: 'CPD',
    expansion: 'Continuous Professional Development',
    answer: 'A force SOC/CHB SPOC or tactical adviser assists in the roll-out of CPD across the SOC portfolio.',
    sources: [briefing.asks],
    related: ['asks-spoc', 'lro-training'],
    aliases: ['continuing professional development'],
  },
  {
    slug: 'pcc',
    term: 'PCC',
    expansion: 'Police and Crime Commissioner',
    answer:
      "Merseyside's PCC has published news on how the CHB phases ran there: Clear from August to October 2022 with Hold alongside it, and Build from January 2023.",
    sources: [publicSource.merseysidePcc],
    related: ['phases-overview'],
  },
  {
    slug: 'gold-silver-bronze',
    term: 'Gold, Silver, Bronze',
    expansion: 'the CHB governance format',
    answer:
      'Foundation block 6 asks for a partnership-based governance structure in Gold, Silver and Bronze format; existing groups can fill it if they have an operational footprint in the CHB area.',
    sources: [briefing.foundationBlocks],
    related: ['fb-6-governance'],
    aliases: ['gold silver bronze'],
  },
  {
    slug: 'knowledge-hub',
    term: 'Knowledge Hub',
    expansion: 'home of the regional LRO network',
    answer: 'The SOC CCs have developed a regional LRO network for the South West within Knowledge Hub.',
    sources: [briefing.workSoFar],
    related: ['lro-network'],
    aliases: ['khub'],
  },
  {
    slug: 'crime-severity-index',
    term: 'Crime Severity Index',
    expansion: 'a figure quoted from the CHB pilots',
    answer: 'Among the examples the briefing gives from the CHB pilot sites: the Crime Severity Index fell by 27% in 8 months.',
    sources: [briefing.benefits],
    related: ['benefits-quantitative'],
  },
  {
    slug: 'beating-crime-plan',
    term: 'Beating Crime Plan',
    expansion: 'a plan CHB supports',
    answer: 'The regional briefing says the secondary impacts of CHB beyond SOC, such as reducing ASB and burglary, support the Beating Crime Plan.',
    sources: [briefing.benefits],
    related: ['benefits-quantitative'],
  },
  {
    slug: 'county-lines',
    term: 'County lines',
    expansion: 'a SWROCU capability area',
    answer: 'SWROCU groups some of its capabilities under "vulnerabilities, drugs and county lines" on its microsite.',
    sources: [briefing.swrocu],
    related: ['swrocu-capability-groups'],
  },
].map(glossaryEntry);
