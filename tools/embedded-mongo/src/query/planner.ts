/**
 * The query planner. For a filter it lists the access paths (the _id map, every usable ordered index
 * with the bounds the filter gives it, a 2dsphere index for $geoWithin/$geoIntersects, a collection scan), costs
 * each by what it would read (index keys, counted only up to where it could no longer win, and documents fetched;
 * see choosePlan) and keeps the cheapest; an index whose order is the requested sort wins ties and, with a limit,
 * stops after limit matches. Point bounds on leading fields followed by the sort fields explode into one scan per
 * point prefix merged in sort order (SORT_MERGE, sortMerge.ts). Hidden indexes are
 * skipped; sparse and partial ones are used only when the filter implies every matching document is in them. A
 * `hint` forces its index. Strings bound and sort through an index only when the query's collation (the command's,
 * else the collection's default) is the index's: its tree orders strings by that collator (binary without one).
 * An index under another collation, or none, gives a query no string bounds nor sorts (MongoDB's rule), only bounds
 * on other types. Whatever the plan,
 * fetched documents are matched against the whole filter, so a plan only decides what is read, never what matches.
 */
import type { Document } from 'bson';
import { sameCollation, type Collation } from './collation.js';
import type { Collection } from '../storage/collection.js';
import { checkDeadline } from '../commands/commandScope.js';
import { MongoCommandError } from '../commands/errors.js';
import type { Index, IndexEntry } from '../storage/indexes.js';
import {
  BOTTOM,
  MAX_KEY,
  MIN_KEY,
  TOP,
  compareSortKeys,
  formatSortKey,
  sortKeyOf,
  type KeyCompare,
  type SortKey,
} from '../storage/keyOrder.js';
import { capBoxes, trustedBox, type Box } from '../geo/geoIndex.js';
import { parseGeoJSON, parseRegion, vertices } from '../geo/geometry.js';
import { compileFilter } from './query.js';
import { isPlainObject, keyOf, setAtPath } from '../storage/values.js';
import { ObjectId } from 'bson';

export interface PlanRequest {
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
  projection?: Document;
  /** The effective collation (parsed; null or absent for simple binary comparison). */
  collation?: Collation | null;
  hint?: unknown;
  /** Key counts shared by equivalent candidate indexes during one plan choice (countKeysShared). */
  keyCounts?: Map<string, { keys: number; cap: number }>;
}

export interface Interval {
  low: SortKey;
  high: SortKey;
  lowInclusive: boolean;
  highInclusive: boolean;
  lowRaw?: unknown;
  highRaw?: unknown;
}

export type Plan =
  | { kind: 'collscan'; cost: number }
  | { kind: 'idhack'; cost: number; ids: unknown[] }
  | {
      kind: 'ixscan';
      cost: number;
      index: Index;
      /** Per index field, in value order; null = all values. */
      intervals: (Interval[] | null)[];
      /** Fields (leading) whose bounds are single points. */
      exact: boolean;
      /** 1 = index order gives the sort, -1 = reverse order does, 0 = it does not. */
      sortDirection: 0 | 1 | -1;
      covered: boolean;
      /**
       * Set when the sort comes from merging one scan per point prefix (SORT_MERGE): the number of leading fields
       * exploded and how many scans that makes. sortDirection is then the direction every scan reads.
       */
      merge: { prefixFields: number; scans: number } | null;
    }
  | {
      kind: 'geo';
      cost: number;
      index: Index;
      boxes: Box[] | null;
      idKeys: Set<string>;
      keysExamined: number;
    };

export interface ExecutionCounters {
  keysExamined: number;
  docsExamined: number;
}

interface Conjunct {
  path: string;
  condition: unknown;
}

const RANGE_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte']);
const MAX_SCAN_RANGES = 1000;
/**
 * The most point prefixes a plan may explode into merged scans for a sort (SORT_MERGE). MongoDB's
 * internalQueryMaxScansToExplode is 200; ours is MAX_SCAN_RANGES, the ranges a scan enumerates anyway, because the
 * staff bookings screen sends a $in of 230 facility ids and the merge is what keeps that read small: each scan here
 * is one lazy B-tree cursor and one heap slot (no stage object, no yielding), so a merge of a thousand scans costs
 * about a thousand keys before its first result, and the cost model below still weighs that against every other
 * plan before choosing it.
 */
const MAX_SCANS_TO_EXPLODE = MAX_SCAN_RANGES;

/** Values an index can look up exactly: anything whose canonical key equals MongoDB's equality. */
export function isScalar(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    (typeof value === 'number' && !Number.isNaN(value)) ||
    typeof value === 'boolean' ||
    value instanceof ObjectId ||
    value instanceof Date
  );
}

