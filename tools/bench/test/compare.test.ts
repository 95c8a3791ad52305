import path from 'node:path';
import { parseCompareFlags } from '../src/compare/options.js';
import { hiveConfigSource, peerCacheDir } from '../src/compare/peers.js';
import { type Measured, goalChecks, summarize } from '../src/compare/report.js';
import { DASHBOARD_QUERY, scenarios, seededRandom } from '../src/compare/scenarios.js';
import { UsageError } from '@kyodo/service-kit/runMain';

describe('npm run bench -- --compare', () => {
  it('reads its flags and names a bad one', () => {
    expect(parseCompareFlags(['--compare'])).toEqual({
      rounds: 2,
      seconds: 5,
      warmupSeconds: 2,
      only: null,
      cpuProfileDir: null,
    });
    expect(
      parseCompareFlags([
        '--compare',
        '--rounds',
        '3',
        '--seconds=8',
        '--warmup',
        '4',
        '--only',
        'dashboard',
        '--cpu-prof',
        'profiles',
      ]),
    ).toEqual({
      rounds: 3,
      seconds: 8,
      warmupSeconds: 4,
      only: 'dashboard',
      cpuProfileDir: path.resolve('profiles'),
    });
    expect(() => parseCompareFlags(['--compare', '--rounds', '0'])).toThrow(UsageError);
    expect(() => parseCompareFlags(['--compare', '--requests', '5'])).toThrow(
      'unknown argument "--requests"',
    );
  });

  it('varies the parameters the same way for every gateway', () => {
    const pool = { districtCodes: ['a', 'b', 'c'], points: [{ lat: 1, lng: 2 }], fiscalYears: [2023, 2024] };
    const all = scenarios(pool);
    expect(all.map((s) => [s.traffic, s.method])).toEqual([
      ['identical', 'POST'],
      ['varied', 'POST'],
      ['identical', 'POST'],
      ['varied', 'POST'],
      ['identical', 'GET'],
      ['identical', 'POST'],
      ['varied', 'POST'],
    ]);
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 20 }, () => all[1]!.variables(random));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(new Set(draw(42).map((v) => v.code))).toEqual(new Set(['a', 'b', 'c']));
    expect(DASHBOARD_QUERY).toContain('district(code: $code)');
  });

  it('keeps the peers outside the project, one folder per pin set', () => {
    expect(peerCacheDir({ KYODO_BENCH_CACHE: '/cache' })).toBe(
      '/cache/_graphql-hive_gateway-2.15.1+_graphql-hive_router-runtime-1.4.23',
    );
    expect(hiveConfigSource('rust-planner', '/s.graphql', ['x-kyodo-viewer'])).toContain(
      'unifiedGraphHandler',
    );
    expect(hiveConfigSource('defaults', '/s.graphql', ['x-kyodo-viewer'])).not.toContain(
      'unifiedGraphHandler',
    );
  });

  it('folds rounds and checks the goal', () => {
    // One round's 100 answers: ranks 1-49 at half the median, 50-98 at the median, rank 99 at p99, 100 beyond it.
    const latenciesWith = (p50: number, p99: number) =>
      Float64Array.from([...Array(49).fill(p50 / 2), ...Array(49).fill(p50), p99, 2 * p99]);
    const m = (gateway: Measured['gateway'], requests: number, p50: number, p99: number): Measured => ({
      scenario: 'x',
      traffic: 'varied',
      gateway,
      round: 0,
      result: {
        requests,
        rps: requests / 5,
        p50,
        p99,
        histogramP50: Math.floor(p50),
        histogramP99: Math.floor(p99),
        latencies: latenciesWith(p50, p99),
        failures: 0,
        firstFailure: null,
      },
      fetches: requests * 2,
      cpu: { gateway: 50 },
    });
    const summaries = summarize(
      [m('kyodo', 500, 10, 25), m('kyodo', 700, 12, 40), m('hive', 400, 20, 50), m('hive-rust', 1400, 5, 9)],
      5,
    );
    const ours = summaries.find((s) => s.gateway === 'kyodo')!;
    // Pooled: the 200 answers' rank 100 is round one's median (10), rank 198 round two's p99 (40), and the single
    // rounds' ratios, 2.5x and 3.3x, are kept beside them.
    expect(ours).toMatchObject({ rps: 120, p50: 10, p99: 40, fetchesPerRequest: 2, cpu: { gateway: 50 } });
    expect(ours.roundRatios[0]).toBeCloseTo(2.5);
    expect(ours.roundRatios[1]).toBeCloseTo(40 / 12);
    expect(goalChecks(summaries)).toEqual([
      'MISS  x: >= Hive (1.50x), !>= 0.8x Hive+Rust (0.43x), !p99 <= 3x p50 (4.0x)',
    ]);
    // The bare server's own ratio in the same run is named beside ours; it does not change the verdict.
    const withFloor = summarize(
      [m('kyodo', 500, 1, 4), m('hive', 400, 20, 50), m('floor', 900, 0.3, 1.5)],
      5,
    );
    expect(goalChecks(withFloor)).toEqual([
      'MISS  x: >= Hive (1.25x), !p99 <= 3x p50 (4.0x; bare server 5.0x)',
    ]);
    // The goal reads the exact latencies: 1.9 ms and 5.5 ms is within 3x, though whole milliseconds read 1 and 5.
    const fast = summarize([m('kyodo', 500, 1.9, 5.5), m('hive', 400, 2, 6)], 5);
    expect(fast.find((s) => s.gateway === 'kyodo')).toMatchObject({ histogramP50: 1, histogramP99: 5 });
    expect(goalChecks(fast)).toEqual(['MET   x: >= Hive (1.25x), p99 <= 3x p50 (2.9x)']);
  });
});
