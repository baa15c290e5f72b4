import type restify from 'restify';
import type { Config } from '../config';
import { exportForToken, FILES_PREFIX } from '../features/support/downloads';
import type { Logger } from '../log';
import type { Store } from '../store/types';

export interface SupportFilesDeps {
  store: Store;
  config: Pick<Config, 'coordinatorAadIds'>;
  log: Logger;
  now: () => Date;
}

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** GET /files/<token>.csv: the support requests export behind a link from "export requests". */
export function registerSupportFiles(server: restify.Server, { store, config, log, now }: SupportFilesDeps): void {
  const filesLog = log.child({ component: 'support-files' });
  server.get(`${FILES_PREFIX}:name`, async (req: restify.Request, res: restify.Response) => {
    const refuse = (status: number, message: string) => {
      res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(message);
    };
    try {
      const file = await exportForToken(store, config, String(req.params?.name ?? ''), now());
      if (!file) return refuse(404, 'This download link has expired or is not valid. Type "export requests" to LRO Assist for a new one.');
      filesLog.info({ rows: file.rows }, 'support requests exported');
      res.writeHead(200, { ...HEADERS, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${file.fileName}"` });
      res.end(file.csv);
    } catch (err) {
      filesLog.error({ err }, 'support export failed');
      refuse(500, 'The export could not be built just now. Try again shortly.');
    }
  });
}
