/**
 * An ObjectId's 24 hex digits as one flat string. bson's toHexString joins twelve 2-digit pieces with `+`, which V8
 * keeps as a rope of cons strings (about 220 bytes on the heap instead of 40); index keys and _id keys hold such a
 * string per document and per index, so at a few million documents the ropes alone take gigabytes. Hand-written
 * because bson has no flat variant; it reads the four 24-bit words bson 7 keeps (falling back to the public bytes).
 */
import type { ObjectId } from 'bson';

const DIGITS = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

interface ObjectIdWords {
  i0?: unknown;
  i1: number;
  i2: number;
  i3: number;
}

/** The id's hex digits after `prefix` (a few ASCII characters), as a flat string. */
export function objectIdHex(id: ObjectId, prefix = ''): string {
  const words = id as unknown as ObjectIdWords;
  if (typeof words.i0 !== 'number') return prefix + Buffer.from(id.id).toString('hex');
  const codes: number[] = [];
  for (let i = 0; i < prefix.length; i++) codes.push(prefix.charCodeAt(i));
  for (const word of [words.i0, words.i1, words.i2, words.i3]) {
    for (let shift = 20; shift >= 0; shift -= 4) codes.push(DIGITS[(word >>> shift) & 15] as number);
  }
  return String.fromCharCode(...codes);
}
