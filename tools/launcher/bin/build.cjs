// Runs `tsc -b` with a line per project, so a first build (about two minutes) is visible instead of silent.
// Plain JavaScript: it runs before anything is compiled.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { createInterface } = require('node:readline');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const STILL_EVERY_MS = 15_000;

/**
 * Builds `projects` (paths relative to the repository; none: everything) and resolves with tsc's exit code.
 * `say` gets the progress lines; compiler errors go to stderr as tsc prints them.
 */
function build(projects, say) {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const child = spawn(process.execPath, [tsc, '-b', '--verbose', ...projects], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started = Date.now();
  let total = 0;
  let done = 0;
  let current = null;
  let currentSince = 0;
  const ticker = setInterval(() => {
    if (current) say(`still compiling ${current} (${Math.round((Date.now() - currentSince) / 1000)} s)`);
  }, STILL_EVERY_MS);
  createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
    // Paths are relative (`services/kit/tsconfig.json`, the root's is just `tsconfig.json`) or absolute.
    const listed = /^\s+\* (?:.+\/)?tsconfig\.json$/.exec(line);
    const building = /Building project '(?:(.+)\/)?tsconfig\.json'/.exec(line);
    const upToDate = /Project '(?:.+\/)?tsconfig\.json' is up to date/.exec(line);
    if (listed) total += 1;
    else if (upToDate) done += 1;
    else if (building) {
      done += 1;
      current = path.relative(ROOT, path.resolve(ROOT, building[1] ?? '.')) || 'the root project';
      currentSince = Date.now();
      say(`compiling ${current} (${done}/${total})`);
    } else if (
      / - (Projects in this build|Project '.+' is out of date|Updating )/.test(line) ||
      !line.trim()
    ) {
      // tsc's reasoning about each project: the lines above say enough.
    } else process.stderr.write(`${line}\n`);
  });
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      clearInterval(ticker);
      const seconds = Math.round((Date.now() - started) / 1000);
      if (code === 0) say(current ? `built in ${seconds} s` : 'build is up to date');
      resolve(code ?? 1);
    });
  });
}

module.exports = { build, ROOT };
