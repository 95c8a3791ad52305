import { type ChildProcess, spawn } from 'node:child_process';
import { forEachLine } from './logLines.js';

export interface ProcessSpec {
  name: string;
  /** Absolute path of the node script to run. */
  script: string;
  /** Its environment; a function is asked again at every start (a restart may need fresh values, e.g. KYODO_NOW). */
  env: NodeJS.ProcessEnv | (() => NodeJS.ProcessEnv);
  /** Where each output line goes (prefixing is the caller's business). */
  onLine: (name: string, line: string, stream: 'stdout' | 'stderr') => void;
  /** Called each time the process is spawned (the first start and every restart). */
  onStart?: (pid: number | undefined) => void;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * One child node process: spawned in its own process group, so a terminal's Ctrl-C reaches only the launcher,
 * which then stops the children in order (gateway first, database last).
 */
export class ManagedProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<ExitInfo> | null = null;
  private stopping = false;

  constructor(
    readonly spec: ProcessSpec,
    /** Called when the process exits without being asked to. */
    private readonly onUnexpectedExit: (name: string, exit: ExitInfo) => void,
  ) {}

  get running(): boolean {
    return this.child !== null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    if (this.child) throw new Error(`${this.spec.name} is already running`);
    this.stopping = false;
    const child = spawn(process.execPath, [this.spec.script], {
      env: typeof this.spec.env === 'function' ? this.spec.env() : this.spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.child = child;
    this.spec.onStart?.(child.pid);
    forEachLine(child.stdout, (line) => this.spec.onLine(this.spec.name, line, 'stdout'));
    forEachLine(child.stderr, (line) => this.spec.onLine(this.spec.name, line, 'stderr'));
    this.exited = new Promise<ExitInfo>((resolve) => {
      child.once('error', (error) => {
        this.spec.onLine(this.spec.name, `could not start: ${error.message}`, 'stderr');
      });
      child.once('exit', (code, signal) => {
        this.child = null;
        const info = { code, signal };
        if (!this.stopping) this.onUnexpectedExit(this.spec.name, info);
        resolve(info);
      });
    });
  }

  /** Asks the process to stop (SIGTERM: it finishes in-flight requests), then kills it after `graceMs`. */
  async stop(graceMs = 10_000): Promise<ExitInfo | null> {
    const child = this.child;
    const exited = this.exited;
    if (!child || !exited) return null;
    this.stopping = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      this.spec.onLine(this.spec.name, `did not stop within ${graceMs} ms: killing it`, 'stderr');
      child.kill('SIGKILL');
    }, graceMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Last resort when the launcher itself is exiting: SIGKILL now, synchronously, so no child outlives it. */
  killNow(): void {
    if (!this.child) return;
    this.stopping = true;
    this.child.kill('SIGKILL');
  }

  /** Kills the process at once, as a crash would (tests use it to take a subgraph down). */
  async kill(): Promise<ExitInfo | null> {
    const child = this.child;
    const exited = this.exited;
    if (!child || !exited) return null;
    this.stopping = true;
    child.kill('SIGKILL');
    return exited;
  }
}
