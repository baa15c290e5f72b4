// For tests and benches that start the service as a separate process on loopback (ports from ./ports).

/** Resolves once `GET <baseUrl>/healthz` answers 200, polling every `everyMs`. */
export async function healthy(baseUrl: string, everyMs = 50): Promise<void> {
  for (;;) {
    if (
      await fetch(`${baseUrl}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
