import mongoose from 'mongoose';
import { ConfigError, readSubgraphConfig, type SubgraphConfig } from './config.js';
import { connectDatabase } from './database.js';
import { createLogger } from './logger.js';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from './server.js';

export interface RunSubgraphOptions {
  env?: NodeJS.ProcessEnv;
}

/**
 * The whole life of a subgraph process (each service's src/main.ts): read and validate the configuration, connect,
 * serve, and shut down in order on SIGTERM/SIGINT. A bad configuration is one
 * line on stderr and exit code 1.
 */
export async function runSubgraphProcess<L>(
  definition: SubgraphDefinition<L>,
  options: RunSubgraphOptions = {},
): Promise<RunningSubgraph> {
  let config: SubgraphConfig;
  try {
    config = readSubgraphConfig(definition.name, options.env ?? process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }

  const logger = createLogger(definition.name, config.logLevel);
  if (config.usingDevelopmentSecret) {
    logger.warn(
      'KYODO_INTERNAL_SECRET is not set: using the public development secret (never in production)',
    );
  }

  try {
    await connectDatabase(definition.name, {
      ...(config.mongodbUri ? { uri: config.mongodbUri } : {}),
      models: definition.models,
      logger,
    });
    const running = await startSubgraph(definition, config, { logger });
    logger.info({ url: running.url }, `${definition.name} subgraph ready at ${running.url}`);

    let shuttingDown = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (shuttingDown) {
        logger.warn({ signal }, 'second signal: exiting without waiting');
        process.exit(1);
      }
      shuttingDown = true;
      logger.info({ signal }, 'shutting down: finishing in-flight requests');
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', shutdown);
    process.on('SIGINT', shutdown);
    return running;
  } catch (error) {
    logger.fatal({ err: error }, `${definition.name} subgraph failed to start`);
    await mongoose.disconnect().catch(() => undefined);
    process.exit(1);
  }
}
