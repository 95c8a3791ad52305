import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { type RunningGateway, startGateway } from '../src/server.js';
import { LogCapture, startFunding, startOrganizations, supergraphOf, testConfig } from './support/harness.js';
import type { TinySubgraph } from './support/tinySubgraph.js';

async function post(url: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string }[] },
  };
}

/** Retries `probe` until it returns true; the file is polled, so the change lands within a few intervals. */
async function eventually(probe: () => Promise<boolean>, attempts = 100): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the condition never became true');
}

describe('a supergraph file polled for changes', () => {
  let dir: string;
  let organizations: TinySubgraph;
  let funding: TinySubgraph;
  let gateway: RunningGateway;
  const logs = new LogCapture();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kyodo-supergraph-'));
    organizations = await startOrganizations();
    funding = await startFunding();
    const file = path.join(dir, 'supergraph.graphql');
    writeFileSync(file, supergraphOf([organizations]));
    gateway = await startGateway(
      testConfig([organizations, funding], { KYODO_SUPERGRAPH_PATH: file, KYODO_SUPERGRAPH_POLL_MS: '50' }),
      { logger: pino({ level: 'info' }, logs) },
    );
  });
  afterAll(async () => {
    await gateway.stop();
    await organizations.stop();
    await funding.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a newly composed supergraph without a restart, and keeps the old one when the file is broken', async () => {
    const query = '{ organizations { name awardedTotal } }';
    const before = await post(gateway.url, query);
    expect(before.status).toBe(400);
    expect(before.body.errors?.[0]?.message).toContain('Cannot query field "awardedTotal"');

    writeFileSync(path.join(dir, 'supergraph.graphql'), supergraphOf([organizations, funding]));
    await eventually(async () => (await post(gateway.url, query)).status === 200);
    expect((await post(gateway.url, query)).body).toEqual({
      data: {
        organizations: [
          { name: 'Yaizu NPO', awardedTotal: 1_500_000 },
          { name: 'Oigawa Council', awardedTotal: 0 },
        ],
      },
    });

    writeFileSync(path.join(dir, 'supergraph.graphql'), 'this is not a supergraph');
    await eventually(async () => logs.lines.some((l) => String(l.msg).includes('could not be loaded')));
    expect((await post(gateway.url, query)).status).toBe(200);
  });
});
