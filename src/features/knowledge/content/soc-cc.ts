import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

/** The SOC Community Coordinator role, its four strands, and the coordinators' work so far. */
export const socCcEntries: KnowledgeEntry[] = [
  {
    id: 'soc-cc-role',
    title: 'SOC Community Coordinators (SOC CC): the role',
    category: 'soc-cc',
    aliases: ['soc cc', 'soc community coordinator', 'community coordinator', 'what do the soc ccs do', 'four strands of work'],
    keywords: ['role', 'ambassador', 'strategic', 'home office', 'police uplift programme', 'whole system', 'neighbourhood policing', 'community trust', 'strands', 'deterrence', 'prevention'],
    answer:
      'The SOC Community Coordinator is a strategic post created by the Home Office and supported through the Police Uplift Programme. The South West coordinators sit in the regional ROCU. They champion Clear, Hold, Build (CHB), advise forces on rolling it out, and nurture the multi-agency partnerships that tackle serious and organised crime in high-harm places. The aim is a whole-system response that draws the ROCU closer to local and neighbourhood policing, gives more weight to deterrence and prevention, and captures the voice of the community. Their work has four strands: neighbourhood policing and local partners; strengthening existing local partnerships; operational guidance; and continuous improvement.',
    sources: [briefing.intro],
    related: ['soc-cc-neighbourhood-policing', 'soc-cc-local-partnerships', 'soc-cc-operational-guidance', 'soc-cc-continuous-improvement', 'soc-cc-contact'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
  {
    id: 'soc-cc-force-leads',
    title: 'Connecting the SOC CCs with force SOC and neighbourhood policing leads',
    category: 'soc-cc',
    aliases: ['force leads for soc and neighbourhood policing', 'connect the soc cc with force leads', 'neighbourhood policing lead'],
    keywords: ['police leaders', 'force lead', 'soc lead', 'neighbourhood policing', 'connection', 'stakeholders', 'bring partners together', 'voice of the community', 'ownership', 'deterrence', 'prevention'],
    answer:
      'The briefing\'s introduction says the SOC CC is pivotal to refocusing on strengthening local partnerships and on deterrence and prevention in tackling OCGs. The coordinators engage key stakeholders to bring partners together, and police leaders are encouraged to connect the SOC CCs with their force leads for SOC and for neighbourhood policing, while keeping up support for work to improve the response to SOC threats. That work includes capturing the voice of communities, so that the community takes positive ownership of its local area.',
    sources: [briefing.intro],
    related: ['soc-cc-role', 'soc-cc-neighbourhood-policing', 'asks-spoc'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
  {
    id: 'soc-cc-neighbourhood-policing',
    title: 'SOC CC strand 1: neighbourhood policing and local partners',
    category: 'soc-cc',
    aliases: ['strand 1', 'first strand', 'neighbourhood policing and local partners'],
    keywords: ['understanding soc', 'recognise soc', 'how soc shows itself locally', 'share intelligence', 'communication', 'local threats', 'interventions', 'community', 'neighbourhood officers'],
    answer:
      'The first strand helps neighbourhood officers and local partners understand serious and organised crime: how it shows itself locally, how to recognise it, and why sharing intelligence matters if the whole threat is to be understood. It also covers getting messages out to communities about local SOC threats and the interventions that could be used against them.',
    sources: [briefing.strands],
    related: ['soc-cc-role', 'soc-cc-local-partnerships', 'fb-9-communication-strategy'],
    reviewed: REVIEWED,
  },
  {
    id: 'soc-cc-local-partnerships',
    title: 'SOC CC strand 2: strengthening existing local partnerships',
    category: 'soc-cc',
    aliases: ['strand 2', 'second strand', 'strengthen existing local partnerships', 'partnership working'],
    keywords: ['csp', 'soc partnership board', 'local authority', 'voluntary sector', 'charity', 'private sector', 'executive support', 'vawg', 'serious violence', 'drugs strategy', 'homicide reduction', 'gain', 'stakeholders', 'vulnerabilities', 'tactical planning'],
    askedAs: ['which related programmes should soc work link to'],
    answer:
      'The second strand strengthens partnerships that already exist. Coordinators link with community safety partnerships (CSPs), SOC partnership boards and similar groups to raise awareness of SOC and notice changes in community dynamics. They build relationships with local authorities and the private, voluntary and charity sectors to find vulnerabilities and chances to intervene. They seek executive backing from every partner, police included, so that the SOC threat is written into partnership tactical planning. They also connect SOC work with related programmes such as VAWG, serious violence, the drugs strategy and homicide reduction, and work closely with the GAIN coordinator.',
    sources: [briefing.strands],
    related: ['csps', 'asks-csp-boards', 'gain'],
    reviewed: REVIEWED,
  },
  {
    id: 'soc-cc-operational-guidance',
    title: 'SOC CC strand 3: operational guidance',
    category: 'soc-cc',
    aliases: ['strand 3', 'third strand', 'operational guidance', 'hands on support'],
    keywords: ['lro', 'sio', 'rocu', '4p approach', 'embed chb', 'foundation blocks', 'strategic adviser', 'consistency', 'complex cases', 'high profile cases', 'advice'],
    askedAs: ['can a coordinator get hands on with a complex case', 'practical help with our 4p plan and chb'],
    answer:
      'The third strand is practical advice. Coordinators help force LROs, ROCUs and SIOs build 4P approaches that follow the Clear, Hold, Build method, from strategy through to operational delivery, and they help forces embed CHB and its foundation blocks. The role is a strategic advisory one, so SOC leads and LROs are encouraged to use it to make 4P plans and CHB work better and more consistent. In complex or high-profile cases a coordinator can take a more hands-on part in helping a force deliver its plan.',
    sources: [briefing.strands],
    related: ['soc-cc-role', '4p-plan-quality', 'fb-overview'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
  {
    id: 'soc-cc-continuous-improvement',
    title: 'SOC CC strand 4: continuous improvement',
    category: 'soc-cc',
    aliases: ['strand 4', 'fourth strand', 'continuous improvement', 'sharing good practice'],
    keywords: ['good practice', 'learning', 'innovation', 'share', 'home office', 'npcc lead', 'hmicfrs recommendations', 'inspection recommendations', 'consistency'],
    askedAs: ['help acting on inspection recommendations'],
    answer:
      'The fourth strand is about improving over time. Coordinators look for good practice and make sure learning and new ideas are shared between forces and partners. They are a link between the forces and both the Home Office and the NPCC lead for SOC, advising forces on their SOC response and pushing for consistency. They also help forces act on HMICFRS recommendations.',
    sources: [briefing.strands],
    related: ['soc-cc-role', 'chb-hmicfrs', 'future-aspirations'],
    reviewed: REVIEWED,
  },
  {
    id: 'soc-cc-contact',
    title: 'Getting help from the SOC Community Coordinators',
    category: 'soc-cc',
    aliases: ['contact the soc cc', 'who can help me with chb', 'getting support from the soc cc'],
    keywords: ['help', 'support', 'contact', 'engage', 'tools', 'good practice', 'performance framework', 'documents', 'examples', 'partners', 'report to home office and npcc'],
    answer:
      'The coordinators want to be used. They support SOC leads to deliver CHB and to improve how SOC is coordinated and tackled locally, and they welcome requests from forces and partnerships across the region. Being network connected and reporting directly to the Home Office and NPCC, they can share good practice and look for answers to local problems. They hold documents, tools and examples, such as performance frameworks, that help teams and LROs running a CHB site. Involve them early and introduce them to partners such as CSPs and SOC partnership boards.',
    sources: [briefing.hereToHelp, briefing.asks],
    related: ['soc-cc-role', 'asks-early-engagement', 'asks-overview'],
    reviewed: REVIEWED,
    contactRoles: ['soc-cc'],
  },
  {
    id: 'work-so-far',
    title: 'What the SOC CCs have done so far',
    category: 'soc-cc',
    aliases: ['work done so far', 'progress so far', 'achievements to date'],
    keywords: ['knowledge hub', 'lro network', 'training template', 'drop in', 'rdt', 'joint briefings', 'gain briefings', 'intelligence teams', 'devon and cornwall', 'csp chairs', 'soc partnership boards'],
    answer:
      'Work completed in the region, as listed in the 2023 briefing: a South West LRO network on Knowledge Hub; a regional LRO and CHB training template offered to every force, with coordinator help to deliver it; monthly LRO drop-ins run with the SWROCU Regional Disruption Team; joint SOC CC (including CHB) and GAIN briefings for some force intelligence teams and LROs; and early talks with Devon and Cornwall CSP chairs about SOC partnership boards and CHB.',
    sources: [briefing.workSoFar],
    related: ['future-aspirations', 'lro-network', 'lro-drop-ins'],
    reviewed: REVIEWED,
  },
  {
    id: 'future-aspirations',
    title: 'Future plans: regional SOC working group and LRO user group',
    category: 'soc-cc',
    aliases: ['future aspirations', 'what is planned next', 'regional soc working group', 'lro user group'],
    keywords: ['working group', 'user group', 'best practice', 'consistency', 'sharing learning', 'embedding chb', 'future'],
    answer:
      'The coordinators aim to set up a regional SOC working group and a regional LRO user group (plans stated in the 2023 briefing). Both are meant to help forces and LROs reduce SOC in the region, embed CHB within forces, share good practice and learning, and make approaches more consistent.',
    sources: [briefing.workSoFar],
    related: ['work-so-far', 'lro-network', 'soc-cc-continuous-improvement'],
    reviewed: REVIEWED,
  },
  {
    id: 'csps',
    title: 'Community Safety Partnerships (CSPs)',
    category: 'soc-cc',
    aliases: ['csp', 'community safety partnership', 'who sits on a csp'],
    keywords: ['crime and disorder act 1998', 'section 6', 'fire and rescue', 'local authority', 'health', 'probation', 'statutory partnership', 'members'],
    answer:
      'Community Safety Partnerships were set up under section 6 of the Crime and Disorder Act 1998. Their members are the police, fire and rescue, local authorities, health and probation. The regional briefing says the SOC CCs develop links with CSPs and SOC partnership boards to promote SOC awareness, and asks forces to bring a coordinator into their CSP frameworks.',
    sources: [publicSource.csps, briefing.strands, briefing.asks],
    related: ['asks-csp-boards', 'soc-cc-local-partnerships', 'glossary-csp'],
    reviewed: REVIEWED,
  },
];
