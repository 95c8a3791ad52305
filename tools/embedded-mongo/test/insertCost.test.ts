/**
 * Engine internals: what one insert costs the indexes grows with the logarithm of the collection, not with its
 * size, so a bulk load of n documents stays O(n log n). Counted (B+ tree comparisons per inserted document), never
 * timed: a cost per insert that grew with the collection (a rebuild, a rescan, a merge of the tree with the batch)
 * multiplies the count by the size ratio, far past the logarithm's.
 */
import type { Document } from 'bson';
import { Store } from '../src/storage/store.js';
import type { Collection } from '../src/storage/collection.js';

const BATCH = 500;

function booking(n: number): Document {
  return {
    _id: n,
    // Spread over the index, as real bookings are: not appended at its end.
    roomId: `room-${(n * 7919) % 97}`,
    status: n % 7 === 0 ? 'CANCELLED' : 'CONFIRMED',
    start: new Date(Date.UTC(2026, 0, 1) + ((n * 104729) % 100000) * 60000),
    code: `b${n}`,
  };
}

function insertBatch(collection: Collection, from: number, count: number): void {
  collection.insertBatch(() => {
    for (let n = from; n < from + count; n++) collection.insert(booking(n));
  });
}

/** Comparisons the indexes' trees make per document for one batch of inserts into `existing` documents. */
function comparisonsPerInsert(existing: number): number {
  const store = new Store();
  const collection = store.create('insertCost', 'bookings');
  collection.createIndex({ key: { roomId: 1, status: 1, start: 1 } });
  collection.createIndex({ key: { start: -1, _id: 1 } });
  collection.createIndex({ key: { code: 1 }, unique: true });
  for (let n = 0; n < existing; n += BATCH) insertBatch(collection, n, BATCH);
  let comparisons = 0;
  for (const index of collection.indexes()) {
    const tree = index.tree!;
    const compare = tree._compare;
    tree._compare = (a, b) => {
      comparisons += 1;
      return compare(a, b);
    };
  }
  insertBatch(collection, existing, BATCH);
  store.takeChanges();
  return comparisons / BATCH;
}

describe('insert cost', () => {
  test('index comparisons per insert grow with the logarithm of the collection', () => {
    const small = comparisonsPerInsert(1000);
    const large = comparisonsPerInsert(32000);
    // Three trees, a B+ tree search each: about log2(size) comparisons per tree, plus a few per node visited.
    expect(small).toBeGreaterThan(3);
    expect(large).toBeLessThan(3 * 2 * Math.log2(32000));
    // 32 times the documents: log2 grows by half (15 / 10); a cost linear in the size would grow 32-fold.
    expect(large / small).toBeLessThan(2);
  });
});