/** Top-level field conditions, with $and parts flattened; other top-level operators give no bounds. */
export function conjunctsOf(filter: Document): { conjuncts: Conjunct[]; onlyFields: boolean } {
  const conjuncts: Conjunct[] = [];
  let onlyFields = true;
  const visit = (part: Document): void => {
    for (const [path, condition] of Object.entries(part)) {
      if (path === '$and' && Array.isArray(condition)) {
        for (const sub of condition) if (isPlainObject(sub)) visit(sub);
        continue;
      }
      if (path.startsWith('$')) {
        onlyFields = false;
        continue;
      }
      conjuncts.push({ path, condition });
    }
  };
  visit(filter);
  return { conjuncts, onlyFields };
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value)[0]!.startsWith('$');
}

/** Whether a condition guarantees the field exists with a non-null value. */
function impliesExists(condition: unknown): boolean {
  if (isScalar(condition)) return true;
  if (!isOperatorObject(condition)) return false;
  if (condition.$exists === true) return true;
  if ('$eq' in condition && isScalar(condition.$eq)) return true;
  if (Array.isArray(condition.$in) && condition.$in.length > 0 && condition.$in.every(isScalar)) return true;
  return Object.entries(condition).some(([op, value]) => RANGE_OPERATORS.has(op) && isScalar(value));
}

function pointInterval(value: unknown): Interval {
  const key = sortKeyOf(value);
  return { low: key, high: key, lowInclusive: true, highInclusive: true, lowRaw: value, highRaw: value };
}

function isPoint(interval: Interval): boolean {
  return (
    interval.lowInclusive && interval.highInclusive && compareSortKeys(interval.low, interval.high) === 0
  );
}

/** Point intervals in key order, without two the order calls equal ('abc' and 'ABC' under a caseless collation). */
function orderedPoints(points: Interval[], compare: KeyCompare): Interval[] {
  const sorted = points.sort((a, b) => compare(a.low, b.low));
  if (compare === compareSortKeys) return sorted;
  return sorted.filter((point, i) => i === 0 || compare(sorted[i - 1]!.low, point.low) !== 0);
}

/**
 * One operator's intervals (key order), or null when it cannot bound the field. `strings` is false when the index's
 * string order is not the query's (another collation): strings then give no bounds.
 */
function atomIntervals(
  operator: string,
  value: unknown,
  strings: boolean,
  compare: KeyCompare,
): Interval[] | null {
  const usable = (v: unknown) => isScalar(v) && (strings || typeof v !== 'string');
  if (operator === '$eq') return usable(value) ? [pointInterval(value)] : null;
  if (operator === '$in') {
    if (!Array.isArray(value) || value.length === 0 || !value.every(usable)) return null;
    const points = new Map<string, unknown>();
    for (const item of value) points.set(keyOf(item), item);
    return orderedPoints([...points.values()].map(pointInterval), compare);
  }
  if (!RANGE_OPERATORS.has(operator) || !usable(value)) return null;
  const key = sortKeyOf(value);
  const bracketLow: SortKey = { r: key.r, v: BOTTOM };
  const bracketHigh: SortKey = { r: key.r, v: TOP };
  if (operator === '$gt' || operator === '$gte') {
    return [
      { low: key, high: bracketHigh, lowInclusive: operator === '$gte', highInclusive: true, lowRaw: value },
    ];
  }
  return [
    { low: bracketLow, high: key, lowInclusive: true, highInclusive: operator === '$lte', highRaw: value },
  ];
}

function intersect(a: Interval[], b: Interval[], compare: KeyCompare): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const lowCmp = compare(x.low, y.low);
      const low = lowCmp > 0 || (lowCmp === 0 && !x.lowInclusive) ? x : y;
      const highCmp = compare(x.high, y.high);
      const high = highCmp < 0 || (highCmp === 0 && !x.highInclusive) ? x : y;
      const interval: Interval = {
        low: low.low,
        lowInclusive: low.lowInclusive,
        lowRaw: low.lowRaw,
        high: high.high,
        highInclusive: high.highInclusive,
        highRaw: high.highRaw,
      };
      const c = compare(interval.low, interval.high);
      if (c < 0 || (c === 0 && interval.lowInclusive && interval.highInclusive)) out.push(interval);
    }
  }
  return out;
}

/**
 * Bounds for one field from the conditions on it. On a multikey index, conditions may be met by different
 * elements, so only one of them bounds the field (MongoDB does the same).
 */
function fieldBounds(
  conditions: unknown[],
  multikey: boolean,
  strings: boolean,
  compare: KeyCompare = compareSortKeys,
): { intervals: Interval[] | null; exact: boolean } {
  const atoms: Interval[][] = [];
  let exact = true;
  for (const condition of conditions) {
    if (!isOperatorObject(condition)) {
      const atom = atomIntervals('$eq', condition, strings, compare);
      if (atom) atoms.push(atom);
      else exact = false;
      continue;
    }
    for (const [operator, value] of Object.entries(condition)) {
      const atom = atomIntervals(operator, value, strings, compare);
      if (atom) atoms.push(atom);
      else exact = false;
    }
  }
  if (atoms.length === 0) return { intervals: null, exact: false };
  if (multikey) {
    const points = atoms.find((atom) => atom.every(isPoint));
    return { intervals: points ?? (atoms[0] as Interval[]), exact: exact && atoms.length === 1 };
  }
  return { intervals: atoms.reduce((a, b) => intersect(a, b, compare)), exact };
}

