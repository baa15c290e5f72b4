// Run as a separate process by sqlite-processes.test.ts: records `count` requests in the SQLite
// file given, then prints their references as JSON.
import { openSqliteStore } from '../../../src/store';

async function main(): Promise<void> {
  const [path, worker, count] = process.argv.slice(2);
  const store = openSqliteStore(path);
  const references: string[] = [];
  for (let i = 0; i < Number(count); i++) {
    const { request } = await store.support.create(
      {
        id: `w${worker}-${i}`,
        tenantId: 't1',
        requester: { aadObjectId: `aad-lro-${worker}` },
        force: 'Dorset',
        operation: 'Op Fictional',
        supportType: 'training',
        urgency: 'routine',
        summary: 'Concurrency check.',
        createdAt: new Date().toISOString(),
      },
      2026,
    );
    references.push(request.reference);
  }
  await store.close();
  process.stdout.write(JSON.stringify(references));
}

void main();
