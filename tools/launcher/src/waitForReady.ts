/**
 * Polls a /ready URL until it answers 200. Rejects when `failure()` reports a reason (a child died) or after
 * `timeoutMs`, with the last answer (which names the subgraphs that are not ready).
 */
export async function waitForReady(
  url: string,
  timeoutMs: number,
  failure: () => string | null,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    const reason = failure();
    if (reason) throw new Error(reason);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      const body = await response.text();
      if (response.ok) return;
      last = `HTTP ${response.status} ${body}`;
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      last = e.cause?.code ?? e.message;
    }
    if (Date.now() > deadline)
      throw new Error(`not ready after ${Math.round(timeoutMs / 1000)} s: ${url} said ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