/** Whether the query conditions on a path imply a partialFilterExpression condition on it. */
function impliesCondition(path: string, query: unknown[], wanted: unknown): boolean {
  for (const condition of query) {
    if (keyOf(condition) === keyOf(wanted)) return true;
    if (isOperatorObject(wanted) && Object.keys(wanted).length === 1 && wanted.$exists === true) {
      if (impliesExists(condition)) return true;
    }
    // Equality values: each must itself satisfy the wanted condition.
    const values = isScalar(condition)
      ? [condition]
      : isOperatorObject(condition) && '$eq' in condition && isScalar(condition.$eq)
        ? [condition.$eq]
        : isOperatorObject(condition) && Array.isArray(condition.$in) && condition.$in.every(isScalar)
          ? (condition.$in as unknown[])
          : null;
    if (values && values.length > 0) {
      const matcher = compileFilter({ [path]: wanted });
      if (
        values.every((value) => {
          const doc: Document = {};
          setAtPath(doc, path, value);
          return matcher.test(doc);
        })
      ) {
        return true;
      }
    }
    // Ranges: the query's interval inside the wanted one.
    if (isOperatorObject(condition) && isOperatorObject(wanted)) {
      const q = fieldBounds([condition], false, true);
      const w = fieldBounds([wanted], false, true);
      if (q.intervals && w.intervals && w.exact) {
        const outer = w.intervals;
        if (q.intervals.every((inner) => outer.some((o) => containsInterval(o, inner)))) return true;
      }
    }
  }
  return false;
}

function containsInterval(outer: Interval, inner: Interval): boolean {
  const low = compareSortKeys(inner.low, outer.low);
  const high = compareSortKeys(inner.high, outer.high);
  return (
    (low > 0 || (low === 0 && (outer.lowInclusive || !inner.lowInclusive))) &&
    (high < 0 || (high === 0 && (outer.highInclusive || !inner.highInclusive)))
  );
}

/** Whether a value holds a string anywhere. */
function holdsString(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.some(holdsString);
  return isPlainObject(value) && Object.values(value).some(holdsString);
}

/**
 * Whether every document the filter matches is in the index (sparse and partial indexes leave some out). A partial
 * filter is applied and implied with binary string comparison, so under a collation one comparing strings proves
 * nothing.
 */
function indexHoldsAllMatches(
  index: Index,
  byPath: Map<string, unknown[]>,
  collation: Collation | null | undefined,
): boolean {
  if (index.spec.sparse && !index.fields.some((field) => (byPath.get(field) ?? []).some(impliesExists))) {
    return false;
  }
  const partial = index.spec.partialFilterExpression;
  if (partial && collation && holdsString(partial)) return false;
  if (partial) {
    const { conjuncts, onlyFields } = conjunctsOf(partial);
    if (!onlyFields) return false;
    return conjuncts.every(({ path, condition }) =>
      impliesCondition(path, byPath.get(path) ?? [], condition),
    );
  }
  return true;
}

function groupByPath(conjuncts: Conjunct[]): Map<string, unknown[]> {
  const byPath = new Map<string, unknown[]>();
  for (const { path, condition } of conjuncts) {
    if (/(^|\.)\d+(\.|$)/.test(path)) continue; // array positions have their own rules
    const list = byPath.get(path) ?? [];
    list.push(condition);
    byPath.set(path, list);
  }
  return byPath;
}

/** Scan ranges in tree order: the cartesian product of leading point bounds, then one interval per range. */
export function scanRanges(
  index: Index,
  intervals: (Interval[] | null)[],
): { low: IndexEntry; high: IndexEntry }[] {
  let partial: { low: SortKey[]; high: SortKey[] }[] = [{ low: [], high: [] }];
  let position = 0;
  const fields = index.fields.length;
  const edge = (direction: number, side: 'low' | 'high'): SortKey =>
    (side === 'low') === (direction === 1) ? MIN_KEY : MAX_KEY;
  for (; position < fields; position++) {
    const bounds = intervals[position];
    const direction = index.directions[position] as number;
    if (!bounds) break;
    const ordered = direction === 1 ? bounds : [...bounds].reverse();
    if (partial.length * ordered.length > MAX_SCAN_RANGES) break;
    const next: { low: SortKey[]; high: SortKey[] }[] = [];
    for (const prefix of partial) {
      for (const interval of ordered) {
        const [low, high] = direction === 1 ? [interval.low, interval.high] : [interval.high, interval.low];
        next.push({ low: [...prefix.low, low], high: [...prefix.high, high] });
      }
    }
    partial = next;
    if (!bounds.every(isPoint)) {
      position += 1;
      break;
    }
  }
  return partial.map(({ low, high }) => {
    const lowKeys = [...low];
    const highKeys = [...high];
    for (let i = low.length; i < fields; i++) {
      const direction = index.directions[i] as number;
      lowKeys.push(edge(direction, 'low'));
      highKeys.push(edge(direction, 'high'));
    }
    return {
      low: { k: lowKeys, raw: [], seq: -Infinity },
      high: { k: highKeys, raw: [], seq: Infinity },
    };
  });
}

