import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

/** What Clear, Hold, Build is, where it came from, and its standing nationally. */
export const chbEntries: KnowledgeEntry[] = [
  {
    id: 'chb-overview',
    title: 'What is Clear, Hold, Build (CHB)?',
    category: 'chb',
    aliases: ['chb', 'clear hold build', 'clear hold and build', 'c/h/b', 'chb model', 'chb framework'],
    keywords: ['framework', 'place based', 'three phases', '4p', 'partnership', 'community', 'ocg', 'high harm', 'end to end', 'covert', 'disruption', 'problem solving', 'resilience', 'tactic'],
    answer:
      'Clear, Hold, Build is a place-based framework in three phases for tackling serious and organised crime where it does most harm. It takes on the whole threat at once: the OCGs, their business models and enablers, the local vulnerabilities they exploit and the worst-affected places. It brings together conventional and covert investigation, multi-agency disruption and partner problem-solving in one end-to-end partnership approach, with an integrated 4P plan at each phase. It also gives the community a voice, so residents can help reclaim areas blighted by OCGs and build lasting resilience.',
    sources: [briefing.chbOverview, publicSource.hmicfrsGlossaryChb],
    related: ['phases-overview', 'fb-overview', 'chb-history'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-what-is-different',
    title: 'What is different about CHB? (the briefing section)',
    category: 'chb',
    aliases: ['what is the difference', 'what is different about chb', 'how is chb different', 'inhibitors chb overcomes'],
    keywords: ['difference', 'different', 'inhibitors', 'overcomes', 'current response', 'changes', 'local soc response'],
    answer:
      'The regional briefing has a section headed "What is the difference?". It introduces two lists: the current inhibitors to the local SOC response that CHB overcomes, and the ways CHB changes this. In the copy of the briefing this assistant was built from, both lists are empty, so I cannot say what they contain. For what CHB does, see the CHB overview; the SOC CCs can tell you what the section was meant to say.',
    sources: [briefing.difference],
    related: ['chb-overview', 'benefits-overview', 'soc-cc-contact'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-history',
    title: 'Where CHB came from',
    category: 'chb',
    aliases: ['history of chb', 'origins of chb', 'who designed chb', 'military model'],
    keywords: ['home office', 'designed', 'military operating model', 'west yorkshire', '2020', 'first piloted', 'first tried', 'started', 'began', 'national rollout announced', 'january 2023', 'organised crime coordinator posts', 'existing resources'],
    askedAs: ['where did chb start', 'who first tried chb', 'is chb new or does it have a track record'],
    answer:
      'The Home Office evaluation (January 2025) explains that the Home Office designed CHB by adapting a military operating model. It rests on neighbourhood policing and partnership working and is meant to use existing resources. It was first piloted in West Yorkshire in 2020 and extended to more forces in 2021 and 2022. A Home Office press release of 24 January 2023 announced the national rollout, together with new organised crime coordinator posts.',
    sources: [publicSource.chbEvaluation, publicSource.rolloutPressRelease],
    related: ['chb-overview', 'chb-pilots', 'chb-evaluation-2025'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-pilots',
    title: 'CHB pilot sites and the Devon and Cornwall site',
    category: 'chb',
    aliases: ['chb pilots', 'pilot sites', 'proof of concept', 'devon and cornwall chb site', 'is there a chb in the south west'],
    keywords: ['8 sites', 'eight sites', 'academic analysis', 'best practice', 'devon and cornwall', 'phase 3 of the home office pilot', 'learning', 'insights', 'south west site', '13 sites'],
    askedAs: ['is there a chb site in the south west already', 'where were the pilot sites'],
    answer:
      'The 2023 regional briefing says CHB was tested as a proof of concept at 8 sites across the UK, with academic analysis that led to it being seen as best practice. In the South West, the briefing said (in 2023) that a CHB site in Devon and Cornwall was part of phase 3 of the Home Office pilot and continued to develop, and that its learning could be shared to inform CHB sites elsewhere in the region. The later Home Office evaluation (January 2025) covered 13 sites in 10 forces. The figures come from different sources and dates, so quote the source and date with any number.',
    sources: [briefing.chbOverview, publicSource.chbEvaluation],
    related: ['chb-evaluation-2025', 'reading-coxhead-reports', 'chb-history'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-rollout-2023',
    title: 'CHB national rollout and strategy (as stated in 2023)',
    category: 'chb',
    aliases: ['national rollout', 'rollout status', 'chb in every force', 'march 2024'],
    keywords: ['new soc strategy', 'npcc lead for soc', 'jupp', 'chief constable', 'home office', 'every force', 'england and wales', 'highest harm areas', 'sustainable tactic', 'expand', 'national'],
    answer:
      'As at the 2023 regional briefing: the Government planned to include CHB in its new Serious and Organised Crime Strategy; the Home Office was working with the College of Policing to have CHB recognised as smarter practice; and the NPCC lead for SOC, Chief Constable Steve Jupp, and the Home Office aimed to make CHB a sustainable tactic in the highest-harm areas of every force in England and Wales by March 2024. That date has since passed. The strategy published in December 2023 commits to extending CHB to every territorial force.',
    sources: [briefing.chbOverview, publicSource.socStrategy],
    related: ['chb-soc-strategy-2023-28', 'chb-smarter-practice', 'chb-evaluation-2025'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-soc-strategy-2023-28',
    title: 'SOC Strategy 2023–28: "No place to hide"',
    category: 'chb',
    aliases: ['no place to hide', 'soc strategy', 'serious and organised crime strategy', 'national strategy'],
    keywords: ['december 2023', '2023 to 2028', 'every territorial force', 'end to end', 'local partnership approach', 'commitment', 'government'],
    answer:
      'The Serious and Organised Crime Strategy 2023–28, titled "No place to hide" and published in December 2023, commits to extending Clear, Hold, Build to every territorial police force as an end-to-end local partnership approach. It is the published form of the strategy the 2023 regional briefing anticipated.',
    sources: [publicSource.socStrategy, briefing.chbOverview],
    related: ['chb-rollout-2023', 'chb-overview', 'chb-evaluation-2025'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-evaluation-2025',
    title: 'Home Office evaluation of CHB (January 2025)',
    category: 'chb',
    aliases: ['chb evaluation', 'home office evaluation', 'does chb work', 'evidence that chb works'],
    keywords: ['13 sites', '10 forces', 'crime fell', 'statistically significant', 'community perceptions', 'small samples', 'resourcing', 'buy in', 'implemented as intended', 'suitable context', 'findings'],
    askedAs: ['has chb been independently evaluated', 'is there evidence chb works'],
    answer:
      'The Home Office evaluation published in January 2025 covered 13 sites in 10 forces. Where CHB was delivered as intended and in a suitable setting, crime fell by a statistically significant amount. It found no evidence that community perceptions improved, although samples were small and Build activity was limited. Partners valued the multi-agency framework, but resourcing and winning buy-in were difficult. The 2023 regional briefing gives some examples evidenced from the pilot sites; the two come from different sources and dates, so do not mix their figures.',
    sources: [publicSource.chbEvaluation, briefing.benefits],
    related: ['benefits-overview', 'chb-pilots', 'benefits-quantitative'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-hmicfrs',
    title: 'HMICFRS and CHB',
    category: 'chb',
    aliases: ['hmicfrs and chb', 'spotlight report', 'finding time for crime', 'chb inspection'],
    keywords: ['inspection methodology', 'inspectorate', 'innovative practice', 'august 2022', 'burglary', 'robbery', 'acquisitive crime', 'west yorkshire', 'glossary'],
    askedAs: ['does the inspectorate look at chb', 'will chb come up in inspection'],
    answer:
      'The 2023 regional briefing says HMICFRS is embedding CHB into its inspection methodology. The HMICFRS spotlight report of August 2022 on the police response to burglary, robbery and other acquisitive crime ("finding time for crime") identified CHB as innovative practice; the project\'s public sources say it named the West Yorkshire pilot. HMICFRS also defines CHB in its glossary.',
    sources: [briefing.chbOverview, publicSource.hmicfrsSpotlight, publicSource.hmicfrsGlossaryChb],
    related: ['chb-smarter-practice', 'soc-cc-continuous-improvement', 'glossary-hmicfrs'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-smarter-practice',
    title: 'College of Policing: CHB as smarter practice',
    category: 'chb',
    aliases: ['smarter practice', 'college of policing and chb', 'is chb best practice'],
    keywords: ['college of policing', 'practice', 'published findings', 'link', 'url', 'web page', 'recognised', 'best practice', 'website', 'consistent delivery'],
    askedAs: ['does the college of policing back chb', 'link to the college of policing page'],
    answer:
      'The College of Policing has identified CHB as "smarter practice" and published its findings at https://www.college.police.uk/support-forces/practices/clear-hold-build. The 2023 briefing says the Home Office worked with the College so that this recognition would guide partners towards consistent and effective delivery.',
    sources: [briefing.smarterPractice, briefing.chbOverview],
    related: ['chb-hmicfrs', 'chb-rollout-2023', 'further-reading'],
    reviewed: REVIEWED,
  },
];
