import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

/** Calls `onLine` for each line `stream` emits (a child's stdout or stderr), without the newline. */
export function forEachLine(stream: Readable, onLine: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

const COLOURS = [36, 35, 33, 32, 34, 31];

/** `[funding]     ` padded to a common width, coloured when writing to a terminal. */
export function makePrefixer(names: readonly string[], colour: boolean): (name: string) => string {
  const width = Math.max(...names.map((n) => n.length));
  return (name) => {
    const label = `[${name}]`.padEnd(width + 2);
    if (!colour) return label;
    const code = COLOURS[Math.max(0, names.indexOf(name)) % COLOURS.length];
    return `\u001b[${code}m${label}\u001b[0m`;
  };
}
