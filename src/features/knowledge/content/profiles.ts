import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

/** SOC local profiles and how threat and risk are assessed. */
export const profileEntries: KnowledgeEntry[] = [
  {
    id: 'soc-local-profiles',
    title: 'SOC local profiles',
    category: 'profiles',
    aliases: ['soc local profile', 'local profile', 'slp', 'soc profile'],
    askedAs: [
      'what is a soc local profile for',
      'is our local profile up to date',
      'what document tells partners about organised crime threats across the district',
      'how do police and council understand gang harm across the borough',
    ],
    keywords: ['threats', 'harms', 'understanding', 'drive activity', 'partnerships', 'current', 'up to date', 'area'],
    answer:
      'SOC local profiles are central to understanding serious and organised crime threats and harms in an area, and to driving action by police and partners to reduce them. The regional briefing asks forces what their profiles look like and whether they are current. A local profile covers a whole area; the CHB locality profile in foundation block 4 focuses on one chosen site.',
    sources: [briefing.localProfiles, publicSource.localProfilesGuide, briefing.foundationBlocks],
    related: ['soc-local-profiles-guide-2025', 'fb-4-locality-profile', 'morile'],
    reviewed: REVIEWED,
  },
  {
    id: 'soc-local-profiles-guide-2025',
    title: 'SOC local profiles guide (updated February 2025)',
    category: 'profiles',
    aliases: ['local profile guide', 'how often should a local profile be refreshed', 'home office local profile guidance'],
    askedAs: [
      'how often should the local profile be refreshed',
      'is there home office guidance on local profiles',
      'the inspection said our threat picture was stale what does guidance say',
      "who should work with the police on the area's threat document",
    ],
    keywords: [
      '2014',
      'february 2025',
      'out of date',
      'refresh',
      'update',
      'frequency',
      'threat',
      'vulnerability',
      'risk',
      'partners',
      'multi agency 4p plan',
      'hmicfrs',
    ],
    answer:
      'Each force produces its SOC local profile with partners, setting out threat, vulnerability and risk; the profile then drives a multi-agency 4P plan. The Home Office guide was first published in 2014 and updated in February 2025, after HMICFRS found profiles were out of date and there was confusion about how often to refresh them. Check the current guide for refresh expectations.',
    sources: [publicSource.localProfilesGuide],
    related: ['soc-local-profiles', '4p-overview', 'chb-hmicfrs'],
    reviewed: REVIEWED,
  },
  {
    id: 'morile',
    title: 'MoRiLE (Management of Risk in Law Enforcement)',
    category: 'profiles',
    aliases: ['morile', 'management of risk in law enforcement', 'morile scoring'],
    askedAs: [
      'how do we score threat risk and harm',
      'prioritising ocgs consistently',
      'two gangs are competing for resources which do we tackle first',
      'our analyst needs a standard scoring method for ranking gangs',
    ],
    keywords: ['threat', 'risk', 'harm', 'vulnerability', 'capacity', 'capability', 'prioritisation', 'scores', 'csp', 'assessment'],
    answer:
      'MoRiLE is a structured method for assessing threat, risk and harm, vulnerability, and organisational capacity and capability, so that priorities are set consistently. Police and community safety partnerships both use it. In CHB, MoRiLE scores are one of the quantitative measures for the performance baseline (foundation block 7), and pilot sites reported lower MoRiLE threat scores.',
    sources: [publicSource.morile, briefing.foundationBlocks, briefing.benefits],
    related: ['fb-7-performance-baseline', 'benefits-quantitative', 'soc-local-profiles'],
    reviewed: REVIEWED,
  },
];
