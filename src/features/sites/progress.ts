import type { KnowledgeEntry, Source } from '../knowledge/entry';
import { BLOCK_STATUSES, SITE_PHASES, type BlockState, type BlockStatus, type PhaseEntry, type SitePhase, type SiteProgress } from '../../store/quality-types';
import { isCalendarDate } from '../dates';
import { checkFreeText } from './free-text';

export const BLOCK_COUNT = 10;
const MAX_NOTE = 200;

export const PHASE_LABELS: Record<SitePhase, string> = { foundations: 'Foundations', clear: 'Clear', hold: 'Hold', build: 'Build', exit: 'Exit' };
export const STATUS_LABELS: Record<BlockStatus, string> = { 'not-started': 'Not started', 'in-progress': 'In progress', 'in-place': 'In place' };

/** A foundation block's wording, from the knowledge base, with its source. */
export interface BlockWording {
  block: number;
  title: string;
  entryId: string;
  source: Source;
}

/** FB1–FB10 as the knowledge base words them. */
export function blockWordings(entries: readonly KnowledgeEntry[]): BlockWording[] {
  return entries
    .filter((e) => e.category === 'foundation-block' && typeof e.block === 'number')
    .map((e) => ({ block: e.block!, title: e.title, entryId: e.id, source: e.sources[0] }))
    .sort((a, b) => a.block - b.block);
}

export function emptyProgress(siteId: string, by: string, at: string): SiteProgress {
  return { siteId, phases: [], blocks: [], planIds: [], updatedBy: by, updatedAt: at };
}

/** The phase the site is in now: the latest to begin on or before `today`. */
export function currentPhase(progress: SiteProgress | undefined, today: string): PhaseEntry | undefined {
  return [...(progress?.phases ?? [])]
    .filter((p) => p.began <= today)
    .sort((a, b) => a.began.localeCompare(b.began))
    .pop();
}

/** Sets when a phase began; a phase set again moves its date. Phases must begin in order. */
export function setPhase(progress: SiteProgress, phase: string, began: string, today: string): { progress: SiteProgress } | { error: string } {
  if (!(SITE_PHASES as readonly string[]).includes(phase)) return { error: `Choose a phase: ${SITE_PHASES.map((p) => PHASE_LABELS[p]).join(', ')}.` };
  if (!isCalendarDate(began)) return { error: 'Enter the date the phase began (YYYY-MM-DD).' };
  if (began > today) return { error: 'The phase start cannot be in the future.' };
  const phases = [...progress.phases.filter((p) => p.phase !== phase), { phase: phase as SitePhase, began }].sort(
    (a, b) => SITE_PHASES.indexOf(a.phase) - SITE_PHASES.indexOf(b.phase),
  );
  for (let i = 1; i < phases.length; i++) {
    if (phases[i].began < phases[i - 1].began) {
      return { error: `${PHASE_LABELS[phases[i].phase]} cannot begin before ${PHASE_LABELS[phases[i - 1].phase]} (${phases[i - 1].began}).` };
    }
  }
  return { progress: { ...progress, phases } };
}

/** Checks one foundation block's status, date and note. */
export function validateBlock(form: Record<string, unknown>, today: string): { block: BlockState } | { errors: string[] } {
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');
  const errors: string[] = [];
  const block = Number(text('block'));
  if (!Number.isInteger(block) || block < 1 || block > BLOCK_COUNT) errors.push(`Choose a foundation block from 1 to ${BLOCK_COUNT}.`);
  const status = text('status');
  if (!(BLOCK_STATUSES as readonly string[]).includes(status)) errors.push('Choose a status: not started, in progress or in place.');
  const on = text('on') || today;
  if (!isCalendarDate(on)) errors.push('Enter the date as YYYY-MM-DD.');
  else if (on > today) errors.push('The date cannot be in the future.');
  const note = text('note').replace(/\s+/g, ' ');
  if (note.length > MAX_NOTE) errors.push(`Keep the note to ${MAX_NOTE} characters.`);
  const refused = checkFreeText(note);
  if (refused) errors.push(refused);
  if (errors.length) return { errors };
  return { block: { block, status: status as BlockStatus, on, ...(note ? { note } : {}) } };
}

export function setBlock(progress: SiteProgress, state: BlockState): SiteProgress {
  return { ...progress, blocks: [...progress.blocks.filter((b) => b.block !== state.block), state].sort((a, b) => a.block - b.block) };
}

export interface BlockRow extends BlockWording {
  status: BlockStatus;
  statusLabel: string;
  on?: string;
  note?: string;
}

/** The ten blocks as a checklist, with a readiness count of those in place. */
export function blockChecklist(progress: SiteProgress | undefined, wordings: BlockWording[]): { rows: BlockRow[]; inPlace: number; total: number } {
  const rows = wordings.map((w): BlockRow => {
    const state = progress?.blocks.find((b) => b.block === w.block);
    const status = state?.status ?? 'not-started';
    return { ...w, status, statusLabel: STATUS_LABELS[status], ...(state ? { on: state.on } : {}), ...(state?.note ? { note: state.note } : {}) };
  });
  return { rows, inPlace: rows.filter((r) => r.status === 'in-place').length, total: rows.length };
}
