import { auditServer } from 'graphql-http';
import { type Harness, startHarness } from './support/harness.js';

// The GraphQL-over-HTTP spec's audit suite (graphql-http), run against the gateway as it serves the graph.
describe('GraphQL over HTTP audits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('has no MUST failures', async () => {
    const results = await auditServer({ url: h.gateway.url });
    const failures = results.filter((r) => r.status !== 'ok');
    console.log(
      `graphql-http audits: ${results.length} run, ${results.filter((r) => r.status === 'ok').length} ok\n` +
        failures.map((r) => `  ${r.status} ${r.name}: ${'reason' in r ? r.reason : ''}`).join('\n'),
    );
    const mustFailures = failures.filter((r) => r.name.startsWith('MUST'));
    expect(mustFailures.map((r) => r.name)).toEqual([]);
  });
});
