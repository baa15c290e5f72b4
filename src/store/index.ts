export type * from './types';
export { openSqliteStore } from './sqlite/sqlite-store';
export { openMongoStore } from './mongo/mongo-store';
