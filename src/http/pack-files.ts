import type restify from 'restify';
import type { Config } from '../config';
import type { KnowledgeEntry } from '../features/knowledge/entry';
import { PACKS_PREFIX } from '../features/sites/pack-links';
import type { Logger } from '../log';
import type { Store } from '../store/types';
import { registerTokenFile } from './token-files';

export interface PackFilesDeps {
  store: Store;
  config: Pick<Config, 'coordinatorAadIds'>;
  entries: readonly KnowledgeEntry[];
  log: Logger;
  now: () => Date;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** GET /packs/<token>.docx: a site's 6-month review pack behind a link from "review pack <site>". */
export function registerPackFiles(server: restify.Server, { store, config, entries, log, now }: PackFilesDeps): void {
  registerTokenFile(server, log, now, {
    prefix: PACKS_PREFIX,
    component: 'review-packs',
    async find(name, at) {
      // With the first pack asked for, not at start: it brings in the .docx writer.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
      const { packForToken } = require('../features/sites/pack-downloads') as typeof import('../features/sites/pack-downloads');
      const pack = await packForToken({ store, config, entries }, name, at);
      return pack && { body: pack.docx, contentType: DOCX, fileName: pack.fileName, logged: { bytes: pack.docx.length } };
    },
    messages: {
      expired: 'This review pack link has expired or is not valid. Type "review pack <site>" to LRO Assist for a new one.',
      failed: 'The review pack could not be built just now. Try again shortly.',
    },
    logs: { served: 'review pack built', failed: 'review pack failed' },
  });
}
