import path from 'node:path';
import { ConfigError } from '@kyodo/service-kit';
import { readLauncherConfig } from '../src/config.js';

describe('launcher configuration', () => {
  it('defaults to the embedded engine in ./.kyodo/data and ports 4000-4004', () => {
    expect(readLauncherConfig({}, '/srv/kyodo')).toEqual({
      mongodbUri: null,
      dataDir: path.resolve('/srv/kyodo', '.kyodo/data'),
      gatewayPort: 4000,
      subgraphPorts: { organizations: 4001, facilities: 4002, funding: 4003, evaluation: 4004 },
      readyTimeoutMs: 180_000,
      restartDelayMs: 500,
    });
  });

  it('reads ports, MONGODB_URI, the data directory and the ready timeout', () => {
    const config = readLauncherConfig(
      {
        PORT: '8000',
        KYODO_FUNDING_PORT: '8003',
        MONGODB_URI: 'mongodb://db.internal:27017',
        KYODO_DATA_DIR: '/var/lib/kyodo',
        KYODO_READY_TIMEOUT_MS: '5000',
        KYODO_RESTART_DELAY_MS: '2000',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      mongodbUri: 'mongodb://db.internal:27017',
      dataDir: '/var/lib/kyodo',
      gatewayPort: 8000,
      subgraphPorts: { organizations: 4001, funding: 8003 },
      readyTimeoutMs: 5000,
      restartDelayMs: 2000,
    });
    expect(readLauncherConfig({ PORT: '8000', KYODO_GATEWAY_PORT: '9000' }).gatewayPort).toBe(9000);
  });

  it('names each bad variable, but never echoes a connection string', () => {
    let message = '';
    try {
      readLauncherConfig({
        KYODO_GATEWAY_PORT: '99999',
        KYODO_FACILITIES_PORT: 'x',
        MONGODB_URI: 'postgres://user:secret@db',
        KYODO_RESTART_DELAY_MS: 'soon',
      });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain('KYODO_GATEWAY_PORT must be between 1 and 65535 (got "99999")');
    expect(message).toContain('KYODO_FACILITIES_PORT must be a number (got "x")');
    expect(message).toContain('MONGODB_URI must be a mongodb:// or mongodb+srv:// connection string');
    expect(message).toContain('KYODO_RESTART_DELAY_MS must be a number of milliseconds (got "soon")');
    expect(message).not.toContain('secret');
  });
});
