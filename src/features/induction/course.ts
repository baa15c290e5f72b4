// The LRO induction as data. Reading cards show a knowledge-base entry's own text and cite its
// source, so the course never carries unsourced text; each check question names the entry it is
// written from and the phrases (`fact`) that make its right answer right. The content test checks
// every entry id exists, and that every phrase appears in the entry and in the question with its
// right option (at least one in the option itself, none in a wrong one).

/** A multiple-choice check question. */
export interface Question {
  /** Stable: stored answers and the coordinators' report refer to it. */
  id: string;
  entryId: string;
  prompt: string;
  options: string[];
  /** Index of the right option. */
  answer: number;
  /** Phrases found in the entry's text, and in the prompt or the right option. */
  fact: string[];
}

export interface Module {
  id: string;
  title: string;
  /** The entries read, in order, one card each. */
  entryIds: string[];
  questions: Question[];
}

export const COURSE: Module[] = [
  {
    id: 'role',
    title: 'The LRO role and the regional support around it',
    entryIds: ['lro-role', 'lro-network', 'soc-cc-role', 'lro-drop-ins', 'gain'],
    questions: [
      {
        id: 'role-rank',
        entryId: 'lro-role',
        prompt: 'Who can hold the LRO role?',
        options: [
          'Only a detective inspector or above',
          'Anyone: the role is not tied to rank or grade, and can sit with a partner agency',
          'Only the Senior Responsible Officer',
        ],
        answer: 1,
        fact: ['not tied to rank or grade', 'partner agency'],
      },
      {
        id: 'role-network',
        entryId: 'lro-network',
        prompt: 'Where is the South West regional LRO network?',
        options: ['On Knowledge Hub', 'On the SWROCU microsite', 'There is no regional network yet'],
        answer: 0,
        fact: ['Knowledge Hub'],
      },
      {
        id: 'role-dropins',
        entryId: 'lro-drop-ins',
        prompt: 'Who runs the monthly LRO drop-in sessions?',
        options: ['The Home Office', 'Each force’s CSP', 'The SWROCU Regional Disruption Team (RDT)'],
        answer: 2,
        fact: ['Regional Disruption Team'],
      },
      {
        id: 'role-gain',
        entryId: 'gain',
        prompt: 'What does GAIN do?',
        options: [
          'It links the police with other public enforcement agencies so information can be shared',
          'It trains new LROs',
          'It scores threat, risk and harm',
        ],
        answer: 0,
        fact: ['public enforcement agencies', 'information can be shared'],
      },
    ],
  },
  {
    id: 'chb',
    title: 'Clear, Hold, Build: the framework and its three phases',
    entryIds: ['chb-overview', 'phase-clear', 'phase-hold', 'phase-build', 'phases-overview'],
    questions: [
      {
        id: 'chb-hold',
        entryId: 'phase-hold',
        prompt: 'What is the Hold phase for?',
        options: ['Arresting the OCG’s leaders', 'Stopping remaining or rival OCG members from exploiting the vacuum', 'Writing the locality profile'],
        answer: 1,
        fact: ['exploiting the vacuum'],
      },
      {
        id: 'chb-overlap',
        entryId: 'phases-overview',
        prompt: 'According to the Home Office evaluation, how do the three phases run?',
        options: ['Strictly one after another, three months each', 'They overlap and have no fixed national length', 'Build always comes first'],
        answer: 1,
        fact: ['overlap', 'no fixed national length'],
      },
      {
        id: 'chb-clear',
        entryId: 'phase-clear',
        prompt: 'In which phase are OCG members arrested and relentlessly disrupted with every criminal, civil and regulatory power?',
        options: ['Clear', 'Hold', 'Build'],
        answer: 0,
        fact: ['Clear', 'relentlessly disrupt'],
      },
    ],
  },
  {
    id: 'foundations',
    title: 'The ten foundation blocks',
    entryIds: ['fb-overview', 'fb-3-lro-support', 'fb-4-locality-profile', 'fb-6-governance', 'fb-10-community-engagement'],
    questions: [
      {
        id: 'fb-site-size',
        entryId: 'fb-4-locality-profile',
        prompt: 'About how big should a CHB site be (foundation block 4)?',
        options: ['A whole force area', 'About a postcode or ward', 'A single street'],
        answer: 1,
        fact: ['postcode or ward'],
      },
      {
        id: 'fb-governance',
        entryId: 'fb-6-governance',
        prompt: 'What form does the governance structure take (foundation block 6)?',
        options: ['Gold, Silver and Bronze', 'A single steering group chaired by the LRO', 'None: governance is optional'],
        answer: 0,
        fact: ['Gold, Silver and Bronze'],
      },
      {
        id: 'fb-lro-training',
        entryId: 'fb-3-lro-support',
        prompt: 'When should LROs be supported and trained (foundation block 3)?',
        options: ['After the six-month review', 'Only if the site struggles', 'Before they take up the role'],
        answer: 2,
        fact: ['before they take up the role'],
      },
    ],
  },
  {
    id: '4p',
    title: '4P plans',
    entryIds: ['4p-overview', '4p-pursue', '4p-prevent', '4p-protect', '4p-prepare', '4p-plan-quality'],
    questions: [
      {
        id: '4p-prevent',
        entryId: '4p-prevent',
        prompt: 'What does Prevent mean in a 4P plan?',
        options: [
          'Prosecuting and disrupting OCG members',
          'Stopping people from becoming involved in serious and organised crime',
          'Reducing the impact when crime happens',
        ],
        answer: 1,
        fact: ['stopping people from becoming involved'],
      },
      {
        id: '4p-trap',
        entryId: '4p-plan-quality',
        prompt: 'What did the regional briefing find many 4P plans to be?',
        options: ['Top-heavy with Pursue', 'Too focused on Prepare', 'Reviewed too often'],
        answer: 0,
        fact: ['top-heavy with Pursue'],
      },
      {
        id: '4p-prepare',
        entryId: '4p-prepare',
        prompt: 'Which strand means reducing the impact of serious and organised crime when it does take place?',
        options: ['Protect', 'Pursue', 'Prepare'],
        answer: 2,
        fact: ['Prepare', 'reducing the impact'],
      },
    ],
  },
  {
    id: 'partnerships',
    title: 'Partnerships',
    entryIds: ['csps', 'asks-csp-boards', 'soc-cc-contact', 'legacy-exit-strategy'],
    questions: [
      {
        id: 'partners-csp-law',
        entryId: 'csps',
        prompt: 'Under which Act were Community Safety Partnerships set up?',
        options: ['The Police Act 1996', 'The Crime and Disorder Act 1998', 'The Serious Crime Act 2015'],
        answer: 1,
        fact: ['Crime and Disorder Act 1998'],
      },
      {
        id: 'partners-when',
        entryId: 'legacy-exit-strategy',
        prompt: 'When should partners be involved in a CHB site?',
        options: ['From the very start of planning', 'Once Clear is finished', 'In the Build phase'],
        answer: 0,
        fact: ['from the very start of planning'],
      },
      {
        id: 'partners-boards',
        entryId: 'asks-csp-boards',
        prompt: 'Forces are asked to bring a SOC CC into which groups?',
        options: ['Only the Gold group', 'Their CSP frameworks and SOC partnership boards', 'The national ROCU network'],
        answer: 1,
        fact: ['SOC partnership boards'],
      },
    ],
  },
  {
    id: 'impact',
    title: 'Measuring impact and the 6-month review',
    entryIds: ['fb-7-performance-baseline', 'morile', 'asks-six-month-review', 'benefits-quantitative'],
    questions: [
      {
        id: 'impact-baseline',
        entryId: 'fb-7-performance-baseline',
        prompt: 'When is the performance baseline recorded (foundation block 7)?',
        options: ['Before CHB begins', 'At the six-month review', 'When the site closes'],
        answer: 0,
        fact: ['before CHB begins'],
      },
      {
        id: 'impact-review',
        entryId: 'asks-six-month-review',
        prompt: 'Who carries out the formal review of a CHB site six months after it starts?',
        options: ['The LRO alone', 'HMICFRS', 'The SOC CCs, for the Home Office'],
        answer: 2,
        fact: ['SOC CCs', 'Home Office'],
      },
      {
        id: 'impact-csi',
        entryId: 'benefits-quantitative',
        prompt: 'At the pilot sites, by how much did the Crime Severity Index fall within 8 months?',
        options: ['7%', '27%', '50%'],
        answer: 1,
        fact: ['27%'],
      },
      {
        id: 'impact-morile',
        entryId: 'morile',
        prompt: 'What is MoRiLE?',
        options: ['A structured method for assessing threat, risk and harm', 'A Home Office funding stream', 'A police intelligence database'],
        answer: 0,
        fact: ['structured method for assessing threat, risk and harm'],
      },
    ],
  },
];

