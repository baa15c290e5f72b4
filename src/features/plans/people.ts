import type { Store } from '../../store/types';

export interface Person {
  aadObjectId: string;
  name: string;
}

/**
 * People the bot can remind: everyone in the tenant with LRO Assist in a personal chat, named as
 * Teams last gave their name. Without Microsoft Graph the bot cannot search the directory, and
 * it could not reach anyone else anyway.
 */
export async function knownPeople(store: Store, tenantId: string): Promise<Person[]> {
  const people = new Map<string, Person>();
  for (const c of await store.conversations.listActive('personal')) {
    if (c.tenantId !== tenantId || !c.userAadObjectId) continue;
    const user = c.reference.user as { name?: unknown } | undefined;
    people.set(c.userAadObjectId, { aadObjectId: c.userAadObjectId, name: typeof user?.name === 'string' && user.name ? user.name : 'Unnamed colleague' });
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}
