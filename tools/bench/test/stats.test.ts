import { UsageError } from '@kyodo/service-kit/runMain';
import { parseFlags, percentile } from '../src/stats.js';

describe('bench flags', () => {
  it('defaults to 200 requests per query at concurrency 8', () => {
    expect(parseFlags([])).toEqual({ requests: 200, concurrency: 8 });
  });

  it('reads both flags, spaced or with =', () => {
    expect(parseFlags(['--requests', '50', '--concurrency=4'])).toEqual({ requests: 50, concurrency: 4 });
  });

  it.each([
    [['--requests', '0'], '"0"'],
    [['--requests', 'ten'], '"ten"'],
    [['--concurrency=-3'], '"-3"'],
    [['--requests', '1.5'], '"1.5"'],
    [['--fast'], '"--fast"'],
  ])('refuses %j naming the value', (argv, named) => {
    expect(() => parseFlags(argv)).toThrow(UsageError);
    expect(() => parseFlags(argv)).toThrow(named);
  });

  it('refuses a flag with no value', () => {
    expect(() => parseFlags(['--requests'])).toThrow('--requests needs a value');
  });
});

describe('percentile (nearest rank)', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);

  it('picks the nearest-rank value', () => {
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7, 9, 30], 50)).toBe(9);
    expect(percentile([7, 9, 30], 99)).toBe(30);
  });

  it('is the only value of one, and NaN of none', () => {
    expect(percentile([4], 0)).toBe(4);
    expect(percentile([], 50)).toBeNaN();
  });
});
