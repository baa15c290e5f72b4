import type { Store } from './types';

export type * from './types';
export { openSqliteStore } from './sqlite/sqlite-store';

/** Opens the MongoDB store; the driver (about 100 ms to load) is required only here, so SQLite runs never load it. */
export async function openMongoStore(uri: string, dbName: string, attempts?: number): Promise<Store> {
  const mongo = await import('./mongo/mongo-store');
  return mongo.openMongoStore(uri, dbName, attempts);
}
