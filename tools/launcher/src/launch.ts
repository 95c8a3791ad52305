import { existsSync } from 'node:fs';
import path from 'node:path';
import { type EmbeddedMongo, startEmbeddedMongo } from '@kyodo/embedded-mongo';
import { SUBGRAPHS, type SubgraphName, findRepoRoot, subgraphUrlVariable } from '@kyodo/gateway';
import { processClock } from '@kyodo/service-kit';
import { type ExitInfo, ManagedProcess } from './managedProcess.js';
import { assertPortFree } from './ports.js';
import { DEFAULT_RESTART_POLICY, type RestartPolicy, Supervisor } from './supervisor.js';
import { waitForReady } from './waitForReady.js';
import { seedDemoWorld } from './seedDemoWorld.js';

export type ProcessName = SubgraphName | 'gateway';

export interface LaunchOptions {
  /** Use this MongoDB server; without it an embedded engine is started in this process. */
  mongodbUri?: string | null;
  /** Where the embedded engine persists; null keeps its data in memory. */
  dataDir?: string | null;
  gatewayPort: number;
  subgraphPorts: Record<SubgraphName, number>;
  internalSecret: string;
  /** Environment the children start from (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Extra variables for the gateway only (limits, timeouts...). */
  gatewayEnv?: Record<string, string>;
  readyTimeoutMs: number;
  onLine: (name: string, line: string, stream: 'stdout' | 'stderr') => void;
  /**
   * The instant the demo world is dated to (the launcher's clock: KYODO_NOW, else the machine's). The children's
   * clocks run on from it: each (re)start gets KYODO_NOW = this instant plus the time since the launch began.
   */
  now: Date;
  /** Aborting it while the launch waits for readiness stops everything started and rejects the launch. */
  signal?: AbortSignal;
  /**
   * How a child that exits on its own after the launch is restarted (default DEFAULT_RESTART_POLICY); null: never,
   * every such exit is reported to onUnexpectedExit.
   */
  restart?: RestartPolicy | null;
  /** A child exited on its own and will be started again in `delayMs`. */
  onRestart?: (name: ProcessName, exit: ExitInfo, delayMs: number, exits: number) => void;
  /** While waiting for readiness, every 10 s: what is still starting. */
  onProgress?: (message: string) => void;
  /** A child (re)started: its pid, for logs. */
  onStarted?: (name: ProcessName, pid: number | undefined) => void;
  /**
   * A child exited on its own after the launch succeeded and stays down: restarts are off, or it crash-looped
   * (`reason` says which). The caller decides what happens to the rest, usually stopping everything.
   */
  onUnexpectedExit: (name: ProcessName, exit: ExitInfo, reason: string) => void;
}

export interface Launched {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  mongodbUri: string;
  /** True when the engine runs inside this process. */
  embedded: boolean;
  processes: Record<ProcessName, ManagedProcess>;
  /** Stops the gateway, then the subgraphs, then the embedded engine. Safe to call twice. */
  stop(): Promise<void>;
}

export function describeExit(exit: ExitInfo): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Starts the whole graph: a database (embedded unless a URI is given) with the demo world seeded into its empty
 * databases, the four subgraphs and the gateway, as child processes, and resolves once the gateway's /ready says every subgraph is
 * ready. If a child dies or readiness times out first, everything started is stopped and the launch rejects.
 * Afterwards a child that exits is restarted with backoff (the gateway serves partial data meanwhile) until it
 * crash-loops, which onUnexpectedExit reports.
 */
