import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { completionsCsv, inductionReport } from '../../../src/features/induction/report';
import type { InductionProgress } from '../../../src/store/induction-types';

const at = '2026-03-02T10:00:00.000Z';
const person = (aadObjectId: string, force: string, answers: [string, boolean][], completedAt?: string): InductionProgress => ({
  tenantId: 't1',
  aadObjectId,
  name: `Person ${aadObjectId}`,
  force,
  module: 0,
  card: 0,
  answers: answers.map(([questionId, correct]) => ({ questionId, chosen: 0, correct, at })),
  startedAt: at,
  ...(completedAt ? { completedAt } : {}),
  remindersOff: false,
  updatedAt: at,
});

describe('induction report', () => {
  const records = [
    person('a', 'Dorset', [
      ['role-rank', false],
      ['role-network', true],
    ]),
    person(
      'b',
      'Dorset',
      [
        ['role-rank', false],
        ['chb-hold', false],
        ['role-network', true],
        ['chb-clear', true],
      ],
      at,
    ),
    person('c', 'Elsewhere', []),
  ];

  it('counts started and completed by force, averaging each person’s score, with other forces after the configured ones', () => {
    const r = inductionReport(records, ['Dorset', 'Wiltshire']);
    assert.deepEqual(r.total, { started: 3, completed: 1, averageScore: 50 });
    assert.deepEqual(r.forces, [
      { force: 'Dorset', started: 2, completed: 1, averageScore: 50 },
      { force: 'Wiltshire', started: 0, completed: 0 },
      { force: 'Elsewhere', started: 1, completed: 0 },
    ]);
  });

  it('ranks the questions most often answered wrongly, leaving out those never missed', () => {
    const r = inductionReport(records, ['Dorset']);
    assert.deepEqual(
      r.mostMissed.map((q) => [q.questionId, q.wrong, q.answered]),
      [
        ['role-rank', 2, 2],
        ['chb-hold', 1, 1],
      ],
    );
  });

  it('exports one row per person, with formulas in names made harmless', () => {
    const csv = completionsCsv([{ ...records[1], name: '=HYPERLINK("x")' }]);
    assert.ok(csv.startsWith('\uFEFFperson,force,started_uk,completed_uk,questions_answered,answered_right,score_percent\r\n'));
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")",Dorset,2026-03-02 10:00,2026-03-02 10:00,4,2,50`), csv);
  });
});
