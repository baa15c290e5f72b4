import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { acknowledgeRequest, exportRequests, myRequests, openFormDialog, submitForm, submitFormDialog } from '../../../src/features/support/use-cases';
import { VERBS } from '../../../src/features/support/verbs';
import type { Actor, Place } from '../../../src/use-case-types';
import { CHANNEL, COORDINATOR, LRO, LRO2, featureDeps, knowPerson, personal, type TestDeps } from '../../support/feature-deps';

const NOW = new Date('2026-11-25T10:00:00Z');
const FORM = {
  force: 'Dorset',
  operation: 'Op Fictional',
  supportType: 'disruption-tactics',
  urgency: 'routine',
  summary: 'Options for a fictional county line.',
  contact: 'Teams call',
};
/** Form keys are the UUIDs a rendered form carries. */
const KEYS = Array.from({ length: 7 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
const action = (verb: string, data: Record<string, unknown>, actor: Actor, place: Place = personal(actor)) => ({
  verb,
  data,
  actor,
  place,
  now: NOW,
  refresh: false,
});
const message = (actor: Actor, place: Place = personal(actor)) => ({ text: '', actor, place, now: NOW });

describe('support use-cases', () => {
  let deps: TestDeps;
  beforeEach(async () => {
    deps = featureDeps(NOW);
    await knowPerson(deps, LRO);
  });
  afterEach(() => deps.close());

  it('records a form once, however often the same form is sent', async () => {
    const first = await submitForm(deps, action(VERBS.submit, { ...FORM, formKey: KEYS[0] }, LRO));
    const again = await submitForm(deps, action(VERBS.submit, { ...FORM, formKey: KEYS[0] }, LRO));
    assert.match(JSON.stringify(first), /RDT-2026-0001 recorded/);
    assert.match(JSON.stringify(again), /already sent as RDT-2026-0001/);
    assert.equal((await deps.store.support.list({})).length, 1);
  });

  it('shows the form again with what was wrong, and records nothing', async () => {
    const result = await submitForm(deps, action(VERBS.submit, { ...FORM, force: 'Nowhere', formKey: KEYS[1] }, LRO));
    assert.match(JSON.stringify(result), /Choose your force/);
    assert.equal((await deps.store.support.list({})).length, 0);
  });

  it('keeps the details out of a confirmation shown outside a personal chat', async () => {
    const result = await submitForm(deps, action(VERBS.submit, { ...FORM, formKey: KEYS[2] }, LRO, CHANNEL));
    assert.ok(!JSON.stringify(result).includes('fictional county line'));
    assert.match(JSON.stringify(result), /in a personal chat with me/);
  });

  it('lists only the asker’s own requests', async () => {
    await submitForm(deps, action(VERBS.submit, { ...FORM, formKey: KEYS[3] }, LRO));
    await submitForm(deps, action(VERBS.submit, { ...FORM, formKey: KEYS[4] }, LRO2));
    const mine = await myRequests(deps, message(LRO));
    assert.match(mine.text, /RDT-2026-0001/);
    assert.doesNotMatch(mine.text, /RDT-2026-0002/);
  });

  it('lets a coordinator acknowledge a request, and refuses the requester', async () => {
    await submitForm(deps, action(VERBS.submit, { ...FORM, formKey: KEYS[5] }, LRO));
    const [request] = await deps.store.support.list({});
    await acknowledgeRequest(deps, action(VERBS.acknowledge, { requestId: request.id }, LRO));
    assert.equal((await deps.store.support.get(request.id))?.status, 'new');
    await acknowledgeRequest(deps, action(VERBS.acknowledge, { requestId: request.id }, COORDINATOR));
    assert.equal((await deps.store.support.get(request.id))?.status, 'acknowledged');
  });

  it('needs PUBLIC_HOSTNAME for an export link', async () => {
    const without = featureDeps(NOW, { PUBLIC_HOSTNAME: '' });
    assert.match((await exportRequests(without, message(COORDINATOR))).text, /PUBLIC_HOSTNAME/);
    await without.close();
    assert.match((await exportRequests(deps, message(COORDINATOR))).text, /https:\/\/lro\.example\.test\/files\/[A-Za-z0-9_-]{43}\.csv/);
  });

  it('opens the dialog with the message as the summary, and closes it with a confirmation', async () => {
    const dialog = await openFormDialog(deps, {
      commandId: 'requestSupport',
      actor: LRO,
      place: personal(LRO),
      now: NOW,
      messageText: 'Could the RDT help with Op Fictional?',
    });
    assert.match(JSON.stringify(dialog.card), /Could the RDT help with Op Fictional\?/);
    const done = await submitFormDialog(deps, { commandId: 'requestSupport', actor: LRO, place: personal(LRO), now: NOW, data: { ...FORM, formKey: KEYS[6] } });
    assert.ok('done' in done);
    assert.match(done.done, /RDT-2026-0001 recorded/);
  });
});
