import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import type { Store } from '../../store/types';
import { requestsCsv } from './csv';
import { personOf, type Requester } from './requests';

// A Teams bot can only send a file itself in a personal chat, through a FileConsentCard, which needs
// "supportsFiles" in the manifest (ours has it off), or by uploading to OneDrive/SharePoint through
// Graph. Instead the CSV is served by this service at an unguessable link that expires, which works
// in every client and scope. Only the token's hash is stored, and the file is built when fetched, so
// the link always gives current data and only while its creator is still a coordinator.

export const DOWNLOAD_TTL_MS = 15 * 60_000;
/** Where the HTTP layer serves export files (see src/http/support-files.ts). */
export const FILES_PREFIX = '/files/';
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

/** The CSV behind a download token, while the link is valid and its creator still a coordinator. */
export async function exportForToken(
  store: Store,
  config: Pick<Config, 'coordinatorAadIds'>,
  fileName: string,
  now: Date,
): Promise<{ csv: string; rows: number; fileName: string } | undefined> {
  const token = TOKEN_FILE.exec(fileName)?.[1];
  const download = token ? await store.support.getDownload(hashOf(token)) : undefined;
  if (!download || download.expiresAt <= now.toISOString() || !config.coordinatorAadIds.includes(download.createdBy)) return undefined;
  const requests = await store.support.list({});
  return { csv: requestsCsv(requests), rows: requests.length, fileName: `rdt-requests-${now.toISOString().slice(0, 10)}.csv` };
}
