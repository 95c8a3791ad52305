import type { ExitInfo, ManagedProcess } from './managedProcess.js';

/** How the launcher restarts a child that exits on its own. */
export interface RestartPolicy {
  /** Delay before the first restart; it doubles for each further exit within the window. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** This many exits of one child within `windowMs` is a crash loop: the launcher gives up. */
  maxExits: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 15_000,
  maxExits: 5,
  windowMs: 60_000,
};

export interface SupervisorEvents {
  /** `child` exited on its own and starts again in `delayMs`; `exits` counts its exits within the window. */
  onRestart(name: string, exit: ExitInfo, delayMs: number, exits: number): void;
  /** `child` exited `exits` times within the window: it stays down and the caller stops everything. */
  onCrashLoop(name: string, exit: ExitInfo, exits: number): void;
}

/**
 * Restarts children that exit unexpectedly, with exponential backoff, until one crash-loops. Hand-written: the
 * supervisors on npm (pm2, forever) are whole process managers with their own daemons and logs, where the launcher
 * needs one timer per child.
 */
export class Supervisor {
  private readonly exitTimes = new Map<string, number[]>();
  private readonly pending = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly policy: RestartPolicy,
    private readonly events: SupervisorEvents,
    private readonly now: () => number = Date.now,
  ) {}

  /** The delay before the restart that follows `exits` exits within the window. */
  delayFor(exits: number): number {
    return Math.min(this.policy.maxDelayMs, this.policy.initialDelayMs * 2 ** Math.max(0, exits - 1));
  }

  /** Called when `child` exited without being asked to. */
  childExited(child: ManagedProcess, exit: ExitInfo): void {
    if (this.stopped) return;
    const name = child.spec.name;
    const now = this.now();
    const times = (this.exitTimes.get(name) ?? []).filter((t) => now - t < this.policy.windowMs);
    times.push(now);
    this.exitTimes.set(name, times);
    if (times.length >= this.policy.maxExits) {
      this.events.onCrashLoop(name, exit, times.length);
      return;
    }
    const delayMs = this.delayFor(times.length);
    this.events.onRestart(name, exit, delayMs, times.length);
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      if (!this.stopped && !child.running) child.start();
    }, delayMs);
    this.pending.add(timer);
  }

  /** No more restarts: pending ones are cancelled (the launcher is stopping). */
  stop(): void {
    this.stopped = true;
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
