import * as apolloTelemetry from '@apollo/gateway/dist/utilities/opentelemetry';
import { turnOffApolloTelemetry } from '../src/telemetry.js';
import { type Harness, startHarness } from './support/harness.js';

describe('Apollo telemetry and cloud-metadata probes', () => {
  const saved = process.env.APOLLO_TELEMETRY_DISABLED;
  afterEach(() => {
    if (saved === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = saved;
    jest.restoreAllMocks();
  });

  it('the gateway never starts Apollo’s metrics exporter (whose resource detectors probe cloud metadata)', async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const exporter = jest.spyOn(apolloTelemetry, 'createDataCollectionExporter');
    let h: Harness | null = null;
    try {
      h = await startHarness();
      expect(exporter).not.toHaveBeenCalled();
      expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
    } finally {
      await h?.stop();
    }
  });

  it('leaves an operator’s explicit choice alone', () => {
    const env: NodeJS.ProcessEnv = { APOLLO_TELEMETRY_DISABLED: 'false' };
    turnOffApolloTelemetry(env);
    expect(env.APOLLO_TELEMETRY_DISABLED).toBe('false');
  });
});
