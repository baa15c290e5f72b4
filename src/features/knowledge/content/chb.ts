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
      'Clear, Hold, Build is a place-based framework in three phases for tackling serious and organised crime where it does most harm. It takes on the whole threat at once: the OCGs, their business models and enablers, the local vulnerabilities they exploit and the worst-affected places. It brings together overt and covert investigation, multi-agency disruption and partner problem-solving in one end-to-end partnership approach, with an integrated 4P plan at each phase. It also gives the community a voice, so residents can help reclaim areas blighted by OCGs and build lasting resilience.',
    source: briefing.chbOverview,
    related: ['phases-overview', 'fb-overview', 'chb-history'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-history',
    title: 'Where CHB came from',
    category: 'chb',
    aliases: ['history of chb', 'origins of chb', 'who designed chb', 'military model'],
    keywords: ['home office', 'designed', 'military operating model', 'west yorkshire', '2020', 'first piloted', 'national rollout announced', 'january 2023', 'organised crime coordinator posts', 'existing resources'],
    answer:
      'The Home Office evaluation (January 2025) explains that the Home Office designed CHB by adapting a military operating model. It rests on neighbourhood policing and partnership working and is meant to use existing resources. It was first piloted in West Yorkshire in 2020 and extended to more forces in 2021 and 2022. A Home Office press release of 24 January 2023 announced the national rollout, together with new organised crime coordinator posts.',
    source: publicSource.chbEvaluation,
    related: ['chb-overview', 'chb-pilots', 'chb-evaluation-2025'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-pilots',
    title: 'CHB pilot sites and the Devon and Cornwall site',
    category: 'chb',
    aliases: ['chb pilots', 'pilot sites', 'proof of concept', 'devon and cornwall chb site', 'is there a chb in the south west'],
    keywords: ['8 sites', 'eight sites', 'academic analysis', 'best practice', 'devon and cornwall', 'phase 3 of the home office pilot', 'learning', 'insights', 'south west site', '13 sites'],
    answer:
      'The 2023 regional briefing says CHB was tested as a proof of concept at 8 sites across the UK, with academic analysis that led to it being seen as best practice. In the South West, a CHB site in Devon and Cornwall forms part of phase 3 of the Home Office pilot and is still developing; its learning can inform new sites elsewhere in the region. The later Home Office evaluation (January 2025) covered 13 sites in 10 forces. The two figures describe different stages of the programme, so quote the source and date with any number.',
    source: briefing.chbOverview,
    related: ['chb-evaluation-2025', 'reading-coxhead-reports', 'chb-history'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-rollout-2023',
    title: 'CHB national rollout and strategy (as stated in 2023)',
    category: 'chb',
    aliases: ['national rollout', 'rollout status', 'chb in every force', 'march 2024'],
    keywords: ['new soc strategy', 'npcc lead for soc', 'home office', 'every force', 'england and wales', 'highest harm areas', 'sustainable tactic', 'expand', 'national'],
    answer:
      'As at the 2023 regional briefing: the Government planned to include CHB in its new Serious and Organised Crime Strategy; the Home Office was working with the College of Policing to have CHB recognised as smarter practice; and the NPCC lead for SOC and the Home Office aimed to make CHB a sustainable tactic in the highest-harm areas of every force in England and Wales by March 2024. That date has passed. The strategy published in December 2023 commits to extending CHB to every territorial force.',
    source: briefing.chbOverview,
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
    source: publicSource.socStrategy,
    related: ['chb-rollout-2023', 'chb-overview', 'chb-evaluation-2025'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-evaluation-2025',
    title: 'Home Office evaluation of CHB (January 2025)',
    category: 'chb',
    aliases: ['chb evaluation', 'home office evaluation', 'does chb work', 'evidence that chb works'],
    keywords: ['13 sites', '10 forces', 'crime fell', 'statistically significant', 'community perceptions', 'small samples', 'resourcing', 'buy in', 'implemented as intended', 'suitable context', 'findings'],
    answer:
      'The Home Office evaluation published in January 2025 covered 13 sites in 10 forces. Where CHB was delivered as intended and in a suitable setting, crime fell by a statistically significant amount. It found no evidence that community perceptions improved, although samples were small and Build activity was limited. Partners valued the multi-agency framework, but resourcing and winning buy-in were difficult. The 2023 regional briefing quotes results from 8 pilot sites; the two come from different stages, so do not mix their figures.',
    source: publicSource.chbEvaluation,
    related: ['benefits-overview', 'chb-pilots', 'benefits-quantitative'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-hmicfrs',
    title: 'HMICFRS and CHB',
    category: 'chb',
    aliases: ['hmicfrs and chb', 'spotlight report', 'finding time for crime', 'chb inspection'],
    keywords: ['inspection methodology', 'inspectorate', 'innovative practice', 'august 2022', 'burglary', 'robbery', 'acquisitive crime', 'west yorkshire', 'glossary'],
    answer:
      'HMICFRS is building CHB into the way it inspects forces. Its spotlight report of August 2022 on the police response to burglary, robbery and other acquisitive crime ("finding time for crime") picked out CHB as innovative practice; public sources say it was the West Yorkshire pilot that was named. HMICFRS also defines CHB in its glossary.',
    source: briefing.chbOverview,
    related: ['chb-smarter-practice', 'soc-cc-continuous-improvement', 'glossary-hmicfrs'],
    reviewed: REVIEWED,
  },
  {
    id: 'chb-smarter-practice',
    title: 'College of Policing: CHB as smarter practice',
    category: 'chb',
    aliases: ['smarter practice', 'college of policing and chb', 'is chb best practice'],
    keywords: ['college of policing', 'practice', 'published findings', 'recognised', 'best practice', 'website', 'consistent delivery'],
    answer:
      'The College of Policing has recognised CHB as "smarter practice" and published its findings on its website (college.police.uk, in the practices section for supporting forces, under Clear, Hold, Build). The recognition is meant to guide partners towards consistent and effective delivery.',
    source: briefing.smarterPractice,
    related: ['chb-hmicfrs', 'chb-rollout-2023', 'further-reading'],
    reviewed: REVIEWED,
  },
];
