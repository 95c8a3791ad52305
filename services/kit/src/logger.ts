import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp, type HttpLogger, type ReqId } from 'pino-http';

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

/**
 * The id requestLogger gave a request. pino-http types ids as string | number | object; requestLogger's genReqId
 * only makes strings, so anything else means the request did not pass through it.
 */
export function loggedRequestId(req: { id: ReqId }): string {
  if (typeof req.id !== 'string')
    throw new Error('the request has no id: requestLogger did not run before it');
  return req.id;
}

/**
 * Express middleware: assigns the request id, echoes it in the response header and logs one JSON line per request
 * (method, url, status, duration) tagged with it, at debug unless it failed. `req.log` is the request's child logger.
 */
export function requestLogger(logger: Logger): HttpLogger<IncomingMessage, ServerResponse> {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdOf(req);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId' },
    // Every line logged through req.log (resolvers' context.logger) carries the request id, not the whole request.
    quietReqLogger: true,
    // Health probes hit every few seconds; logging them drowns out real traffic.
    autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
    // The gateway writes the one line per user request; a subgraph logs its share at debug (LOG_LEVEL=debug),
    // and failures always.
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'debug',
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