export async function launch(options: LaunchOptions): Promise<Launched> {
  const root = findRepoRoot(__dirname);
  const scripts: Record<ProcessName, string> = {
    ...(Object.fromEntries(
      SUBGRAPHS.map((s) => [s.name, path.join(root, 'services', s.name, 'dist', 'src', 'main.js')]),
    ) as Record<SubgraphName, string>),
    gateway: path.join(root, 'gateway', 'dist', 'src', 'main.js'),
  };
  for (const [name, script] of Object.entries(scripts)) {
    if (!existsSync(script))
      throw new Error(`${name}: ${path.relative(root, script)} is missing; build first (npx tsc -b)`);
  }
  const ports: [string, number][] = [
    ['gateway', options.gatewayPort],
    ...SUBGRAPHS.map((s): [string, number] => [s.name, options.subgraphPorts[s.name]]),
  ];
  for (const [name, port] of ports) {
    await assertPortFree(port).catch((error: NodeJS.ErrnoException) => {
      throw new Error(
        `${name}: port ${port} is not free (${error.code ?? error.message}); set its port variable to another`,
      );
    });
  }

  // One clock for every child, however late it (re)starts: a subgraph restarted an hour in must not live an hour
  // behind the gateway.
  const clock = processClock(options.now);
  let mongo: EmbeddedMongo | null = null;
  const mongodbUri =
    options.mongodbUri ??
    (mongo = await startEmbeddedMongo(options.dataDir ? { dataDir: options.dataDir } : {})).uri;
  try {
    await seedDemoWorld(mongodbUri, options.now);
  } catch (error) {
    await mongo?.stop();
    throw new Error(`seeding the demo world failed: ${(error as Error).message}`);
  }

  let launched = false;
  let failure: string | null = null;
  const policy = options.restart === undefined ? DEFAULT_RESTART_POLICY : options.restart;
  const supervisor = policy
    ? new Supervisor(policy, {
        onRestart: (name, exit, delayMs, exits) => {
          options.onRestart?.(name as ProcessName, exit, delayMs, exits);
        },
        onCrashLoop: (name, exit, exits) =>
          options.onUnexpectedExit(
            name as ProcessName,
            exit,
            `for the ${ordinal(exits)} time within ${Math.round(policy.windowMs / 1000)} s (a crash loop)`,
          ),
      })
    : null;
  const onExit = (name: string, exit: ExitInfo) => {
    if (!launched) {
      failure ??= `${name} ${describeExit(exit)} while starting (its log is above)`;
      return;
    }
    if (supervisor) supervisor.childExited(processes[name as ProcessName], exit);
    else options.onUnexpectedExit(name as ProcessName, exit, 'unexpectedly');
  };
  const base = { ...(options.env ?? process.env) };
  delete base.PORT;
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${options.subgraphPorts[s.name]}/graphql`]),
  ) as Record<SubgraphName, string>;

  const processes = {} as Record<ProcessName, ManagedProcess>;
  // The children run in their own process groups; if this process exits without stopping them, kill them.
  const killAll = () => Object.values(processes).forEach((p) => p.killNow());
  process.once('exit', killAll);
  for (const { name } of SUBGRAPHS) {
    processes[name] = new ManagedProcess(
      {
        name,
        script: scripts[name],
        onLine: options.onLine,
        onStart: (pid) => options.onStarted?.(name, pid),
        env: () => ({
          ...base,
          PORT: String(options.subgraphPorts[name]),
          HOST: '127.0.0.1',
          MONGODB_URI: mongodbUri,
          KYODO_INTERNAL_SECRET: options.internalSecret,
          // Subgraphs check references to each other's entities (e.g. a booking's organization) through federation.
          ...Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlVariable(s.name), subgraphUrls[s.name]])),
          KYODO_NOW: clock().toISOString(),
        }),
      },
      onExit,
    );
  }
  processes.gateway = new ManagedProcess(
    {
      name: 'gateway',
      script: scripts.gateway,
      onLine: options.onLine,
      onStart: (pid) => options.onStarted?.('gateway', pid),
      env: () => ({
        ...base,
        // Picks up `npm run compose` without a restart in local use.
        KYODO_SUPERGRAPH_POLL_MS: base.KYODO_SUPERGRAPH_POLL_MS ?? '1000',
        ...options.gatewayEnv,
        PORT: String(options.gatewayPort),
        HOST: '127.0.0.1',
        KYODO_INTERNAL_SECRET: options.internalSecret,
        KYODO_NOW: clock().toISOString(),
        ...Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlVariable(s.name), subgraphUrls[s.name]])),
      }),
    },
    onExit,
  );

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      launched = false;
      failure ??= 'stopping';
      supervisor?.stop();
      await processes.gateway.stop();
      await Promise.all(SUBGRAPHS.map((s) => processes[s.name].stop()));
      await mongo?.stop();
      process.off('exit', killAll);
    })());

  try {
    for (const child of Object.values(processes)) child.start();
    const gatewayUrl = `http://127.0.0.1:${options.gatewayPort}/graphql`;
    await waitForReady(
      new URL('/ready', gatewayUrl).toString(),
      options.readyTimeoutMs,
      () => failure ?? (options.signal?.aborted ? 'interrupted while starting' : null),
      (seconds, waitingFor) =>
        options.onProgress?.(
          `${seconds} s: waiting for ${waitingFor} (a first start seeds the demo data: about a minute)`,
        ),
    );
    launched = true;
    return { gatewayUrl, subgraphUrls, mongodbUri, embedded: mongo !== null, processes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
