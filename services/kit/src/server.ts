import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import type { GraphQLFormattedError, DocumentNode } from 'graphql';
import mongoose from 'mongoose';
import type { Logger } from 'pino';
import { applyAuthDirectives } from './authDirectives.js';
import { deriveCursorKey, setCursorKey } from './cursor.js';
import { deadlineFrom } from './deadline.js';
import { federatedEntityDirectory, type EntityDirectory } from './entityDirectory.js';
import { federatedInternalClient, type InternalClient } from './internalClient.js';
import { flushPendingAudit } from './audit/outbox.js';
import { formatSubgraphError, isExpectedError } from './errorMasking.js';
import { applyInputHygiene } from './inputText.js';
import { runInRequestScope } from './requestScope.js';
import { settleMongooseQueries } from './queryResults.js';
import type { SubgraphConfig } from './config.js';
import type { RequestContext } from './context.js';
import { bindDeadline, closeDatabase, isDatabaseReady, syncIndexes } from './database.js';
import type { AnyModel } from './modelTypes.js';
import { createLogger, requestLogger, type LoggedRequest } from './logger.js';
import { createViewerReader } from './viewer.js';
import { processClock } from './clock.js';
import type { Clock } from '@kyodo/domain';

/** buildSubgraphSchema's { typeDefs, resolvers } argument, named through its public signature. */
type SubgraphModule = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>;

/** The resolver map buildSubgraphSchema accepts (Apollo exports the type only from its dist internals). */
export type FederationResolvers = NonNullable<SubgraphModule['resolvers']>;

/**
 * A resolver map, one entry per GraphQL type. Each service types its map with the codegen's Resolvers<Context>,
 * which is stricter than what buildSubgraphSchema accepts, so any generated map fits here without a cast.
 */
export type SubgraphResolvers = { [typeName: string]: object };

/** The cache lifetime, in seconds, of subgraph data without a @cacheControl hint: the staleness bound of writes. */
export const PUBLIC_DATA_MAX_AGE = 30;

/** Everything that makes one subgraph; the kit turns it into a running service. */
export interface SubgraphDefinition<L> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: SubgraphResolvers;
  /** Fresh DataLoaders for each request, so batching and caching never leak between viewers. */
  createLoaders: () => L;
  /** Models whose declared indexes are created at start. */
  models: AnyModel[];
}

export interface RunningSubgraph {
  /** http://host:port/graphql */
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

export interface StartSubgraphOptions {
  logger?: Logger;
  /** How this subgraph checks references to other subgraphs' entities; by default over HTTP (config.subgraphUrls). */
  entities?: EntityDirectory;
  /** How this subgraph calls its peers' internal fields; by default over HTTP (config.subgraphUrls). */
  internal?: InternalClient;
  /** Where each request's `now` comes from; defaults to the process clock (config.now, else the machine's). */
  clock?: Clock;
}

/** Builds the federated schema with authorization enforced: what startSubgraph serves. */
export function buildKitSchema<L>(definition: SubgraphDefinition<L>) {
  // Wrapped inside out: authorization runs first (a caller who may not use a field learns nothing about its
  // arguments), then argument hygiene, then the resolver.
  return applyAuthDirectives(
    applyInputHygiene(
      settleMongooseQueries(
        buildSubgraphSchema({
          typeDefs: definition.typeDefs,
          // The generated types already checked the map against the SDL; this only widens it to the loose shape.
          resolvers: definition.resolvers as FederationResolvers,
        }),
      ),
    ),
  );
}

/** Logs unexpected errors with the request's id; expected ones (bad input, not found...) are the client's business. */
function errorLoggingPlugin(): ApolloServerPlugin<RequestContext<unknown>> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isExpectedError(error)) continue;
            // The client sees a masked message (errorMasking.ts); the log keeps the original.
            contextValue.logger?.error(
              { err: error.originalError ?? error, path: error.path },
              error.message,
            );
          }
        },
      };
    },
  };
}

/**
 * Starts the subgraph's HTTP server: POST /graphql (Apollo Server 5 on express 5), GET /health, GET /ready. The
 * database must already be connected (connectDatabase); its indexes are synced here.
 */
