/** The bench's pure parts: flag parsing and percentiles (unit-tested; the run itself is not a test). */
import { UsageError } from '@kyodo/service-kit/runMain';

export interface BenchOptions {
  requests: number;
  concurrency: number;
}

const FLAGS = { '--requests': 'requests', '--concurrency': 'concurrency' } as const;

/** `--requests N` (default 200 per query) and `--concurrency C` (default 8), also as `--flag=value`. */
export function parseFlags(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { requests: 200, concurrency: 8 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!(flag in FLAGS)) throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
    const raw = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (raw === undefined) throw new UsageError(`${flag} needs a value`);
    if (!/^[1-9][0-9]{0,6}$/.test(raw))
      throw new UsageError(`${flag} must be a whole number from 1 to 9999999 (got ${JSON.stringify(raw)})`);
    options[FLAGS[flag as keyof typeof FLAGS]] = Number(raw);
  }
  return options;
}

/** Nearest-rank percentile (p in 0..100) of ascending-sorted values; NaN when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}
