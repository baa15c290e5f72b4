import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PhaseEntry } from '../../store/quality-types';
import type { HealthCheck } from '../plans/health';
import type { BlockRow } from './progress';
import type { MeasureChange } from './measures';
import { describeChange } from './measures';
import { PHASE_LABELS } from './progress';

// The formal 6-month review for the Home Office, built from plain data as a Word document.
// It carries the shape of the site only; the qualitative findings are written in by hand.

/** The qualitative benefits the regional briefing names; each heads a section left for the reviewers. */
export const QUALITATIVE_HEADINGS = [
  'Understanding of the threat',
  'Partnership working',
  'Community intelligence',
  'Community engagement and resilience',
] as const;

export const PACK_SECTIONS = [
  'Site',
  'Phase history',
  'Foundation blocks',
  'Performance against baseline',
  '4P plans',
  'Partner types engaged',
  'Qualitative findings',
] as const;

export interface PackPlan {
  reference: string;
  cadence: string;
  lastReviewed: string;
  nextReview: string;
  reviewsLastYear: string[];
  checks: Pick<HealthCheck, 'title' | 'ok' | 'findings'>[];
}

export interface ReviewPackData {
  site: { name: string; force: string; launchDate: string; formalReviewDate: string; lro?: string };
  generatedOn: string;
  phases: PhaseEntry[];
  blocks: { rows: BlockRow[]; inPlace: number; total: number };
  measures: MeasureChange[];
  plans: PackPlan[];
  partners: string[];
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ text, heading: level });
const para = (text: string, italics = false) => new Paragraph({ children: [new TextRun({ text, italics })] });

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

const value = (v: { value: number; periodEnd: string } | undefined) => (v ? `${v.value} (to ${v.periodEnd})` : '—');

/** The document's paragraphs and tables, section by section, in PACK_SECTIONS order. */
function body(d: ReviewPackData): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: `CHB 6-month formal review: ${d.site.name}`, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    para(`Prepared with LRO Assist on ${d.generatedOn}. Holds the shape of the site only; no intelligence.`, true),
    heading(PACK_SECTIONS[0]),
    table(
      ['Item', 'Detail'],
      [
        ['Site', d.site.name],
        ['Force', d.site.force],
        ['Launch date', d.site.launchDate],
        ['Formal review due', d.site.formalReviewDate],
        ['LRO', d.site.lro ?? 'Not recorded'],
      ],
    ),
    heading(PACK_SECTIONS[1]),
    d.phases.length
      ? table(
          ['Phase', 'Began'],
          d.phases.map((p) => [PHASE_LABELS[p.phase], p.began]),
        )
      : para('No phases recorded.'),
    heading(PACK_SECTIONS[2]),
    para(`Readiness: ${d.blocks.inPlace} of ${d.blocks.total} foundation blocks in place.`),
    table(
      ['Block', 'Status', 'Date', 'Note'],
      d.blocks.rows.map((b) => [b.title, b.statusLabel, b.on ?? '—', b.note ?? '']),
    ),
    heading(PACK_SECTIONS[3]),
    d.measures.length
      ? table(
          ['Measure', 'Baseline', 'Latest', 'Change'],
          d.measures.map((m) => [m.label, value(m.baseline), value(m.latest), describeChange(m)]),
        )
      : para('No measures recorded.'),
    heading(PACK_SECTIONS[4]),
    ...(d.plans.length
      ? d.plans.flatMap((p) => [
          heading(`Plan ${p.reference}`, HeadingLevel.HEADING_2),
          para(`Reviewed ${p.cadence}; last reviewed ${p.lastReviewed}; next review ${p.nextReview}.`),
          para(`Reviews in the last year: ${p.reviewsLastYear.length ? p.reviewsLastYear.join(', ') : 'none recorded'}.`),
          table(
            ['Check', 'Result', 'Findings'],
            p.checks.map((c) => [c.title, c.ok ? 'Pass' : 'Flag', c.findings.join(' ')]),
          ),
        ])
      : [para('No 4P plans are linked to this site.')]),
    heading(PACK_SECTIONS[5]),
    para(d.partners.length ? d.partners.join(', ') : 'None recorded.'),
    heading(PACK_SECTIONS[6]),
    para('To be completed by the reviewers, under each of the qualitative benefits the regional briefing names.', true),
    ...QUALITATIVE_HEADINGS.flatMap((h) => [heading(h, HeadingLevel.HEADING_2), para('')]),
  ];
}

/** The review pack as a .docx file. */
export async function reviewPackDocx(data: ReviewPackData): Promise<Buffer> {
  const doc = new Document({
    creator: 'LRO Assist',
    title: `CHB 6-month formal review: ${data.site.name}`,
    sections: [{ children: body(data) }],
  });
  return Packer.toBuffer(doc);
}
