import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type RequestHandler } from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { ANONYMOUS, readProcessClock } from '@kyodo/service-kit';
import { createAuthenticator } from './auth.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext, RequestTrace } from './context.js';
import { KyodoDataSource } from './dataSource.js';
import { exampleQuery } from './exampleQuery.js';
import { formatGatewayError } from './formatError.js';
import { bodyErrorHandler } from './httpErrors.js';
import { cachedAnswerLane, routeBodyParser } from './cachedAnswerLane.js';
import { graphqlRouteHeaders } from './graphqlRouteHeaders.js';
import { logEachRequest } from './requestLog.js';
import type { LandingPage } from './landingPage.js';
import { OperationLimiter } from './plugins/operationLimits.js';
import { openDataRouter } from './openData/routes.js';
import { enumLabelsOf, readEnumLabels, type EnumLabels } from './reports/labels.js';
import { reportsRouter } from './reports/routes.js';
import { publicOperationRunner } from './openData/operations.js';
import { requestTracePlugin } from './plugins/requestTrace.js';
import { ResponseCache } from './plugins/responseCache.js';
import { checkSubgraphs } from './readiness.js';
import { requestIdFrom } from './requestId.js';
import { supergraphForGateway } from './securityFeatures.js';
import { turnOffApolloTelemetry } from './telemetry.js';
import { fileSupergraphManager } from './supergraph.js';
import type { MonotonicClock } from './staleResponseStore.js';

export const GRAPHQL_PATH = '/graphql';
const READY_TIMEOUT_MS = 2000;
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
const REPLACED_SOURCE_CLOSE_MS = 60_000;

export interface GatewayOptions {
  /** A supergraph to serve instead of the file at config.supergraphPath (tests). */
  supergraphSdl?: string;
  logger?: Logger;
  /** The response cache's clock in milliseconds (tests); performance.now by default. */
  responseCacheClock?: MonotonicClock;
  /** The clock reports date themselves by, instead of config.clock (tests fix the instant). */
  clock?: () => Date;
}

export interface RunningGateway {
  /** http://host:port/graphql */
  url: string;
  port: number;
  logger: Logger;
  stop(): Promise<void>;
}

