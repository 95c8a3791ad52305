#!/usr/bin/env node
/**
 * `npm run codegen:check`: generates every output of codegen.ts in memory and fails (exit 1) when a file on disk
 * differs or is missing, naming it. Nothing is written. (@graphql-codegen/cli 5 has no --check flag.)
 */
const { readFileSync, existsSync } = require('node:fs');
const { resolve } = require('node:path');
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');

async function main() {
  const configFilePath = resolve(process.argv[2] ?? 'codegen.ts');
  const { config } = await loadCodegenConfig({ configFilePath });
  const outputs =
    Object.keys(config.generates ?? {}).length === 0
      ? []
      : await generate({ ...config, silent: true }, false);
  const stale = outputs
    .filter(({ filename, content }) => !existsSync(filename) || readFileSync(filename, 'utf8') !== content)
    .map(({ filename }) => filename);
  if (stale.length > 0) {
    console.error(`Generated files are out of date (run npm run codegen):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`${outputs.length} generated file(s) up to date`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