function inInterval(key: SortKey, interval: Interval, compare: KeyCompare): boolean {
  const low = compare(key, interval.low);
  if (low < 0 || (low === 0 && !interval.lowInclusive)) return false;
  const high = compare(key, interval.high);
  return high < 0 || (high === 0 && interval.highInclusive);
}

/**
 * A per-field membership test for index keys. A long list of intervals (a `$in` of 230 ids) sorted by their low
 * ends and not overlapping is searched by bisection, so each key costs O(log n) instead of a pass over the list.
 */
function intervalTest(bounds: Interval[], compare: KeyCompare): (key: SortKey) => boolean {
  const sorted =
    bounds.length > 8 &&
    bounds.every((interval, i) => i === 0 || compare(bounds[i - 1]!.high, interval.low) < 0);
  if (!sorted) return (key) => bounds.some((interval) => inInterval(key, interval, compare));
  return (key) => {
    let low = 0;
    let high = bounds.length - 1;
    // The last interval whose low end is at or below the key is the only one that can hold it.
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (compare(bounds[middle]!.low, key) <= 0) low = middle;
      else high = middle - 1;
    }
    return inInterval(key, bounds[low]!, compare);
  };
}

export function boundsTest(
  intervals: (Interval[] | null)[],
  compare: KeyCompare,
): (entry: IndexEntry) => boolean {
  const tests = intervals.map((bounds, position) =>
    bounds ? { position, test: intervalTest(bounds, compare) } : null,
  );
  const active = tests.filter(
    (test): test is { position: number; test: (key: SortKey) => boolean } => !!test,
  );
  return (entry) => active.every(({ position, test }) => test(entry.k[position] as SortKey));
}

/** Index entries within the bounds, in index order (or reversed); `onEntry` returns false to stop. */
export function scanIndex(
  index: Index,
  intervals: (Interval[] | null)[],
  reverse: boolean,
  counters: ExecutionCounters,
  onEntry: (entry: IndexEntry, idKey: string) => boolean,
  maxKeys = Infinity,
): void {
  const tree = index.tree;
  if (!tree) return;
  const ranges = scanRanges(index, intervals);
  if (reverse) ranges.reverse();
  let stopped = false;
  const inBounds = boundsTest(intervals, index.compareKeys);
  // One visit per key: false ends the whole scan.
  const visit = (entry: IndexEntry, idKey: string): boolean => {
    counters.keysExamined += 1;
    if (counters.keysExamined > maxKeys) return false;
    // maxTimeMS: checked every 32 keys, whether planning (countKeys) or executing.
    if ((counters.keysExamined & 31) === 0) checkDeadline();
    if (!inBounds(entry)) return true;
    return onEntry(entry, idKey);
  };
  for (const { low, high } of ranges) {
    if (reverse) {
      for (const [entry, idKey] of tree.entriesReversed(high)) {
        if (index.compare(entry, low) < 0) break;
        if (!visit(entry, idKey)) return;
      }
      continue;
    }
    // forRange walks the leaves directly (no iterator objects per key), which is most of a scan's cost.
    const forRange = tree.forRange.bind(tree) as (
      low: IndexEntry,
      high: IndexEntry,
      includeHigh: boolean,
      onFound: (entry: IndexEntry, idKey: string) => { break: true } | void,
    ) => unknown;
    forRange(low, high, true, (entry, idKey) => {
      if (visit(entry, idKey)) return undefined;
      stopped = true;
      return { break: true };
    });
    if (stopped) return;
  }
}

/** Keys a scan would examine, counted up to just past `cap` (the best plan so far): never more work than that. */
function countKeys(index: Index, intervals: (Interval[] | null)[], cap: number): number {
  const counters = { keysExamined: 0, docsExamined: 0 };
  scanIndex(index, intervals, false, counters, () => true, cap);
  return counters.keysExamined;
}

/**
 * Indexes that hold one entry per document (not multikey, sparse or partial) and are bounded only on the same
 * leading fields with the same intervals examine the same number of keys: { fiscalYear: 1, programId: 1 } and
 * { fiscalYear: 1, districtCode: 1 } for { fiscalYear: 2024 }. Their count is taken once per plan choice.
 */
