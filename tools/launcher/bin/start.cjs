// `npm start`: build what changed (tsc -b, with progress), then start the launcher.
const { build } = require('./build.cjs');

const say = (line) => process.stdout.write(`[launcher]      ${line}\n`);

say('building (tsc -b): the first build takes about two minutes, later ones only recompile what changed');
build([], say).then((code) => {
  if (code !== 0) {
    say('the build failed (errors above): fix them and run npm start again');
    process.exit(code);
  }
  require('../dist/src/index.js').main();
});
