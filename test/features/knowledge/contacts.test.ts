import assert from 'node:assert/strict';
import { contactsForRoles, defaultContactsPath, parseContacts, readContactsFile } from '../../../src/features/knowledge/contacts';

describe('knowledge contacts file', () => {
  it('the committed default has a titled placeholder for every role and no personal details', () => {
    const { contacts } = readContactsFile(defaultContactsPath);
    assert.deepEqual(contacts.map((c) => c.role).sort(), ['gain-coordinator', 'rdt', 'soc-cc']);
    for (const c of contacts) {
      assert.ok(c.title);
      assert.equal(c.name, null);
      assert.equal(c.phone, null);
      assert.equal(c.email, null);
    }
  });

  it('accepts a contact with only a role and title, filling the rest with null', () => {
    const parsed = parseContacts({ contacts: [{ role: 'rdt', title: 'Regional Disruption Team' }] });
    assert.deepEqual(parsed.contacts[0], { role: 'rdt', title: 'Regional Disruption Team', name: null, phone: null, email: null, note: null });
  });

  it('rejects an unknown role with a message naming the field', () => {
    assert.throws(() => parseContacts({ contacts: [{ role: 'chief', title: 'Chief' }] }), /Invalid contacts file: contacts\.0\.role/);
  });

  it('rejects a malformed e-mail address and a missing contacts list', () => {
    assert.throws(() => parseContacts({ contacts: [{ role: 'rdt', title: 'RDT', email: 'not-an-address' }] }), /contacts\.0\.email/);
    assert.throws(() => parseContacts({}), /Invalid contacts file: contacts/);
    assert.throws(() => parseContacts('nonsense'), /Invalid contacts file/);
  });

  it('reports a file that cannot be read', () => {
    assert.throws(() => readContactsFile('/nonexistent/contacts.json'), /Could not read contacts file/);
  });

  it('selects contacts by role in file order', () => {
    const contacts = parseContacts({
      contacts: [
        { role: 'soc-cc', title: 'Coordinator A' },
        { role: 'rdt', title: 'RDT' },
        { role: 'soc-cc', title: 'Coordinator B' },
      ],
    });
    assert.deepEqual(
      contactsForRoles(contacts, ['soc-cc']).map((c) => c.title),
      ['Coordinator A', 'Coordinator B'],
    );
    assert.deepEqual(contactsForRoles(contacts, undefined), []);
  });
});
