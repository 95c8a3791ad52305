import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** The header the gateway sets so one user request can be followed through every subgraph's logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

// Accept only ids that are safe to log and echo back; anything else is replaced by a fresh one.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: { service: name } });
}

/** The request's id: the gateway's x-request-id when it is sane, otherwise a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers[REQUEST_ID_HEADER];
  return typeof header === 'string' && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** The request as the kit's middleware leaves it: its id, and its child logger (created when first read). */
export interface LoggedRequest extends IncomingMessage {
  id: string;
  log: Logger;
}

/** Health probes hit every few seconds; logging them drowns out real traffic. */
const UNLOGGED_PATHS = new Set(['/health', '/ready']);

/**
 * Express middleware: assigns the request id, echoes it in the response header and logs one JSON line per request
 * (method, url, status, duration) tagged with it, at debug unless it failed: the gateway writes the one line per user
 * request, a subgraph logs its share at debug (LOG_LEVEL=debug), and failures always. `req.log` is the request's
 * child logger: every line logged through it (resolvers' context.logger) carries the request id, not the whole
 * request.
 *
 * Hand-written rather than pino-http, which makes two child loggers per request whether or not anything is logged
 * (pino's child sets up every level method anew): over 100 microseconds of each request in a loaded subgraph. Here
 * the child exists only once something reads `req.log`, and the line only when its level is enabled. The lines are
 * pino-http's: msg "request completed" (or "request aborted"/"request errored"), requestId, req, res, responseTime.
 */
export function requestLogger(
  logger: Logger,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (incoming, res, next) => {
    const req = incoming as LoggedRequest;
    const id = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, id);
    req.id = id;
    let child: Logger | undefined;
    const log = () => (child ??= logger.child({ requestId: id }));
    Object.defineProperty(req, 'log', { get: log, configurable: true, enumerable: true });
    if (!UNLOGGED_PATHS.has(req.url ?? '')) {
      const startedAt = Date.now();
      const done = (error?: unknown) => {
        res.off('finish', done);
        res.off('close', done);
        res.off('error', done);
        const failed = error !== undefined || res.statusCode >= 500;
        const level = failed ? 'error' : res.statusCode >= 400 ? 'warn' : 'debug';
        if (!logger.isLevelEnabled(level)) return;
        const line = {
          req: { method: req.method, url: req.url },
          res: { statusCode: res.statusCode },
          ...(failed ? { err: error ?? new Error(`failed with status code ${res.statusCode}`) } : {}),
          responseTime: Date.now() - startedAt,
        };
        const message = failed
          ? 'request errored'
          : !req.readableAborted && res.writableEnded
            ? 'request completed'
            : 'request aborted';
        log()[level](line, message);
      };
      res.on('finish', done);
      res.on('close', done);
      res.on('error', done);
    }
    next();
  };
}
