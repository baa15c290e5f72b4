import type { CsvExport } from '../downloads';
import { requestsCsv } from './csv';

/** "export requests": every support request, one row each. */
export const REQUESTS_EXPORT: CsvExport = {
  kind: 'requests',
  path: '/files/',
  command: 'export requests',
  fileName: (day) => `rdt-requests-${day}.csv`,
  async build(store) {
    const requests = await store.support.list({});
    return { csv: requestsCsv(requests), rows: requests.length };
  },
};
