import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../config';
import type { Store } from '../store/types';

// A Teams bot can only send a file itself in a personal chat, through a FileConsentCard, which needs
// "supportsFiles" in the manifest (ours has it off), or by uploading to OneDrive/SharePoint through
// Graph. Instead each CSV export is served by this service at an unguessable link that expires, which
// works in every client and scope. Only the token's hash is stored, and the file is built when fetched,
// so the link always gives current data and only while its creator is still a coordinator.

export const DOWNLOAD_TTL_MS = 15 * 60_000;
const TOKEN_FILE = /^([A-Za-z0-9_-]{43})\.csv$/;

/** One kind of CSV export behind a short-lived link. */
export interface CsvExport {
  /** Mixed into the token's hash, so a link for one export cannot open another. */
  kind: string;
  /** Where the HTTP layer serves it (src/http/export-files.ts), ending in "/". */
  path: string;
  /** The command that gives a new link, named when a link has expired. */
  command: string;
  fileName(day: string): string;
  build(store: Store): Promise<{ csv: string; rows: number }>;
}

const hashOf = (file: CsvExport, token: string) => createHash('sha256').update(`${file.kind}:${token}`).digest('hex');

/** A new link to `file` for a coordinator; the caller has checked the role. */
export async function createDownloadLink(
  store: Store,
  publicHostname: string,
  file: CsvExport,
  createdBy: string,
  now: Date,
): Promise<{ url: string; expiresAt: Date; minutes: number }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + DOWNLOAD_TTL_MS);
  await store.support.purgeDownloads(now.toISOString());
  await store.support.addDownload({ tokenHash: hashOf(file, token), createdBy, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
  return { url: `https://${publicHostname}${file.path}${token}.csv`, expiresAt, minutes: DOWNLOAD_TTL_MS / 60_000 };
}

/** The CSV behind a download token, while the link is valid and its creator still a coordinator. */
export async function exportForToken(
  store: Store,
  config: Pick<Config, 'coordinatorAadIds'>,
  file: CsvExport,
  name: string,
  now: Date,
): Promise<{ csv: string; rows: number; fileName: string } | undefined> {
  const token = TOKEN_FILE.exec(name)?.[1];
  const download = token ? await store.support.getDownload(hashOf(file, token)) : undefined;
  if (!download || download.expiresAt <= now.toISOString() || !config.coordinatorAadIds.includes(download.createdBy)) return undefined;
  return { ...(await file.build(store)), fileName: file.fileName(now.toISOString().slice(0, 10)) };
}
