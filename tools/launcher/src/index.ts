import { randomBytes } from 'node:crypto';
import { DEVELOPMENT_JWT_SECRET, SUBGRAPH_NAMES, findRepoRoot, issueLocalToken } from '@kyodo/gateway';
import { readProcessClock, runMain } from '@kyodo/service-kit';
import { banner } from './banner.js';
import { readLauncherConfig } from './config.js';
import { type Launched, describeExit, launch } from './launch.js';
import { makePrefixer } from './logLines.js';
import { isFreshDataDir, missingSharedData } from './sharedData.js';
import { DEFAULT_RESTART_POLICY } from './supervisor.js';

export { launch, describeExit, type LaunchOptions, type Launched, type ProcessName } from './launch.js';
export { readLauncherConfig, type LauncherConfig } from './config.js';
export { freePort } from './ports.js';
export { ManagedProcess, type ExitInfo } from './managedProcess.js';
export { DEFAULT_RESTART_POLICY, Supervisor, type RestartPolicy } from './supervisor.js';

const TOKEN_HOURS = 12;

/** `npm start` (through bin/start.cjs, which builds first): the whole graph with demo data, until Ctrl-C. */
export function main(): void {
  runMain(startGraph, { name: 'npm start' });
}

async function startGraph(): Promise<number | void> {
  const config = readLauncherConfig();
  const clock = readProcessClock();
  const prefix = makePrefixer(['launcher', ...SUBGRAPH_NAMES, 'gateway'], process.stdout.isTTY === true);
  const say = (line: string) => process.stdout.write(`${prefix('launcher')} ${line}\n`);
  // A fresh internal secret per launch: only these processes need it, and nothing outside can forge a viewer.
  const internalSecret = process.env.KYODO_INTERNAL_SECRET || randomBytes(32).toString('hex');
  const jwtSecret =
    process.env.KYODO_JWT_SECRET || (process.env.KYODO_JWKS_URL ? null : DEVELOPMENT_JWT_SECRET);

  let running: Launched | null = null;
  let starting: Promise<unknown> | null = null;
  let shuttingDown = false;
  const interrupt = new AbortController();
  const shutdown = async (reason: string, exitCode: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`${reason}: stopping the gateway, the subgraphs and the database`);
    if (running) await running.stop();
    else {
      // Still starting: the launch stops what it started when it sees the abort.
      interrupt.abort();
      await starting?.catch(() => undefined);
    }
    say('stopped');
    process.exit(exitCode);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      say(`${signal} again: exiting now`);
      process.exit(1);
    }
    void shutdown(signal, 0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // A first start on the embedded engine seeds from the open data: say so in one line if it is not there.
  if (!config.mongodbUri && isFreshDataDir(config.dataDir)) {
    const missing = missingSharedData(findRepoRoot(__dirname));
    if (missing) {
      console.error(`${prefix('launcher')} ${missing}`);
      return 1;
    }
  }
  say(
    config.mongodbUri
      ? 'using MONGODB_URI'
      : `starting the embedded MongoDB engine (data in ${config.dataDir}); set MONGODB_URI to use a real server`,
  );
  const restart = { ...DEFAULT_RESTART_POLICY, initialDelayMs: config.restartDelayMs };
  try {
    const launching = launch({
      mongodbUri: config.mongodbUri,
      dataDir: config.dataDir,
      gatewayPort: config.gatewayPort,
      subgraphPorts: config.subgraphPorts,
      internalSecret,
      readyTimeoutMs: config.readyTimeoutMs,
      now: clock(),
      onLine: (name, line) => process.stdout.write(`${prefix(name)} ${line}\n`),
      signal: interrupt.signal,
      restart,
      onStarted: (name, pid) => say(`started ${name} (pid ${pid ?? 'unknown'})`),
      onProgress: say,
      onRestart: (name, exit, delayMs, exits) =>
        say(
          `${name} ${describeExit(exit)}: restarting it in ${seconds(delayMs)} ` +
            `(exit ${exits} of ${restart.maxExits} allowed within ${seconds(restart.windowMs)}); ` +
            `meanwhile the gateway answers without it and /ready names it`,
        ),
      onUnexpectedExit: (name, exit, reason) =>
        void shutdown(`${name} ${describeExit(exit)} ${reason}; its log is above`, 1),
    });
    starting = launching;
    running = await launching;
  } catch (error) {
    if (!shuttingDown) {
      console.error(`${prefix('launcher')} could not start: ${(error as Error).message}`);
      return 1;
    }
    return;
  }
  const staffToken = jwtSecret
    ? await issueLocalToken({ sub: 'local-staff', role: 'staff', organizationIds: [] }, jwtSecret, {
        ttlSeconds: TOKEN_HOURS * 3600,
        issuer: process.env.KYODO_JWT_ISSUER || null,
        audience: process.env.KYODO_JWT_AUDIENCE || null,
      })
    : null;
  process.stdout.write(
    banner({
      gatewayUrl: running.gatewayUrl,
      mongo: running.embedded
        ? `embedded engine at ${running.mongodbUri} (data in ${config.dataDir})`
        : 'MONGODB_URI',
      staffToken,
      tokenHours: TOKEN_HOURS,
      now: clock(),
    }),
  );
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

if (require.main === module) main();
