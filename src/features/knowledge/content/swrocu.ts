import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

/** The South West ROCU, its microsite and the national ROCU network. */
export const swrocuEntries: KnowledgeEntry[] = [
  {
    id: 'swrocu-microsite',
    title: 'SWROCU microsite: what the ROCU can offer',
    category: 'swrocu',
    aliases: ['swrocu microsite', 'rocu microsite', 'swrocu website', 'swrocu services', 'rocu services for forces'],
    keywords: ['20 plus capabilities', 'services', 'five forces only', 'restricted access', 'pursue prevent protect prepare', 'national rocu network', 'nine', 'other regions', 'law enforcement partners', 'www.southwestrocu.police.uk'],
    askedAs: ['where do i find what the rocu offers', 'specialist rocu support for an operation'],
    answer:
      'The South West ROCU (SWROCU) has a microsite describing the services its 20-plus capabilities offer against serious and organised crime. Access is limited to the five South West forces. It explains how each capability can support Pursue, Prevent, Protect and Prepare work, and how SWROCU works with the nine-strong national ROCU network to reach other regions and law enforcement partners. The site is at www.southwestrocu.police.uk.',
    sources: [briefing.swrocu],
    related: ['swrocu-capability-groups', 'swrocu-out-of-hours', 'rocus'],
    reviewed: REVIEWED,
  },
  {
    id: 'swrocu-capability-groups',
    title: 'SWROCU capability groups',
    category: 'swrocu',
    aliases: ['rocu capabilities', 'capability groups', 'what teams does the rocu have'],
    keywords: ['covert', 'cyber threats', 'digital forensics', 'economic crime', 'fraud', 'intelligence', 'vulnerabilities', 'drugs', 'county lines', 'who can access', 'teams'],
    answer:
      'On the SWROCU microsite the capabilities are grouped under five headings: covert; cyber threats and digital forensics; economic crime and fraud; intelligence; and vulnerabilities, drugs and county lines. Each capability\'s page gives an overview of its services, who can use them and how to contact the team, including out of hours.',
    sources: [briefing.swrocu],
    related: ['swrocu-microsite', 'swrocu-out-of-hours', 'glossary-county-lines'],
    reviewed: REVIEWED,
  },
  {
    id: 'swrocu-out-of-hours',
    title: 'Contacting SWROCU capabilities out of hours',
    category: 'swrocu',
    aliases: ['out of hours', 'rocu out of hours', 'after hours contact', 'urgent rocu contact'],
    keywords: ['contact', 'capability page', 'microsite', 'urgent', 'weekend', 'night'],
    answer:
      'Each SWROCU capability lists its contact details, including out of hours, on its own page of the SWROCU microsite (www.southwestrocu.police.uk, open to the five South West forces only). This assistant does not hold those details.',
    sources: [briefing.swrocu],
    related: ['swrocu-microsite', 'swrocu-capability-groups', 'rocus'],
    reviewed: REVIEWED,
  },
  {
    id: 'rocus',
    title: 'Regional Organised Crime Units (ROCUs)',
    category: 'swrocu',
    aliases: ['rocu', 'regional organised crime unit', 'what is a rocu'],
    keywords: ['nine', 'england and wales', 'specialist capabilities', 'undercover', 'surveillance', 'cyber', 'asset recovery', 'nca', 'national crime agency', 'link'],
    answer:
      'There are nine Regional Organised Crime Units in England and Wales. They give forces specialist capabilities such as undercover, surveillance, cyber and asset recovery, and they are the main link between forces and the National Crime Agency. The South West ROCU (SWROCU) serves the region\'s five forces and is home to the SOC Community Coordinators.',
    sources: [publicSource.hmicfrsGlossaryRocu, briefing.intro, briefing.swrocu],
    related: ['swrocu-microsite', 'south-west-forces', 'glossary-nca'],
    reviewed: REVIEWED,
  },
  {
    id: 'south-west-forces',
    title: 'The five South West forces',
    category: 'swrocu',
    aliases: ['south west forces', 'which forces are in the region', 'five forces'],
    keywords: ['avon and somerset', 'devon and cornwall', 'dorset', 'gloucestershire', 'wiltshire', 'region', 'swrocu'],
    answer:
      'The South West ROCU serves five forces: Avon and Somerset, Devon and Cornwall, Dorset, Gloucestershire and Wiltshire. The SWROCU microsite is open to these five forces only.',
    detail: 'The briefing refers to "the five south west forces"; the force names come from the project\'s domain facts.',
    sources: [briefing.swrocu],
    related: ['rocus', 'swrocu-microsite', 'chb-pilots'],
    reviewed: REVIEWED,
  },
];
