import path from 'node:path';
import { UsageError } from '@kyodo/service-kit/runMain';

/** `npm run bench -- --compare [--rounds N] [--seconds S] [--warmup S] [--only TEXT] [--cpu-prof DIR]`. */
export interface CompareOptions {
  rounds: number;
  /** Measured seconds per gateway per round. */
  seconds: number;
  /** Unmeasured seconds before each measurement (JIT, caches, keep-alive connections). */
  warmupSeconds: number;
  /** Run only the scenarios whose name contains this. */
  only: string | null;
  /** Write a V8 CPU profile of the Kyodo gateway, the subgraphs and the engine (`<pid>.cpuprofile`) into this folder. */
  cpuProfileDir: string | null;
}

const NUMERIC = { '--rounds': 'rounds', '--seconds': 'seconds', '--warmup': 'warmupSeconds' } as const;

export function parseCompareFlags(argv: readonly string[]): CompareOptions {
  const options: CompareOptions = {
    rounds: 2,
    seconds: 5,
    warmupSeconds: 2,
    only: null,
    cpuProfileDir: null,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--compare') continue;
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const raw = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (flag !== '--only' && flag !== '--cpu-prof' && !(flag in NUMERIC))
      throw new UsageError(`unknown argument ${JSON.stringify(arg)} with --compare`);
    if (raw === undefined) throw new UsageError(`${flag} needs a value`);
    if (flag === '--only') {
      options.only = raw;
      continue;
    }
    if (flag === '--cpu-prof') {
      options.cpuProfileDir = path.resolve(raw);
      continue;
    }
    if (!/^[1-9][0-9]{0,2}$/.test(raw))
      throw new UsageError(`${flag} must be a whole number from 1 to 999 (got ${JSON.stringify(raw)})`);
    options[NUMERIC[flag as keyof typeof NUMERIC]] = Number(raw);
  }
  return options;
}
