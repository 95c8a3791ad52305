import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express, Request, RequestHandler, Response } from 'express';
import fresh from 'fresh';
import type { Logger } from 'pino';
import type { RequestTrace } from './context.js';
import type { ResponseCache } from './plugins/responseCache.js';
import type { Lookup } from './staleResponseStore.js';
import { logWhenFinished, markArrival } from './requestLog.js';
import { requestIdFrom } from './requestId.js';

// The media types Apollo Server answers a single result with, in its order of preference.
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const JSON_CALLBACK = 'application/json; callbackSpec=1.0; charset=utf-8';

/**
 * The headers Apollo Server's CSRF prevention accepts on a GET without a content type (its recommended list, which
 * server.ts keeps by `csrfPrevention: true`): a GET without one is refused there, so the lane leaves it to Apollo.
 */
const CSRF_PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/** A body-parser error met in the lane, kept for the route's own body parser to report (routeBodyParser). */
const BODY_ERROR = Symbol('kyodo.bodyError');
type LaneRequest = IncomingMessage & { body?: unknown; [BODY_ERROR]?: unknown };

export interface CachedAnswerLaneOptions {
  /** The GraphQL route, as requested (exactly: anything else goes to Express, which matches it its own way). */
  path: string;
  /** Everything the lane does not answer. */
  app: Express;
  /** The route's JSON body parser: one instance, so its limit and rules are the route's. */
  jsonParser: RequestHandler;
  /** The route's header middleware (CORS, Vary: graphqlRouteHeaders), so a cached answer carries what any does. */
  headers: RequestHandler;
  cache: ResponseCache;
  logger: Logger;
}

/**
 * The fast lane for cached anonymous answers, on the HTTP server's request event in front of Express. A POST to the
 * GraphQL route with no Authorization is read here with the route's own JSON parser, and a GET's search parameters
 * (a query's text or a persisted query's hash, as mobile apps and CDNs send them) are read as Apollo Server reads
 * them; when the response cache holds the answer to that operation, it is sent from here with what the Express route
 * would send: the request id, CORS and Vary, the cache policy and Age, one entity tag (and for a GET whose If-None-Match
 * matches it, 304 Not Modified), the negotiated media type, and the request's log line. Every other request goes to
 * Express untouched, and a POST read here goes with its body parsed (body-parser skips a request already read) or
 * with the parse error kept for the route to report as it always has (routeBodyParser).
 *
 * Why in front of Express and not a middleware in the route: under anonymous traffic that the cache answers, Express's
 * per-request objects (its router's closures, the request and response set up for the app) were most of what a hit
 * allocated and most of what outlived young-generation collections (sampled with V8's heap profiler), so each
 * scavenge copied megabytes while every request in flight waited: that was the tail (p99) of cached answers.
 */
export function cachedAnswerLane(
  options: CachedAnswerLaneOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { app, path, jsonParser, headers, cache, logger } = options;
  /** Sends a cached answer with the request's log line, the route's headers and its media type, or returns false. */
  const answered = (req: IncomingMessage, res: ServerResponse, found: Lookup | undefined): boolean => {
    const contentType = found ? singleResultContentType(app, req) : null;
    if (!found || contentType === null) return false;
    const trace: RequestTrace = {
      requestId: requestIdFrom(req.headers['x-request-id']),
      operationName: found.answer.operationName,
      errorCodes: [],
      subgraphs: {},
    };
    res.setHeader('x-request-id', trace.requestId);
    logWhenFinished(logger, req, res, () => trace);
    headers(req as Request, res as Response, () => sendAnswer(app, req, res, found, contentType));
    return true;
  };
  return (req, res) => {
    const authorization = req.headers.authorization;
    const signedIn = authorization !== undefined && authorization.trim() !== '';
    if (req.method === 'GET' && !signedIn) {
      const search = cacheableGetSearch(req, path);
      if (search) markArrival(req, performance.now());
      if (!search || !answered(req, res, cache.answerForGet(search))) app(req, res);
      return;
    }
    if (req.method !== 'POST' || req.url !== path || signedIn) {
      app(req, res);
      return;
    }
    markArrival(req, performance.now());
    // body-parser reads only the request's headers and stream: it runs on the bare node request.
    jsonParser(req as Request, res as Response, (error?: unknown) => {
      const request = req as LaneRequest;
      if (error !== undefined) {
        request[BODY_ERROR] = error;
        app(req, res);
        return;
      }
      if (!answered(req, res, cache.answerForPost(request.body))) app(req, res);
    });
  };
}

/**
 * The search parameters of a GET to the GraphQL route that Apollo Server would run as it is: no content type (it
 * refuses most) and a CSRF preflight header (it refuses a GET without one). Null for anything else.
 */
function cacheableGetSearch(req: IncomingMessage, path: string): URLSearchParams | null {
  const url = req.url ?? '';
  const mark = url.indexOf('?');
  if (mark < 0 || url.slice(0, mark) !== path || req.headers['content-type'] !== undefined) return null;
  const preflighted = CSRF_PREFLIGHT_HEADERS.some((name) => {
    const value = req.headers[name];
    return typeof value === 'string' && value.length > 0;
  });
  return preflighted ? new URLSearchParams(url.slice(mark + 1)) : null;
}

/** The route's body parser: reports the error the lane met reading this request, or reads a body it did not. */
export function routeBodyParser(jsonParser: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const error = (req as LaneRequest)[BODY_ERROR];
    if (error !== undefined) {
      next(error);
      return;
    }
    jsonParser(req, res, next);
  };
}

/** The media type Apollo Server would answer with (it negotiates the same list), or null to leave it to Apollo. */
function singleResultContentType(app: Express, req: IncomingMessage): string | null {
  if (!req.headers.accept) return APPLICATION_JSON;
  // Express's own negotiation (req.accepts), applied to the bare request: it reads only the Accept header.
  const chosen: unknown = app.request.accepts.call(
    req,
    APPLICATION_JSON,
    GRAPHQL_RESPONSE_JSON,
    JSON_CALLBACK,
  );
  return chosen === APPLICATION_JSON || chosen === GRAPHQL_RESPONSE_JSON ? chosen : null;
}

/**
 * The headers Express and Apollo Server send with a cached answer (its cache control, the `Age`, Express's entity tag,
 * computed once per answer), then the bytes; or, as Express's res.send decides (req.fresh: a GET whose If-None-Match
 * names that tag), 304 with neither body nor content headers. A POST is never answered 304.
 */
function sendAnswer(
  app: Express,
  req: IncomingMessage,
  res: ServerResponse,
  found: Lookup,
  contentType: string,
): void {
  const { answer } = found;
  const etagOf = app.get('etag fn') as ((body: Buffer, encoding: string) => string) | undefined;
  if (etagOf) {
    answer.etag ??= etagOf(answer.body, 'utf8');
    res.setHeader('etag', answer.etag);
  }
  res.setHeader('cache-control', `max-age=${answer.maxAge}, public`);
  res.setHeader('age', String(found.ageSeconds));
  if (req.method === 'GET' && answer.etag !== undefined && fresh(req.headers, { etag: answer.etag })) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-type', contentType);
  res.setHeader('content-length', answer.body.length);
  res.end(answer.body);
}
