import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { type DocumentNode } from 'graphql';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type FederationResolvers,
  type SubgraphResolvers,
  type Viewer,
  readViewer,
} from '@kyodo/service-kit';

export interface TinyContext {
  viewer: Viewer;
  requestId: string | undefined;
}

export interface TinySubgraph {
  name: string;
  url: string;
  sdl: string;
  /** GraphQL requests received since start (or the last reset). */
  requests: number;
  stop(): Promise<void>;
}

/**
 * A small real subgraph for gateway tests: buildSubgraphSchema behind Apollo Server on a random port, with the
 * /ready endpoint the gateway checks, reading the viewer the way the service kit does.
 */
export async function startTinySubgraph(
  name: string,
  sdl: string,
  typeDefs: DocumentNode,
  resolvers: SubgraphResolvers,
  internalSecret: string,
): Promise<TinySubgraph> {
  const server = new ApolloServer<TinyContext>({
    schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as FederationResolvers }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  const app = express();
  const state = { requests: 0 };
  app.get('/ready', (_req, res) => {
    res.json({ status: 'ready' });
  });
  app.use(
    '/graphql',
    express.json(),
    (_req, _res, next) => {
      state.requests += 1;
      next();
    },
    expressMiddleware(server, {
      context: async ({ req }) => ({
        viewer: readViewer(req.headers, internalSecret),
        requestId: typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : undefined,
      }),
    }),
  );
  const http = createServer(app);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const subgraph: TinySubgraph = {
    name,
    sdl,
    url: `http://127.0.0.1:${port}/graphql`,
    get requests() {
      return state.requests;
    },
    set requests(value: number) {
      state.requests = value;
    },
    async stop() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await server.stop();
    },
  };
  return subgraph;
}
