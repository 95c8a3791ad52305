import cluster from 'node:cluster';
import { runMain } from '@kyodo/service-kit/runMain';
import { readGatewayConfig } from './config.js';
import { startGateway } from './server.js';
import { reportReady, runPrimary } from './workers.js';

/** Process entry: `node gateway/dist/src/main.js`. Exits 1 with a clear message on bad configuration. */
async function main(): Promise<void> {
  const config = readGatewayConfig();
  if (config.workers > 1 && cluster.isPrimary) {
    // KYODO_GATEWAY_WORKERS: the primary only forks and supervises; each worker runs the gateway below.
    runPrimary(config.workers, (line) =>
      console.log(JSON.stringify({ level: 30, service: 'gateway', msg: line })),
    );
    return;
  }
  const gateway = await startGateway(config);
  if (cluster.isWorker) reportReady(gateway.url);
  if (config.usingDevelopmentSecrets && (cluster.isPrimary || cluster.worker?.id === 1)) {
    gateway.logger.warn(
      'using the development JWT or internal secret: set KYODO_JWT_SECRET and KYODO_INTERNAL_SECRET outside local use',
    );
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    gateway.logger.info({ signal }, 'gateway stopping');
    gateway.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        gateway.logger.error({ err: error }, 'gateway did not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

runMain(main, { name: 'gateway' });
