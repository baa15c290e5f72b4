import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { Store } from '../../store/types';
import { DOWNLOAD_TTL_MS, type FileServer } from '../support/downloads';
import { completionsCsv } from './report';

// The same short-lived, unguessable link as the support requests export, kept in the same store
// table. The token is hashed with an "induction:" prefix, so an induction link cannot open the
// requests export and a requests link cannot open this one.

const PREFIX = '/files/induction/';
const TOKEN_FILE = /^([A-Za-z0-9_-]{43})\.csv$/;
const hashOf = (token: string) => createHash('sha256').update(`induction:${token}`).digest('hex');

/** A new link for a coordinator; the caller has checked the role. */
export async function createInductionDownload(store: Store, publicHostname: string, coordinator: string, now: Date): Promise<{ url: string; expiresAt: Date; minutes: number }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + DOWNLOAD_TTL_MS);
  await store.support.purgeDownloads(now.toISOString());
  await store.support.addDownload({ tokenHash: hashOf(token), createdBy: coordinator, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
  return { url: `https://${publicHostname}${PREFIX}${token}.csv`, expiresAt, minutes: DOWNLOAD_TTL_MS / 60_000 };
}

export interface InductionFilesDeps {
  store: Store;
  config: Pick<Config, 'coordinatorAadIds'>;
  log: Logger;
  now: () => Date;
}

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** GET /files/induction/<token>.csv: completions by person, while the link is fresh and its creator a coordinator. */
export function registerInductionFiles(server: FileServer, { store, config, log, now }: InductionFilesDeps): void {
  const filesLog = log.child({ component: 'induction-files' });
  server.get(`${PREFIX}:name`, async (req, res) => {
    const refuse = (status: number, message: string) => {
      res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(message);
    };
    try {
      const token = TOKEN_FILE.exec(req.params?.name ?? '')?.[1];
      const download = token ? await store.support.getDownload(hashOf(token)) : undefined;
      const at = now();
      if (!download || download.expiresAt <= at.toISOString() || !config.coordinatorAadIds.includes(download.createdBy)) {
        return refuse(404, 'This download link has expired or is not valid. Type "induction export" to LRO Assist for a new one.');
      }
      const records = await store.induction.list();
      filesLog.info({ rows: records.length }, 'induction completions exported');
      res.writeHead(200, {
        ...HEADERS,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="lro-induction-${at.toISOString().slice(0, 10)}.csv"`,
      });
      res.end(completionsCsv(records));
    } catch (err) {
      filesLog.error({ err }, 'induction export failed');
      refuse(500, 'The export could not be built just now. Try again shortly.');
    }
  });
}
