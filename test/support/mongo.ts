/**
 * The MongoDB-wire server for tests (FerretDB in CI). Without MONGODB_URI the Mongo suites are
 * skipped with one visible line, unless REQUIRE_MONGO=1, where a missing server is a failure.
 */
export function mongoUri(): string | undefined {
  const uri = process.env.MONGODB_URI;
  if (uri) return uri;
  if (process.env.REQUIRE_MONGO === '1') throw new Error('REQUIRE_MONGO=1 but MONGODB_URI is not set: start FerretDB with test/support/ferretdb.sh start');
  if (!warned) {
    warned = true;
    console.log('skipped: MONGODB_URI not set (Mongo store suites did not run)');
  }
  return undefined;
}
let warned = false;

/** Every MongoDB-wire server the Mongo suites run against: MONGODB_URI, then MONGODB_EXTRA_URIS (comma-separated; CI adds FerretDB's PostgreSQL backend). */
export function mongoUris(): string[] {
  const first = mongoUri();
  if (!first) return [];
  const extra = (process.env.MONGODB_EXTRA_URIS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  return [first, ...extra];
}