export async function startSubgraph<L>(
  definition: SubgraphDefinition<L>,
  config: SubgraphConfig,
  options: StartSubgraphOptions = {},
): Promise<RunningSubgraph> {
  const production = config.production ?? process.env.NODE_ENV === 'production';
  const logger = options.logger ?? createLogger(definition.name, config.logLevel);
  const clock = options.clock ?? processClock(config.now);
  if (mongoose.connection.readyState !== mongoose.ConnectionStates.connected) {
    throw new Error(
      `The ${definition.name} subgraph needs a database: call connectDatabase before startSubgraph`,
    );
  }
  bindDeadline(definition.models);
  await syncIndexes(definition.models, logger);
  // Entries a crash left in their documents' outboxes reach the audit log before the first request is served.
  await flushPendingAudit(definition.models);
  setCursorKey(deriveCursorKey(config.internalSecret, config.cursorSecret));
  const entities =
    options.entities ?? federatedEntityDirectory(config.subgraphUrls ?? {}, config.internalSecret);
  const internal =
    options.internal ?? federatedInternalClient(config.subgraphUrls ?? {}, config.internalSecret);

  const viewerOf = createViewerReader(config.internalSecret);

  const app = express();
  app.disable('x-powered-by');
  // express hashes every body it sends for an ETag, which only a GET with If-None-Match could use: the gateway
  // POSTs its fetches, and caching is the gateway's, from Cache-Control.
  app.set('etag', false);
  const httpServer = createServer(app);

  const apollo = new ApolloServer<RequestContext<L>>({
    schema: buildKitSchema(definition),
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    // runSubgraphProcess owns the signal handlers, so shutdown happens once and in order.
    stopOnTerminationSignals: false,
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Federated traces only matter when reporting to Apollo Studio, which this system does not do.
      ApolloServerPluginInlineTraceDisabled(),
      // Cache-Control on every answer from the schema's @cacheControl hints, for the gateway to combine; what has
      // no hint may be cached PUBLIC_DATA_MAX_AGE seconds (volatile fields, e.g. availability, say maxAge: 0).
      ApolloServerPluginCacheControl({ defaultMaxAge: PUBLIC_DATA_MAX_AGE }),
      errorLoggingPlugin(),
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const shown = formatSubgraphError(formatted, error);
      // Production responses carry no stack traces at all.
      if (production && shown.extensions?.stacktrace) {
        const { stacktrace: _omitted, ...extensions } = shown.extensions;
        return { ...shown, extensions };
      }
      return shown;
    },
  });
  await apollo.start();

  app.use(requestLogger(logger));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // How many GraphQL requests this process has served, in Prometheus' text format: `npm run bench -- --compare`
  // reads it to report subgraph fetches per gateway request, and a scraper can alert on it.
  let graphqlRequests = 0;
  app.get('/metrics', (_req, res) => {
    res
      .type('text/plain; version=0.0.4')
      .send(
        `# HELP kyodo_graphql_requests_total GraphQL requests served.\n# TYPE kyodo_graphql_requests_total counter\nkyodo_graphql_requests_total ${graphqlRequests}\n`,
      );
  });
  app.get('/ready', async (_req, res) => {
    const ready = await isDatabaseReady(mongoose.connection);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });
  app.use(
    '/graphql',
    (req, _res, next) => {
      graphqlRequests += 1;
      // Everything this request runs (mongoose middleware included) sees its deadline: the gateway's time left.
      runInRequestScope({ deadline: deadlineFrom(req.headers) }, next);
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const request = req as unknown as LoggedRequest;
        return {
          viewer: viewerOf(req.headers),
          now: clock(),
          loaders: definition.createLoaders(),
          requestId: request.id,
          // Read only to log something: the request's child logger is made then (logger.ts).
          get logger() {
            return request.log;
          },
          entities,
          internal,
        };
      },
    }),
  );

  // A body that is not JSON never reaches Apollo; answer it in the GraphQL error shape rather than express's HTML.
  app.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    const status = (error as { status?: number }).status;
    if (res.headersSent || status === undefined || status >= 500) return next(error);
    res.status(status).json({
      errors: [{ message: (error as Error).message, extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // E.g. the port is taken: release what started so the caller can exit cleanly.
    await apollo.stop().catch(() => undefined);
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/graphql`;

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    stop() {
      stopping ??= (async () => {
        // The drain plugin closes the listener and waits for in-flight requests before Apollo stops.
        await apollo.stop();
        await closeDatabase(mongoose.connection);
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}
