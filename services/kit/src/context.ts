import type { Logger } from 'pino';
import type { EntityDirectory } from './entityDirectory.js';
import type { InternalClient } from './internalClient.js';
import type { Viewer } from './viewer.js';

/**
 * What every resolver receives: the verified viewer, this request's DataLoaders, a logger tagged with its id, and
 * the request's `now` (read once from the process's clock, so one request sees one instant).
 */
export interface RequestContext<Loaders = unknown> {
  viewer: Viewer;
  now: Date;
  loaders: Loaders;
  requestId: string;
  logger: Logger;
  /** Asks other subgraphs whether entities they own exist (references to check before a write). */
  entities: EntityDirectory;
  /** Calls peer subgraphs' internal fields (e.g. _auditLog) with this request's viewer. */
  internal: InternalClient;
}
