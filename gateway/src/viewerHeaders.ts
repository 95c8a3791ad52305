import { DEFAULT_VIEWER_TTL_SECONDS, type Viewer, signViewer } from '@kyodo/service-kit';

// Re-signed once this much of the signature's lifetime has passed, so every forwarded one has >= 50 s left.
const REUSE_SECONDS = 10;

const signed = new WeakMap<Viewer, { until: number; secret: string; headers: Record<string, string> }>();

/**
 * The signed viewer headers for a subgraph fetch, computed once per viewer and reused for a few seconds: a request
 * makes several fetches, and concurrent anonymous requests share the one ANONYMOUS viewer, so identical fetches
 * carry identical headers (which is what lets the data source share them in flight).
 */
export function signedViewerHeaders(viewer: Viewer, secret: string): Record<string, string> {
  const now = Date.now();
  const hit = signed.get(viewer);
  if (hit && hit.until > now && hit.secret === secret) return hit.headers;
  const headers = signViewer(viewer, secret, DEFAULT_VIEWER_TTL_SECONDS);
  signed.set(viewer, { until: now + REUSE_SECONDS * 1000, secret, headers });
  return headers;
}
