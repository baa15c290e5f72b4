import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../../store/types';

export const PACK_TTL_MS = 15 * 60_000;
export const PACKS_PREFIX = '/packs/';

export const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new link to a site's pack; the caller has checked that `by` may have it. */
export async function createPackLink(
  store: Store,
  publicHostname: string,
  siteId: string,
  tenantId: string,
  by: string,
  now: Date,
): Promise<{ url: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + PACK_TTL_MS);
  await store.quality.packLinks.purge(now.toISOString());
  await store.quality.packLinks.add({
    tokenHash: hashOf(token),
    siteId,
    tenantId,
    createdBy: by,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { url: `https://${publicHostname}${PACKS_PREFIX}${token}.docx`, expiresAt };
}
