import type { Source } from '../entry';

/** Date every entry in this knowledge base was last checked against its source. */
export const REVIEWED = '2026-11-25';

/** Sections of the 2023 South West ROCU regional briefing, by heading. */
export const briefing = {
  intro: { id: 'intro', kind: 'briefing', section: 'Introduction to the Southwest SOC Community Coordinators (SOC CC)' },
  strands: { id: 'strands', kind: 'briefing', section: 'Key strands of work for SOC CC' },
  chbOverview: { id: 'chbOverview', kind: 'briefing', section: 'Clear Hold Build – An overview' },
  phases: { id: 'phases', kind: 'briefing', section: 'Clear Hold Build – An overview (phase, activity and objective table)' },
  foundationBlocks: { id: 'foundationBlocks', kind: 'briefing', section: 'Clear Hold Build – The Foundation Blocks' },
  difference: { id: 'difference', kind: 'briefing', section: 'Clear Hold Build – What is the difference?' },
  benefits: { id: 'benefits', kind: 'briefing', section: 'Clear Hold Build – What are the benefits' },
  smarterPractice: {
    id: 'smarterPractice',
    kind: 'briefing',
    section: "Clear Hold Build – Don't just take our word for it!",
    url: 'https://www.college.police.uk/support-forces/practices/clear-hold-build',
  },
  legacy: { id: 'legacy', kind: 'briefing', section: 'Clear Hold Build – The Legacy' },
  hereToHelp: { id: 'hereToHelp', kind: 'briefing', section: 'SOC Community Coordinators – We are here to help and support you!' },
  lros: { id: 'lros', kind: 'briefing', section: "Lead Responsible Officers (LRO's)" },
  fourP: { id: 'fourP', kind: 'briefing', section: '4P (Pursue, Prepare, Prevent, Protect) plans' },
  localProfiles: { id: 'localProfiles', kind: 'briefing', section: 'SOC local profiles' },
  workSoFar: { id: 'workSoFar', kind: 'briefing', section: 'What work has been done so far and future aspirations' },
  asks: { id: 'asks', kind: 'briefing', section: 'What we ask of you' },
  swrocu: { id: 'swrocu', kind: 'briefing', section: 'Support from the Southwest ROCU (SWROCU)', url: 'https://www.southwestrocu.police.uk' },
  contacts: { id: 'contacts', kind: 'briefing', section: 'Useful contacts, documents, and information' },
  furtherReading: { id: 'furtherReading', kind: 'briefing', section: 'Further reading' },
} satisfies Record<string, Source>;

/** Public sources named in the project's domain facts, with their exact address where it is known. */
export const publicSource = {
  chbEvaluation: {
    id: 'chbEvaluation',
    kind: 'public',
    title: 'Evaluation of Clear, Hold, Build: a local response to serious and organised crime',
    publisher: 'Home Office (gov.uk)',
    date: 'January 2025',
    url: 'https://www.gov.uk/government/publications/evaluation-of-clear-hold-build',
  },
  rolloutPressRelease: {
    id: 'rolloutPressRelease',
    kind: 'public',
    title: 'Press release announcing the national rollout of Clear, Hold, Build',
    publisher: 'Home Office (gov.uk)',
    date: '24 January 2023',
  },
  merseysidePcc: {
    id: 'merseysidePcc',
    kind: 'public',
    title: 'News on Clear, Hold, Build in Merseyside',
    publisher: 'Merseyside Police and Crime Commissioner',
    date: '2023',
  },
  socStrategy: {
    id: 'socStrategy',
    kind: 'public',
    title: 'Serious and Organised Crime Strategy 2023 to 2028: "No place to hide"',
    publisher: 'Home Office (gov.uk)',
    date: 'December 2023',
    url: 'https://www.gov.uk/government/publications/serious-and-organised-crime-strategy-2023-to-2028',
  },
  hmicfrsGlossaryChb: {
    id: 'hmicfrsGlossaryChb',
    kind: 'public',
    title: 'Glossary: Clear, Hold, Build',
    publisher: 'HMICFRS',
    date: 'undated web page',
    url: 'https://hmicfrs.justiceinspectorates.gov.uk/glossary/',
  },
  hmicfrsSpotlight: {
    id: 'hmicfrsSpotlight',
    kind: 'public',
    title: 'The police response to burglary, robbery and other acquisitive crime – finding time for crime',
    publisher: 'HMICFRS',
    date: 'August 2022',
  },
  hmicfrsGlossary4p: {
    id: 'hmicfrsGlossary4p',
    kind: 'public',
    title: 'Glossary: 4P',
    publisher: 'HMICFRS',
    date: 'undated web page',
    url: 'https://hmicfrs.justiceinspectorates.gov.uk/glossary/',
  },
  hmicfrsGlossaryRocu: {
    id: 'hmicfrsGlossaryRocu',
    kind: 'public',
    title: 'Glossary: Regional organised crime units',
    publisher: 'HMICFRS',
    date: 'undated web page',
    url: 'https://hmicfrs.justiceinspectorates.gov.uk/glossary/',
  },
  collegeLroProfile: {
    id: 'collegeLroProfile',
    kind: 'public',
    title: 'Professional profile: Lead responsible officer',
    publisher: 'College of Policing',
    date: 'undated web page',
  },
  collegeTacticalAdviserProfile: {
    id: 'collegeTacticalAdviserProfile',
    kind: 'public',
    title: 'Professional profile: SOC tactical adviser',
    publisher: 'College of Policing',
    date: 'undated web page',
  },
  college4pPractice: {
    id: 'college4pPractice',
    kind: 'public',
    title: '4P approach: dismantling serious and organised crime (practice bank)',
    publisher: 'College of Policing',
    date: 'undated web page',
  },
  morile: {
    id: 'morile',
    kind: 'public',
    title: 'Publications on MoRiLE (Management of Risk in Law Enforcement)',
    publisher: 'HMICFRS and police publications',
    date: 'undated',
  },
  gainRocu: {
    id: 'gainRocu',
    kind: 'public',
    title: 'GAIN (Government Agency Intelligence Network) pages',
    publisher: 'Regional organised crime units, e.g. Yorkshire and Humber ROCU',
    date: 'undated web page',
  },
  localProfilesGuide: {
    id: 'localProfilesGuide',
    kind: 'public',
    title: 'Serious and organised crime local profiles: a guide',
    publisher: 'Home Office (gov.uk)',
    date: 'February 2025 update (first published 2014)',
    url: 'https://www.gov.uk/government/publications/serious-and-organised-crime-local-profiles',
  },
  csps: {
    id: 'csps',
    kind: 'public',
    title: 'Community safety partnerships',
    publisher: 'gov.uk',
    date: 'undated web page',
  },
} satisfies Record<string, Source>;

/** Every source by id, so a test can check that each one an entry cites is registered. */
export const allSources: ReadonlyMap<string, Source> = new Map([...Object.values(briefing), ...Object.values(publicSource)].map((s: Source) => [s.id, s]));
