import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { balanceCheck, expectedReviews, healthFlags, partnershipCheck, planHealth, regularityCheck } from '../../../src/features/plans/health';
import { plansOverview, reviewsOnTimeByMonth, UNASSIGNED_FORCE } from '../../../src/features/plans/overview';
import { emptyStrands, partnersEngaged, structureFormValues, validateStructureForm } from '../../../src/features/plans/structure';
import type { PlanReviewEvent, PlanStructure, Strand } from '../../../src/store/quality-types';
import type { PlanRecord } from '../../../src/store/plan-types';

const FORCES = ['Avon and Somerset', 'Devon and Cornwall'];

function plan(fields: Partial<PlanRecord> = {}): PlanRecord {
  return {
    id: 'plan-1',
    tenantId: 't1',
    reference: 'OCG-17',
    ownerAadObjectId: 'aad-lro',
    ownerName: 'Sam Fictional',
    cadence: { kind: 'monthly' },
    lastReviewed: '2026-11-20',
    nextReview: '2026-12-20',
    status: 'active',
    createdBy: 'aad-lro',
    createdAt: '2025-01-01T09:00:00Z',
    updatedBy: 'aad-lro',
    updatedAt: '2026-11-20T09:00:00Z',
    ...fields,
  };
}

function structure(counts: Partial<Record<Strand, [number, number, number, string[]]>>, force = FORCES[0]): PlanStructure {
  const strands = emptyStrands();
  for (const [s, [planned, active, completed, partners]] of Object.entries(counts)) {
    strands[s as Strand] = { planned, active, completed, partners: partners as PlanStructure['strands']['pursue']['partners'] };
  }
  return { planId: 'plan-1', tenantId: 't1', force, strands, updatedBy: 'aad-lro', updatedAt: '2026-11-20T09:00:00Z' };
}

const balanced = structure({
  pursue: [2, 1, 1, ['police']],
  prevent: [1, 1, 0, ['education']],
  protect: [1, 0, 1, ['housing']],
  prepare: [1, 0, 0, ['voluntary-community']],
});

function monthlyReviews(from: string, count: number, lateBy = 0): PlanReviewEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const month = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1 + i, 20)).toISOString().slice(0, 10);
    const reviewed = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 20 + lateBy)).toISOString().slice(0, 10);
    return { planId: 'plan-1', tenantId: 't1', reviewedOn: reviewed, dueOn: month, by: 'aad-lro', at: `${reviewed}T09:00:00Z` };
  });
}

describe('4P plan structure', () => {
  it('reads counts and partner types from the card form and lists partners engaged once', () => {
    const form = { ...structureFormValues(undefined, FORCES[0]), pursuePlanned: '4', preventPartners: 'education,police', pursuePartners: 'police' };
    const checked = validateStructureForm(form, FORCES);
    assert.ok('structure' in checked);
    assert.equal(checked.structure.strands.pursue.planned, 4);
    assert.deepEqual(partnersEngaged({ ...balanced, strands: checked.structure.strands }), ['police', 'education']);
  });

  it('rejects negative or fractional counts, unknown partners and an unknown force, all at once', () => {
    const checked = validateStructureForm({ force: 'Atlantis', pursuePlanned: '-1', protectActive: '1.5', preparePartners: 'aliens' }, FORCES);
    assert.ok('errors' in checked);
    assert.equal(checked.errors.length, 4);
  });
});

