import mongoose from 'mongoose';
import { readSubgraphConfig } from './config.js';
import { connectDatabase } from './database.js';
import { createLogger } from './logger.js';
import { type MainOutcome, runMain } from './runMain.js';
import { startSubgraph, type SubgraphDefinition } from './server.js';

export interface RunSubgraphOptions {
  env?: NodeJS.ProcessEnv;
  /** The service's own settings (e.g. funding's 360Giving publisher), checked with the kit's before anything starts. */
  checkConfig?: (env: NodeJS.ProcessEnv) => void;
}

/**
 * The whole life of a subgraph process (each service's src/main.ts), through runMain: read and validate the
 * configuration, connect, serve, and shut down in order on SIGTERM/SIGINT. A bad configuration is one line on
 * stderr and exit code 1.
 */
export function runSubgraphProcess<L>(
  definition: SubgraphDefinition<L>,
  options: RunSubgraphOptions = {},
): void {
  runMain(() => serveSubgraph(definition, options.env ?? process.env, options.checkConfig), {
    name: `${definition.name} subgraph`,
  });
}

async function serveSubgraph<L>(
  definition: SubgraphDefinition<L>,
  env: NodeJS.ProcessEnv,
  checkConfig: RunSubgraphOptions['checkConfig'],
): Promise<MainOutcome> {
  const config = readSubgraphConfig(definition.name, env);
  checkConfig?.(env);

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
    return undefined;
  } catch (error) {
    // Logged as the service's structured fatal line (what the log collector reads), then exit 1.
    logger.fatal({ err: error }, `${definition.name} subgraph failed to start`);
    await mongoose.disconnect().catch(() => undefined);
    return 1;
  }
}
