import cluster, { type Worker } from 'node:cluster';

/** What a worker tells the primary once it listens. */
export interface WorkerReady {
  kyodoGatewayReady: string;
}

const isReady = (message: unknown): message is WorkerReady =>
  typeof message === 'object' && message !== null && 'kyodoGatewayReady' in message;

/**
 * The primary of a multi-process gateway (node:cluster): forks `count` workers that each run the whole gateway
 * and share the listening port. A worker that dies before it was ever ready stops everything (bad configuration, a
 * supergraph that does not load: restarting would loop); one that dies later is replaced. SIGINT or SIGTERM stops
 * the workers (each drains its requests) and then the primary.
 */
export function runPrimary(count: number, log: (line: string) => void): void {
  let stopping = false;
  const everReady = new WeakSet<Worker>();
  let readyCount = 0;
  const fork = () => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (!isReady(message) || everReady.has(worker)) return;
      everReady.add(worker);
      readyCount += 1;
      if (readyCount === count) log(`gateway ready: ${count} workers at ${message.kyodoGatewayReady}`);
    });
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      if (!everReady.has(worker)) {
        log(`gateway worker ${worker.process.pid} ${how} while starting; stopping`);
        stop(1);
        return;
      }
      log(`gateway worker ${worker.process.pid} ${how}; starting a replacement`);
      fork();
    });
  };
  const stop = (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter(
      (w): w is Worker => w !== undefined && !w.isDead(),
    );
    let remaining = workers.length;
    if (remaining === 0) process.exit(exitCode);
    for (const worker of workers) {
      worker.once('exit', () => {
        remaining -= 1;
        if (remaining === 0) process.exit(exitCode);
      });
      worker.process.kill('SIGTERM');
    }
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  for (let i = 0; i < count; i += 1) fork();
}

/** In a worker: tells the primary it listens at `url`. */
export function reportReady(url: string): void {
  process.send?.({ kyodoGatewayReady: url } satisfies WorkerReady);
}
