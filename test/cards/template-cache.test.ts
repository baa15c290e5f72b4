import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { cardTemplateJson, renderCard, type CardTemplates } from '../../src/cards';
import { DROPIN_VERBS } from '../../src/features/dropins/verbs';
import { INDUCTION_VERBS } from '../../src/features/induction/verbs';
import { KNOWLEDGE_VERBS } from '../../src/features/knowledge/verbs';
import { PLAN_QUALITY_VERBS, PLAN_VERBS } from '../../src/features/plans/verbs';
import { PROFILE_VERBS } from '../../src/features/profiles/verbs';
import { SITE_DELIVERY_VERBS, SITE_VERBS } from '../../src/features/sites/verbs';
import { VERBS as SUPPORT_VERBS } from '../../src/features/support/verbs';

// Representative data for every card in cards/, shaped as src/ renders it: a full sample with every
// optional part shown, and a sparse one with empty lists, empty strings and false flags.
// User text carries `${…}` to show it stays literal through the cached template too.
const USER_TEXT = 'Disruption meeting ${title} at the usual place';
const people = [
  { aadObjectId: 'aad-ada', name: 'Ada Example' },
  { aadObjectId: 'aad-ben', name: 'Ben Sample' },
];
const facts = [
  { title: 'Owner', value: 'Ada Example' },
  { title: 'Last note', value: USER_TEXT },
];
const planRows = [
  { planId: 'plan-1', reference: 'OP-ALPHA', owner: 'Ada Example', state: 'due today, Tue 3 Mar 2026', colour: 'Attention' },
  { planId: 'plan-2', reference: 'OP-BRAVO', owner: 'Ben Sample', state: 'due in 7 days, Tue 10 Mar 2026', colour: 'Warning' },
];

type CardName = keyof CardTemplates;

