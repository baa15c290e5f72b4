import type { SupportStatus, SupportType, SupportUrgency } from '../../store/support-types';

export { EXTENSION_COMMAND, OPEN_FORM_VERB, VERBS } from './verbs';

export const STATUS_LABELS: Record<SupportStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  assigned: 'Assigned',
  'in-progress': 'In progress',
  resolved: 'Resolved',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const STATUSES = Object.keys(STATUS_LABELS) as SupportStatus[];

/**
 * Where each status may go next. Assigning again (to someone else) is allowed while the work is
 * open; resolved, declined and withdrawn are final. Only the requester withdraws.
 */
export const TRANSITIONS: Record<SupportStatus, SupportStatus[]> = {
  new: ['acknowledged', 'assigned', 'declined', 'withdrawn'],
  acknowledged: ['assigned', 'declined', 'withdrawn'],
  assigned: ['assigned', 'in-progress', 'declined'],
  'in-progress': ['assigned', 'resolved', 'declined'],
  resolved: [],
  declined: [],
  withdrawn: [],
};

export const OPEN_STATUSES: SupportStatus[] = STATUSES.filter((s) => TRANSITIONS[s].length > 0);

/** Statuses a coordinator can pick under "Set status" (assigning has its own buttons). */
export const SETTABLE_STATUSES: SupportStatus[] = ['acknowledged', 'in-progress', 'resolved', 'declined'];

export const SUPPORT_TYPES: { value: SupportType; label: string }[] = [
  { value: 'disruption-tactics', label: 'Disruption tactics' },
  { value: '4p-plan-review', label: '4P plan review' },
  { value: 'chb-advice', label: 'Clear, Hold, Build advice' },
  { value: 'partner-gain', label: 'Partner or GAIN engagement' },
  { value: 'training', label: 'Training' },
  { value: 'other', label: 'Other' },
];

export const URGENCIES: { value: SupportUrgency; label: string; meaning: string }[] = [
  { value: 'routine', label: 'Routine', meaning: 'Planning or advice with no fixed deadline.' },
  { value: 'priority', label: 'Priority', meaning: 'Needed for an action or meeting in the next few days.' },
  { value: 'urgent', label: 'Urgent', meaning: 'An operational opportunity or risk today: the RDT aims to respond within hours.' },
];

export function supportTypeLabel(value: SupportType): string {
  return SUPPORT_TYPES.find((t) => t.value === value)?.label ?? value;
}

export function urgencyLabel(value: SupportUrgency): string {
  return URGENCIES.find((u) => u.value === value)?.label ?? value;
}

/** Field limits, checked on the server. */
export const LIMITS = { summary: 2000, operation: 100, contact: 200, note: 1000, reason: 500 } as const;