describe('4P plan health', () => {
  const today = '2026-12-02';

  it('flags a Pursue-heavy plan with empty strands, and passes a balanced one', () => {
    const heavy = balanceCheck(structure({ pursue: [6, 2, 0, ['police']], prevent: [1, 0, 0, []] }));
    assert.equal(heavy.ok, false);
    assert.match(heavy.findings[0], /Pursue-heavy: 8 of 9/);
    assert.match(heavy.findings[1], /Protect, Prepare/);
    assert.equal(balanceCheck(balanced).ok, true);
  });

  it('flags a police-only plan', () => {
    assert.equal(partnershipCheck(structure({ pursue: [1, 0, 0, ['police']], prevent: [1, 0, 0, ['police']] })).ok, false);
    assert.equal(partnershipCheck(balanced).ok, true);
  });

  it('counts the reviews a cadence expects between two dates', () => {
    assert.equal(expectedReviews({ cadence: { kind: 'monthly' } }, '2025-12-02', '2026-12-02'), 12);
    assert.equal(expectedReviews({ cadence: { kind: 'quarterly' } }, '2025-12-02', '2026-12-01'), 3);
  });

  it('flags a late review, late reviews in the year and fewer reviews than the cadence expects', () => {
    const late = regularityCheck(plan({ nextReview: '2026-11-20', lastReviewed: '2026-10-20' }), monthlyReviews('2026-01', 6, 5), today);
    assert.equal(late.ok, false);
    assert.match(late.findings.join(' '), /overdue by 12 days/);
    assert.match(late.findings.join(' '), /6 of 6 reviews since 2025-12-02 were late/);
    assert.match(late.findings.join(' '), /Reviewed 6 times since 2025-12-02; its cadence expects 12/);
  });

  it('passes a plan reviewed monthly on time all year', () => {
    const check = regularityCheck(plan(), monthlyReviews('2025-12', 12), today);
    assert.deepEqual(check.findings.length, 1);
    assert.equal(check.ok, true);
  });

  it('judges a new plan only from its registration', () => {
    const fresh = plan({ createdAt: '2026-11-01T09:00:00Z', lastReviewed: '2026-11-01', nextReview: '2026-12-01' });
    assert.match(regularityCheck(fresh, [], today).findings.join(' '), /cadence expects 1/);
  });

  it('cites the briefing and links knowledge entries for every check', () => {
    const health = planHealth(plan(), undefined, [], today);
    assert.equal(health.healthy, false);
    for (const c of health.checks) {
      assert.equal(c.source.kind, 'briefing');
      assert.ok(c.knowledge.length > 0);
    }
    assert.ok(healthFlags(health).some((f) => /structure has not been recorded/.test(f)));
  });
});

describe('plans overview', () => {
  const today = '2026-12-02';
  it('groups plans by force with on-time and balanced shares and the strand mix', () => {
    const items = [
      { plan: plan(), structure: balanced },
      { plan: plan({ id: 'plan-2', nextReview: '2026-11-01' }), structure: structure({ pursue: [5, 0, 0, ['police']] }) },
      { plan: plan({ id: 'plan-3' }), structure: structure({ prevent: [1, 0, 0, []] }, FORCES[1]) },
      { plan: plan({ id: 'plan-4' }) },
    ].map((i) => ({ ...i, health: planHealth(i.plan, i.structure, [], today) }));
    const rows = plansOverview(items, FORCES, today);
    assert.deepEqual(
      rows.map((r) => [r.force, r.plans, r.reviewedOnTime, r.balanced]),
      [
        [FORCES[0], 2, 0.5, 0.5],
        [FORCES[1], 1, 1, 0],
        [UNASSIGNED_FORCE, 1, 1, 0],
      ],
    );
    assert.deepEqual(rows[0].strands, { pursue: 9, prevent: 2, protect: 2, prepare: 1 });
  });

  it('counts reviews on time by force and month over the last 12 months', () => {
    const reviews = [...monthlyReviews('2025-12', 3), ...monthlyReviews('2026-11', 1, 3)];
    const byForce = reviewsOnTimeByMonth(reviews, () => FORCES[0], today);
    const months = byForce[FORCES[0]];
    assert.equal(months.length, 12);
    assert.equal(months[0].month, '2026-01');
    assert.deepEqual(
      months.find((m) => m.month === '2026-11'),
      { month: '2026-11', reviews: 1, onTime: 0 },
    );
    assert.equal(
      months.reduce((n, m) => n + m.reviews, 0),
      3,
    );
  });
});