function countKeysShared(
  index: Index,
  intervals: (Interval[] | null)[],
  cap: number,
  cache: Map<string, { keys: number; cap: number }> | undefined,
): number {
  const simple = !index.multikey && !index.spec.sparse && !index.spec.partialFilterExpression;
  const bounded = intervals.findIndex((bounds) => bounds === null);
  const leading = bounded === -1 ? intervals.length : bounded;
  if (!cache || !simple || intervals.slice(leading).some((bounds) => bounds !== null) || leading === 0) {
    return countKeys(index, intervals, cap);
  }
  const shape = JSON.stringify([
    // Strings bounded alike still count differently under another collation.
    index.spec.collation ?? null,
    index.fields.slice(0, leading),
    index.directions.slice(0, leading).map((direction, i) => (intervals[i]!.every(isPoint) ? 0 : direction)),
    intervals
      .slice(0, leading)
      .map((bounds) => bounds!.map((b) => [b.low, b.lowInclusive, b.high, b.highInclusive])),
  ]);
  const known = cache.get(shape);
  // A count stopped at a smaller cap only says "more than that cap".
  if (known && (known.keys <= known.cap || known.cap >= cap)) return known.keys;
  const keys = countKeys(index, intervals, cap);
  cache.set(shape, { keys, cap });
  return keys;
}

/**
 * Whether the index order (or its reverse) is the sort, given which fields the bounds pin to one value. `from` skips
 * that many leading fields: the ones an exploded plan pins per scan.
 */
function sortDirectionOf(
  index: Index,
  intervals: (Interval[] | null)[],
  sort: Record<string, 1 | -1> | undefined,
  pinned: Set<string>,
  from = 0,
): 0 | 1 | -1 {
  if (!sort || Object.keys(sort).length === 0 || index.multikey) return 0;
  const rest = index.fields.filter(
    (field, i) => i >= from && !(intervals[i]?.length === 1 && isPoint(intervals[i][0]!)),
  );
  const wanted = Object.entries(sort).filter(([field]) => !pinned.has(field));
  if (wanted.length === 0) return 1;
  if (wanted.length > rest.length) return 0;
  let direction: 0 | 1 | -1 = 0;
  for (let i = 0; i < wanted.length; i++) {
    const [field, order] = wanted[i]!;
    if (rest[i] !== field) return 0;
    const position = index.fields.indexOf(field);
    if (!index.sortsLikeData(position)) return 0;
    const d = (order * (index.directions[position] as number)) as 1 | -1;
    if (direction === 0) direction = d;
    else if (direction !== d) return 0;
  }
  return direction;
}

/**
 * MongoDB's "explode for sort": when the leading fields are bounded by points only ({ facilityId: { $in: ids } }
 * on { facilityId: 1, start: 1, _id: 1 }) and the fields after them are the sort, each point prefix is one scan
 * already in sort order, and merging them gives the sort without a SORT stage. The shortest such prefix (fewest
 * scans) wins. A multikey index gives no sort at all (sortDirectionOf), so no merge either.
 */
function explodeForSort(
  index: Index,
  intervals: (Interval[] | null)[],
  sort: Record<string, 1 | -1> | undefined,
  pinned: Set<string>,
): { prefixFields: number; scans: number; direction: 1 | -1 } | null {
  if (!sort || Object.keys(sort).length === 0 || index.multikey) return null;
  let scans = 1;
  for (let prefixFields = 1; prefixFields < index.fields.length; prefixFields++) {
    const bounds = intervals[prefixFields - 1];
    if (!bounds || !bounds.every(isPoint)) return null;
    scans *= bounds.length;
    if (scans > MAX_SCANS_TO_EXPLODE) return null;
    if (scans === 1) continue;
    const direction = sortDirectionOf(index, intervals, sort, pinned, prefixFields);
    if (direction !== 0) return { prefixFields, scans, direction };
  }
  return null;
}

/** The index a hint names, 'natural' for { $natural: ... }, or MongoDB's error. */
export function resolveHint(
  collection: Collection | undefined,
  hint: unknown,
): Index | 'natural' | '_id_' | null {
  if (hint === undefined || hint === null) return null;
  if (isPlainObject(hint) && Object.keys(hint).length === 0) return null;
  if (isPlainObject(hint) && '$natural' in hint) return 'natural';
  if (!collection) return null;
  const isId =
    hint === '_id_' || (isPlainObject(hint) && JSON.stringify(hint) === JSON.stringify({ _id: 1 }));
  if (isId) return '_id_';
  const found = collection
    .indexes()
    .find((index) =>
      typeof hint === 'string'
        ? index.name === hint
        : isPlainObject(hint) && keyOf(index.spec.key) === keyOf(hint),
    );
  if (!found || found.hidden || (typeof hint !== 'string' && !isPlainObject(hint))) {
    throw new MongoCommandError(
      'BadValue',
      `error processing query: ns=${collection.namespace} planner returned error :: caused by :: hint provided does not correspond to an existing index`,
    );
  }
  return found;
}

