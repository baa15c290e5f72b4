import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

/** Documents the briefing points to. */
export const readingEntries: KnowledgeEntry[] = [
  {
    id: 'further-reading',
    title: 'Further reading on CHB',
    category: 'reading',
    aliases: ['further reading', 'reading list', 'where can i read more', 'chb documents'],
    askedAs: [
      'what else should i read about chb',
      'documents about chb',
      'my new sro wants background papers before the first meeting',
      'i want to read up properly before taking this on',
    ],
    keywords: ['reports', 'coxhead', 'loughborough', 'learning and impact report', 'lro guidance', 'college of policing', 'evaluation', 'more information'],
    answer:
      'The regional briefing points to three documents: two Learning and Impact Reports by Professor John Coxhead of Loughborough University, one on the CHB proof of concept (pilot phase 1, West Yorkshire) and an interim report on the phase 2 pilot; and the Home Office guidance for Lead Responsible Officers, extract on CHB. Public sources add the College of Policing smarter-practice entry on CHB and the Home Office evaluation of CHB (January 2025).',
    sources: [briefing.furtherReading, briefing.smarterPractice, publicSource.chbEvaluation],
    related: ['reading-coxhead-reports', 'reading-lro-guidance', 'chb-evaluation-2025'],
    reviewed: REVIEWED,
  },
  {
    id: 'reading-coxhead-reports',
    title: 'Loughborough University learning and impact reports on CHB',
    category: 'reading',
    aliases: ['coxhead report', 'loughborough report', 'learning and impact report', 'academic report on chb'],
    askedAs: [
      'who wrote the academic reports on chb',
      'the loughborough evaluation of the west yorkshire pilot',
      'where is the university research on the first trial site',
      'is there an academic write up of the second trial phase',
    ],
    keywords: [
      'loughborough university',
      'coxhead',
      'professor',
      'author',
      'wrote',
      'academic',
      'proof of concept',
      'west yorkshire',
      'phase 1',
      'phase 2',
      'interim',
      'learning',
      'impact',
    ],
    answer:
      'The briefing lists, as further reading, two reports by Professor John Coxhead of Loughborough University: a Learning and Impact Report on the CHB proof of concept (pilot phase 1, West Yorkshire Police, final version) and an interim Learning and Impact Report on the phase 2 CHB pilot. The briefing carried them as attachments; ask the SOC CCs for copies.',
    sources: [briefing.furtherReading],
    related: ['further-reading', 'chb-pilots', 'chb-evaluation-2025'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
  {
    id: 'reading-lro-guidance',
    title: 'Home Office LRO guidance: extract on CHB',
    category: 'reading',
    aliases: ['lro guidance', 'home office lro guidance', 'guidance for lead responsible officers'],
    askedAs: [
      'home office guidance for lead responsible officers',
      'the guidance extract on chb for lros',
      'is there official written guidance for the person leading the plan',
      'the national guidance on using all four strands in each stage',
    ],
    keywords: [
      'home office',
      'guidance',
      'extract',
      '4p for each phase',
      'inter operable',
      'integrated tactical options',
      'systematic',
      'proportionate',
      'operational requirement',
    ],
    answer:
      'The Home Office has issued guidance for Lead Responsible Officers, and the regional briefing includes its extract on CHB. A key point: each CHB phase sets an operational requirement, and an inter-operable 4P approach should be considered for every phase, giving integrated tactical options in a systematic, proportionate and relevant way. Ask the SOC CCs for the extract.',
    sources: [briefing.furtherReading, briefing.chbOverview],
    related: ['further-reading', 'phases-overview', 'lro-role'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
];