const samples: { [N in CardName]: CardTemplates[N][] } = {
  'dropin-form': [
    {
      verbs: DROPIN_VERBS,
      current: 'First Tuesday, 10:00–11:00',
      errors: ['Enter a start time.', 'Enter a meeting link.'],
      ordinals: [{ title: 'First', value: '1' }],
      weekdays: [{ title: 'Tuesday', value: '2' }],
      values: { ordinal: '1', weekday: '2', startTime: '10:00', endTime: '11:00', meetingUrl: 'https://teams.example/meet', from: '2026-03-03' },
    },
    {
      verbs: DROPIN_VERBS,
      current: '',
      errors: [],
      ordinals: [],
      weekdays: [],
      values: { ordinal: '', weekday: '', startTime: '', endTime: '', meetingUrl: '', from: '' },
    },
  ],
  'dropin-session': [
    {
      verbs: DROPIN_VERBS,
      occurrenceId: 'occ-1',
      title: 'LRO drop-in',
      when: 'Tuesday 3 March 2026, 10:00–11:00',
      countText: '3 attending',
      joinUrl: 'https://teams.example/meet',
      calendarUrl: 'https://bot.example/calendar/occ-1.ics',
      note: USER_TEXT,
      open: true,
      attending: true,
    },
    {
      verbs: DROPIN_VERBS,
      occurrenceId: 'occ-2',
      title: 'LRO drop-in',
      when: 'Tuesday 7 April 2026, 10:00–11:00',
      countText: 'No one yet',
      joinUrl: '',
      calendarUrl: '',
      note: '',
      open: false,
      attending: false,
    },
    {
      verbs: DROPIN_VERBS,
      occurrenceId: 'occ-3',
      title: 'LRO drop-in',
      when: 'Tuesday 5 May 2026, 10:00–11:00',
      countText: '1 attending',
      joinUrl: '',
      calendarUrl: '',
      note: '',
      open: true,
      attending: false,
    },
  ],
  help: [
    {
      title: 'LRO Assist: what I can do',
      intro: 'I help LROs.',
      footer: 'Do not send intelligence.',
      sections: [
        {
          title: 'Questions',
          commands: [
            { usage: 'fb 4', description: 'One foundation block' },
            { usage: 'define SRO', description: 'A term' },
          ],
        },
        { title: 'Plans', commands: [{ usage: 'my plans', description: 'Your plans' }] },
      ],
    },
    { title: 'LRO Assist: what I can do', intro: '', footer: '', sections: [] },
  ],
  'induction-start': [
    {
      verbs: INDUCTION_VERBS,
      title: 'LRO induction',
      intro: 'Six short modules.',
      modules: ['The LRO role', 'Clear, Hold, Build'],
      forces: ['Avon and Somerset', 'Wiltshire'],
      force: 'Wiltshire',
      error: 'Choose your force.',
    },
    { verbs: INDUCTION_VERBS, title: 'LRO induction', intro: '', modules: [], forces: [], force: '', error: '' },
  ],
  'induction-step': [
    {
      verbs: INDUCTION_VERBS,
      module: 'Clear, Hold, Build',
      position: 'Card 2 of 5',
      notice: 'Welcome back.',
      heading: 'The hold phase',
      text: 'Holding the gains.',
      source: 'CHB guide',
      questionId: 'q-hold-1',
      options: [
        { title: 'Holding the gains', value: 'a' },
        { title: USER_TEXT, value: 'b' },
      ],
      result: 'Right.',
      resultStyle: 'good',
      explanation: 'The hold phase keeps what the clear phase gained.',
      canBack: true,
      canNext: true,
      nextTitle: 'Next',
      at: { module: 1, card: 1 },
    },
    {
      verbs: INDUCTION_VERBS,
      module: 'The LRO role',
      position: 'Card 1 of 4',
      notice: '',
      heading: '',
      text: '',
      source: '',
      questionId: '',
      options: [],
      result: '',
      resultStyle: 'default',
      explanation: '',
      canBack: false,
      canNext: false,
      nextTitle: '',
      at: { module: 0, card: 0 },
    },
  ],
  'induction-summary': [
    {
      verbs: INDUCTION_VERBS,
      title: 'Induction progress',
      intro: 'Two modules done.',
      facts: [{ title: 'Checks', value: '6 of 8 right' }],
      linesTitle: 'Modules',
      lines: ['The LRO role: done', USER_TEXT],
      footer: 'Carry on any time.',
      resume: true,
      resumeTitle: 'Carry on',
      url: 'https://bot.example/downloads/abc',
    },
    { verbs: INDUCTION_VERBS, title: 'Induction', intro: '', facts: [], linesTitle: '', lines: [], footer: '', resume: false, resumeTitle: '', url: '' },
  ],
  'plan-structure-form': [
    {
      verb: PLAN_QUALITY_VERBS.saveStructure,
      planId: 'plan-1',
      reference: 'OP-ALPHA',
      errors: ['Enter a whole number.'],
      forces: ['Wiltshire'],
      values: { force: 'Wiltshire', note: USER_TEXT },
      strands: [
        {
          label: 'Pursue',
          ids: { planned: 'pursue-planned', active: 'pursue-active', completed: 'pursue-completed', partners: 'pursue-partners' },
          values: { planned: 2, active: 1, completed: 0, partners: 'police' },
        },
      ],
      partnerChoices: [{ title: 'Police', value: 'police' }],
    },
    { verb: PLAN_QUALITY_VERBS.saveStructure, planId: 'plan-2', reference: 'OP-BRAVO', errors: [], forces: [], values: {}, strands: [], partnerChoices: [] },
  ],
  'plan-health': [
    {
      title: 'OP-ALPHA: plan health',
      notice: 'Saved.',
      summary: 'Two checks need attention.',
      strands: [{ label: 'Pursue', planned: 2, active: 1, completed: 0, partners: 'police' }],
      checks: [
        { title: 'Balance', result: 'Needs attention', ok: false, findings: [USER_TEXT], source: 'CHB guide', links: [{ title: 'The 4P plan', id: 'four-p' }] },
      ],
      editVerb: PLAN_QUALITY_VERBS.editStructure,
      cardVerb: PLAN_VERBS.card,
      askVerb: KNOWLEDGE_VERBS.ask,
      planId: 'plan-1',
      reference: 'OP-ALPHA',
    },
    {
      title: 'OP-BRAVO: plan health',
      notice: '',
      summary: '',
      strands: [],
      checks: [],
      editVerb: PLAN_QUALITY_VERBS.editStructure,
      cardVerb: PLAN_VERBS.card,
      askVerb: KNOWLEDGE_VERBS.ask,
      planId: 'plan-2',
      reference: 'OP-BRAVO',
    },
  ],
  'plans-overview': [
    { title: '4P plans by force', rows: [{ force: 'Wiltshire', plans: '4', onTime: '3 of 4', balanced: '2 of 4', mix: 'Pursue 40%' }] },
    { title: '4P plans by force', rows: [] },
  ],
  'profile-list': [
    {
      title: 'SOC local profiles',
      intro: 'Refresh yearly.',
      notice: 'Saved.',
      errors: ['Enter a date.'],
      rows: [{ area: 'Swindon', force: 'Wiltshire', date: 'Mon 5 Jan 2026', age: '2 months', stale: false, owner: 'Ada Example' }],
      canEdit: true,
      verb: PROFILE_VERBS.save,
      forces: ['Wiltshire'],
      owners: [{ title: 'Ada Example', value: 'aad-ada' }],
      today: '2026-03-03',
    },
    {
      title: 'SOC local profiles',
      intro: '',
      notice: '',
      errors: [],
      rows: [],
      canEdit: false,
      verb: PROFILE_VERBS.save,
      forces: [],
      owners: [],
      today: '2026-03-03',
    },
  ],
  'profile-reminder': [
    { title: 'A profile is due a refresh', text: USER_TEXT },
    { title: '', text: '' },
  ],
  'review-pack': [
    { title: 'Review pack: Site one', facts: [{ title: 'Site', value: 'Site one' }], minutes: 15, expires: '10:15', url: 'https://bot.example/packs/abc' },
    { title: 'Review pack', facts: [], minutes: 15, expires: '', url: '' },
  ],
  'site-progress': [
    {
      title: 'Site one',
      notice: 'Saved.',
      errors: ['Enter a date.'],
      siteId: 'site-1',
      facts: [{ title: 'Force', value: 'Wiltshire' }],
      phases: [{ phase: 'Clear', began: 'Mon 5 Jan 2026' }],
      readiness: '3 of 10 blocks in place',
      blocks: [{ label: 'FB1', status: 'in place', mark: '✓', on: 'Mon 5 Jan 2026', note: USER_TEXT, source: 'CHB guide' }],
      measures: [{ label: 'Burglary', baseline: '10', latest: '8', change: '-20%' }],
      canEdit: true,
      isCoordinator: true,
      people: [{ title: 'Ada Example', value: 'aad-ada' }],
      planRefs: 'OP-ALPHA',
      verbs: SITE_DELIVERY_VERBS,
      today: '2026-03-03',
      phaseChoices: [{ title: 'Hold', value: 'hold' }],
      blockChoices: [{ title: 'FB1', value: 'fb1' }],
      statusChoices: [{ title: 'In place', value: 'in-place' }],
      measureChoices: [{ title: 'Burglary', value: 'burglary' }],
    },
    {
      title: 'Site two',
      notice: '',
      errors: [],
      siteId: 'site-2',
      facts: [],
      phases: [],
      readiness: '',
      blocks: [],
      measures: [],
      canEdit: false,
      isCoordinator: false,
      people: [],
      planRefs: '',
      verbs: SITE_DELIVERY_VERBS,
      today: '2026-03-03',
      phaseChoices: [],
      blockChoices: [],
      statusChoices: [],
      measureChoices: [],
    },
  ],
  'knowledge-answer': [
    {
      verbs: KNOWLEDGE_VERBS,
      title: 'The hold phase',
      sections: [
        { heading: '', text: 'Holding the gains.' },
        { heading: 'The build phase', text: USER_TEXT },
      ],
      detail: 'More detail.',
      sources: [{ line: 'Sources:' }, { line: 'Regional briefing (2023)' }],
      extra: USER_TEXT,
      contacts: [{ line: 'RDT duty desk: Teams' }],
      related: [{ id: 'build-phase', title: 'The build phase' }],
      feedback: { show: true, given: '', entryId: 'hold-phase' },
    },
    {
      verbs: KNOWLEDGE_VERBS,
      title: 'The clear phase',
      sections: [],
      detail: '',
      sources: [],
      extra: '',
      contacts: [],
      related: [],
      feedback: { show: false, given: 'up', entryId: 'clear-phase' },
    },
  ],
  'knowledge-list': [
    {
      title: 'Foundation blocks',
      hint: 'Ask about any of these.',
      source: 'CHB guide',
      items: [
        { name: 'FB1', summary: 'Governance' },
        { name: 'FB2', summary: USER_TEXT },
      ],
    },
    { title: 'Foundation blocks', hint: '', source: '', items: [] },
  ],
  'knowledge-unsure': [
    {
      verbs: KNOWLEDGE_VERBS,
      message: 'Did you mean one of these?',
      rdtVerb: SUPPORT_VERBS.openForm,
      suggestions: [{ id: 'hold-phase', title: 'The hold phase' }],
    },
    { verbs: KNOWLEDGE_VERBS, message: USER_TEXT, rdtVerb: SUPPORT_VERBS.openForm, suggestions: [] },
  ],
  'plan-card': [
    {
      verbs: PLAN_VERBS,
      qualityVerbs: PLAN_QUALITY_VERBS,
      planId: 'plan-1',
      headline: 'OP-ALPHA: review due today',
      colour: 'Attention',
      notice: 'Marked reviewed.',
      facts,
      actionable: true,
      active: true,
      undo: false,
      manage: false,
      people: [],
      snoozeDefault: '2026-03-10',
      snoozeMin: '2026-03-04',
      snoozeMax: '2026-06-01',
    },
    {
      verbs: PLAN_VERBS,
      qualityVerbs: PLAN_QUALITY_VERBS,
      planId: 'plan-1',
      headline: 'OP-ALPHA: review due today',
      colour: 'Attention',
      notice: '',
      facts,
      actionable: true,
      active: true,
      manage: true,
      undo: true,
      people,
      snoozeDefault: '2026-03-10',
      snoozeMin: '2026-03-04',
      snoozeMax: '2026-06-01',
    },
    {
      verbs: PLAN_VERBS,
      qualityVerbs: PLAN_QUALITY_VERBS,
      planId: 'plan-2',
      headline: 'OP-BRAVO: archived',
      colour: 'Default',
      notice: '',
      facts: [],
      actionable: true,
      active: true,
      undo: false,
      manage: true,
      people: [],
      snoozeDefault: '2026-03-10',
      snoozeMin: '2026-03-04',
      snoozeMax: '2026-06-01',
    },
    {
      verbs: PLAN_VERBS,
      qualityVerbs: PLAN_QUALITY_VERBS,
      planId: 'plan-2',
      headline: 'OP-BRAVO: archived',
      colour: 'Default',
      notice: '',
      facts: [],
      actionable: false,
      active: false,
      undo: false,
      manage: false,
      people: [],
      snoozeDefault: '2026-03-10',
      snoozeMin: '2026-03-04',
      snoozeMax: '2026-06-01',
    },
  ],
  'plan-digest': [
    { verbs: PLAN_VERBS, title: '4P plan reviews: 2 plans due or overdue', intro: 'Owners have been reminded.', rows: planRows },
    { verbs: PLAN_VERBS, title: '4P plan reviews', intro: '', rows: [] },
  ],
  'plan-form': [
    {
      verbs: PLAN_VERBS,
      errors: ['Enter the plan or OCG reference.'],
      values: { reference: USER_TEXT, owner: 'aad-ada', cadence: 'days', days: '14', lastReviewed: '2026-03-01', digestHere: 'true' },
      people,
      today: '2026-03-03',
      canDigestHere: true,
    },
    {
      verbs: PLAN_VERBS,
      errors: [],
      values: { reference: '', owner: '', cadence: '', days: '', lastReviewed: '', digestHere: 'false' },
      people: [],
      today: '2026-03-03',
      canDigestHere: false,
    },
  ],
  'plan-list': [
    { verbs: PLAN_VERBS, title: 'Your 4P plans', intro: 'Open a plan to mark it reviewed.', rows: planRows },
    { verbs: PLAN_VERBS, title: 'Your 4P plans', intro: '', rows: [] },
  ],
  'site-form': [
    {
      verbs: SITE_VERBS,
      errors: ['Enter the site name.'],
      values: { name: USER_TEXT, force: 'Avon and Somerset', launchDate: '2026-01-05' },
      forces: ['Avon and Somerset', 'Devon and Cornwall'],
    },
    { verbs: SITE_VERBS, errors: [], values: { name: '', force: '', launchDate: '' }, forces: [] },
  ],
  'site-list': [
    {
      title: 'CHB sites',
      intro: 'Formal reviews every 6 months.',
      rows: [{ name: 'Site one', force: 'Wiltshire', launched: 'Mon 5 Jan 2026', review: 'Sun 5 Jul 2026' }],
    },
    { title: 'CHB sites', intro: '', rows: [] },
  ],
  'support-export': [
    { description: 'Every support request as a CSV file.', expiry: 'The link works for 15 minutes.', url: 'https://bot.example/downloads/abc' },
  ],
  'support-form': [
    {
      mode: 'chat',
      formKey: 'form-1',
      submitVerb: SUPPORT_VERBS.submit,
      contactMax: 200,
      operationMax: 80,
      summaryMax: 2000,
      forces: [{ title: 'Gloucestershire', value: 'Gloucestershire' }],
      supportTypes: [{ title: 'Advice', value: 'advice' }],
      urgencies: [{ title: 'Routine', value: 'routine' }],
      urgencyMeanings: [{ title: 'Routine', value: 'within 10 working days' }],
      values: { operation: 'OP-ALPHA', force: 'Gloucestershire', supportType: 'advice', urgency: 'routine', summary: USER_TEXT, contact: 'Teams' },
      errors: {
        form: 'Fix the fields below.',
        operation: 'Enter the operation.',
        force: 'Choose a force.',
        supportType: 'Choose a type.',
        urgency: 'Choose urgency.',
        summary: 'Describe it.',
        contact: 'Say how to reach you.',
      },
    },
    {
      mode: 'dialog',
      formKey: 'form-2',
      submitVerb: SUPPORT_VERBS.submit,
      contactMax: 200,
      operationMax: 80,
      summaryMax: 2000,
      forces: [],
      supportTypes: [],
      urgencies: [],
      urgencyMeanings: [],
      values: { operation: '', force: '', supportType: '', urgency: '', summary: '', contact: '' },
      errors: { form: '', operation: '', force: '', supportType: '', urgency: '', summary: '', contact: '' },
    },
  ],
  'support-list': [
    {
      title: 'Open requests',
      intro: 'Newest first.',
      viewVerb: SUPPORT_VERBS.view,
      back: 'queue',
      filters: 'urgent',
      empty: '',
      more: '3 more not shown.',
      items: [{ requestId: 'req-1', heading: 'RDT-0001 · Urgent', summary: USER_TEXT, detail: 'Received Tue 3 Mar' }],
    },
    { title: 'Open requests', intro: '', viewVerb: SUPPORT_VERBS.view, back: '', filters: '', empty: 'No requests.', more: '', items: [] },
  ],
  'support-message': [
    { title: 'Request withdrawn', text: USER_TEXT, color: 'Good' },
    { title: '', text: '', color: 'Default' },
  ],
  'support-request': [
    {
      verbs: SUPPORT_VERBS,
      requestId: 'req-1',
      back: 'queue',
      queueFilters: 'new',
      reference: 'RDT-0001',
      subtitle: 'From Ada Example',
      summary: USER_TEXT,
      statusLabel: 'New',
      statusColor: 'Accent',
      banner: 'Awaiting triage',
      bannerColor: 'Warning',
      notice: 'Note added.',
      notesTitle: 'Notes',
      coordinator: true,
      canAcknowledge: true,
      canAssignToMe: true,
      canAssign: true,
      canSetStatus: true,
      canWithdraw: true,
      facts: [{ title: 'Force', value: 'Wiltshire' }],
      notes: [{ title: 'Ben Sample, 3 Mar', value: USER_TEXT }],
      trail: [{ title: '3 Mar 10:00', value: 'Created' }],
      assignChoices: [{ title: 'Ben Sample', value: 'aad-ben' }],
      statusChoices: [{ title: 'In progress', value: 'in-progress' }],
    },
    {
      verbs: SUPPORT_VERBS,
      requestId: 'req-2',
      back: '',
      queueFilters: '',
      reference: 'RDT-0002',
      subtitle: '',
      summary: '',
      statusLabel: 'Closed',
      statusColor: 'Good',
      banner: '',
      bannerColor: 'Default',
      notice: '',
      notesTitle: '',
      coordinator: false,
      canAcknowledge: false,
      canAssignToMe: false,
      canAssign: false,
      canSetStatus: false,
      canWithdraw: false,
      facts: [],
      notes: [],
      trail: [],
      assignChoices: [],
      statusChoices: [],
    },
  ],
  welcome: [
    {
      greeting: "Hello, I'm LRO Assist",
      intro: 'I answer questions about CHB.',
      highlights: ['Ask about CHB phases', 'Type "help"'],
      privacy: 'Do not send me intelligence.',
      offerInduction: true,
    },
    { greeting: '', intro: '', highlights: [], privacy: '', offerInduction: false },
  ],
};

