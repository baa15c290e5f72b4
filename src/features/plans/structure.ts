import { PARTNER_TYPES, STRANDS, type PartnerType, type PlanStructure, type Strand, type StrandStructure } from '../../store/quality-types';

/** How strands and partner types read on cards and in the review pack. */
export const STRAND_LABELS: Record<Strand, string> = { pursue: 'Pursue', prevent: 'Prevent', protect: 'Protect', prepare: 'Prepare' };

export const PARTNER_LABELS: Record<PartnerType, string> = {
  police: 'Police',
  'local-authority': 'Local authority',
  housing: 'Housing',
  health: 'Health',
  education: 'Education',
  'youth-services': 'Youth services',
  probation: 'Probation',
  hmrc: 'HMRC',
  dwp: 'DWP',
  immigration: 'Immigration',
  fire: 'Fire and rescue',
  'trading-standards': 'Trading standards',
  'voluntary-community': 'Voluntary and community sector',
  'private-sector': 'Private sector',
  other: 'Other',
};

const MAX_COUNT = 999;
const COUNTS = ['planned', 'active', 'completed'] as const;

/** Interventions in a strand: planned, active and completed together. */
export function strandTotal(s: StrandStructure): number {
  return s.planned + s.active + s.completed;
}

export function strandTotals(structure: PlanStructure): Record<Strand, number> {
  return Object.fromEntries(STRANDS.map((k) => [k, strandTotal(structure.strands[k])])) as Record<Strand, number>;
}

export function totalInterventions(structure: PlanStructure): number {
  return STRANDS.reduce((sum, k) => sum + strandTotal(structure.strands[k]), 0);
}

/** Every partner type engaged in any strand, in catalogue order. */
/** One line for the plan card: interventions per strand and the partner types engaged. */
export function describeStructure(structure: PlanStructure): string {
  const totals = strandTotals(structure);
  const partners = partnersEngaged(structure).map((p) => PARTNER_LABELS[p]);
  return `${STRANDS.map((s) => `${STRAND_LABELS[s]} ${totals[s]}`).join(', ')}; partners: ${partners.join(', ') || 'none'}`;
}

export function partnersEngaged(structure: PlanStructure): PartnerType[] {
  const used = new Set(STRANDS.flatMap((k) => structure.strands[k].partners));
  return PARTNER_TYPES.filter((p) => used.has(p));
}

export function emptyStrands(): Record<Strand, StrandStructure> {
  return Object.fromEntries(STRANDS.map((k) => [k, { planned: 0, active: 0, completed: 0, partners: [] }])) as unknown as Record<Strand, StrandStructure>;
}

/** Card field names, e.g. `pursuePlanned`, `preventPartners`. */
export function fieldName(strand: Strand, part: (typeof COUNTS)[number] | 'partners'): string {
  return `${strand}${part[0].toUpperCase()}${part.slice(1)}`;
}

export interface StructureInput {
  force: string;
  strands: Record<Strand, StrandStructure>;
}

/** Checks the edit-plan form (all text, as cards send it); returns every problem at once. */
export function validateStructureForm(form: Record<string, unknown>, forces: string[]): { structure: StructureInput } | { errors: string[] } {
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');
  const errors: string[] = [];
  const force = forces.find((f) => f.toLowerCase() === text('force').toLowerCase());
  if (!force) errors.push(`Choose the force: ${forces.join(', ')}.`);
  const strands = emptyStrands();
  for (const strand of STRANDS) {
    for (const part of COUNTS) {
      const raw = text(fieldName(strand, part)) || '0';
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n > MAX_COUNT) errors.push(`${STRAND_LABELS[strand]} ${part}: enter a whole number from 0 to ${MAX_COUNT}.`);
      else strands[strand][part] = n;
    }
    const chosen = text(fieldName(strand, 'partners'))
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const unknown = chosen.filter((p) => !(PARTNER_TYPES as readonly string[]).includes(p));
    if (unknown.length) errors.push(`${STRAND_LABELS[strand]} partners: choose from the list.`);
    strands[strand].partners = PARTNER_TYPES.filter((p) => chosen.includes(p));
  }
  if (errors.length || !force) return { errors };
  return { structure: { force, strands } };
}

/** The form's current values, for showing it again or prefilled. */
export function structureFormValues(structure: StructureInput | undefined, defaultForce: string): Record<string, string> {
  const strands = structure?.strands ?? emptyStrands();
  const values: Record<string, string> = { force: structure?.force ?? defaultForce };
  for (const strand of STRANDS) {
    for (const part of COUNTS) values[fieldName(strand, part)] = String(strands[strand][part]);
    values[fieldName(strand, 'partners')] = strands[strand].partners.join(',');
  }
  return values;
}
