/** The state of every subgraph as GET /ready reports it. */
export interface ReadinessReport {
  ready: boolean;
  /** 'ready', or why not. */
  subgraphs: Record<string, string>;
  missing: string[];
}

/** `http://host:port/graphql` -> `http://host:port/ready`: each subgraph serves /ready beside /graphql. */
export function readyUrlOf(graphqlUrl: string): string {
  return new URL('/ready', graphqlUrl).toString();
}

/** Asks every subgraph's /ready in parallel; a subgraph that errors, answers non-2xx or is slow is missing. */
export async function checkSubgraphs(
  subgraphs: Record<string, string>,
  timeoutMs: number,
): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(subgraphs).map(async ([name, url]): Promise<[string, string]> => {
      try {
        const response = await fetch(readyUrlOf(url), { signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        return [name, response.ok ? 'ready' : `HTTP ${response.status}`];
      } catch (error) {
        const e = error as Error & { cause?: { code?: string } };
        return [
          name,
          e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.message),
        ];
      }
    }),
  );
  const missing = entries.filter(([, state]) => state !== 'ready').map(([name]) => name);
  return { ready: missing.length === 0, subgraphs: Object.fromEntries(entries), missing };
}
