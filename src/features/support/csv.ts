import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { SupportRequest } from '../../store/support-types';
import { STATUS_LABELS, supportTypeLabel, urgencyLabel } from './catalogue';
import { ZONE } from '../../time-zone';

export const CSV_COLUMNS = [
  'reference',
  'status',
  'force',
  'operation',
  'support_type',
  'urgency',
  'requester',
  'assignee',
  'raised_uk',
  'acknowledged_uk',
  'updated_uk',
  'summary',
  'preferred_contact',
  'decline_reason',
] as const;

const local = (iso: string | undefined) => (iso ? DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm') : '');

/**
 * Spreadsheet programs run cells that start with = + - @ (or a tab or carriage return) as
 * formulas; a leading apostrophe keeps user text as text.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Every request as CSV (UTF-8 with a BOM, so Excel reads accents and "£" correctly); times are UK local. */
export function requestsCsv(requests: SupportRequest[]): string {
  const rows = requests.map((r) =>
    [
      r.reference,
      STATUS_LABELS[r.status],
      r.force,
      r.operation,
      supportTypeLabel(r.supportType),
      urgencyLabel(r.urgency),
      r.requester.name ?? r.requester.aadObjectId,
      r.assignee ? (r.assignee.name ?? r.assignee.aadObjectId) : '',
      local(r.createdAt),
      local(r.acknowledgedAt),
      local(r.updatedAt),
      r.summary,
      r.contact ?? '',
      r.declineReason ?? '',
    ].map(safeCell),
  );
  return `\uFEFF${stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows' })}`;
}
