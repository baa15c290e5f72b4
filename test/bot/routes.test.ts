import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { matchTextRoute, refusedBy, routingTable, textRoutes, verbRoutes } from '../../src/bot/routes';
import { DROPIN_VERBS } from '../../src/features/dropins/verbs';
import { INDUCTION_VERBS } from '../../src/features/induction/verbs';
import { KNOWLEDGE_VERBS } from '../../src/features/knowledge/verbs';
import { PLAN_QUALITY_VERBS, PLAN_VERBS } from '../../src/features/plans/verbs';
import { PROFILE_VERBS } from '../../src/features/profiles/verbs';
import { SITE_DELIVERY_VERBS, SITE_VERBS } from '../../src/features/sites/verbs';
import { VERBS as SUPPORT_VERBS } from '../../src/features/support/verbs';
import { CHANNEL, COORDINATOR, LRO, featureDeps, personal } from '../support/feature-deps';

describe('the routing table', () => {
  it('routes every verb a feature declares, and nothing else', () => {
    const declared = [
      KNOWLEDGE_VERBS,
      SUPPORT_VERBS,
      PLAN_VERBS,
      PLAN_QUALITY_VERBS,
      DROPIN_VERBS,
      SITE_VERBS,
      SITE_DELIVERY_VERBS,
      PROFILE_VERBS,
      INDUCTION_VERBS,
    ]
      .flatMap((verbs) => Object.values(verbs))
      .sort();
    assert.deepEqual(verbRoutes.map((r) => r.verb).sort(), declared);
  });

  it('refuses at start a verb or a name routed twice, or a table without a catch-all', () => {
    assert.throws(() => routingTable(textRoutes, [...verbRoutes, verbRoutes[0]]), /card verb "knowledge.feedback" is routed twice/);
    assert.throws(() => routingTable([...textRoutes.slice(0, 2), textRoutes[1], ...textRoutes.slice(2)]), /is in the table twice/);
    assert.throws(() => routingTable(textRoutes.slice(0, -1)), /catch-all/);
  });

  it('sends anything no command matches to the knowledge base', () => {
    assert.equal(matchTextRoute(textRoutes, 'what is the hold phase').route.name, 'knowledge.ask');
    assert.equal(matchTextRoute(textRoutes, 'my requests').route.name, 'support.mine');
  });

  it('keeps the site and plan quality commands apart from the commands beside them', () => {
    const routed: [string, string][] = [
      ['sites', 'sites.list'],
      ['add site', 'sites.add'],
      ['site Westfield', 'sites.show'],
      ['review pack Westfield', 'sites.review-pack'],
      ['profiles', 'sites.profiles'],
      ['edit plan DOR-1', 'plans.edit-structure'],
      ['plan health DOR-1', 'plans.health'],
      ['plans overview', 'plans.overview'],
      ['my plans', 'plans.mine'],
    ];
    for (const [text, name] of routed) assert.equal(matchTextRoute(textRoutes, text).route.name, name, text);
  });

  it('is the one grammar for knowledge commands, however they are phrased', () => {
    const routed: [string, string][] = [
      ['phases', 'knowledge.phases'],
      ['list the phases', 'knowledge.phases'],
      ['show all foundation blocks', 'knowledge.foundation-blocks'],
      ['fb', 'knowledge.foundation-blocks'],
      ['fb 3', 'knowledge.foundation-block'],
      ['FB-11', 'knowledge.foundation-block'],
      ['4p list', 'knowledge.4p'],
      ['jargon', 'knowledge.glossary'],
      ['hello', 'knowledge.topics'],
      ['help', 'help'],
      ['define SRO', 'knowledge.define'],
      ['what does VAWG stand for', 'knowledge.define'],
      ['what is meant by PUP', 'knowledge.define'],
      ['PUP meaning', 'knowledge.define-after'],
      ['prevent meaning in 4p', 'knowledge.define-after'],
      ['what is the hold phase', 'knowledge.ask'],
    ];
    for (const [text, name] of routed) assert.equal(matchTextRoute(textRoutes, text).route.name, name, text);
  });

  it('guards coordinator and place-bound commands declaratively, first failing guard first', async () => {
    const deps = featureDeps(new Date('2026-03-02T10:00:00Z'));
    const exportRoute = textRoutes.find((r) => r.name === 'support.export')!;
    assert.match(refusedBy(deps, exportRoute.guards, LRO, personal(LRO))!.refusal, /Only SOC Community Coordinators/);
    assert.match(refusedBy(deps, exportRoute.guards, COORDINATOR, CHANNEL)!.refusal, /personal chat/);
    assert.equal(refusedBy(deps, exportRoute.guards, COORDINATOR, personal(COORDINATOR)), undefined);
    await deps.close();
  });

  it('keeps every induction command and button to a personal chat, and the report and export to coordinators', async () => {
    const deps = featureDeps(new Date('2026-03-02T10:00:00Z'));
    const rows = [...textRoutes.filter((r) => r.name.startsWith('induction.')), ...verbRoutes.filter((r) => r.verb.startsWith('induction.'))];
    assert.equal(rows.length, 12);
    for (const row of rows) assert.match(refusedBy(deps, row.guards, COORDINATOR, CHANNEL)?.refusal ?? '', /personal chat/, JSON.stringify(row.guards));
    for (const name of ['induction.report', 'induction.export']) {
      const route = textRoutes.find((r) => r.name === name)!;
      assert.match(refusedBy(deps, route.guards, LRO, personal(LRO))!.refusal, /Only the SOC Community Coordinators/);
      assert.equal(refusedBy(deps, route.guards, COORDINATOR, personal(COORDINATOR)), undefined);
    }
    assert.equal(refusedBy(deps, textRoutes.find((r) => r.name === 'induction.start')!.guards, LRO, personal(LRO)), undefined);
    assert.equal(matchTextRoute(textRoutes, 'start induction').route.name, 'induction.start');
    await deps.close();
  });
});
