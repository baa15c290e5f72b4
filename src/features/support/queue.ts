import type { SupportFilter, SupportRequest, SupportStatus, SupportUrgency } from '../../store/support-types';
import { containsIntelligence, INTELLIGENCE_REFUSAL } from '../safety/intelligence-guard';
import { OPEN_STATUSES, STATUSES, STATUS_LABELS, URGENCIES } from './catalogue';

export interface QueueQuery {
  filter: SupportFilter & { statuses: SupportStatus[] };
  /** The filters in words, for the card's title. */
  description: string;
}

const QUEUE_HELP =
  'Filter by status (new, acknowledged, assigned, in progress, resolved, declined, withdrawn, open, closed, all), urgency (routine, priority, urgent) and force, e.g. "queue new", "queue urgent", "queue dorset".';

const CLOSED: SupportStatus[] = STATUSES.filter((s) => !OPEN_STATUSES.includes(s));

/** Reads `queue` filters such as "new urgent dorset"; no status means the open requests. */
export function parseQueueFilters(text: string, forces: string[]): { ok: true; query: QueueQuery } | { ok: false; message: string } {
  // An unknown filter is repeated back, so intelligence is refused first.
  if (containsIntelligence(text)) return { ok: false, message: INTELLIGENCE_REFUSAL };
  let rest = ` ${text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\bin progress\b/g, 'in-progress')} `;
  let force: string | undefined;
  // Whole names first ("devon and cornwall"), then a force's first word ("devon").
  for (const candidate of [...forces].sort((a, b) => b.length - a.length)) {
    const name = ` ${candidate.toLowerCase()} `;
    if (rest.includes(name)) {
      force = candidate;
      rest = rest.replace(name, ' ');
      break;
    }
  }
  const statuses = new Set<SupportStatus>();
  let urgency: SupportUrgency | undefined;
  for (const word of rest.split(' ').filter(Boolean)) {
    const byFirstWord = forces.filter((f) => f.toLowerCase().split(' ')[0] === word);
    if (STATUSES.includes(word as SupportStatus)) statuses.add(word as SupportStatus);
    else if (word === 'open') OPEN_STATUSES.forEach((s) => statuses.add(s));
    else if (word === 'closed') CLOSED.forEach((s) => statuses.add(s));
    else if (word === 'all') STATUSES.forEach((s) => statuses.add(s));
    else if (URGENCIES.some((u) => u.value === word) && !urgency) urgency = word as SupportUrgency;
    else if (byFirstWord.length === 1 && !force) force = byFirstWord[0];
    else return { ok: false, message: `I don't know the queue filter "${word}". ${QUEUE_HELP}` };
  }
  const chosen = statuses.size > 0 ? STATUSES.filter((s) => statuses.has(s)) : OPEN_STATUSES;
  const parts = [
    statuses.size === 0 ? 'open' : chosen.length === STATUSES.length ? 'all' : chosen.map((s) => STATUS_LABELS[s].toLowerCase()).join(' or '),
    ...(urgency ? [urgency] : []),
    ...(force ? [force] : []),
  ];
  return { ok: true, query: { filter: { statuses: chosen, ...(force ? { force } : {}), ...(urgency ? { urgency } : {}) }, description: parts.join(', ') } };
}

const URGENCY_RANK: Record<SupportUrgency, number> = { urgent: 0, priority: 1, routine: 2 };

/** Most urgent first, then oldest first. */
export function queueOrder(requests: SupportRequest[]): SupportRequest[] {
  return [...requests].sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || a.createdAt.localeCompare(b.createdAt));
}