/** Index-served geo predicates: the boxes that hold every location matching it, or null when none can. */
function geoBoxes(condition: unknown): Box[] | null {
  if (!isOperatorObject(condition)) return null;
  try {
    if ('$geoWithin' in condition || '$within' in condition) {
      const region = parseRegion(condition.$geoWithin ?? condition.$within);
      switch (region.kind) {
        case 'centerSphere':
          return capBoxes(region.center, region.radians);
        case 'area':
        case 'flatPolygon': {
          const box = trustedBox(vertices(region.area));
          return box ? [box] : null;
        }
        case 'box':
          return [{ minX: region.min[0], minY: region.min[1], maxX: region.max[0], maxY: region.max[1] }];
        case 'center':
          return [
            {
              minX: region.center[0] - region.radius,
              minY: region.center[1] - region.radius,
              maxX: region.center[0] + region.radius,
              maxY: region.center[1] + region.radius,
            },
          ];
      }
    }
    if ('$geoIntersects' in condition) {
      const target = condition.$geoIntersects as Record<string, unknown>;
      const box = trustedBox(vertices(parseGeoJSON(target?.$geometry)));
      return box ? [box] : null;
    }
  } catch {
    return null; // the matcher reports the bad argument with MongoDB's error
  }
  return null;
}

export interface PlanContext {
  conjuncts: Conjunct[];
  onlyFields: boolean;
  byPath: Map<string, unknown[]>;
  /**
   * A field's binary-order bounds, computed once per read: a $in of 230 ids bounds four bookings indexes alike,
   * and its points are parsed and sorted once instead of once per index.
   */
  binaryBounds: Map<string, ReturnType<typeof fieldBounds>>;
}

export function planContext(filter: Document): PlanContext {
  const { conjuncts, onlyFields } = conjunctsOf(filter);
  return { conjuncts, onlyFields, byPath: groupByPath(conjuncts), binaryBounds: new Map() };
}

/** fieldBounds for one index field; bounds in binary order are shared (nothing mutates them). */
function boundsFor(
  ctx: PlanContext,
  field: string,
  conditions: unknown[],
  index: Index,
  strings: boolean,
): ReturnType<typeof fieldBounds> {
  if (index.compareKeys !== compareSortKeys) {
    return fieldBounds(conditions, index.multikey, strings, index.compareKeys);
  }
  const key = `${field}\u0000${index.multikey}\u0000${strings}`;
  let bounds = ctx.binaryBounds.get(key);
  if (!bounds) {
    bounds = fieldBounds(conditions, index.multikey, strings, compareSortKeys);
    ctx.binaryBounds.set(key, bounds);
  }
  return bounds;
}

type IndexPlan = Plan & { kind: 'ixscan' };

/** An index's bounds, exactness, sort and covering for the filter: everything but its cost (which needs a count). */
function ixscanPlan(index: Index, ctx: PlanContext, request: PlanRequest): IndexPlan {
  // Strings follow the index's tree order only when the query compares them the same way (both binary, or both
  // under one collation).
  const strings = sameCollation(request.collation ?? null, index.collation);
  let exact = ctx.onlyFields;
  const intervals = index.fields.map((field) => {
    const conditions = ctx.byPath.get(field);
    if (!conditions) return null;
    const bounds = boundsFor(ctx, field, conditions, index, strings);
    if (!bounds.exact) exact = false;
    return bounds.intervals;
  });
  for (const path of ctx.byPath.keys()) if (!index.fields.includes(path)) exact = false;
  if (ctx.conjuncts.some(({ path }) => !ctx.byPath.has(path))) exact = false;
  const pinned = new Set(
    index.fields.filter((_, i) => intervals[i]?.length === 1 && isPoint(intervals[i][0]!)),
  );
  let sortDirection = strings ? sortDirectionOf(index, intervals, request.sort, pinned) : 0;
  let merge: IndexPlan['merge'] = null;
  if (sortDirection === 0 && strings) {
    const exploded = explodeForSort(index, intervals, request.sort, pinned);
    if (exploded) {
      sortDirection = exploded.direction;
      merge = { prefixFields: exploded.prefixFields, scans: exploded.scans };
    }
  }
  return {
    kind: 'ixscan',
    cost: 0,
    index,
    intervals,
    exact,
    sortDirection,
    covered: coversProjection(index, ctx, request),
    merge,
  };
}

