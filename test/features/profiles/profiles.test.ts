import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { addDays } from '../../../src/features/dates';
import { ageInMonths, describeAge, isStale, staleReminderKey, validateProfile } from '../../../src/features/profiles/profiles';
import type { ProfileRecord } from '../../../src/store/quality-types';

const rules = { maxAgeMonths: 12, reminderCadenceDays: 30 };
const profile: ProfileRecord = {
  id: 'plymouth',
  area: 'Plymouth',
  force: 'Devon and Cornwall',
  profileDate: '2025-10-15',
  updatedBy: 'aad-cc',
  updatedAt: '2025-10-15T00:00:00Z',
};

describe('SOC local profiles', () => {
  it('gives each profile its age and flags it stale from the configured age', () => {
    assert.equal(ageInMonths('2025-10-15', '2026-12-02'), 13);
    assert.equal(describeAge('2026-11-20', '2026-12-02'), '12 days old');
    assert.equal(isStale(profile, rules, '2026-10-14'), false);
    assert.equal(isStale(profile, rules, '2026-10-15'), true);
    assert.equal(isStale(profile, { ...rules, maxAgeMonths: 18 }, '2026-12-02'), false);
  });

  it('gives one reminder key per cadence period once stale, and starts afresh with a new profile date', () => {
    const keys = new Set<string>();
    for (let d = '2026-10-01'; d <= '2027-01-31'; d = addDays(d, 1)) {
      const key = staleReminderKey(profile, rules, d);
      if (key) keys.add(key);
    }
    assert.deepEqual(
      [...keys],
      ['profiles:plymouth:2025-10-15:0', 'profiles:plymouth:2025-10-15:1', 'profiles:plymouth:2025-10-15:2', 'profiles:plymouth:2025-10-15:3'],
    );
    assert.equal(staleReminderKey({ ...profile, profileDate: '2026-11-01' }, rules, '2027-01-31'), undefined);
  });

  it('checks the area, force and date, and refuses intelligence in the area', () => {
    assert.ok('profile' in validateProfile({ area: 'Plymouth', force: 'devon and cornwall', profileDate: '2026-01-01' }, ['Devon and Cornwall'], '2026-12-02'));
    const bad = validateProfile({ area: '12 Acacia Road', force: 'Kent', profileDate: '2027-01-01' }, ['Devon and Cornwall'], '2026-12-02');
    assert.ok('errors' in bad);
    assert.equal(bad.errors.length, 3);
  });
});
