/** Every this often while waiting, `onWaiting` hears what is still missing. */
const PROGRESS_EVERY_MS = 10_000;

/**
 * Polls a /ready URL until it answers 200. Rejects when `failure()` reports a reason (a child died) or after
 * `timeoutMs`, with the last answer (which names the subgraphs that are not ready). Every 10 s it reports what it
 * is still waiting for (a first start seeds the demo data, which takes a while).
 */
export async function waitForReady(
  url: string,
  timeoutMs: number,
  failure: () => string | null,
  onWaiting: (elapsedSeconds: number, waitingFor: string) => void = () => undefined,
): Promise<void> {
  const started = Date.now();
  const deadline = started + timeoutMs;
  let nextProgress = started + PROGRESS_EVERY_MS;
  let last = 'no answer yet';
  let waitingFor = 'the gateway';
  for (;;) {
    const reason = failure();
    if (reason) throw new Error(reason);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      const body = await response.text();
      if (response.ok) return;
      last = `HTTP ${response.status} ${body}`;
      waitingFor = missingOf(body) ?? 'the gateway';
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      last = e.cause?.code ?? e.message;
      waitingFor = 'the gateway';
    }
    const now = Date.now();
    if (now > deadline)
      throw new Error(`not ready after ${Math.round(timeoutMs / 1000)} s: ${url} said ${last}`);
    if (now >= nextProgress) {
      nextProgress += PROGRESS_EVERY_MS;
      onWaiting(Math.round((now - started) / 1000), waitingFor);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The subgraphs a gateway's 503 /ready answer names as missing, or null when the body is not one. */
function missingOf(body: string): string | null {
  try {
    const missing = (JSON.parse(body) as { missing?: unknown }).missing;
    return Array.isArray(missing) && missing.length > 0 ? missing.join(', ') : null;
  } catch {
    return null;
  }
}