/** An inclusion projection of indexed fields, on a non-multikey index holding every filtered field. */
function coversProjection(index: Index, ctx: PlanContext, request: PlanRequest): boolean {
  const projection = request.projection;
  if (!projection || index.multikey || !ctx.onlyFields || request.collation || index.spec.collation) {
    return false;
  }
  const entries = Object.entries(projection);
  if (!entries.some(([field, value]) => field !== '_id' && (value === 1 || value === true))) return false;
  for (const [field, value] of entries) {
    if (field === '_id' && (value === 0 || value === false)) continue;
    if (!(value === 1 || value === true) || !index.fields.includes(field)) return false;
  }
  if (!('_id' in projection) || projection._id === 1 || projection._id === true) {
    if (!index.fields.includes('_id')) return false;
  }
  if ([...ctx.byPath.keys()].some((path) => !index.fields.includes(path))) return false;
  if (ctx.conjuncts.some(({ path }) => !ctx.byPath.has(path))) return false;
  return Object.keys(request.sort ?? {}).every((field) => index.fields.includes(field));
}

/**
 * How plans are costed. The unit is one index key examined or one document fetched, so a cost is what a plan reads:
 * an index plan reads its keys and fetches a document per key (a covered read too: its index entries read their
 * values back from the stored document, see SingleValueEntry, so it costs what a fetch does); a collection scan
 * reads every document, weighed as two units (its read and its match against the filter, what an index plan pays
 * per key and fetch), which keeps the rule the planner always had: an index wins while it examines fewer keys than
 * the collection has documents. Fetches matter when plans stop early: a SORT_MERGE of 230 scans with limit 21 reads
 * about 251 keys but fetches 21 documents.
 *
 * A plan that gives the sort and has a limit stops after `skip + limit` matches. When its bounds capture the whole
 * filter (exact) every key it reads is a match, so it reads at most that many keys (plus one per scan for a merge).
 * When they do not (a FETCH then filters), its reads are estimated from selectivity rather than run: every match
 * lies within every candidate's bounds (a plan only decides what is read, never what matches), so the fewest keys
 * any candidate counts, M, bounds the matches; of this index's K keys about M / K match, and it is expected to read
 * `wanted × K / M` keys to find `wanted` matches. That assumes matches spread evenly along the sort order, which is
 * cheaper to know than MongoDB's trial runs of every candidate (those would read each candidate's keys here,
 * which is the planning time this replaces); a count stopped at a cap stands in for M as a lower bound, which
 * only makes the estimate more cautious.
 */
interface CostedPlan {
  plan: Plan;
  /** Candidates are counted in this order: plans whose reads a limit bounds first, estimated plans last. */
  group: number;
  leading: number;
}

/** Keys the plan's bounds hold, counted up to just past `cap`; an unbounded index's size needs no scan. */
function keysInBounds(plan: IndexPlan, cap: number, shared: PlanRequest): number {
  if (plan.intervals.every((bounds) => bounds === null)) return plan.index.keyCount;
  return countKeysShared(plan.index, plan.intervals, cap, shared.keyCounts);
}

