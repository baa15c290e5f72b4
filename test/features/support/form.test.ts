import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { formCard, messageToSummary, prefillFromMessage, validateForm } from '../../../src/features/support/form';
import { inputsOf } from '../../support/cards';

const FORCES = ['Avon and Somerset', 'Devon and Cornwall', 'Dorset', 'Gloucestershire', 'Wiltshire'];
const KEY = '0b6f6c3e-4d1a-4c55-9a43-7d1b0e8f2a10';
const GOOD = {
  force: 'Dorset',
  operation: 'Op Fictional',
  supportType: 'chb-advice',
  urgency: 'priority',
  summary: 'Help planning the Hold phase.',
  contact: '',
  formKey: KEY,
};

describe('support: the request form', () => {
  it('offers the configured forces, the support types and the urgencies with their meanings', () => {
    const card = formCard(['Dorset', 'Wiltshire'], 'chat') as any;
    const fields = inputsOf(card);
    assert.deepEqual(
      fields.force.choices.map((c: any) => c.value),
      ['Dorset', 'Wiltshire'],
    );
    assert.equal(fields.supportType.choices.length, 6);
    assert.deepEqual(
      fields.urgency.choices.map((c: any) => c.value),
      ['routine', 'priority', 'urgent'],
    );
    assert.match(JSON.stringify(card), /Urgent.*operational opportunity or risk today/);
    assert.equal(fields.summary.maxLength, 2000);
    assert.equal(card.version, '1.5');
  });

  it('submits from chat with Action.Execute and from a dialog with Action.Submit, carrying an idempotency key', () => {
    const chat = formCard(FORCES, 'chat') as any;
    const dialog = formCard(FORCES, 'dialog') as any;
    assert.deepEqual(
      chat.actions.map((a: any) => [a.type, a.verb]),
      [['Action.Execute', 'support.submit']],
    );
    assert.deepEqual(
      dialog.actions.map((a: any) => a.type),
      ['Action.Submit'],
    );
    assert.match(chat.actions[0].data.formKey, /^[0-9a-f-]{36}$/);
    assert.notEqual(chat.actions[0].data.formKey, dialog.actions[0].data.formKey, 'each fresh form gets its own key');
  });

  it('accepts a complete form, trimming what was typed and dropping an empty contact', () => {
    const result = validateForm({ ...GOOD, summary: '  Help planning the Hold phase.  ' }, FORCES);
    assert.deepEqual(result, {
      ok: true,
      formKey: KEY,
      details: { force: 'Dorset', operation: 'Op Fictional', supportType: 'chb-advice', urgency: 'priority', summary: 'Help planning the Hold phase.' },
    });
  });

  it('names each missing or unknown field, and keeps what was typed', () => {
    const result = validateForm({ ...GOOD, force: 'Kent', summary: '   ', urgency: 'whenever', supportType: undefined }, FORCES);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(Object.keys(result.errors).sort(), ['force', 'summary', 'supportType', 'urgency']);
    assert.equal(result.values.operation, 'Op Fictional');
    assert.equal(result.values.force, 'Kent');
    assert.equal(result.formKey, KEY);
  });

  it('refuses a summary over 2,000 characters and says how long it is', () => {
    const result = validateForm({ ...GOOD, summary: 'x'.repeat(2001) }, FORCES);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.match(result.errors.summary!, /2,000 characters \(it has 2,001\)/);
    assert.equal(validateForm({ ...GOOD, summary: 'x'.repeat(2000) }, FORCES).ok, true);
  });

  it('refuses an over-long reference or contact', () => {
    const result = validateForm({ ...GOOD, operation: 'o'.repeat(101), contact: 'c'.repeat(201) }, FORCES);
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(Object.keys(result.errors).sort(), ['contact', 'operation']);
  });

  it('refuses intelligence in the operation, summary or contact, removing it and saying what to do instead', () => {
    const result = validateForm(
      { ...GOOD, operation: 'Op Fictional', summary: 'run PNC checks on the male, DOB 12/04/1988', contact: 'someone@example.com' },
      FORCES,
    );
    assert.ok(!result.ok);
    assert.deepEqual(Object.keys(result.errors).sort(), ['contact', 'summary']);
    assert.match(result.errors.summary!, /force systems/);
    assert.equal(result.values.summary, '');
    assert.equal(result.values.contact, '');
    assert.equal(result.values.operation, 'Op Fictional');
  });

  it('pre-fills the dialog from a message only when the message carries no intelligence', () => {
    assert.deepEqual(prefillFromMessage('<p>Could the RDT look at Op Fictional?</p>'), { values: { summary: 'Could the RDT look at Op Fictional?' } });
    const refused = prefillFromMessage('<p>His number is 07700 900123</p>');
    assert.equal(refused.values, undefined);
    assert.match(refused.errors!.summary!, /force systems/);
  });

  it('refuses a form without a valid idempotency key', () => {
    const result = validateForm({ ...GOOD, formKey: 'x' }, FORCES);
    assert.equal(result.ok, false);
    if (!result.ok) assert.ok(result.errors.form);
  });

  it('shows the errors next to their fields and the values typed, as data rather than template', () => {
    const card = formCard(FORCES, 'chat', {
      values: { summary: '${$root.formKey} stays literal', force: 'Dorset' },
      errors: { urgency: 'Choose how urgent this is.' },
      formKey: KEY,
    }) as any;
    const fields = inputsOf(card);
    assert.equal(fields.summary.value, '${$root.formKey} stays literal');
    assert.equal(fields.force.value, 'Dorset');
    const urgencyAt = card.body.findIndex((b: any) => b.id === 'urgency');
    assert.equal(card.body[urgencyAt + 1].text, 'Choose how urgent this is.');
    assert.equal(card.body[urgencyAt + 1].color, 'Attention');
    assert.equal(card.actions[0].data.formKey, KEY, 'a resubmitted form keeps its key');
    assert.equal(JSON.stringify(card).match(/"color":"Attention"/g)?.length, 1, 'only the field in error is flagged');
  });

  it('turns a Teams message into a plain-text summary', () => {
    assert.equal(
      messageToSummary('<p>Need help with <b>Op Fictional</b> &amp; partners</p><p>Thanks&nbsp;all</p>'),
      'Need help with Op Fictional & partners\nThanks all',
    );
    assert.equal(messageToSummary(`<div>${'y'.repeat(2500)}</div>`).length, 2000);
  });
});
