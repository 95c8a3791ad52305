import { exampleQuery } from '@kyodo/gateway';

const NOW = new Date('2026-06-16T10:00:00+09:00');
import { banner } from '../src/banner.js';
import { makePrefixer } from '../src/logLines.js';

describe('what npm start prints', () => {
  it('gives the URL, a staff token, the example query and a curl line that sends both', () => {
    const text = banner({
      gatewayUrl: 'http://127.0.0.1:4000/graphql',
      mongo: 'embedded',
      staffToken: 'tok.en.x',
      tokenHours: 12,
      now: NOW,
    });
    expect(text).toContain('GraphQL endpoint  http://127.0.0.1:4000/graphql');
    expect(text).toContain('\ntok.en.x\n');
    expect(text).toContain('  query DistrictDashboard {');
    expect(text).toContain('-H "authorization: Bearer tok.en.x"');
    const body = /--data '(.*)'/s.exec(text)?.[1];
    expect(JSON.parse(body ?? '')).toEqual({ query: exampleQuery(NOW) });
    expect(text).toContain('awards(fiscalYear: 2025)');
    expect(text).toContain('Press Ctrl-C to stop.');
  });

  it('says where tokens come from when only a JWKS is trusted', () => {
    const text = banner({
      gatewayUrl: 'http://x/graphql',
      mongo: 'MONGODB_URI',
      staffToken: null,
      tokenHours: 12,
      now: NOW,
    });
    expect(text).toContain('tokens come from your identity provider');
    expect(text).not.toContain('authorization: Bearer');
  });

  it('prefixes each child log line with its padded name', () => {
    const prefix = makePrefixer(['launcher', 'organizations', 'gateway'], false);
    expect(prefix('gateway')).toBe('[gateway]      ');
    expect(prefix('organizations')).toBe('[organizations]');
    expect(makePrefixer(['a'], true)('a')).toBe('\u001b[36m[a]\u001b[0m');
  });
});
