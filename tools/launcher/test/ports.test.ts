import { mkdtempSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ephemeralPortRange, freePort, pickBlock } from '../src/ports.js';

function listenOn(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('the ephemeral port range', () => {
  it('is read from the kernel file when there is one, the lowest common default otherwise', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kyodo-ports-')), 'ip_local_port_range');
    writeFileSync(file, '40000\t60999\n');
    expect(ephemeralPortRange(file)).toEqual([40_000, 60_999]);
    expect(ephemeralPortRange(path.join(tmpdir(), 'no-such-kyodo-file'))).toEqual([32_768, 65_535]);
  });
});

describe('the block of ports a process picks from', () => {
  it('lies below the ephemeral range, one of its own for each jest worker', () => {
    const range: [number, number] = [32_768, 60_999];
    const first = pickBlock(range, { JEST_WORKER_ID: '1' });
    const second = pickBlock(range, { JEST_WORKER_ID: '2' });
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    for (const block of [first, second]) {
      expect(block!.first).toBeGreaterThanOrEqual(20_000);
      expect(block!.first + block!.size).toBeLessThanOrEqual(range[0]);
    }
    // Disjoint: parallel suites never pick the same port.
    expect(Math.abs(first!.first - second!.first)).toBeGreaterThanOrEqual(first!.size);
  });

  it('is chosen by pid outside jest, and is null when the ephemeral range leaves no room below it', () => {
    expect(pickBlock([32_768, 60_999], {}, 4242)).toEqual(pickBlock([32_768, 60_999], {}, 4242));
    expect(pickBlock([1024, 65_535], { JEST_WORKER_ID: '1' })).toBeNull();
  });
});

describe('freePort', () => {
  it('gives concurrent callers distinct ports below the ephemeral range', async () => {
    const ports = await Promise.all(Array.from({ length: 10 }, () => freePort()));
    expect(new Set(ports).size).toBe(10);
    const [low] = ephemeralPortRange();
    for (const port of ports) expect(port).toBeLessThan(low);
  });

  it('skips a port something is listening on', async () => {
    const before = await freePort();
    // Ports come in turn, so the next pick would be before + 1: hold it.
    const held = await listenOn(before + 1);
    try {
      const after = await freePort();
      expect(after).not.toBe(before + 1);
      expect(after).toBe(before + 2);
    } finally {
      held.close();
    }
  });
});
