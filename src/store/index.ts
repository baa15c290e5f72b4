import type { Store } from './types';

export type * from './types';
export { openSqliteStore } from './sqlite/sqlite-store';

/** Opens the MongoDB store; the driver (about 100 ms to load) is required only here, so SQLite runs never load it. */
export async function openMongoStore(uri: string, dbName: string, attempts?: number): Promise<Store> {
  // A plain require: tsx (tests) would turn `await import()` into an ESM import that cannot find the .ts file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  const mongo = require('./mongo/mongo-store') as typeof import('./mongo/mongo-store');
  return mongo.openMongoStore(uri, dbName, attempts);
}
