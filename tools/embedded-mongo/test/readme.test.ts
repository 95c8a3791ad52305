/** Keeps the README's lists of supported commands, operators and stages true to the code. */
import fs from 'node:fs';
import path from 'node:path';
import { SUPPORTED_COMMANDS } from '../src/commands/engine.js';
import { SUPPORTED_ACCUMULATORS, SUPPORTED_STAGES } from '../src/query/pipeline.js';
import { QUERY_OPERATORS } from '../src/query/query.js';
import { UPDATE_OPERATORS } from '../src/update/update.js';

const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

/** Backticked names in the first `paragraphs` paragraphs under a `### heading`. */
function listed(heading: string, paragraphs = 1): string[] {
  const start = readme.indexOf(`### ${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = readme.slice(start).split('\n').slice(1).join('\n').trim();
  const text = body
    .split(/\n\s*\n/)
    .slice(0, paragraphs)
    .join('\n');
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
}

const sorted = (values: Iterable<string>) => [...values].sort();

test('commands', () => {
  expect(sorted(listed('Commands'))).toEqual(sorted(SUPPORTED_COMMANDS));
});

test('query operators', () => {
  expect(sorted(listed('Query operators', 2))).toEqual(sorted(QUERY_OPERATORS));
});

test('update operators', () => {
  expect(sorted(listed('Update operators'))).toEqual(sorted(UPDATE_OPERATORS));
});

test('aggregation stages', () => {
  expect(sorted(listed('Aggregation stages'))).toEqual(sorted(SUPPORTED_STAGES));
});

test('$group accumulators', () => {
  expect(sorted(listed('$group accumulators'))).toEqual(sorted(SUPPORTED_ACCUMULATORS));
});
