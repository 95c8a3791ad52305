import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every process a test run started, found by a marker in its environment: a test gives its launcher
 * `KYODO_E2E_RUN=<marker>` and every descendant inherits it (the launcher passes its environment on). Hand-written
 * rather than a process-tree walk (tree-kill, ps-tree): a tree loses the children of a launcher that died, which
 * are exactly the ones that leak. Reads /proc, so Linux only, like the CI machine.
 */
export const RUN_MARKER_VARIABLE = 'KYODO_E2E_RUN';

/** The live processes whose environment carries `marker` (zombies and other users' processes have none to read). */
export function processesOfRun(marker: string): number[] {
  const wanted = `${RUN_MARKER_VARIABLE}=${marker}`;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
    } catch {
      // Gone meanwhile, or not ours to read.
      continue;
    }
    if (environ.split('\0').includes(wanted)) pids.push(Number(entry));
  }
  return pids;
}

/** SIGKILLs every process of the run that is still alive; returns their pids. */
export function killProcessesOfRun(marker: string): number[] {
  const pids = processesOfRun(marker);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Exited between the scan and the kill.
    }
  }
  return pids;
}
