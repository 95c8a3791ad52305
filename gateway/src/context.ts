import type { Viewer } from '@kyodo/service-kit';

/** Per-subgraph totals for one request: how many fetches the query plan made and how long they took. */
export interface SubgraphTiming {
  fetches: number;
  ms: number;
  failed: number;
}

/** What one request records as it goes, for its single log line. */
export interface RequestTrace {
  requestId: string;
  operationName: string | null;
  /** `extensions.code` of each error in the response. */
  errorCodes: string[];
  subgraphs: Record<string, SubgraphTiming>;
}

/** The Apollo context of a gateway request; data sources read the viewer and request id from it. */
export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  trace: RequestTrace;
  /** Set on the background run that refreshes a stale cached answer (plugins/responseCache.ts). */
  refresh?: boolean;
  /** The POSTed operation passed the limits before Apollo Server saw it (plugins/operationLimits.ts). */
  limitsChecked?: boolean;
}

export function recordSubgraphFetch(
  trace: RequestTrace | undefined,
  name: string,
  ms: number,
  ok: boolean,
): void {
  if (!trace) return;
  const timing = (trace.subgraphs[name] ??= { fetches: 0, ms: 0, failed: 0 });
  timing.fetches += 1;
  timing.ms = Math.round((timing.ms + ms) * 10) / 10;
  if (!ok) timing.failed += 1;
}