/** How every card was expanded before templates were cached: a new Template, parsed on every render. */
function renderUncached(name: string, data: object): unknown {
  return new ACData.Template(cardTemplateJson(name)).expand({ $root: data });
}

function assertSameRender<N extends CardName>(name: N, data: CardTemplates[N], round: number): void {
  const cached = renderCard(name, data);
  assert.equal(JSON.stringify(cached), JSON.stringify(renderUncached(name, data)), `${name} (round ${round + 1})`);
}

describe('card templates (parsed once, expanded many times)', () => {
  const cardNames = readdirSync(join(__dirname, '..', '..', 'cards'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));

  it('has representative data for every card in cards/', () => {
    assert.deepEqual(cardNames.filter((n) => !(n in samples)).sort(), []);
  });

  it('gives the same JSON as parsing the template for each render, for every card and sample', () => {
    // Interleave the cards and go round twice, so a parsed template is reused after other data and other cards.
    for (let round = 0; round < 2; round++) {
      for (const name of cardNames as CardName[]) {
        for (const data of samples[name] ?? []) assertSameRender(name, data, round);
      }
    }
  });

  it('gives a repeat render the same card, frozen, and new data a new card', () => {
    const data = { title: 'T', text: 'First text', color: 'Good' };
    const first = renderCard('support-message', data);
    assert.equal(renderCard('support-message', { ...data }), first);
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first.body));
    assert.throws(() => (first.body as unknown[]).push({}), TypeError);
    const other = renderCard('support-message', { ...data, text: 'Second text' });
    assert.notEqual(other, first);
    assert.ok(JSON.stringify(other).includes('Second text') && !JSON.stringify(other).includes('First text'));
  });

  it('keeps `${…}` in data literal on the cached path', () => {
    const card = renderCard('support-message', { title: 'T', text: USER_TEXT, color: 'Good' });
    assert.ok(JSON.stringify(card).includes(JSON.stringify(USER_TEXT).slice(1, -1)));
  });
});