/** Chooses the plan for a filter (a $near is planned by the caller). */
export function choosePlan(
  collection: Collection,
  ctx: PlanContext,
  request: PlanRequest,
  /** Receives the candidate index plans that lost, for explain's rejectedPlans. */
  rejected: Plan[] = [],
): Plan {
  const hinted = resolveHint(collection, request.hint);
  const total = collection.size;
  if (hinted === 'natural') return { kind: 'collscan', cost: 2 * total };
  const collation = Boolean(request.collation);
  const idConditions = ctx.byPath.get('_id') ?? [];
  if (hinted === null || hinted === '_id_') {
    for (const condition of idConditions) {
      // The _id map compares strings binary: under a collation they are not looked up there.
      const bounds = fieldBounds([condition], false, !collation);
      if (bounds.intervals?.every(isPoint)) {
        const ids = bounds.intervals.map((interval) => interval.lowRaw);
        return { kind: 'idhack', cost: ids.length, ids };
      }
    }
    if (hinted === '_id_') return { kind: 'collscan', cost: 2 * total };
  }
  if (hinted) {
    if (hinted.geo) {
      const condition = (ctx.byPath.get(hinted.geo.field) ?? []).find((c) => geoBoxes(c) !== null);
      return geoPlan(hinted, condition === undefined ? null : geoBoxes(condition));
    }
    // A hint is obeyed whatever it costs: no count.
    return ixscanPlan(hinted, ctx, request);
  }
  const wanted = request.limit ? (request.skip ?? 0) + Math.abs(request.limit) : 0;
  const leadingBounded = (index: Index): number => {
    let n = 0;
    while (n < index.fields.length && ctx.byPath.has(index.fields[n] as string)) n++;
    return n;
  };
  const shared = { ...request, keyCounts: new Map<string, { keys: number; cap: number }>() };
  const candidates: CostedPlan[] = [];
  for (const index of collection.indexes()) {
    if (index.hidden || !indexHoldsAllMatches(index, ctx.byPath, request.collation)) continue;
    if (index.geo) {
      const condition = (ctx.byPath.get(index.geo.field) ?? []).find((c) => geoBoxes(c) !== null);
      if (condition === undefined) continue;
      candidates.push({ plan: geoPlan(index, geoBoxes(condition)), group: 1, leading: 1 });
      continue;
    }
    const plan = ixscanPlan(index, ctx, request);
    const bounded = plan.intervals.some((bounds) => bounds !== null);
    // An index that neither narrows the read, nor gives the sort, nor covers it only reads more than a scan.
    if (!bounded && plan.sortDirection === 0 && !plan.covered) continue;
    const topK = wanted > 0 && plan.sortDirection !== 0;
    const group = topK ? (plan.exact ? 0 : 2) : 1;
    candidates.push({ plan, group, leading: leadingBounded(index) });
  }
  // Indexes whose reads a limit bounds go first, then those whose leading fields the filter bounds: the first good
  // plan caps how far others count.
  candidates.sort((a, b) => a.group - b.group || b.leading - a.leading);
  let best: Plan = { kind: 'collscan', cost: 2 * total };
  // M in the cost notes above: the fewest keys a plan counted before the estimated ones.
  let fewestKeys = total;
  for (const { plan, group } of candidates) {
    if (plan.kind === 'ixscan') {
      const scans = plan.merge?.scans ?? 0;
      if (group === 0) {
        const readAtMost = scans + wanted;
        const keys = keysInBounds(plan, readAtMost, shared);
        plan.cost = Math.min(keys, readAtMost) + Math.min(keys, wanted);
        fewestKeys = Math.min(fewestKeys, keys);
      } else if (group === 1) {
        const keys = keysInBounds(plan, Math.ceil(best.cost / 2), shared);
        plan.cost = 2 * keys;
        fewestKeys = Math.min(fewestKeys, keys);
      } else {
        // Past this count even the estimate costs more than the best plan so far: stop counting there.
        const cap = Math.ceil((best.cost / 2) * Math.max(1, fewestKeys / wanted)) + scans;
        const keys = keysInBounds(plan, cap, shared);
        const matches = Math.max(1, Math.min(fewestKeys, keys));
        const fetched = Math.min(keys, Math.ceil((wanted * keys) / matches));
        plan.cost = Math.min(keys, scans + fetched) + fetched;
      }
    }
    if (plan.kind === 'ixscan' ? isBetter(plan, best) : plan.cost < best.cost) {
      if (best.kind !== 'collscan') rejected.push(best);
      best = plan;
    } else rejected.push(plan);
  }
  return best;
}

function geoPlan(index: Index, boxes: Box[] | null): Plan & { kind: 'geo' } {
  const geo = index.geo!;
  const { idKeys, keysExamined } = boxes
    ? geo.search(boxes)
    : geo.search([{ minX: -180, minY: -90, maxX: 180, maxY: 90 }]);
  // Every key found is fetched and matched.
  return { kind: 'geo', cost: keysExamined + idKeys.size, index, boxes, idKeys, keysExamined };
}

function isBetter(plan: Plan & { kind: 'ixscan' }, best: Plan): boolean {
  if (best.kind !== 'ixscan')
    return plan.cost < best.cost || (plan.cost === best.cost && plan.sortDirection !== 0);
  if (plan.cost !== best.cost) return plan.cost < best.cost;
  if ((plan.sortDirection !== 0) !== (best.sortDirection !== 0)) return plan.sortDirection !== 0;
  if (plan.covered !== best.covered) return plan.covered;
  return plan.index.fields.length < best.index.fields.length;
}

/**
 * MongoDB's explain rendering of bounds: { field: ['[1, 1]', ...] } in the order the scan reads them (a backward
 * scan of { start: 1 } shows '[MaxKey, MinKey]', as MongoDB's does).
 */
export function formatBounds(
  index: Index,
  intervals: (Interval[] | null)[],
  backward = false,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  index.fields.forEach((field, i) => {
    const bounds = intervals[i];
    const direction = (index.directions[i] as number) * (backward ? -1 : 1);
    if (!bounds) {
      out[field] = [direction === 1 ? '[MinKey, MaxKey]' : '[MaxKey, MinKey]'];
      return;
    }
    const shown = bounds.map((interval) => {
      const low = formatSortKey(interval.low, interval.lowRaw);
      const high = formatSortKey(interval.high, interval.highRaw);
      return direction === 1
        ? `${interval.lowInclusive ? '[' : '('}${low}, ${high}${interval.highInclusive ? ']' : ')'}`
        : `${interval.highInclusive ? '[' : '('}${high}, ${low}${interval.lowInclusive ? ']' : ')'}`;
    });
    out[field] = direction === 1 ? shown : shown.reverse();
  });
  return out;
}
