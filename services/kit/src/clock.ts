import type { Clock } from '@kyodo/domain';
import { instant } from './config.js';
import { ConfigError } from './runMain.js';

/**
 * The clock of a process: the machine's, or, with KYODO_NOW, one that starts at that instant and runs forward from
 * there in real time (so a demo or a test run can live on any date and bookings still move on).
 */
export function processClock(startsAt?: Date, realNow: () => number = Date.now): Clock {
  if (!startsAt) return () => new Date(realNow());
  const offset = startsAt.getTime() - realNow();
  return () => new Date(realNow() + offset);
}

/**
 * The process clock of an environment: KYODO_NOW (validated, a ConfigError naming it when bad) or the machine's.
 * CLIs load this file alone (`@kyodo/service-kit/clock`), without the kit's server side.
 */
export function readProcessClock(env: NodeJS.ProcessEnv = process.env): Clock {
  const value = env.KYODO_NOW?.trim();
  if (!value) return processClock();
  const parsed = instant.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(`KYODO_NOW ${parsed.error.issues[0]?.message} (got ${JSON.stringify(value)})`);
  }
  return processClock(parsed.data);
}
