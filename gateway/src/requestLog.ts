import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { RequestTrace } from './context.js';

/** When the fast lane (cachedAnswerLane.ts) started reading a request it then passed on to Express. */
export const ARRIVED_AT = Symbol('kyodo.arrivedAt');
type Arrived = IncomingMessage & { [ARRIVED_AT]?: number };

/** Marks when a request arrived, so its log line's duration includes what happened before Express saw it. */
export function markArrival(req: IncomingMessage, at: number): void {
  (req as Arrived)[ARRIVED_AT] = at;
}

/** Writes the request's one structured line when its response is finished (at error level for a 5xx). */
export function logWhenFinished(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  trace: () => RequestTrace,
): void {
  const started = (req as Arrived)[ARRIVED_AT] ?? performance.now();
  res.once('finish', () => {
    const { requestId, operationName, subgraphs, errorCodes } = trace();
    const line = {
      requestId,
      method: req.method,
      status: res.statusCode,
      operationName,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      subgraphFetches: Object.values(subgraphs).reduce((sum, s) => sum + s.fetches, 0),
      subgraphs,
      ...(errorCodes.length > 0 ? { errorCodes } : {}),
    };
    if (res.statusCode >= 500) logger.error(line, 'graphql request');
    else logger.info(line, 'graphql request');
  });
}

/** One structured line per GraphQL request that Express handles, written when the response is finished. */
export function logEachRequest(logger: Logger): RequestHandler {
  return (req, res, next) => {
    logWhenFinished(logger, req, res, () => res.locals.trace as RequestTrace);
    next();
  };
}
