/**
 * Engine internals: an index entry's flat key (one string) orders exactly as its keys compare field by field
 * (compareSortKeys, each field's direction, then the sequence). The B+ tree mixes both comparisons (stored entries
 * by flat key, bounds by their keys), so any disagreement would misplace entries.
 */
import { Binary, Decimal128, Long, MaxKey, MinKey, ObjectId, Timestamp } from 'bson';
import { flatKeyOf } from '../src/storage/flatKey.js';
import { compareSortKeys, sortKeyOf, type SortKey } from '../src/storage/keyOrder.js';

const VALUES: unknown[] = [
  null,
  undefined,
  new MinKey(),
  new MaxKey(),
  -Infinity,
  -1e300,
  -2.5,
  -1,
  -0,
  0,
  5e-324,
  1,
  1.5,
  2 ** 53,
  Infinity,
  new Long(7),
  Long.fromString('-9007199254740993'),
  Decimal128.fromString('2.25'),
  '',
  '\u0000',
  '\u0000a',
  'a',
  'a\u0000',
  'ab',
  'b',
  '\u00fd',
  '\u00fe',
  '\u00ff',
  '\u0100',
  '焼津',
  '焼津市',
  '\uffff',
  '\ud83d\ude00',
  false,
  true,
  new Date(-1),
  new Date(0),
  new Date(Date.UTC(2026, 3, 1)),
  new ObjectId('000000000000000000000000'),
  new ObjectId('64b000000000000000000001'),
  new ObjectId('64b0000000000000000000ff'),
  new ObjectId('ffffffffffffffffffffffff'),
  new Timestamp({ t: 1, i: 2 }),
  new Binary(Buffer.from('ab')),
  /ab/i,
  { a: 1 },
  { a: 'x', b: [1] },
];

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

function fieldByField(a: SortKey[], b: SortKey[], directions: number[], seqA: number, seqB: number): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareSortKeys(a[i] as SortKey, b[i] as SortKey);
    if (c !== 0) return c * (directions[i] as number);
  }
  return seqA - seqB;
}

function flatOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

describe('flat index keys', () => {
  const keys = VALUES.map(sortKeyOf);

  test.each([[[1]], [[-1]]])('one field (direction %j): the same order as compareSortKeys', (directions) => {
    for (const [i, a] of keys.entries()) {
      for (const [j, b] of keys.entries()) {
        const flatA = flatKeyOf([a], directions, i);
        const flatB = flatKeyOf([b], directions, j);
        expect(flatA).toBeDefined();
        const expected = sign(fieldByField([a], [b], directions, i, j));
        if (sign(flatOrder(flatA!, flatB!)) !== expected) {
          throw new Error(`${String(VALUES[i])} vs ${String(VALUES[j])}: flat ${flatOrder(flatA!, flatB!)}`);
        }
      }
    }
  });

  test('compound keys with mixed directions: the same order, equal keys by sequence', () => {
    const sample = keys.filter((_, i) => i % 3 === 0);
    const directions = [1, -1];
    let seq = 0;
    const entries = sample.flatMap((a) => sample.map((b) => ({ k: [a, b], seq: seq++ })));
    // Duplicate keys with other sequences, so ties are decided by the sequence.
    for (const entry of entries.slice(0, 20)) entries.push({ k: entry.k, seq: seq++ });
    const flat = entries.map((entry) => flatKeyOf(entry.k, directions, entry.seq)!);
    const disagreements: string[] = [];
    for (let i = 0; i < entries.length; i++) {
      for (let j = 0; j < entries.length; j++) {
        const a = entries[i]!;
        const b = entries[j]!;
        const expected = sign(fieldByField(a.k, b.k, directions, a.seq, b.seq));
        if (sign(flatOrder(flat[i]!, flat[j]!)) !== expected) disagreements.push(`${i} vs ${j}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  test('sequences order numerically across byte boundaries', () => {
    const key = sortKeyOf('x');
    const seqs = [0, 1, 255, 256, 65535, 65536, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 3, Number.MAX_SAFE_INTEGER];
    const flat = seqs.map((seq) => flatKeyOf([key], [1], seq)!);
    expect([...flat].sort()).toEqual(flat);
  });

  test('keys with no consistent flat order have none (NaN dates, bounds)', () => {
    expect(flatKeyOf([sortKeyOf(new Date(NaN))], [1], 0)).toBeUndefined();
    expect(flatKeyOf([sortKeyOf(Decimal128.fromString('NaN'))], [1], 0)).toBeUndefined();
    expect(flatKeyOf([{ r: -1, v: 0 }], [1], 0)).toBeUndefined();
  });
});
