import type { KnowledgeEntry } from '../entry';
import { REVIEWED, briefing, publicSource } from './sources';

/** The Government Agency Intelligence Network and its regional coordinator. */
export const gainEntries: KnowledgeEntry[] = [
  {
    id: 'gain',
    title: 'GAIN and the GAIN coordinator',
    category: 'gain',
    aliases: ['gain', 'gain coordinator', 'government agency intelligence network'],
    askedAs: [
      'who is the gain coordinator',
      'how can gain help my case',
      'who do i contact to bring government agencies into my site',
      'our intel team wants a briefing on the agency network',
    ],
    keywords: ['partner agencies', 'information sharing', 'coordinator', 'soc cc', 'partnership working', 'briefings', 'capability', 'contact', 'who to ask'],
    answer:
      'GAIN, the Government Agency Intelligence Network, links the police with other public enforcement agencies so information can be shared. The SOC CCs work closely with the regional GAIN coordinator, and forces and partners are encouraged to use GAIN to strengthen partnership working. Joint SOC CC and GAIN briefings have already been given to some force intelligence teams and LROs. Contact the GAIN coordinator to find out how GAIN can support your case or CHB site.',
    sources: [briefing.strands, publicSource.gainRocu, briefing.workSoFar],
    related: ['gain-how-it-works', 'soc-cc-local-partnerships', 'work-so-far'],
    reviewed: REVIEWED,
    contactRoles: ['gain-coordinator'],
  },
  {
    id: 'gain-how-it-works',
    title: 'How a GAIN request works',
    category: 'gain',
    aliases: ['gain request', 'how does gain work', 'hit or no hit'],
    keywords: [
      'legal gateways',
      'request',
      'government departments',
      'hmrc',
      'dwp',
      'partner agencies',
      'hit',
      'no hit',
      'exchanged directly',
      'regional disruption teams',
      'share information',
      'process',
    ],
    askedAs: [
      'getting other government agencies to share what they hold',
      'how do partner agencies share information with us',
      'can other government departments share what they have for our plan',
      'what happens after the request goes out to the departments',
    ],
    answer:
      'GAIN lets public enforcement agencies share information within legal gateways. The regional GAIN coordinator in the ROCU sends a request to partner agencies, and each replies "hit" or "no hit". Where there is a hit, the details are then exchanged directly between the agencies concerned. GAIN also supports the regional disruption teams.',
    sources: [publicSource.gainRocu],
    related: ['gain', 'lro-drop-ins', 'glossary-gain'],
    reviewed: REVIEWED,
    contactRoles: ['gain-coordinator'],
  },
];
