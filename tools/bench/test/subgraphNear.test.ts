import path from 'node:path';
import { parseSubgraphNearFlags } from '../src/compare/subgraphNear.js';
import { UsageError } from '@kyodo/service-kit/runMain';

describe('npm run bench -- --subgraph-near', () => {
  it('reads its flags: three rounds of 10 s after 3 s of warm-up unless told otherwise', () => {
    expect(parseSubgraphNearFlags(['--subgraph-near'])).toEqual({
      rounds: 3,
      seconds: 10,
      warmupSeconds: 3,
      cpuProfileDir: null,
    });
    expect(
      parseSubgraphNearFlags(['--subgraph-near', '--rounds', '1', '--seconds=5', '--cpu-prof', 'profiles']),
    ).toEqual({ rounds: 1, seconds: 5, warmupSeconds: 3, cpuProfileDir: path.resolve('profiles') });
  });

  it.each([
    [['--subgraph-near', '--rounds', '0'], '--rounds must be a whole number from 1 to 999 (got "0")'],
    [['--subgraph-near', '--seconds'], '--seconds needs a value'],
    [['--subgraph-near', '--only', 'x'], 'unknown argument "--only" with --subgraph-near'],
  ])('refuses %j naming the bad value', (argv, message) => {
    expect(() => parseSubgraphNearFlags(argv)).toThrow(new UsageError(message));
  });
});
