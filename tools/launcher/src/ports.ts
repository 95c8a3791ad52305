import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Resolves when `port` can be bound on `host`, rejects with the reason (EADDRINUSE...) otherwise. */
export function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** Where picks start: clear of the well-known and registered services' usual ports (4000s, 8000s...). */
const PICK_FROM = 20_000;
/** Ports each process picks from, in turn: room for ~50 launches of five processes before one comes round again. */
const BLOCK_SIZE = 256;

/**
 * The kernel's ephemeral range, [low, high]: where listen(0) and outgoing connections take their ports. Linux says
 * so in /proc; elsewhere the lowest default in use (Linux 32768, macOS and Windows 49152) is assumed.
 */
export function ephemeralPortRange(procFile = '/proc/sys/net/ipv4/ip_local_port_range'): [number, number] {
  try {
    const [low, high] = readFileSync(procFile, 'utf8').trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high)) return [low as number, high as number];
  } catch {
    // Not Linux: the defaults below.
  }
  return [32_768, 65_535];
}

/**
 * The block of ports this process picks from: below the ephemeral range, and one of its own for each jest worker
 * (JEST_WORKER_ID counts them from 1) so that parallel suites never pick the same port; outside jest, one chosen
 * by pid. Null when the ephemeral range leaves no room below it (then the OS picks, as listen(0) does).
 */
export function pickBlock(
  range: [number, number] = ephemeralPortRange(),
  env: NodeJS.ProcessEnv = process.env,
  pid = process.pid,
): { first: number; size: number } | null {
  const blocks = Math.floor((range[0] - PICK_FROM) / BLOCK_SIZE);
  if (blocks < 2) return null;
  const worker = Number(env.JEST_WORKER_ID);
  const index = Number.isInteger(worker) && worker > 0 ? worker % blocks : pid % blocks;
  return { first: PICK_FROM + index * BLOCK_SIZE, size: BLOCK_SIZE };
}

let block: { first: number; size: number } | null | undefined;
let next = 0;

/**
 * A port that is free now, for a child process to listen on a moment later (tests and benchmarks run the graph on
 * these). It is not one the OS hands out: a port from listen(0) is in the ephemeral range, where another suite's
 * listen(0) or any outgoing connection can take it in the seconds before the child binds it (CI saw EADDRINUSE
 * that way). So ports come in turn from this process's block below that range (see pickBlock), skipping any that
 * something holds. The OS does not offer this (a reservation it keeps for a later bind), hence the hand-written
 * picker.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  block ??= pickBlock();
  if (block === null) return osPickedPort(host);
  for (let tries = 0; tries < block.size; tries += 1) {
    // Taken synchronously, so concurrent calls in one process never get the same port.
    const port = block.first + (next++ % block.size);
    const free = await assertPortFree(port, host).then(
      () => true,
      () => false,
    );
    if (free) return port;
  }
  throw new Error(`no free port in ${block.first}-${block.first + block.size - 1} on ${host}`);
}

function osPickedPort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
