// `npm run token`: runs the compiled gateway's token command without rebuilding it (building only when it is
// missing), so a token takes a fraction of a second.
const { existsSync } = require('node:fs');
const path = require('node:path');
const { build, ROOT } = require('./build.cjs');

const compiled = path.join(ROOT, 'gateway', 'dist', 'src', 'token.js');
const say = (line) => process.stderr.write(`token: ${line}\n`);

if (existsSync(compiled)) {
  require(compiled).runTokenCommand(process.argv.slice(2));
} else {
  say('the gateway is not built yet: building it first');
  build(['gateway'], say).then((code) => {
    if (code !== 0) process.exit(code);
    require(compiled).runTokenCommand(process.argv.slice(2));
  });
}
