import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContactRole } from './entry';

const contactRoles = ['soc-cc', 'gain-coordinator', 'rdt'] as const satisfies readonly ContactRole[];

const optionalText = z
  .string()
  .trim()
  .min(1)
  .nullable()
  .optional()
  .transform((v) => v ?? null);

const contactSchema = z.object({
  role: z.enum(contactRoles),
  /** Role title, always shown, e.g. "SOC Community Coordinator". */
  title: z.string().trim().min(1),
  name: optionalText,
  phone: optionalText,
  email: z
    .email()
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  note: optionalText,
});

const contactsSchema = z.object({ contacts: z.array(contactSchema) });

/** One person or mailbox to contact for a role. Personal details are deployment data, never committed. */
export type Contact = z.infer<typeof contactSchema>;
export type Contacts = z.infer<typeof contactsSchema>;

/** The committed default file: role titles only, every personal field null. */
export const defaultContactsPath = join(__dirname, 'contacts.default.json');

/** Validates a parsed contacts file; throws an Error naming each bad field. */
export function parseContacts(json: unknown): Contacts {
  const result = contactsSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  throw new Error(`Invalid contacts file: ${problems.join('; ')}`);
}

/** Reads and validates a contacts JSON file. */
export function readContactsFile(path: string): Contacts {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`Could not read contacts file ${path}: ${(err as Error).message}`, { cause: err });
  }
  return parseContacts(json);
}

/** The contacts for the given roles, in file order. */
export function contactsForRoles(contacts: Contacts, roles: readonly ContactRole[] | undefined): Contact[] {
  if (!roles || roles.length === 0) return [];
  return contacts.contacts.filter((c) => roles.includes(c.role));
}