/** Every question in course order. */
export const ALL_QUESTIONS: Question[] = COURSE.flatMap((m) => m.questions);

export function questionById(id: string): Question | undefined {
  return ALL_QUESTIONS.find((q) => q.id === id);
}

/** The number of cards in a module: its reading cards, then its questions. */
export function moduleLength(module: Module): number {
  return module.entryIds.length + module.questions.length;
}

/** What is at a position: a reading card or a question. Undefined past the end. */
export type Step = { kind: 'read'; module: Module; entryId: string } | { kind: 'question'; module: Module; question: Question };

export function stepAt(moduleIndex: number, card: number): Step | undefined {
  const module = COURSE[moduleIndex];
  if (!module || card < 0 || card >= moduleLength(module)) return undefined;
  return card < module.entryIds.length
    ? { kind: 'read', module, entryId: module.entryIds[card] }
    : { kind: 'question', module, question: module.questions[card - module.entryIds.length] };
}

/** The position after this one, or undefined at the end of the course. */
export function nextPosition(moduleIndex: number, card: number): { module: number; card: number } | undefined {
  if (card + 1 < moduleLength(COURSE[moduleIndex])) return { module: moduleIndex, card: card + 1 };
  return moduleIndex + 1 < COURSE.length ? { module: moduleIndex + 1, card: 0 } : undefined;
}

/** The position before this one, or undefined at the very start. */
export function previousPosition(moduleIndex: number, card: number): { module: number; card: number } | undefined {
  if (card > 0) return { module: moduleIndex, card: card - 1 };
  return moduleIndex > 0 ? { module: moduleIndex - 1, card: moduleLength(COURSE[moduleIndex - 1]) - 1 } : undefined;
}
