import path from 'node:path';
import { runNode } from '../src/processes.js';

const SUBGRAPHS = ['organizations', 'facilities', 'funding', 'evaluation'];

describe('production refuses to fake', () => {
  it.each(SUBGRAPHS)(
    'the %s subgraph with NODE_ENV=production and no MONGODB_URI exits 1 naming MONGODB_URI',
    async (name) => {
      const result = await runNode([path.join('services', name, 'dist', 'src', 'main.js')], {
        NODE_ENV: 'production',
        PORT: '0',
        KYODO_INTERNAL_SECRET: 'a-production-internal-secret-for-this-test',
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        'MONGODB_URI is required when NODE_ENV=production (the embedded engine is for development only)',
      );
      // Refused at configuration, before anything listened or an engine started.
      expect(result.stdout).not.toContain('embedded');
    },
    30_000,
  );

  // Starts the compiled gateway in a fresh node process and reports which modules it loaded.
  const LOADED_IDE_MODULES = `
const { readGatewayConfig } = require('./gateway/dist/src/config.js');
const { startGateway } = require('./gateway/dist/src/server.js');
const pino = require('pino');
(async () => {
  const config = readGatewayConfig({ ...process.env, PORT: '0' });
  const gateway = await startGateway(config, { logger: pino({ level: 'silent' }) });
  const loaded = Object.keys(require.cache).filter((m) => /node_modules[\\\\/](ruru|monaco-editor|graphiql)/.test(m));
  const page = await fetch(new URL('/', gateway.url), { headers: { accept: 'text/html' } });
  await gateway.stop();
  process.stdout.write(JSON.stringify({ ideModules: loaded.length, pageStatus: page.status }));
})().catch((error) => { console.error(error); process.exit(1); });
`;
  const gatewayEnv = {
    KYODO_INTERNAL_SECRET: 'a-production-internal-secret-for-this-test',
    KYODO_JWT_SECRET: 'a-production-jwt-secret-of-at-least-32-characters',
    ...Object.fromEntries(
      SUBGRAPHS.map((name) => [`KYODO_SUBGRAPH_${name.toUpperCase()}_URL`, `http://127.0.0.1:9/graphql`]),
    ),
  };

  it('the production gateway serves no IDE and never loads its package (ruru, a dev dependency)', async () => {
    const result = await runNode(['-e', LOADED_IDE_MODULES], { ...gatewayEnv, NODE_ENV: 'production' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ ideModules: 0, pageStatus: 404 });
  }, 30_000);

  it('outside production the same gateway loads the IDE (the check above can fail)', async () => {
    const result = await runNode(['-e', LOADED_IDE_MODULES], { ...gatewayEnv, NODE_ENV: 'development' });
    expect(JSON.parse(result.stdout)).toMatchObject({ pageStatus: 200 });
    expect(JSON.parse(result.stdout).ideModules).toBeGreaterThan(0);
  }, 30_000);
});
