/**
 * The engine section's heap. The embedded engine runs in the bench's own process and holds about 5 KB per booking
 * with the facilities service's twelve indexes (the document, its index entries, sort keys and flat keys; measured
 * as the process's resident size while 100x was built: 10 GB at 1.7 million bookings), so 100x the demo data
 * (2.2 million bookings, 3.6 million documents) needs far more than node's default heap limit (about 4 GiB). When the limit is below what the
 * largest scale needs, the section runs again in a child node with --max-old-space-size raised to that (the
 * engine, the driver and the timings all in that child, as they would be here; with gc exposed, so a scale's build
 * is collected before its queries are timed), and the table says under which limit it ran.
 */
import { spawn } from 'node:child_process';
import { getHeapStatistics } from 'node:v8';

/** Heap per 1x of demo data held by the engine (18k bookings and 18k other documents), and a floor. */
const MIB_PER_SCALE = 144;
const BASE_MIB = 1024;
/** Set in the child, so it never spawns another. */
const RAISED_ENV = 'KYODO_BENCH_ENGINE_HEAP_MIB';

/** The heap the largest scale needs: its databases and the 1x seed are alive at once (each scale is dropped after). */
export function heapNeededMiB(scales: readonly number[]): number {
  return BASE_MIB + MIB_PER_SCALE * (Math.max(...scales) + 1);
}

export function heapLimitMiB(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024));
}

/** Whether this process is the child started with a raised heap. */
export function heapRaised(): boolean {
  return process.env[RAISED_ENV] !== undefined;
}

/** Runs this same command again in a child node whose heap limit is `mib`; resolves with its exit code. */
export function rerunWithHeap(mib: number): Promise<number> {
  // --expose-gc: the bench collects the build's garbage before timing a scale's queries.
  const args = [...process.execArgv, `--max-old-space-size=${mib}`, '--expose-gc', process.argv[1] as string];
  const child = spawn(process.execPath, [...args, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [RAISED_ENV]: String(mib) },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
