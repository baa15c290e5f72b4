import type restify from 'restify';
import type { Config } from '../config';
import { exportForToken, type CsvExport } from '../features/downloads';
import { INDUCTION_EXPORT } from '../features/induction/downloads';
import { REQUESTS_EXPORT } from '../features/support/downloads';
import type { Logger } from '../log';
import type { Store } from '../store/types';

export interface ExportFilesDeps {
  store: Store;
  config: Pick<Config, 'coordinatorAadIds'>;
  log: Logger;
  now: () => Date;
}

/** Every CSV export, each at its own path. */
export const EXPORTS: CsvExport[] = [REQUESTS_EXPORT, INDUCTION_EXPORT];

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** GET <path><token>.csv for each export: the file behind a link a coordinator was given in chat. */
export function registerExportFiles(server: restify.Server, { store, config, log, now }: ExportFilesDeps, exports: CsvExport[] = EXPORTS): void {
  const filesLog = log.child({ component: 'export-files' });
  for (const file of exports) {
    server.get(`${file.path}:name`, async (req: restify.Request, res: restify.Response) => {
      const refuse = (status: number, message: string) => {
        res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(message);
      };
      try {
        const found = await exportForToken(store, config, file, String(req.params?.name ?? ''), now());
        if (!found) return refuse(404, `This download link has expired or is not valid. Type "${file.command}" to LRO Assist for a new one.`);
        filesLog.info({ export: file.kind, rows: found.rows }, 'export downloaded');
        res.writeHead(200, { ...HEADERS, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${found.fileName}"` });
        res.end(found.csv);
      } catch (err) {
        filesLog.error({ err, export: file.kind }, 'export failed');
        refuse(500, 'The export could not be built just now. Try again shortly.');
      }
    });
  }
}
