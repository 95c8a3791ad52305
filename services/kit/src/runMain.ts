/**
 * The one entry point of every Kyodo process (subgraphs, gateway, launcher, seed, importers, reports, bench, release
 * checks): run `main`, turn its outcome into an exit code, and say what went wrong in one line a person can act on.
 *
 * Exit codes follow POSIX utilities: 0 done, 1 failed (a bad environment value is a failure of the setup, not of
 * the command line), 2 bad usage (a flag or argument the command cannot take). Only node built-ins here: the CLIs
 * load this file alone (`@kyodo/service-kit/runMain`), not the kit's server side.
 */

/** A bad environment value; the message names the variable and the value so the operator can fix it. Exit 1. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A bad flag or argument; the message names it and the value. Exit 2, with the command's usage line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What a main may end with: an exit code, or nothing for a process that keeps serving until a signal. */
export type MainOutcome = number | void;

export interface RunMainOptions {
  /** The command as people type it (`npm run report`, `gateway`): the prefix of usage and crash lines. */
  name: string;
  /** Printed after a UsageError's message. */
  usage?: string;
  /** Where the lines go (tests); stderr by default. */
  writeError?: (text: string) => void;
  /** How the process ends (tests); process.exit by default. */
  exit?: (code: number) => void;
}

/** The exit code for an error main threw: 1 for a ConfigError or a crash, 2 for a UsageError. */
export function exitCodeOf(error: unknown): 1 | 2 {
  return error instanceof UsageError ? 2 : 1;
}

/** The line printed for an error main threw; a crash keeps its stack, since nobody foresaw it. */
export function describeFailure(error: unknown, options: Pick<RunMainOptions, 'name' | 'usage'>): string {
  // A ConfigError's message already says whose configuration it is ("Invalid gateway configuration: ...").
  if (error instanceof ConfigError) return error.message;
  if (error instanceof UsageError)
    return `${options.name}: ${error.message}${options.usage ? `\n${options.usage}` : ''}`;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${options.name} failed: ${detail}`;
}

/**
 * Runs `main` as the process: a number it returns is the exit code (the process exits then, even with handles
 * still open, such as a closed client's timers); nothing returned leaves a server running. A thrown error is one
 * message on stderr and exit code 1 or 2 (see exitCodeOf).
 */
export function runMain(main: () => MainOutcome | Promise<MainOutcome>, options: RunMainOptions): void {
  const writeError = options.writeError ?? ((text: string) => process.stderr.write(text));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const fail = (error: unknown) => {
    writeError(`${describeFailure(error, options)}\n`);
    exit(exitCodeOf(error));
  };
  let outcome: MainOutcome | Promise<MainOutcome>;
  try {
    outcome = main();
  } catch (error) {
    fail(error);
    return;
  }
  void Promise.resolve(outcome).then((code) => {
    if (typeof code === 'number') exit(code);
  }, fail);
}
