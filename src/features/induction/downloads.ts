import type { CsvExport } from '../downloads';
import { completionsCsv } from './report';

/** "induction export": completions by person, one row for everyone who has started. */
export const INDUCTION_EXPORT: CsvExport = {
  kind: 'induction',
  path: '/files/induction/',
  command: 'induction export',
  fileName: (day) => `lro-induction-${day}.csv`,
  async build(store) {
    const records = await store.induction.list();
    return { csv: completionsCsv(records), rows: records.length };
  },
};
