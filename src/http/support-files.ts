import type restify from 'restify';
import type { Config } from '../config';
import { exportForToken, FILES_PREFIX } from '../features/support/downloads';
import type { Logger } from '../log';
import type { Store } from '../store/types';
import { registerTokenFile } from './token-files';

export interface SupportFilesDeps {
  store: Store;
  config: Pick<Config, 'coordinatorAadIds'>;
  log: Logger;
  now: () => Date;
}

/** GET /files/<token>.csv: the support requests export behind a link from "export requests". */
export function registerSupportFiles(server: restify.Server, { store, config, log, now }: SupportFilesDeps): void {
  registerTokenFile(server, log, now, {
    prefix: FILES_PREFIX,
    component: 'support-files',
    async find(name, at) {
      const file = await exportForToken(store, config, name, at);
      return file && { body: file.csv, contentType: 'text/csv; charset=utf-8', fileName: file.fileName, logged: { rows: file.rows } };
    },
    messages: {
      expired: 'This download link has expired or is not valid. Type "export requests" to LRO Assist for a new one.',
      failed: 'The export could not be built just now. Try again shortly.',
    },
    logs: { served: 'support requests exported', failed: 'support export failed' },
  });
}
