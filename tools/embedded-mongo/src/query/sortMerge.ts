/**
 * Execution of an "explode for sort" plan (MongoDB's SORT_MERGE). On { facilityId: 1, start: 1, _id: 1 }, a filter
 * { facilityId: { $in: [a, b, ...] } } gives one point prefix per id; the keys under one prefix are already in
 * { start, _id } order (or its reverse), so a k-way merge of one lazy range scan per prefix yields the whole read in
 * sort order, and with a limit it stops after about one key per scan plus the limit. The merge is a binary heap
 * (tinyqueue, already used by the 2dsphere walk) of the scans' current keys.
 */
import TinyQueue from 'tinyqueue';
import { checkDeadline } from '../commands/commandScope.js';
import type { Index, IndexEntry } from '../storage/indexes.js';
import type { SortKey } from '../storage/keyOrder.js';
import { boundsTest, scanRanges, type ExecutionCounters, type Interval } from './planner.js';

/** One exploded scan: its bounds (the prefix pinned to one point each) and, after the read, what it examined. */
export interface MergedScan {
  intervals: (Interval[] | null)[];
  keysExamined: number;
  returned: number;
}

/**
 * The scans of an exploded plan, in the order the prefix points have in the index: the cartesian product of the
 * point bounds of the first `prefixFields` fields, each field alone pinned to one of its points.
 */
export function explodedScans(
  index: Index,
  intervals: (Interval[] | null)[],
  prefixFields: number,
): MergedScan[] {
  let prefixes: Interval[][] = [[]];
  for (let position = 0; position < prefixFields; position++) {
    const points = intervals[position] as Interval[];
    const ordered = index.directions[position] === 1 ? points : [...points].reverse();
    prefixes = prefixes.flatMap((prefix) => ordered.map((point) => [...prefix, point]));
  }
  return prefixes.map((prefix) => ({
    intervals: [...prefix.map((point) => [point]), ...intervals.slice(prefixFields)],
    keysExamined: 0,
    returned: 0,
  }));
}

interface ScanCursor {
  scan: MergedScan;
  next: () => IndexEntry | null;
  head: IndexEntry;
  idKey: string;
}

/** The entries of one scan's ranges, lazily, in index order or reversed; counts every key it reads. */
function openScan(
  index: Index,
  scan: MergedScan,
  reverse: boolean,
  counters: ExecutionCounters,
): () => [IndexEntry, string] | null {
  const tree = index.tree!;
  const ranges = scanRanges(index, scan.intervals);
  if (reverse) ranges.reverse();
  const inBounds = boundsTest(scan.intervals, index.compareKeys);
  let range = 0;
  let cursor: Iterator<[IndexEntry, string]> | null = null;
  return () => {
    for (;;) {
      if (!cursor) {
        const current = ranges[range];
        if (!current) return null;
        cursor = reverse ? tree.entriesReversed(current.high) : tree.entries(current.low);
      }
      const step = cursor.next();
      const current = ranges[range]!;
      const pastEnd =
        step.done ||
        (reverse
          ? index.compare(step.value[0], current.low) < 0
          : index.compare(step.value[0], current.high) > 0);
      if (pastEnd) {
        cursor = null;
        range += 1;
        continue;
      }
      const [entry, idKey] = step.value;
      counters.keysExamined += 1;
      scan.keysExamined += 1;
      // maxTimeMS, checked every 32 keys as scanIndex does.
      if ((counters.keysExamined & 31) === 0) checkDeadline();
      if (inBounds(entry)) return [entry, idKey];
    }
  };
}

/**
 * Merges the scans into one stream in the order of the index fields after the prefix (read `reverse`d when the sort
 * runs against the index), then natural order: the order one scan of the same index would give its own keys.
 * `onEntry` returns false to stop; no key past that is read.
 */
export function mergeScans(
  index: Index,
  scans: MergedScan[],
  prefixFields: number,
  reverse: boolean,
  counters: ExecutionCounters,
  onEntry: (entry: IndexEntry, idKey: string) => boolean,
): void {
  const sign = reverse ? -1 : 1;
  const { compareKeys, directions, fields } = index;
  const order = (a: ScanCursor, b: ScanCursor): number => {
    for (let i = prefixFields; i < fields.length; i++) {
      const c = compareKeys(a.head.k[i] as SortKey, b.head.k[i] as SortKey);
      if (c !== 0) return c * (directions[i] as number) * sign;
    }
    return (a.head.seq - b.head.seq) * sign;
  };
  const heap = new TinyQueue<ScanCursor>([], order);
  for (const scan of scans) {
    const read = openScan(index, scan, reverse, counters);
    const first = read();
    if (!first) continue;
    const cursor: ScanCursor = {
      scan,
      head: first[0],
      idKey: first[1],
      next: () => {
        const found = read();
        if (!found) return null;
        cursor.idKey = found[1];
        return found[0];
      },
    };
    heap.push(cursor);
  }
  for (let cursor = heap.pop(); cursor; cursor = heap.pop()) {
    cursor.scan.returned += 1;
    if (!onEntry(cursor.head, cursor.idKey)) return;
    const head = cursor.next();
    if (head) {
      cursor.head = head;
      heap.push(cursor);
    }
  }
}
