import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { allEntries } from '../../../src/features/knowledge/content';
import { createLogger } from '../../../src/log';
import { ALL_QUESTIONS, COURSE, moduleLength } from '../../../src/features/induction/course';
import * as induction from '../../../src/features/induction/use-cases';
import { openSqliteStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';

const NOW = new Date('2026-03-02T10:00:00Z');
const actor = { aadObjectId: 'aad-lro', name: 'Alex Example', tenantId: 't1' };
const personal = { kind: 'personal' as const };
const byId = new Map(allEntries.map((e) => [e.id, e]));

describe('induction use-cases', () => {
  let store: Store;
  let deps: induction.InductionDeps;
  const input = (data?: Record<string, unknown>) => ({ actor, place: personal, now: NOW, ...(data ? { data } : {}) });
  const position = async () => {
    const p = (await store.induction.get('t1', 'aad-lro'))!;
    return { module: p.module, card: p.card };
  };

  beforeEach(() => {
    store = openSqliteStore(':memory:');
    deps = { store, config: { forces: ['Dorset', 'Wiltshire'], coordinatorAadIds: ['aad-cc'], publicHostname: 'lro.example.test' }, entries: (id) => byId.get(id), log: createLogger('silent') };
  });
  afterEach(() => store.close());

  it('builds each reading card from its entry text and cites the source', async () => {
    const reply = await induction.begin(deps, input({ force: 'Dorset' }));
    const entry = byId.get(COURSE[0].entryIds[0])!;
    assert.ok(reply.text.includes(entry.answer));
    assert.ok(JSON.stringify(reply.card).includes(entry.answer.slice(0, 60)));
    assert.match(reply.text, /Source: /);
  });

  it('refuses to move past an unanswered question, and records only the first answer', async () => {
    await induction.begin(deps, input({ force: 'Dorset' }));
    for (let i = 0; i < COURSE[0].entryIds.length; i++) await induction.next(deps, input(await position()));
    const q = COURSE[0].questions[0];
    const refused = await induction.next(deps, input(await position()));
    assert.match(refused.text, /Check: /);
    assert.match(JSON.stringify(refused.card), /Choose an answer first/);
    await induction.answer(deps, input({ questionId: q.id, option: String((q.answer + 1) % q.options.length) }));
    await induction.answer(deps, input({ questionId: q.id, option: String(q.answer) }));
    const saved = await store.induction.get('t1', 'aad-lro');
    assert.deepEqual(saved?.answers.map((a) => a.correct), [false]);
  });

  it('ignores a Next from an older card, so a double click never skips a card', async () => {
    await induction.begin(deps, input({ force: 'Dorset' }));
    await induction.next(deps, input({ module: 0, card: 0 }));
    await induction.next(deps, input({ module: 0, card: 0 }));
    assert.deepEqual(await position(), { module: 0, card: 1 });
  });

  it('completes after the last card once every question is answered', async () => {
    await induction.begin(deps, input({ force: 'Dorset' }));
    for (const [m, module] of COURSE.entries()) {
      for (let card = 0; card < moduleLength(module); card++) {
        const q = card >= module.entryIds.length ? module.questions[card - module.entryIds.length] : undefined;
        if (q) await induction.answer(deps, input({ questionId: q.id, option: String(q.answer) }));
        const reply = await induction.next(deps, input({ module: m, card }));
        if (m === COURSE.length - 1 && card === moduleLength(module) - 1) assert.match(reply.text, /Induction complete/);
      }
    }
    const saved = await store.induction.get('t1', 'aad-lro');
    assert.equal(saved?.completedAt, NOW.toISOString());
    assert.equal(saved?.answers.length, ALL_QUESTIONS.length);
  });

  it('works in a personal chat only', async () => {
    const reply = await induction.startOrResume(deps, { ...input(), place: { kind: 'groupChat' } });
    assert.equal(reply.text, induction.PERSONAL_ONLY);
  });
});
