import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { loadConfig } from '../../../src/config';
import { addDays, londonInstant } from '../../../src/features/dates';
import { siteReminderMessages } from '../../../src/features/sites/job';
import { formalReviewDate, latestSiteReminder, registerSite, validateSite } from '../../../src/features/sites/reviews';
import { openSqliteStore } from '../../../src/store';
import type { SiteRecord } from '../../../src/store/plan-types';
import type { Store } from '../../../src/store/types';

const site: SiteRecord = {
  id: 'weston central',
  name: 'Weston Central',
  force: 'Avon and Somerset',
  launchDate: '2026-03-02',
  updatedBy: 'aad-cc',
  updatedAt: '2026-01-01T00:00:00Z',
};
const rules = { siteReviewMilestoneDays: [28, 7, 0], staleHours: 48 };
const at830 = (date: string) => londonInstant(date, '08:30');

describe('CHB site reviews', () => {
  it('falls due six calendar months after launch, at the month end when the day does not exist', () => {
    assert.equal(formalReviewDate('2026-03-02'), '2026-09-02');
    assert.equal(formalReviewDate('2026-08-31'), '2027-02-28');
  });

  it('reminds 28 days, 7 days and 0 days before the formal review, once each', () => {
    const sent = new Set<string>();
    for (let d = '2026-07-01'; d <= '2026-09-30'; d = addDays(d, 1)) {
      const reminder = latestSiteReminder(site, rules, at830(d));
      if (reminder) sent.add(reminder.key);
    }
    assert.deepEqual([...sent], ['sites:weston central:2026-09-02:28', 'sites:weston central:2026-09-02:7', 'sites:weston central:2026-09-02:0']);
  });

  it('follows the configured milestones', () => {
    assert.equal(latestSiteReminder(site, { ...rules, siteReviewMilestoneDays: [14] }, at830('2026-08-19'))?.daysBefore, 14);
    assert.equal(latestSiteReminder(site, { ...rules, siteReviewMilestoneDays: [14] }, at830('2026-08-05')), undefined);
  });

  it("checks a coordinator's form", () => {
    const forces = ['Dorset', 'Wiltshire'];
    assert.deepEqual(validateSite({ name: '  ', force: 'Kent', launchDate: '2026-02-30' }, forces, '2026-01-01'), {
      errors: ['Enter the site name.', 'Choose the force: Dorset, Wiltshire.', 'Enter the launch date.'],
      values: { name: '', force: 'Kent', launchDate: '2026-02-30' },
    });
    assert.deepEqual(validateSite({ name: ' Poole  Quay ', force: 'dorset', launchDate: '2026-02-01' }, forces, '2026-01-01'), {
      site: { name: 'Poole Quay', force: 'Dorset', launchDate: '2026-02-01' },
    });
  });

  describe('the site reminder run', () => {
    let store: Store;
    beforeEach(() => {
      store = openSqliteStore(':memory:');
    });
    afterEach(async () => store.close());

    it("posts the 6-month review reminder to the coordinators' channel", async () => {
      await registerSite(store, { name: site.name, force: site.force, launchDate: site.launchDate }, 'aad-cc', new Date('2026-03-01T00:00:00Z'));
      const { messages } = await siteReminderMessages(store, loadConfig({ TRIAGE_CHANNEL_ID: '19:cc@thread.tacv2' }), at830('2026-08-05'));
      assert.equal(messages.length, 1);
      assert.equal(messages[0].conversationId, '19:cc@thread.tacv2');
      assert.match(messages[0].reply.text, /CHB site review: Weston Central[\s\S]*formal review due in 28 days \(Wed 2 Sept 2026\)/);
    });

    it('counts reminders it cannot post without a coordinators channel', async () => {
      await store.sites.upsert(site);
      const { messages, report } = await siteReminderMessages(store, loadConfig({}), at830('2026-08-05'));
      assert.equal(messages.length, 0);
      assert.deepEqual(report, { 'sites.review.no-channel': 1 });
    });
  });
});
