import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { OPEN_STATUSES } from '../../../src/features/support/catalogue';
import { CSV_COLUMNS, requestsCsv, safeCell } from '../../../src/features/support/csv';
import { parseQueueFilters, queueOrder } from '../../../src/features/support/queue';
import type { SupportRequest } from '../../../src/store/support-types';

const FORCES = ['Avon and Somerset', 'Devon and Cornwall', 'Dorset', 'Gloucestershire', 'Wiltshire'];

function request(overrides: Partial<SupportRequest>): SupportRequest {
  return {
    id: 'r',
    reference: 'RDT-2026-0001',
    tenantId: 't1',
    requester: { aadObjectId: 'aad-lro-1', name: 'Alex Example' },
    force: 'Dorset',
    operation: 'Op Fictional',
    supportType: 'training',
    urgency: 'routine',
    summary: 'Training for a new LRO.',
    status: 'new',
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

describe('support: queue filters', () => {
  const parse = (text: string) => {
    const result = parseQueueFilters(text, FORCES);
    assert.ok(result.ok, text);
    return result.query;
  };

  it('shows the open requests when no filter is given', () => {
    assert.deepEqual(parse('').filter, { statuses: OPEN_STATUSES });
    assert.equal(parse('').description, 'open');
  });

  it('filters by status, urgency and force, in any order', () => {
    assert.deepEqual(parse('new').filter, { statuses: ['new'] });
    assert.deepEqual(parse('urgent').filter, { statuses: OPEN_STATUSES, urgency: 'urgent' });
    assert.deepEqual(parse('dorset').filter, { statuses: OPEN_STATUSES, force: 'Dorset' });
    assert.deepEqual(parse('Urgent in progress DEVON AND CORNWALL').filter, { statuses: ['in-progress'], urgency: 'urgent', force: 'Devon and Cornwall' });
    assert.deepEqual(parse('avon resolved').filter, { statuses: ['resolved'], force: 'Avon and Somerset' }, 'a force’s first word is enough');
  });

  it('understands open, closed and all', () => {
    assert.deepEqual(parse('closed').filter.statuses, ['resolved', 'declined', 'withdrawn']);
    assert.equal(parse('all').filter.statuses.length, 7);
    assert.equal(parse('all').description, 'all');
  });

  it('refuses intelligence typed as a filter without repeating it', () => {
    const result = parseQueueFilters('PNC AB12 CDE', FORCES);
    assert.ok(!result.ok);
    assert.match(result.message, /force systems/);
    assert.ok(!result.message.includes('AB12'));
  });

  it('explains the filters when it does not know a word', () => {
    const result = parseQueueFilters('kent', FORCES);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.message, /"kent".*queue new/);
  });

  it('puts the most urgent first, then the oldest', () => {
    const ordered = queueOrder([
      request({ id: 'a', urgency: 'routine', createdAt: '2026-11-20T10:00:00.000Z' }),
      request({ id: 'b', urgency: 'urgent', createdAt: '2026-11-25T10:00:00.000Z' }),
      request({ id: 'c', urgency: 'urgent', createdAt: '2026-11-24T10:00:00.000Z' }),
      request({ id: 'd', urgency: 'priority', createdAt: '2026-11-21T10:00:00.000Z' }),
    ]);
    assert.deepEqual(
      ordered.map((r) => r.id),
      ['c', 'b', 'd', 'a'],
    );
  });
});

describe('support: CSV export', () => {
  it('has a header and one row per request, with UK times and labels', () => {
    const csv = requestsCsv([
      request({
        acknowledgedAt: '2026-07-01T08:30:00.000Z',
        status: 'assigned',
        assignee: { aadObjectId: 'aad-cc-1', name: 'Casey Placeholder' },
        contact: 'Teams, mornings',
        createdAt: '2026-07-01T08:00:00.000Z',
      }),
    ]);
    assert.ok(csv.startsWith('\uFEFF'), 'a BOM so Excel reads UTF-8');
    const [header, row, end] = csv.slice(1).split('\r\n');
    assert.equal(header, CSV_COLUMNS.join(','));
    assert.equal(
      row,
      'RDT-2026-0001,Assigned,Dorset,Op Fictional,Training,Routine,Alex Example,Casey Placeholder,2026-07-01 09:00,2026-07-01 09:30,2026-11-25 10:00,Training for a new LRO.,"Teams, mornings",',
    );
    assert.equal(end, '');
  });

  it('quotes commas, quotes and line breaks in what people typed', () => {
    const csv = requestsCsv([request({ summary: 'Two lines,\nand "quotes"' })]);
    assert.ok(csv.includes('"Two lines,\nand ""quotes"""'));
  });

  it('stops spreadsheet formulas in user text from running', () => {
    assert.equal(safeCell('=HYPERLINK("http://example.test")'), `'=HYPERLINK("http://example.test")`);
    for (const s of ['+1', '-1', '@SUM(A1)', '\tx']) assert.equal(safeCell(s)[0], "'");
    assert.equal(safeCell('Op Fictional'), 'Op Fictional');
    assert.ok(requestsCsv([request({ operation: '=1+1' })]).includes(",'=1+1,"));
  });
});
