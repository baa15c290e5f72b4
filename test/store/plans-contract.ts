import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import type { PlanRecord } from '../../src/store/plan-types';
import type { Store } from '../../src/store/types';
import { suiteStore } from './contract';

export function plan(overrides: Partial<PlanRecord> = {}): PlanRecord {
  return {
    id: 'plan-1',
    tenantId: 't1',
    reference: 'OCG-0001',
    ownerAadObjectId: 'aad-owner',
    ownerName: 'Alex Example',
    cadence: { kind: 'monthly' },
    lastReviewed: '2026-01-10',
    nextReview: '2026-02-10',
    status: 'active',
    createdBy: 'aad-owner',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedBy: 'aad-owner',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

/** The reminder repositories' contract, kept by SQLite and the MongoDB wire (FerretDB) alike. */
export function describePlansContract(name: string, open: () => Promise<Store>, drop: (s: Store) => Promise<void> = async () => {}) {
  describe(`plans, drop-ins and sites store contract: ${name}`, () => {
    const opened = suiteStore(open, drop);

    describe('plans', () => {
      it('stores a plan with every field and reads it back', async () => {
        const full = plan({
          id: 'p-full',
          reference: 'OCG-FULL',
          cadence: { kind: 'days', days: 14 },
          snoozedUntil: '2026-02-20',
          digestConversationId: 'c-1',
          lastNote: 'met partners',
        });
        assert.equal(await opened().plans.insert(full), true);
        assert.deepEqual(await opened().plans.get('p-full'), full);
      });

      it('leaves optional fields out rather than storing them empty', async () => {
        const bare = plan({ id: 'p-bare', reference: 'OCG-BARE' });
        await opened().plans.insert(bare);
        assert.deepEqual(await opened().plans.get('p-bare'), bare);
      });

      it('refuses a second active plan with the same reference in a tenant, ignoring case', async () => {
        await opened().plans.insert(plan({ id: 'p-a', reference: 'OCG-Dup' }));
        assert.equal(await opened().plans.insert(plan({ id: 'p-b', reference: ' ocg-dup ' })), false);
        assert.equal(await opened().plans.get('p-b'), undefined);
        assert.equal(await opened().plans.insert(plan({ id: 'p-other-tenant', tenantId: 't2', reference: 'OCG-Dup' })), true);
      });

      it('lets only one of several racing registrations of a reference win', async () => {
        const results = await Promise.all(Array.from({ length: 6 }, (_, i) => opened().plans.insert(plan({ id: `p-race-${i}`, reference: 'OCG-RACE' }))));
        assert.equal(results.filter(Boolean).length, 1);
      });

      it('frees a reference when its plan is archived', async () => {
        const first = plan({ id: 'p-old', reference: 'OCG-REUSE' });
        await opened().plans.insert(first);
        await opened().plans.save({ ...first, status: 'archived' });
        assert.equal(await opened().plans.insert(plan({ id: 'p-new', reference: 'OCG-REUSE' })), true);
        assert.equal((await opened().plans.findActiveByReference('t1', 'ocg-reuse'))?.id, 'p-new');
      });

      it('finds an active plan by reference, in its tenant only', async () => {
        await opened().plans.insert(plan({ id: 'p-find', reference: 'OCG-FIND' }));
        assert.equal((await opened().plans.findActiveByReference('t1', '  OCG-find '))?.id, 'p-find');
        assert.equal(await opened().plans.findActiveByReference('t2', 'OCG-FIND'), undefined);
      });

      it('saves changes to a plan, including clearing a snooze', async () => {
        const p = plan({ id: 'p-save', reference: 'OCG-SAVE', snoozedUntil: '2026-03-01' });
        await opened().plans.insert(p);
        const { snoozedUntil: _s, ...rest } = p;
        const changed = { ...rest, nextReview: '2026-04-01', ownerAadObjectId: 'aad-new', ownerName: 'Jordan Sample' };
        await opened().plans.save(changed);
        assert.deepEqual(await opened().plans.get('p-save'), changed);
      });

      it("lists an owner's active plans, soonest review first", async () => {
        await opened().plans.insert(plan({ id: 'p-o2', reference: 'OWN-2', ownerAadObjectId: 'aad-lister', nextReview: '2026-05-01' }));
        await opened().plans.insert(plan({ id: 'p-o1', reference: 'OWN-1', ownerAadObjectId: 'aad-lister', nextReview: '2026-04-01' }));
        await opened().plans.insert(plan({ id: 'p-o3', reference: 'OWN-3', ownerAadObjectId: 'aad-lister', status: 'archived' }));
        const listed = await opened().plans.listActiveByOwner('t1', 'aad-lister');
        assert.deepEqual(
          listed.map((p) => p.id),
          ['p-o1', 'p-o2'],
        );
      });

      it('lists active plans due by a date, soonest first, leaving out later and archived ones', async () => {
        await opened().plans.insert(plan({ id: 'p-due-1', reference: 'DUE-1', nextReview: '2030-01-05' }));
        await opened().plans.insert(plan({ id: 'p-due-2', reference: 'DUE-2', nextReview: '2030-01-03' }));
        await opened().plans.insert(plan({ id: 'p-due-3', reference: 'DUE-3', nextReview: '2030-01-09' }));
        await opened().plans.insert(plan({ id: 'p-due-4', reference: 'DUE-4', nextReview: '2030-01-01', status: 'archived' }));
        const due = (await opened().plans.listDueBy('2030-01-05')).filter((p) => p.nextReview >= '2030-01-01');
        assert.deepEqual(
          due.map((p) => p.id),
          ['p-due-2', 'p-due-1'],
        );
      });
    });

    describe('drop-ins', () => {
      const schedule = {
        rule: 'DTSTART;TZID=Europe/London:20260106T100000\nRRULE:FREQ=MONTHLY;BYDAY=+1TU',
        endTime: '11:00',
        meetingUrl: 'https://teams.microsoft.com/l/meetup-join/test',
        calendarToken: 'token-1',
        updatedBy: 'aad-cc',
        updatedAt: '2026-01-01T09:00:00.000Z',
      };

      it('keeps one schedule, replaced when set again', async () => {
        assert.equal(await opened().dropIns.getSchedule(), undefined);
        await opened().dropIns.saveSchedule(schedule);
        await opened().dropIns.saveSchedule({ ...schedule, endTime: '11:30' });
        assert.deepEqual(await opened().dropIns.getSchedule(), { ...schedule, endTime: '11:30' });
      });

      it('records a cancellation or a move per session, and clears it', async () => {
        await opened().dropIns.setException({ occurrenceId: '2026-02-03', kind: 'cancelled', by: 'aad-cc', at: '2026-01-20T09:00:00.000Z' });
        const move = {
          occurrenceId: '2026-03-03',
          kind: 'moved' as const,
          start: '2026-03-10T14:00:00.000Z',
          end: '2026-03-10T15:00:00.000Z',
          by: 'aad-cc',
          at: '2026-01-20T09:00:00.000Z',
        };
        await opened().dropIns.setException(move);
        await opened().dropIns.setException({ ...move, start: '2026-03-11T14:00:00.000Z', end: '2026-03-11T15:00:00.000Z' });
        assert.deepEqual(await opened().dropIns.listExceptions(), [
          { occurrenceId: '2026-02-03', kind: 'cancelled', by: 'aad-cc', at: '2026-01-20T09:00:00.000Z' },
          { ...move, start: '2026-03-11T14:00:00.000Z', end: '2026-03-11T15:00:00.000Z' },
        ]);
        assert.equal(await opened().dropIns.clearException('2026-02-03'), true);
        assert.equal(await opened().dropIns.clearException('2026-02-03'), false);
        assert.equal((await opened().dropIns.listExceptions()).length, 1);
      });

      it('subscribes a conversation once and unsubscribes it', async () => {
        assert.equal(await opened().dropIns.subscribe('c-sub', 'aad-1', '2026-01-01T09:00:00.000Z'), true);
        assert.equal(await opened().dropIns.subscribe('c-sub', 'aad-2', '2026-01-02T09:00:00.000Z'), false);
        assert.deepEqual(await opened().dropIns.listSubscribers(), ['c-sub']);
        assert.equal(await opened().dropIns.unsubscribe('c-sub'), true);
        assert.equal(await opened().dropIns.unsubscribe('c-sub'), false);
        assert.deepEqual(await opened().dropIns.listSubscribers(), []);
      });

      it('counts each person once per session, even when their replies race', async () => {
        const results = await Promise.all(Array.from({ length: 5 }, () => opened().dropIns.addRsvp('2026-02-03', 'aad-1', '2026-01-20T09:00:00.000Z')));
        assert.equal(results.filter(Boolean).length, 1);
        await opened().dropIns.addRsvp('2026-02-03', 'aad-2', '2026-01-20T09:00:00.000Z');
        await opened().dropIns.addRsvp('2026-03-03', 'aad-1', '2026-01-20T09:00:00.000Z');
        assert.equal(await opened().dropIns.countRsvps('2026-02-03'), 2);
        assert.deepEqual(await opened().dropIns.listRsvps('2026-02-03'), ['aad-1', 'aad-2']);
        assert.equal(await opened().dropIns.hasRsvp('2026-02-03', 'aad-2'), true);
        assert.equal(await opened().dropIns.removeRsvp('2026-02-03', 'aad-2'), true);
        assert.equal(await opened().dropIns.hasRsvp('2026-02-03', 'aad-2'), false);
        assert.equal(await opened().dropIns.countRsvps('2026-02-03'), 1);
      });
    });

    describe('sites', () => {
      it('adds a site, updates it by id, and lists sites by launch date', async () => {
        const site = {
          id: 'weston central',
          name: 'Weston Central',
          force: 'Avon and Somerset',
          launchDate: '2026-03-01',
          updatedBy: 'aad-cc',
          updatedAt: '2026-01-01T09:00:00.000Z',
        };
        assert.equal(await opened().sites.upsert(site), true);
        assert.equal(await opened().sites.upsert({ ...site, launchDate: '2026-02-01' }), false);
        await opened().sites.upsert({ ...site, id: 'barnstaple', name: 'Barnstaple', force: 'Devon and Cornwall', launchDate: '2026-01-15' });
        assert.deepEqual(
          (await opened().sites.list()).map((s) => [s.id, s.launchDate]),
          [
            ['barnstaple', '2026-01-15'],
            ['weston central', '2026-02-01'],
          ],
        );
        assert.equal((await opened().sites.get('weston central'))?.name, 'Weston Central');
      });

      it('keeps the review held, its note and the closing date; removes a site; keeps the audit trail after removal', async () => {
        const site = {
          id: 'yeovil',
          name: 'Yeovil',
          force: 'Avon and Somerset',
          launchDate: '2025-01-01',
          updatedBy: 'aad-cc',
          updatedAt: '2026-01-01T09:00:00.000Z',
        };
        await opened().sites.upsert(site);
        const held = { ...site, lastReviewHeld: '2025-07-03', lastReviewNote: 'Baseline refreshed', closedOn: '2026-01-10' };
        assert.equal(await opened().sites.upsert(held), false);
        assert.deepEqual(await opened().sites.get('yeovil'), held);
        await opened().sites.audit({
          siteId: 'yeovil',
          siteName: 'Yeovil',
          action: 'review-held',
          date: '2025-07-03',
          by: 'aad-cc',
          at: '2026-01-01T09:00:00.000Z',
        });
        await opened().sites.audit({ siteId: 'yeovil', siteName: 'Yeovil', action: 'removed', by: 'aad-cc', at: '2026-01-02T09:00:00.000Z' });
        await opened().sites.audit({ siteId: 'other', siteName: 'Other', action: 'closed', date: '2026-01-02', by: 'aad-cc', at: '2026-01-02T09:00:00.000Z' });
        assert.equal(await opened().sites.remove('yeovil'), true);
        assert.equal(await opened().sites.remove('yeovil'), false);
        assert.equal(await opened().sites.get('yeovil'), undefined);
        assert.deepEqual(await opened().sites.auditTrail('yeovil'), [
          { siteId: 'yeovil', siteName: 'Yeovil', action: 'review-held', date: '2025-07-03', by: 'aad-cc', at: '2026-01-01T09:00:00.000Z' },
          { siteId: 'yeovil', siteName: 'Yeovil', action: 'removed', by: 'aad-cc', at: '2026-01-02T09:00:00.000Z' },
        ]);
      });
    });
  });
}
