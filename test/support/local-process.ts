import { createServer } from 'node:net';

// For tests and benches that start the service (or another server) as a separate process on loopback.

/** A loopback port free at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Resolves once `GET <baseUrl>/healthz` answers 200, polling every `everyMs`. */
export async function healthy(baseUrl: string, everyMs = 50): Promise<void> {
  for (;;) {
    if (await fetch(`${baseUrl}/healthz`).then((r) => r.status === 200, () => false)) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
