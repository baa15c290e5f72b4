import { randomUUID } from 'node:crypto';
import { renderCard, type AdaptiveCard } from '../../cards';
import type { SupportDetails, SupportType, SupportUrgency } from '../../store/support-types';
import { fieldsWithIntelligence, INTELLIGENCE_FIELD_ERROR } from '../safety/intelligence-guard';
import { LIMITS, SUPPORT_TYPES, URGENCIES, VERBS } from './catalogue';

export const FORM_FIELDS = ['force', 'operation', 'supportType', 'urgency', 'summary', 'contact'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Record<FormField, string>;
export type FormErrors = Partial<Record<FormField | 'form', string>>;

/** Where the form is shown: a chat card answers Action.Execute; a dialog only supports Action.Submit. */
export type FormMode = 'chat' | 'dialog';

/** Data for cards/support-form.json. */
export interface FormCardData {
  mode: FormMode;
  submitVerb: string;
  formKey: string;
  values: FormValues;
  /** One message per field, '' when the field is fine. */
  errors: Record<FormField | 'form', string>;
  forces: { title: string; value: string }[];
  supportTypes: { title: string; value: string }[];
  urgencies: { title: string; value: string }[];
  urgencyMeanings: { title: string; value: string }[];
  summaryMax: number;
  operationMax: number;
  contactMax: number;
}

const EMPTY_VALUES: FormValues = { force: '', operation: '', supportType: '', urgency: '', summary: '', contact: '' };
// Long enough to be unguessable, short enough to sit in card data.
const FORM_KEY = /^[A-Za-z0-9-]{16,64}$/;

/** The request form, with any values and errors from a previous submit. A fresh form gets a new idempotency key. */
export function formCard(
  forces: string[],
  mode: FormMode,
  options: { values?: Partial<FormValues>; errors?: FormErrors; formKey?: string } = {},
): AdaptiveCard {
  const errors = Object.fromEntries([...FORM_FIELDS, 'form'].map((f) => [f, options.errors?.[f as FormField] ?? ''])) as FormCardData['errors'];
  const data: FormCardData = {
    mode,
    submitVerb: VERBS.submit,
    formKey: options.formKey && FORM_KEY.test(options.formKey) ? options.formKey : randomUUID(),
    values: { ...EMPTY_VALUES, ...options.values },
    errors,
    forces: forces.map((f) => ({ title: f, value: f })),
    supportTypes: SUPPORT_TYPES.map((t) => ({ title: t.label, value: t.value })),
    urgencies: URGENCIES.map((u) => ({ title: u.label, value: u.value })),
    urgencyMeanings: URGENCIES.map((u) => ({ title: u.label, value: u.meaning })),
    summaryMax: LIMITS.summary,
    operationMax: LIMITS.operation,
    contactMax: LIMITS.contact,
  };
  return renderCard('support-form', data);
}

export type FormResult = { ok: true; details: SupportDetails; formKey: string } | { ok: false; values: FormValues; errors: FormErrors; formKey?: string };

/** The fields people type freely; the intelligence guard reads each one. */
const FREE_TEXT_FIELDS = ['operation', 'summary', 'contact'] as const;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function tooLong(value: string, max: number): string | undefined {
  return value.length > max ? `Please keep this to ${max.toLocaleString('en-GB')} characters (it has ${value.length.toLocaleString('en-GB')}).` : undefined;
}

/** Checks a submitted form on the server. Errors come back per field, with what was typed kept. */
export function validateForm(data: Record<string, unknown>, forces: string[]): FormResult {
  const values = Object.fromEntries(FORM_FIELDS.map((f) => [f, text(data[f])])) as FormValues;
  const errors: FormErrors = {};
  if (!forces.includes(values.force)) errors.force = 'Choose your force.';
  if (!values.operation) errors.operation = 'Give the operation or OCG reference (or "none").';
  else errors.operation = tooLong(values.operation, LIMITS.operation);
  if (!SUPPORT_TYPES.some((t) => t.value === values.supportType)) errors.supportType = 'Choose the type of support you need.';
  if (!URGENCIES.some((u) => u.value === values.urgency)) errors.urgency = 'Choose how urgent this is.';
  if (!values.summary) errors.summary = 'Describe what you need: this is required.';
  else errors.summary = tooLong(values.summary, LIMITS.summary);
  errors.contact = tooLong(values.contact, LIMITS.contact);
  // Intelligence is taken out of what is shown again, so it is never repeated back.
  for (const field of fieldsWithIntelligence(values, FREE_TEXT_FIELDS)) {
    errors[field] = INTELLIGENCE_FIELD_ERROR;
    values[field] = '';
  }
  const formKey = text(data.formKey);
  if (!FORM_KEY.test(formKey)) errors.form = 'This form is out of date. Check the details below and submit again.';
  for (const key of Object.keys(errors) as (keyof FormErrors)[]) if (!errors[key]) delete errors[key];
  if (Object.keys(errors).length > 0) return { ok: false, values, errors, ...(FORM_KEY.test(formKey) ? { formKey } : {}) };
  return {
    ok: true,
    formKey,
    details: {
      force: values.force,
      operation: values.operation,
      supportType: values.supportType as SupportType,
      urgency: values.urgency as SupportUrgency,
      summary: values.summary,
      ...(values.contact ? { contact: values.contact } : {}),
    },
  };
}

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", amp: '&' };

/** The dialog's values when it starts from a Teams message: the message as the summary, unless it carries intelligence. */
export function prefillFromMessage(html: string | undefined): { values?: Partial<FormValues>; errors?: FormErrors } {
  if (!html) return {};
  const summary = messageToSummary(html);
  return fieldsWithIntelligence({ summary }, ['summary']).length ? { errors: { summary: INTELLIGENCE_FIELD_ERROR } } : { values: { summary } };
}

/** A Teams message body (HTML) as plain text, to pre-fill the summary; cut to the summary's limit. */
export function messageToSummary(html: string): string {
  const plain = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|lt|gt|quot|#39|apos|amp);/g, (_m, name: string) => ENTITIES[name])
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return plain.slice(0, LIMITS.summary);
}
