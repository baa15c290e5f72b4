import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { Store } from '../../store/types';
import type { KnowledgeEntry } from '../knowledge/entry';
import { canManageSite, reviewPackData } from './delivery-use-cases';
import { reviewPackDocx } from './review-pack';
import { hashOf, PACKS_PREFIX } from './pack-links';

// The review pack is served like the support CSV export: an unguessable link that expires, only
// the token's hash stored, and the document built when fetched, so it always holds current figures
// and only while its creator may still see the site.

const TOKEN_FILE = /^([A-Za-z0-9_-]{43})\.docx$/;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The little of restify that serving a binary file needs. */
export interface BinaryFileServer {
  get(path: string, handler: (req: { params?: Record<string, string | undefined> }, res: BinaryResponse) => Promise<void>): unknown;
}

export interface BinaryResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string | Buffer): unknown;
}

export interface PackFilesDeps {
  store: Store;
  config: Pick<Config, 'coordinatorAadIds'>;
  entries: readonly KnowledgeEntry[];
  log: Logger;
  now: () => Date;
}

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** GET /packs/<token>.docx: a site's 6-month review pack behind a link from "review pack <site>". */
export function registerPackFiles(server: BinaryFileServer, { store, config, entries, log, now }: PackFilesDeps): void {
  const packLog = log.child({ component: 'review-packs' });
  server.get(`${PACKS_PREFIX}:name`, async (req, res) => {
    const refuse = (status: number, message: string) => {
      res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(message);
    };
    try {
      const token = TOKEN_FILE.exec(req.params?.name ?? '')?.[1];
      const link = token ? await store.quality.packLinks.get(hashOf(token)) : undefined;
      const at = now();
      const site = link ? await store.reminders.sites.get(link.siteId) : undefined;
      const allowed = link && site && link.expiresAt > at.toISOString() && canManageSite(config, await store.quality.sites.get(site.id), link.createdBy);
      if (!allowed) return refuse(404, 'This review pack link has expired or is not valid. Type "review pack <site>" to LRO Assist for a new one.');
      const file = await reviewPackDocx(await reviewPackData({ store, entries }, site, link.tenantId, at));
      packLog.info({ bytes: file.length }, 'review pack built');
      res.writeHead(200, { ...HEADERS, 'Content-Type': DOCX, 'Content-Disposition': `attachment; filename="chb-review-${site.id.replace(/[^a-z0-9]+/g, '-')}-${at.toISOString().slice(0, 10)}.docx"` });
      res.end(file);
    } catch (err) {
      packLog.error({ err }, 'review pack failed');
      refuse(500, 'The review pack could not be built just now. Try again shortly.');
    }
  });
}
