import type { Config } from '../../config';
import type { Store } from '../../store/types';
import type { KnowledgeEntry } from '../knowledge/entry';
import { canManageSite, reviewPackData } from './delivery-use-cases';
import { hashOf } from './pack-links';
import { reviewPackDocx } from './review-pack';

// The review pack is served like the support CSV export: an unguessable link that expires, only
// the token's hash stored, and the document built when fetched, so it always holds current figures
// and only while its creator may still see the site.

const TOKEN_FILE = /^([A-Za-z0-9_-]{43})\.docx$/;

/** The pack behind a link's file name, or undefined when the link is unknown, expired or its creator may no longer see the site. */
export async function packForToken(
  deps: { store: Store; config: Pick<Config, 'coordinatorAadIds'>; entries: readonly KnowledgeEntry[] },
  fileName: string,
  now: Date,
): Promise<{ docx: Buffer; fileName: string } | undefined> {
  const { store, config } = deps;
  const token = TOKEN_FILE.exec(fileName)?.[1];
  const link = token ? await store.quality.packLinks.get(hashOf(token)) : undefined;
  const site = link ? await store.sites.get(link.siteId) : undefined;
  if (!link || !site || link.expiresAt <= now.toISOString() || !canManageSite(config, await store.quality.sites.get(site.id), link.createdBy)) return undefined;
  const docx = await reviewPackDocx(await reviewPackData(deps, site, link.tenantId, now));
  return { docx, fileName: `chb-review-${site.id.replace(/[^a-z0-9]+/g, '-')}-${now.toISOString().slice(0, 10)}.docx` };
}
