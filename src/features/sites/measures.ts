import { MEASURE_IDS, type MeasureId, type MeasureRecord } from '../../store/quality-types';
import { isCalendarDate } from '../dates';
import { checkFreeText } from './free-text';

// FB7 performance baseline and progress: published-style measures for a site, each for a period.

export interface MeasureDefinition {
  label: string;
  unit: 'score' | 'count' | 'index' | 'percent';
  /** True when a fall is an improvement (offences, threat); false for e.g. the share who feel safe. */
  lowerIsBetter: boolean;
}

export const MEASURES: Record<MeasureId, MeasureDefinition> = {
  'morile-site': { label: 'MoRiLE threat score (site)', unit: 'score', lowerIsBetter: true },
  'morile-ocg': { label: 'MoRiLE threat score (OCG)', unit: 'score', lowerIsBetter: true },
  disruptions: { label: 'Disruptions', unit: 'count', lowerIsBetter: false },
  'crime-severity-index': { label: 'Crime Severity Index', unit: 'index', lowerIsBetter: true },
  'serious-violence': { label: 'Serious violence offences', unit: 'count', lowerIsBetter: true },
  'drug-offences': { label: 'Drug offences', unit: 'count', lowerIsBetter: true },
  asb: { label: 'Anti-social behaviour incidents', unit: 'count', lowerIsBetter: true },
  burglary: { label: 'Burglaries', unit: 'count', lowerIsBetter: true },
  'survey-feel-safe': { label: 'Community survey: share who feel safe (%)', unit: 'percent', lowerIsBetter: false },
};

const MAX_NOTE = 200;
const MAX_SUBJECT = 40;

export type MeasureInput = Omit<MeasureRecord, 'id' | 'siteId' | 'by' | 'at'>;

/** Checks a measure form; every problem at once. */
export function validateMeasure(form: Record<string, unknown>, today: string): { measure: MeasureInput } | { errors: string[] } {
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim().replace(/\s+/g, ' ') : '');
  const errors: string[] = [];
  const measure = text('measure');
  if (!(MEASURE_IDS as readonly string[]).includes(measure)) errors.push('Choose which measure this is.');
  const subject = text('subject');
  if (measure === 'morile-ocg' && !subject) errors.push('For an OCG MoRiLE score, give the plan reference of the OCG.');
  if (subject.length > MAX_SUBJECT) errors.push(`Keep the OCG reference to ${MAX_SUBJECT} characters.`);
  const periodStart = text('periodStart');
  const periodEnd = text('periodEnd');
  if (!isCalendarDate(periodStart) || !isCalendarDate(periodEnd)) errors.push('Enter the period start and end dates (YYYY-MM-DD).');
  else if (periodStart > periodEnd) errors.push('The period must start before it ends.');
  else if (periodEnd > today) errors.push('The period cannot end in the future.');
  const raw = text('value');
  const value = Number(raw);
  if (!raw || !Number.isFinite(value) || value < 0) errors.push('Enter the value as a number, 0 or more.');
  else if (measure === 'survey-feel-safe' && value > 100) errors.push('A share is at most 100%.');
  const note = text('note');
  if (note.length > MAX_NOTE) errors.push(`Keep the note to ${MAX_NOTE} characters.`);
  for (const t of [subject, note]) {
    const refused = checkFreeText(t);
    if (refused && !errors.includes(refused)) errors.push(refused);
  }
  if (errors.length) return { errors };
  return {
    measure: {
      measure: measure as MeasureId,
      subject: measure === 'morile-ocg' ? subject : '',
      periodStart,
      periodEnd,
      value,
      baseline: form.baseline === true || form.baseline === 'true',
      ...(note ? { note } : {}),
    },
  };
}

export interface MeasureChange {
  measure: MeasureId;
  subject: string;
  label: string;
  baseline?: { value: number; periodEnd: string };
  latest?: { value: number; periodEnd: string };
  /** latest − baseline, when both exist and the latest is after the baseline. */
  change?: number;
  /** The change as a share of the baseline (0.1 = 10%), when the baseline is not zero. */
  changeShare?: number;
  /** Whether the change is an improvement, given the measure's direction. */
  improved?: boolean;
  /** Every value by period end, for the trend chart. */
  trend: { periodEnd: string; value: number; baseline: boolean }[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Each measure (and OCG) against its baseline: the latest baseline record, and the latest period after it. */
export function changesVsBaseline(records: MeasureRecord[]): MeasureChange[] {
  const groups = new Map<string, MeasureRecord[]>();
  for (const r of records) groups.set(`${r.measure}\u0000${r.subject}`, [...(groups.get(`${r.measure}\u0000${r.subject}`) ?? []), r]);
  const out: MeasureChange[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.at.localeCompare(b.at));
    const { measure, subject } = sorted[0];
    const base = sorted.filter((r) => r.baseline).pop();
    const latest = sorted.filter((r) => !r.baseline && (!base || r.periodEnd > base.periodEnd)).pop();
    const row: MeasureChange = {
      measure,
      subject,
      label: MEASURES[measure].label + (subject ? `: ${subject}` : ''),
      trend: sorted.map((r) => ({ periodEnd: r.periodEnd, value: r.value, baseline: r.baseline })),
      ...(base ? { baseline: { value: base.value, periodEnd: base.periodEnd } } : {}),
      ...(latest ? { latest: { value: latest.value, periodEnd: latest.periodEnd } } : {}),
    };
    if (base && latest) {
      row.change = round(latest.value - base.value);
      if (base.value !== 0) row.changeShare = round((latest.value - base.value) / base.value);
      if (row.change !== 0) row.improved = MEASURES[measure].lowerIsBetter ? row.change < 0 : row.change > 0;
    }
    out.push(row);
  }
  return out.sort((a, b) => MEASURE_IDS.indexOf(a.measure) - MEASURE_IDS.indexOf(b.measure) || a.subject.localeCompare(b.subject));
}

/** e.g. "+12 (+10%)", "−3 (−25%)", "no change", "no baseline yet". */
export function describeChange(c: MeasureChange): string {
  if (!c.baseline) return 'no baseline yet';
  if (c.change === undefined) return 'baseline only';
  if (c.change === 0) return 'no change';
  const sign = (n: number) => (n > 0 ? '+' : '−');
  const pct = c.changeShare === undefined ? '' : ` (${sign(c.changeShare)}${Math.round(Math.abs(c.changeShare) * 100)}%)`;
  return `${sign(c.change)}${Math.abs(c.change)}${pct}`;
}
