import assert from 'node:assert/strict';
import AdmZip from 'adm-zip';
import { describe, it } from 'mocha';
import { allEntries } from '../../../src/features/knowledge/content';
import { changesVsBaseline } from '../../../src/features/sites/measures';
import { blockChecklist, blockWordings, emptyProgress, setBlock } from '../../../src/features/sites/progress';
import { PACK_SECTIONS, QUALITATIVE_HEADINGS, reviewPackDocx, type ReviewPackData } from '../../../src/features/sites/review-pack';

/** The text of word/document.xml, paragraph by paragraph. */
export function docxParagraphs(file: Buffer): string[] {
  const xml = new AdmZip(file).readAsText('word/document.xml');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('6-month review pack document', () => {
  it('holds every section, the blocks, the measures with their change and the plans, in order', async () => {
    const progress = setBlock(emptyProgress('s', 'aad-cc', '2026-01-01T00:00:00Z'), {
      block: 7,
      status: 'in-place',
      on: '2026-02-01',
      note: 'Baseline agreed',
    });
    const data: ReviewPackData = {
      site: { name: 'Weston Central', force: 'Avon and Somerset', launchDate: '2026-06-01', formalReviewDate: '2026-12-01', lro: 'Sam Fictional' },
      generatedOn: '2026-12-02',
      phases: [
        { phase: 'foundations', began: '2026-03-01' },
        { phase: 'clear', began: '2026-06-01' },
      ],
      blocks: blockChecklist(progress, blockWordings(allEntries)),
      measures: changesVsBaseline([
        {
          id: '1',
          siteId: 's',
          measure: 'burglary',
          subject: '',
          periodStart: '2026-01-01',
          periodEnd: '2026-03-31',
          value: 40,
          baseline: true,
          by: 'x',
          at: '2026-04-01T00:00:00Z',
        },
        {
          id: '2',
          siteId: 's',
          measure: 'burglary',
          subject: '',
          periodStart: '2026-07-01',
          periodEnd: '2026-09-30',
          value: 30,
          baseline: false,
          by: 'x',
          at: '2026-10-01T00:00:00Z',
        },
      ]),
      plans: [
        {
          reference: 'OCG-17',
          cadence: 'monthly',
          lastReviewed: '2026-11-20',
          nextReview: '2026-12-20',
          reviewsLastYear: ['2026-10-20', '2026-11-20'],
          checks: [{ title: 'Balance across the 4Ps', ok: false, findings: ['Pursue-heavy: 8 of 9 interventions (89%) are Pursue.'] }],
        },
      ],
      partners: ['Police', 'Housing'],
    };
    const paragraphs = docxParagraphs(await reviewPackDocx(data));
    const at = (text: string) => paragraphs.indexOf(text);
    const order = PACK_SECTIONS.map(at);
    assert.ok(
      order.every((i) => i >= 0),
      `missing section: ${PACK_SECTIONS.filter((s) => at(s) < 0).join(', ')}`,
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
    for (const h of QUALITATIVE_HEADINGS) assert.ok(at(h) > at('Qualitative findings'));
    assert.ok(paragraphs.includes('Readiness: 1 of 10 foundation blocks in place.'));
    assert.ok(paragraphs.includes('Baseline agreed'));
    assert.ok(paragraphs.includes('40 (to 2026-03-31)'));
    assert.ok(paragraphs.includes('30 (to 2026-09-30)'));
    assert.ok(paragraphs.includes('−10 (−25%)'));
    assert.ok(paragraphs.includes('Plan OCG-17'));
    assert.ok(paragraphs.includes('Police, Housing'));
  });
});
