import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { Store } from '../../store/types';
import { requestsCsv } from './csv';
import { personOf, type Requester } from './requests';

// A Teams bot can only send a file itself in a personal chat, through a FileConsentCard, which needs
// "supportsFiles" in the manifest (ours has it off), or by uploading to OneDrive/SharePoint through
// Graph. Instead the CSV is served by this service at an unguessable link that expires, which works
// in every client and scope. Only the token's hash is stored, and the file is built when fetched, so
// the link always gives current data and only while its creator is still a coordinator.

export const DOWNLOAD_TTL_MS = 15 * 60_000;
const FILES_PREFIX = '/files/';
const TOKEN_FILE = /^([A-Za-z0-9_-]{43})\.csv$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new download link for a coordinator; the caller has checked the role. */
export async function createDownloadLink(
  store: Store,
  publicHostname: string,
  actor: Requester,
  now: Date,
): Promise<{ url: string; expiresAt: Date }> {
  const by = personOf(actor);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + DOWNLOAD_TTL_MS);
  await store.support.purgeDownloads(now.toISOString());
  await store.support.addDownload({ tokenHash: hashOf(token), createdBy: by.aadObjectId, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
  return { url: `https://${publicHostname}${FILES_PREFIX}${token}.csv`, expiresAt };
}

/** The little of restify that serving a file needs, so this feature does not import the HTTP stack. */
export interface FileServer {
  get(path: string, handler: (req: { params?: Record<string, string | undefined> }, res: FileResponse) => Promise<void>): unknown;
}

export interface FileResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): unknown;
}

export interface SupportFilesDeps {
  store: Store;
  config: Pick<Config, 'coordinatorAadIds'>;
  log: Logger;
  now: () => Date;
}

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** GET /files/<token>.csv: the support requests export behind a link from "export requests". */
export function registerSupportFiles(server: FileServer, { store, config, log, now }: SupportFilesDeps): void {
  const filesLog = log.child({ component: 'support-files' });
  server.get(`${FILES_PREFIX}:name`, async (req, res) => {
    const refuse = (status: number, message: string) => {
      res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(message);
    };
    try {
      const token = TOKEN_FILE.exec(req.params?.name ?? '')?.[1];
      const download = token ? await store.support.getDownload(hashOf(token)) : undefined;
      const at = now();
      if (!download || download.expiresAt <= at.toISOString() || !config.coordinatorAadIds.includes(download.createdBy)) {
        return refuse(404, 'This download link has expired or is not valid. Type "export requests" to LRO Assist for a new one.');
      }
      const requests = await store.support.list({});
      filesLog.info({ rows: requests.length }, 'support requests exported');
      res.writeHead(200, {
        ...HEADERS,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="rdt-requests-${at.toISOString().slice(0, 10)}.csv"`,
      });
      res.end(requestsCsv(requests));
    } catch (err) {
      filesLog.error({ err }, 'support export failed');
      refuse(500, 'The export could not be built just now. Try again shortly.');
    }
  });
}