/** Starts the gateway: loads the supergraph, then listens. Rejects when the supergraph cannot be loaded. */
export async function startGateway(
  config: GatewayConfig,
  options: GatewayOptions = {},
): Promise<RunningGateway> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: 'gateway' } });
  const app = express();
  app.disable('x-powered-by');
  // Requests reach Express through the cached-answer lane, attached once the cache exists (cachedAnswerLane.ts).
  const httpServer = createServer();
  // Idle keep-alive connections stay open longer than clients and load balancers keep theirs (Node's 5 s default
  // closes a connection a client may be reusing at that moment: "other side closed" on its next request).
  httpServer.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  httpServer.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;

  // The subgraphs of the loaded supergraph and where this deployment reaches them (env overrides the file).
  const subgraphUrls = new Map<string, string>();
  turnOffApolloTelemetry();
  // The current data source of each subgraph, so stop() can close their connections. One replaced by a new
  // supergraph is closed a minute later, once query plans begun on the old schema are done with it.
  const dataSources = new Map<string, KyodoDataSource>();
  const gateway = new ApolloGateway({
    supergraphSdl:
      options.supergraphSdl !== undefined
        ? supergraphForGateway(options.supergraphSdl)
        : fileSupergraphManager(config.supergraphPath, config.supergraphPollMs, logger),
    buildService: ({ name, url }) => {
      const target = (config.subgraphUrls as Record<string, string | undefined>)[name] ?? url;
      if (!target)
        throw new Error(
          `The supergraph names subgraph ${name} without a URL; set KYODO_SUBGRAPH_${name.toUpperCase()}_URL`,
        );
      subgraphUrls.set(name, target);
      const dataSource = new KyodoDataSource(name, target, config.internalSecret, config.subgraphTimeoutMs);
      const replaced = dataSources.get(name);
      if (replaced) setTimeout(() => void replaced.close(), REPLACED_SOURCE_CLOSE_MS).unref();
      dataSources.set(name, dataSource);
      return dataSource;
    },
    logger: logger.child({ component: 'apollo-gateway' }),
  });

  const limiter = new OperationLimiter({
    maxDepth: config.maxDepth,
    maxCost: config.maxCost,
    maxAliases: config.maxAliases,
    maxRootFields: config.maxRootFields,
    maxStringLength: config.maxStringLength,
    maxListItems: config.maxListItems,
  });
  const responseCache = new ResponseCache({
    logger,
    now: options.responseCacheClock,
    // A stale answer is refreshed by running its operation again as an anonymous caller.
    runRefresh: (request): Promise<unknown> => {
      const requestId = requestIdFrom(undefined);
      const trace: RequestTrace = { requestId, operationName: null, errorCodes: [], subgraphs: {} };
      return server.executeOperation(request, {
        contextValue: { viewer: ANONYMOUS, requestId, trace, refresh: true },
      });
    },
  });
  const server: ApolloServer<GatewayContext> = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    logger: logger.child({ component: 'apollo-server' }),
    formatError: formatGatewayError,
    // main.ts owns SIGINT/SIGTERM and calls stop() once: Apollo's own handler would call it a second time, and
    // that concurrent stop() never settles (a cluster worker then never exits: its IPC channel keeps it alive).
    stopOnTerminationSignals: false,
    // Automatic persisted queries are on by default (in-memory LRU cache): a client may send only the hash, also
    // as a GET (with an apollo-require-preflight header, CSRF prevention), which a CDN can cache.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from a CDN; ours (below) is served locally.
      ApolloServerPluginLandingPageDisabled(),
      requestTracePlugin(),
      limiter.plugin(),
      ...responseCache.plugins(),
    ],
  });
  await server.start();

  const authenticator = createAuthenticator(config.auth);

  app.use((req, res, next) => {
    const trace: RequestTrace = {
      requestId: requestIdFrom(req.headers['x-request-id']),
      operationName: null,
      errorCodes: [],
      subgraphs: {},
    };
    res.locals.trace = trace;
    res.setHeader('x-request-id', trace.requestId);
    next();
  });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const report = await checkSubgraphs(Object.fromEntries(subgraphUrls), READY_TIMEOUT_MS);
    if (report.ready && subgraphUrls.size > 0) {
      res.json({ status: 'ready', subgraphs: report.subgraphs });
    } else {
      res.status(503).json({
        status: 'unavailable',
        message: `Not ready: ${report.missing.join(', ') || 'no supergraph loaded'}`,
        missing: report.missing,
        subgraphs: report.subgraphs,
      });
    }
  });

  app.use('/exports', openDataRouter(publicOperationRunner(server), config.publisher, logger));
  // Report labels come from the enum descriptions of the supergraph, read once when the first report asks.
  let labels: EnumLabels | undefined;
  const reportLabels = () =>
    (labels ??=
      options.supergraphSdl !== undefined
        ? enumLabelsOf(options.supergraphSdl)
        : readEnumLabels(config.supergraphPath));
  app.use(
    '/reports',
    reportsRouter(server, authenticator, reportLabels, logger, options.clock ?? config.clock),
  );

  // Production serves no IDE, and never loads its package (a development dependency, absent from the image).
  const browserPage: LandingPage | null = config.production
    ? null
    : // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('./landingPage.js') as typeof import('./landingPage.js')).landingPage(
        GRAPHQL_PATH,
        exampleQuery(readProcessClock()()),
      );
  if (browserPage) {
    app.use(browserPage.assets);
    app.get('/', browserPage.page);
  }
  const servePageToBrowsers: RequestHandler = (req, res, next) => {
    const wantsHtml = req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html';
    if (browserPage && wantsHtml && req.query.query === undefined) return browserPage.page(req, res, next);
    next();
  };

  const corsHandler = cors({
    origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
    methods: ['GET', 'POST'],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
  const routeHeaders = graphqlRouteHeaders(corsHandler);
  const jsonParser = express.json({ limit: config.bodyLimit });
  app.use(
    GRAPHQL_PATH,
    logEachRequest(logger),
    routeHeaders,
    servePageToBrowsers,
    routeBodyParser(jsonParser),
    (req, _res, next) => {
      // Express 5 leaves req.body unset for a non-JSON body; Apollo then answers 400 (CSRF or missing body).
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    limiter.httpMiddleware(),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const trace = res.locals.trace as RequestTrace;
        const viewer = await authenticator.authenticate(req.headers.authorization);
        return {
          viewer,
          requestId: trace.requestId,
          trace,
          limitsChecked: res.locals.limitsChecked === true,
        };
      },
    }),
  );
  app.use(bodyErrorHandler(config.bodyLimit));
  // A cached anonymous answer is sent before Express, the limits and Apollo Server: it passed them when stored.
  httpServer.on(
    'request',
    cachedAnswerLane({
      path: GRAPHQL_PATH,
      app,
      jsonParser,
      headers: routeHeaders,
      cache: responseCache,
      logger,
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}${GRAPHQL_PATH}`;
  logger.info({ url, subgraphs: Object.fromEntries(subgraphUrls) }, 'gateway ready');
  return {
    url,
    port,
    logger,
    stop: async () => {
      // Stops accepting, lets in-flight requests finish (drain plugin), closes the HTTP server and the gateway.
      await server.stop();
      await Promise.all([...dataSources.values()].map((d) => d.close()));
    },
  };
}
