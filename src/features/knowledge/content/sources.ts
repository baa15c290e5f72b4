import type { Source } from '../entry';

/** Date every entry in this knowledge base was last checked against its source. */
export const REVIEWED = '2026-11-25';

/** Sections of the 2023 South West ROCU regional briefing, by heading. */
export const briefing = {
  intro: { kind: 'briefing', section: 'Introduction to the Southwest SOC Community Coordinators (SOC CC)' },
  strands: { kind: 'briefing', section: 'Key strands of work for SOC CC' },
  chbOverview: { kind: 'briefing', section: 'Clear Hold Build – An overview' },
  phases: { kind: 'briefing', section: 'Clear Hold Build – An overview (phase, activity and objective table)' },
  foundationBlocks: { kind: 'briefing', section: 'Clear Hold Build – The Foundation Blocks' },
  benefits: { kind: 'briefing', section: 'Clear Hold Build – What are the benefits' },
  smarterPractice: { kind: 'briefing', section: "Clear Hold Build – Don't just take our word for it!" },
  legacy: { kind: 'briefing', section: 'Clear Hold Build – The Legacy' },
  hereToHelp: { kind: 'briefing', section: 'SOC Community Coordinators – We are here to help and support you!' },
  lros: { kind: 'briefing', section: "Lead Responsible Officers (LRO's)" },
  fourP: { kind: 'briefing', section: '4P (Pursue, Prepare, Prevent, Protect) plans' },
  localProfiles: { kind: 'briefing', section: 'SOC local profiles' },
  workSoFar: { kind: 'briefing', section: 'What work has been done so far and future aspirations' },
  asks: { kind: 'briefing', section: 'What we ask of you' },
  swrocu: { kind: 'briefing', section: 'Support from the Southwest ROCU (SWROCU)' },
  contacts: { kind: 'briefing', section: 'Useful contacts, documents, and information' },
  furtherReading: { kind: 'briefing', section: 'Further reading' },
} satisfies Record<string, Source>;

/** Public sources named in the project's domain facts. */
export const publicSource = {
  chbEvaluation: {
    kind: 'public',
    title: 'Evaluation of Clear, Hold, Build: a local response to serious and organised crime',
    publisher: 'Home Office (gov.uk)',
    date: 'January 2025',
  },
  rolloutPressRelease: {
    kind: 'public',
    title: 'Press release announcing the national rollout of Clear, Hold, Build',
    publisher: 'Home Office (gov.uk)',
    date: '24 January 2023',
  },
  merseysidePcc: {
    kind: 'public',
    title: 'News on Clear, Hold, Build in Merseyside',
    publisher: 'Merseyside Police and Crime Commissioner',
    date: '2023',
  },
  socStrategy: {
    kind: 'public',
    title: 'Serious and Organised Crime Strategy 2023 to 2028: "No place to hide"',
    publisher: 'Home Office (gov.uk)',
    date: 'December 2023',
  },
  hmicfrsGlossaryChb: {
    kind: 'public',
    title: 'Glossary: Clear, Hold, Build',
    publisher: 'HMICFRS',
    date: 'undated web page',
  },
  hmicfrsSpotlight: {
    kind: 'public',
    title: 'The police response to burglary, robbery and other acquisitive crime – finding time for crime',
    publisher: 'HMICFRS',
    date: 'August 2022',
  },
  hmicfrsGlossary4p: {
    kind: 'public',
    title: 'Glossary: 4P',
    publisher: 'HMICFRS',
    date: 'undated web page',
  },
  hmicfrsGlossaryRocu: {
    kind: 'public',
    title: 'Glossary: Regional organised crime units',
    publisher: 'HMICFRS',
    date: 'undated web page',
  },
  collegeLroProfile: {
    kind: 'public',
    title: 'Professional profile: Lead responsible officer',
    publisher: 'College of Policing',
    date: 'undated web page',
  },
  collegeTacticalAdviserProfile: {
    kind: 'public',
    title: 'Professional profile: SOC tactical adviser',
    publisher: 'College of Policing',
    date: 'undated web page',
  },
  college4pPractice: {
    kind: 'public',
    title: '4P approach: dismantling serious and organised crime (practice bank)',
    publisher: 'College of Policing',
    date: 'undated web page',
  },
  morile: {
    kind: 'public',
    title: 'Publications on MoRiLE (Management of Risk in Law Enforcement)',
    publisher: 'HMICFRS and police publications',
    date: 'undated',
  },
  gainRocu: {
    kind: 'public',
    title: 'GAIN (Government Agency Intelligence Network) pages',
    publisher: 'Regional organised crime units, e.g. Yorkshire and Humber ROCU',
    date: 'undated web page',
  },
  localProfilesGuide: {
    kind: 'public',
    title: 'Serious and organised crime local profiles: a guide',
    publisher: 'Home Office (gov.uk)',
    date: 'February 2025 update (first published 2014)',
  },
  csps: {
    kind: 'public',
    title: 'Community safety partnerships',
    publisher: 'gov.uk',
    date: 'undated web page',
  },
} satisfies Record<string, Source>;
