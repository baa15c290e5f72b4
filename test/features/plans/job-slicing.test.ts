import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { loadConfig } from '../../../src/config';
import { addDays, addMonths, daysBetween, londonInstant } from '../../../src/features/dates';
import { planReminderMessages } from '../../../src/features/plans/job';
import { openSqliteStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { ZONE } from '../../../src/time-zone';
import { plan } from '../../store/plans-contract';

describe('calendar arithmetic without time zones', () => {
  const london = (date: string) => DateTime.fromISO(date, { zone: ZONE });

  it("gives the same days, months and differences as luxon's Europe/London arithmetic, 2026 to 2028", () => {
    for (let d = '2026-01-01'; d <= '2028-12-31'; d = addDays(d, 1)) {
      for (const days of [-400, -1, 1, 28]) assert.equal(addDays(d, days), london(d).plus({ days }).toISODate(), `${d} + ${days} days`);
      for (const months of [-1, 1, 3, 12]) assert.equal(addMonths(d, months), london(d).plus({ months }).toISODate(), `${d} + ${months} months`);
      for (const other of ['2026-10-25', '2028-02-29']) {
        assert.equal(daysBetween(d, other), Math.round(london(other).diff(london(d), 'days').days), `${d} to ${other}`);
      }
    }
  });
});

describe('the plan reminder job on a large run', () => {
  const TODAY = '2026-04-03';
  const PLANS = 3000;
  let dir: string;
  let store: Store;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lro-slices-'));
    store = openSqliteStore(join(dir, 'slices.db'));
    for (let i = 0; i < PLANS; i++) {
      const owner = `aad-owner-${i}`;
      await store.plans.insert(
        plan({ id: `plan-${i}`, reference: `OCG-${i}`, ownerAadObjectId: owner, nextReview: TODAY, digestConversationId: `19:digest-${i % 10}@thread.tacv2` }),
      );
      await store.conversations.upsert({
        id: `a:${owner}`,
        tenantId: 't1',
        kind: 'personal',
        userAadObjectId: owner,
        reference: {},
        updatedAt: '2026-01-10T09:00:00.000Z',
      });
    }
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets a timer run between building its first and last message', async () => {
    // Each owner card is built right after its owner's chat is looked up: log those and the timer's ticks in order.
    const events: string[] = [];
    const watched: Store = {
      ...store,
      conversations: {
        ...store.conversations,
        findPersonal: (tenantId, aadObjectId) => (events.push('build'), store.conversations.findPersonal(tenantId, aadObjectId)),
      },
    };
    const timer = setInterval(() => events.push('tick'), 1);
    try {
      const { messages } = await planReminderMessages(watched, loadConfig({}), londonInstant(TODAY, '08:00'));
      assert.equal(messages.filter((m) => m.kind === 'plans.owner').length, PLANS);
    } finally {
      clearInterval(timer);
    }
    const first = events.indexOf('build');
    const last = events.lastIndexOf('build');
    assert.ok(events.slice(first, last).includes('tick'), 'no timer tick while the messages were being built');
  });
});
