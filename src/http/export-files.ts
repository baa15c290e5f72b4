import type restify from 'restify';
import type { Config } from '../config';
import { exportForToken, type CsvExport } from '../features/downloads';
import { INDUCTION_EXPORT } from '../features/induction/downloads';
import { REQUESTS_EXPORT } from '../features/support/downloads';
import type { Logger } from '../log';
import type { Store } from '../store/types';
import { registerTokenFile } from './token-files';

export interface ExportFilesDeps {
  store: Store;
  config: Pick<Config, 'coordinatorAadIds'>;
  log: Logger;
  now: () => Date;
}

/** Every CSV export, each at its own path. */
export const EXPORTS: CsvExport[] = [REQUESTS_EXPORT, INDUCTION_EXPORT];

/** GET <path><token>.csv for each export: the file behind a link a coordinator was given in chat. */
export function registerExportFiles(server: restify.Server, { store, config, log, now }: ExportFilesDeps, files: CsvExport[] = EXPORTS): void {
  for (const file of files) {
    registerTokenFile(server, log.child({ export: file.kind }), now, {
      prefix: file.path,
      component: 'export-files',
      async find(name, at) {
        const found = await exportForToken(store, config, file, name, at);
        return found && { body: found.csv, contentType: 'text/csv; charset=utf-8', fileName: found.fileName, logged: { rows: found.rows } };
      },
      messages: {
        expired: `This download link has expired or is not valid. Type "${file.command}" to LRO Assist for a new one.`,
        failed: 'The export could not be built just now. Try again shortly.',
      },
      logs: { served: 'export downloaded', failed: 'export failed' },
    });
  }
}
