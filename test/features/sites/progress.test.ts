import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { allEntries } from '../../../src/features/knowledge/content';
import { changesVsBaseline, describeChange, validateMeasure } from '../../../src/features/sites/measures';
import { blockChecklist, blockWordings, currentPhase, emptyProgress, setBlock, setPhase, validateBlock } from '../../../src/features/sites/progress';
import type { MeasureRecord } from '../../../src/store/quality-types';

const today = '2026-12-02';

function measure(fields: Partial<MeasureRecord>): MeasureRecord {
  return {
    id: 'm',
    siteId: 's',
    measure: 'asb',
    subject: '',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    value: 0,
    baseline: false,
    by: 'aad-cc',
    at: '2026-04-01T00:00:00Z',
    ...fields,
  };
}

describe('CHB site phases and foundation blocks', () => {
  it('keeps phase history in order and knows the current phase', () => {
    let progress = emptyProgress('s', 'aad-cc', '2026-01-01T00:00:00Z');
    for (const [phase, began] of [
      ['foundations', '2026-01-05'],
      ['clear', '2026-03-01'],
      ['hold', '2026-06-01'],
    ]) {
      const r = setPhase(progress, phase, began, today);
      assert.ok('progress' in r);
      progress = r.progress;
    }
    assert.equal(currentPhase(progress, today)?.phase, 'hold');
    assert.equal(currentPhase(progress, '2026-04-01')?.phase, 'clear');
    const backwards = setPhase(progress, 'build', '2026-05-01', today);
    assert.ok('error' in backwards && /Build cannot begin before Hold/.test(backwards.error));
    assert.ok('error' in setPhase(progress, 'party', '2026-05-01', today));
    assert.ok('error' in setPhase(progress, 'build', '2027-01-01', today));
  });

  it('words the ten blocks from the knowledge base with their source, and counts readiness', () => {
    const wordings = blockWordings(allEntries);
    assert.deepEqual(
      wordings.map((w) => w.block),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
    assert.match(wordings[6].title, /FB7/);
    let progress = emptyProgress('s', 'aad-cc', '2026-01-01T00:00:00Z');
    progress = setBlock(progress, { block: 7, status: 'in-place', on: '2026-02-01', note: 'Baseline agreed at governance board' });
    progress = setBlock(progress, { block: 1, status: 'in-progress', on: '2026-01-10' });
    progress = setBlock(progress, { block: 7, status: 'in-place', on: '2026-02-03' });
    const list = blockChecklist(progress, wordings);
    assert.equal(list.inPlace, 1);
    assert.equal(list.total, 10);
    assert.equal(list.rows[6].on, '2026-02-03');
    assert.equal(list.rows[0].statusLabel, 'In progress');
    assert.equal(list.rows[1].status, 'not-started');
  });

  it('refuses a block note that looks like intelligence, and a bad block, status or date', () => {
    const bad = validateBlock({ block: '11', status: 'done', on: '2027-01-01', note: 'Check the reg AB12 CDE' }, today);
    assert.ok('errors' in bad);
    assert.equal(bad.errors.length, 4);
    assert.ok(bad.errors.some((e) => /intelligence/.test(e)));
    const ok = validateBlock({ block: '4', status: 'in-place', note: 'Locality profile signed off' }, today);
    assert.deepEqual(ok, { block: { block: 4, status: 'in-place', on: today, note: 'Locality profile signed off' } });
  });
});

describe('CHB site measures', () => {
  it('shows each measure against its baseline as a change with its direction', () => {
    const rows = changesVsBaseline([
      measure({ value: 120, baseline: true, periodEnd: '2026-01-31' }),
      measure({ value: 100, periodEnd: '2026-04-30' }),
      measure({ value: 90, periodEnd: '2026-07-31' }),
      measure({ measure: 'survey-feel-safe', value: 40, baseline: true, periodEnd: '2026-01-31' }),
      measure({ measure: 'survey-feel-safe', value: 50, periodEnd: '2026-06-30' }),
      measure({ measure: 'morile-ocg', subject: 'OCG-17', value: 300, baseline: true }),
    ]);
    assert.deepEqual(
      rows.map((r) => r.measure),
      ['morile-ocg', 'asb', 'survey-feel-safe'],
    );
    const asb = rows[1];
    assert.equal(asb.change, -30);
    assert.equal(asb.changeShare, -0.25);
    assert.equal(asb.improved, true);
    assert.equal(asb.trend.length, 3);
    assert.equal(describeChange(asb), '−30 (−25%)');
    assert.equal(rows[2].improved, true);
    assert.equal(describeChange(rows[2]), '+10 (+25%)');
    assert.equal(describeChange(rows[0]), 'baseline only');
    assert.equal(rows[0].label, 'MoRiLE threat score (OCG): OCG-17');
  });

  it('says when there is no baseline', () => {
    assert.equal(describeChange(changesVsBaseline([measure({ value: 4 })])[0]), 'no baseline yet');
  });

  it('validates a measure form and refuses intelligence in its note', () => {
    const ok = validateMeasure({ measure: 'burglary', periodStart: '2026-01-01', periodEnd: '2026-03-31', value: '14', baseline: 'true' }, today);
    assert.ok('measure' in ok && ok.measure.baseline && ok.measure.value === 14);
    const bad = validateMeasure(
      { measure: 'survey-feel-safe', periodStart: '2026-04-01', periodEnd: '2026-03-31', value: '140', note: 'ring 07700 900123' },
      today,
    );
    assert.ok('errors' in bad);
    assert.equal(bad.errors.length, 3);
    assert.ok('errors' in validateMeasure({ measure: 'morile-ocg', periodStart: '2026-01-01', periodEnd: '2026-03-31', value: '1' }, today));
  });
});
