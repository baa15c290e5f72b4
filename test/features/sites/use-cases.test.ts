import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { isAppError } from '../../../src/errors';
import { addSiteForm, listSites, registerSiteFromForm } from '../../../src/features/sites/use-cases';
import { SITE_VERBS } from '../../../src/features/sites/verbs';
import type { Actor } from '../../../src/use-case-types';
import { COORDINATOR, LRO, featureDeps, personal, type TestDeps } from '../../support/feature-deps';

const NOW = new Date('2026-03-02T10:00:00Z');
const action = (data: Record<string, unknown>, actor: Actor) => ({ verb: SITE_VERBS.add, data, actor, place: personal(actor), now: NOW, refresh: false });

describe('site use-cases', () => {
  let deps: TestDeps;
  beforeEach(() => {
    deps = featureDeps(NOW);
  });
  afterEach(() => deps.close());

  it('lets only coordinators register a site', async () => {
    await assert.rejects(addSiteForm(deps, { text: '', actor: LRO, place: personal(LRO), now: NOW }), (err) => isAppError(err, 'auth.forbidden'));
    await assert.rejects(registerSiteFromForm(deps, action({ name: 'Example Ward', force: 'Dorset', launchDate: '2026-02-01' }, LRO)), (err) =>
      isAppError(err, 'auth.forbidden'),
    );
    assert.deepEqual(await deps.store.sites.list(), []);
  });

  it('adds a site with its formal review six months on, and updates it when registered again', async () => {
    const added = await registerSiteFromForm(deps, action({ name: 'Example Ward', force: 'Dorset', launchDate: '2026-02-01' }, COORDINATOR));
    assert.match(JSON.stringify(added), /Added Example Ward: formal review due/);
    const updated = await registerSiteFromForm(deps, action({ name: 'example ward', force: 'Dorset', launchDate: '2026-02-08' }, COORDINATOR));
    assert.match(JSON.stringify(updated), /Updated/);
    assert.equal((await deps.store.sites.list()).length, 1);
    assert.match((await listSites(deps, { text: '', actor: LRO, place: personal(LRO), now: NOW })).text, /example ward/i);
  });

  it('shows the form again, keeping what was typed, when a field is wrong', async () => {
    const result = await registerSiteFromForm(deps, action({ name: 'Fictional Estate', force: 'Nowhere', launchDate: '2026-02-01' }, COORDINATOR));
    assert.match(JSON.stringify(result), /Fictional Estate/);
    assert.deepEqual(await deps.store.sites.list(), []);
  });

  it('shows the form again without a site name that carries intelligence, keeping the other fields', async () => {
    const result = await registerSiteFromForm(deps, action({ name: '14 Acacia Avenue', force: 'Dorset', launchDate: '2026-02-01' }, COORDINATOR));
    const shown = JSON.stringify(result);
    assert.doesNotMatch(shown, /Acacia/);
    assert.match(shown, /force systems/);
    assert.match(shown, /2026-02-01/);
    assert.deepEqual(await deps.store.sites.list(), []);
  });
});
