import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { loadConfig } from '../../../src/config';
import { staleProfileMessages } from '../../../src/features/profiles/job';
import { openSqliteStore } from '../../../src/store';
import type { ProfileRecord } from '../../../src/store/quality-types';

const NOW = new Date('2026-12-02T09:00:00Z');
const profile = (area: string, profileDate: string, owner?: string): ProfileRecord => ({
  id: area.toLowerCase(),
  area,
  force: 'Dorset',
  profileDate,
  ...(owner ? { ownerAadObjectId: owner, ownerName: 'Alex Example' } : {}),
  updatedBy: 'aad-cc',
  updatedAt: '2025-01-01T00:00:00Z',
});

describe('stale SOC local profile reminders', () => {
  it("go to the owner's personal chat, else the coordinators' channel, only for stale profiles", async () => {
    const store = openSqliteStore(':memory:');
    await store.conversations.upsert({
      id: 'a:personal-lro',
      tenantId: 't1',
      kind: 'personal',
      userAadObjectId: 'aad-lro',
      reference: {},
      updatedAt: NOW.toISOString(),
    });
    await store.quality.profiles.upsert(profile('Poole', '2025-06-01', 'aad-lro'));
    await store.quality.profiles.upsert(profile('Weymouth', '2025-01-01'));
    await store.quality.profiles.upsert(profile('Bournemouth', '2026-06-01', 'aad-lro'));
    const config = loadConfig({ TRIAGE_CHANNEL_ID: '19:cc-channel@thread.tacv2' });
    const { messages } = await staleProfileMessages(store, config, NOW);
    assert.deepEqual(
      messages.map((m) => [m.conversationId, m.key]),
      [
        ['a:personal-lro', 'profiles:poole:2025-06-01:6'],
        ['19:cc-channel@thread.tacv2', 'profiles:weymouth:2025-01-01:11'],
      ],
    );
    assert.match(messages[0].reply.text, /Poole \(Dorset\) is dated 2025-06-01, 18 months old/);
    const noChannel = await staleProfileMessages(store, loadConfig({}), NOW);
    assert.equal(noChannel.report['profiles.stale.no-channel'], 1);
    await store.close();
  });
});
