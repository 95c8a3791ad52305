/**
 * Secondary index definitions and unique-key enforcement. Keys are computed the way MongoDB builds
 * them (multikey expansion of arrays, missing fields indexed as null, sparse and partialFilterExpression skip
 * documents), and a violation produces MongoDB's E11000 error with keyPattern and keyValue.
 */
import type { Document } from 'bson';
import {
  collationDocument,
  collationKey,
  collatorFor,
  parseCollation,
  type Collation,
} from '../query/collation.js';
import { MongoCommandError } from '../commands/errors.js';
import { compileFilter, type Matcher } from '../query/query.js';
import BTree from 'sorted-btree';
import { GeoIndex } from '../geo/geoIndex.js';
import { flatKeyOf } from './flatKey.js';
import {
  ORDERED_RANKS,
  Rank,
  collatedKeyCompare,
  compareSortKeys,
  sortKeyOf,
  type KeyCompare,
  type SortKey,
} from './keyOrder.js';
import {
  ARRAY_ON_PATH,
  defineField,
  formatValue,
  isPlainObject,
  keyOf,
  singleValueAtPath,
  valuesAtPath,
} from './values.js';

export type IndexDirection = 1 | -1 | '2dsphere';

export interface IndexSpec {
  v: number;
  key: Record<string, IndexDirection>;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Document;
  expireAfterSeconds?: number;
  '2dsphereIndexVersion'?: number;
  /** Kept and maintained, but never chosen by the planner nor usable as a hint (collMod / createIndexes). */
  hidden?: boolean;
  collation?: Document;
}

const UNSUPPORTED_TYPES = new Set(['text', 'hashed', '2d', 'geoHaystack', 'wildcard']);
const KNOWN_OPTIONS = new Set([
  'key',
  'name',
  'unique',
  'sparse',
  'partialFilterExpression',
  'expireAfterSeconds',
  'background',
  'v',
  '2dsphereIndexVersion',
  'collation',
  'hidden',
]);

/** Validates a createIndexes entry and normalizes it to what listIndexes returns. */
export function parseIndexSpec(raw: Document): IndexSpec {
  const key = raw.key as unknown;
  if (!isPlainObject(key) || Object.keys(key).length === 0) {
    throw new MongoCommandError('CannotCreateIndex', 'Index keys cannot be an empty field.');
  }
  for (const option of Object.keys(raw)) {
    if (!KNOWN_OPTIONS.has(option)) {
      throw new MongoCommandError(
        'InvalidOptions',
        `The field '${option}' is not valid for an index specification.`,
      );
    }
  }
  const normalized: Record<string, IndexDirection> = {};
  for (const [field, direction] of Object.entries(key)) {
    if (field.includes('$**')) {
      throw new MongoCommandError(
        'CannotCreateIndex',
        `wildcard indexes are not supported by the embedded engine: ${field}`,
      );
    }
    if (direction === '2dsphere') normalized[field] = '2dsphere';
    else if (typeof direction === 'number' && direction !== 0) normalized[field] = direction > 0 ? 1 : -1;
    else if (typeof direction === 'string' && UNSUPPORTED_TYPES.has(direction)) {
      throw new MongoCommandError(
        'CannotCreateIndex',
        `index type '${direction}' is not supported by the embedded engine`,
      );
    } else {
      throw new MongoCommandError('CannotCreateIndex', `Unknown index plugin '${String(direction)}'`);
    }
  }
  const name = typeof raw.name === 'string' ? raw.name : defaultIndexName(normalized);
  const spec: IndexSpec = { v: 2, key: normalized, name };
  if (raw.unique === true) spec.unique = true;
  if (raw.sparse === true) spec.sparse = true;
  if (raw.partialFilterExpression !== undefined) {
    if (!isPlainObject(raw.partialFilterExpression)) {
      throw new MongoCommandError('TypeMismatch', 'partialFilterExpression must be an object');
    }
    compileFilter(raw.partialFilterExpression); // rejects unknown operators up front
    spec.partialFilterExpression = raw.partialFilterExpression;
  }
  if (typeof raw.expireAfterSeconds === 'number') spec.expireAfterSeconds = raw.expireAfterSeconds;
  if (raw.hidden === true) spec.hidden = true;
  const collation = parseCollation(raw.collation);
  if (collation) spec.collation = collationDocument(collation);
  if (Object.values(normalized).includes('2dsphere')) spec['2dsphereIndexVersion'] = 3;
  return spec;
}

export function defaultIndexName(key: Record<string, IndexDirection>): string {
  return Object.entries(key)
    .map(([field, direction]) => `${field}_${direction}`)
    .join('_');
}

/** Two specs describe the same index when keys and the options that change behaviour agree. */
/**
 * Whether two indexes on the same keys are the same index. The collation is part of an index's identity: MongoDB
 * allows one key pattern under several collations (each its own name), e.g. a binary and a `ja` index on a name.
 */
export function sameIndexOptions(a: IndexSpec, b: IndexSpec): boolean {
  return (
    JSON.stringify(a.collation ?? null) === JSON.stringify(b.collation ?? null) &&
    Boolean(a.unique) === Boolean(b.unique) &&
    Boolean(a.sparse) === Boolean(b.sparse) &&
    JSON.stringify(a.partialFilterExpression ?? null) === JSON.stringify(b.partialFilterExpression ?? null) &&
    a.expireAfterSeconds === b.expireAfterSeconds
  );
}

export function sameKeys(a: IndexSpec, b: IndexSpec): boolean {
  return JSON.stringify(a.key) === JSON.stringify(b.key);
}

export interface IndexKeyEntry {
  key: string;
  /** Field -> value for the E11000 message and keyValue. */
  values: Record<string, unknown>;
}

/**
 * What one write works out once per index for a document version, for both the unique check and the add: whether
 * the index holds the document (a partialFilterExpression is a full query match) and its unique keys.
 */
export interface DocumentKeys {
  included: boolean;
  /** Empty unless the index is unique. */
  unique: IndexKeyEntry[];
}

const NO_KEYS: IndexKeyEntry[] = [];

/** One entry of an ordered index: the comparable key per field, the stored values (for covered reads), and the
 * document's natural-order sequence, which breaks ties so entries are unique and equal keys come in natural order. */
export interface IndexEntry {
  k: SortKey[];
  raw: unknown[];
  seq: number;
  /** The whole key as one string in index order (flatKey.ts); stored entries have it, bounds do not. */
  f?: string;
}

/**
 * The sort keys computed for one document version, shared by all the collection's indexes (keyed by the value
 * itself: the same ObjectId or Date object, the same string), so ten indexes over `start` hold one key for it.
 */
export type SortKeyMemo = Map<unknown, SortKey>;

/** The stored document under a canonical _id key (the collection's map). */
export type DocumentLookup = (idKey: string) => Document | undefined;

/**
 * A stored entry of a document with one value per indexed field: its raw values are read back from the stored
 * document when a covered read asks, instead of being kept beside every key (entries of multikey documents keep
 * their own). The document is looked up by _id rather than held, so an update that leaves the keys alone does not
 * keep the old version alive; its values at these fields are the ones the keys were made from (keysUnchanged).
 */
class SingleValueEntry implements IndexEntry {
  constructor(
    readonly k: SortKey[],
    readonly seq: number,
    private readonly idKey: string,
    private readonly index: Index,
    readonly f: string | undefined,
  ) {}

  get raw(): unknown[] {
    const doc = this.index.documentOf(this.idKey);
    return this.index.fields.map((field) => valuesAtPath(doc, field)[0]);
  }
}

/** Whether a field is present (null and [] count: a sparse index holds them), looking into arrays of documents. */
function hasPath(value: unknown, parts: string[]): boolean {
  if (parts.length === 0) return value !== undefined;
  if (Array.isArray(value)) return value.some((item) => hasPath(item, parts));
  if (value === null || typeof value !== 'object') return false;
  const [head, ...rest] = parts;
  return hasPath((value as Record<string, unknown>)[head as string], rest);
}

/**
 * A live index: its spec; when unique, a map from key to the owning document's _id key; for ascending/descending
 * keys, an ordered B+ tree (sorted-btree) of entries the planner scans by bounds and in order (strings by the
 * index's collator when it has a collation, as MongoDB's collation keys order them); for a 2dsphere key, an R-tree
 * (see geo/geoIndex.ts).
 */
export class Index {
  readonly spec: IndexSpec;
  readonly fields: string[];
  /** Each field split at its dots, once: maintenance reads every indexed field of every written document. */
  private readonly paths: string[][];
  readonly directions: number[];
  private readonly partial: Matcher | null;
  private readonly owners = new Map<string, string>();
  /** Ordered entries; null for geo indexes. */
  readonly tree: BTree<IndexEntry, string> | null;
  readonly geo: GeoIndex | null;
  /** Documents with more than one key or an array on an indexed path: such an index cannot cover or sort. */
  private readonly multikeyIds = new Set<string>();
  /** The B+ tree's order: per field by direction, then natural order. */
  readonly compare: (a: IndexEntry, b: IndexEntry) => number;
  /** The order of one field's keys: compareSortKeys, or with a collation its strings by the collator. */
  readonly compareKeys: KeyCompare;
  /** Per field: how many keys fall in each type bracket (an index sorts like the data only within one bracket). */
  private readonly ranks: Map<number, number>[];
  /** Strings order by it in the tree, and unique keys fold strings it calls equal; null for binary. */
  readonly collation: Collation | null;

  /** Reads the stored documents (covered reads take raw values from them). */
  readonly documentOf: DocumentLookup;
  /** While a batch of inserts runs: the ordered entries it added, put in the tree in key order at its end. */
  private deferred: [IndexEntry, string][] | null = null;

  constructor(spec: IndexSpec, documentOf: DocumentLookup) {
    this.spec = spec;
    this.documentOf = documentOf;
    this.fields = Object.keys(spec.key);
    this.paths = this.fields.map((field) => field.split('.'));
    this.directions = this.fields.map((field) => (spec.key[field] === -1 ? -1 : 1));
    this.ranks = this.fields.map(() => new Map<number, number>());
    this.partial = spec.partialFilterExpression ? compileFilter(spec.partialFilterExpression) : null;
    const geoField = this.fields.find((field) => spec.key[field] === '2dsphere');
    this.geo = geoField ? new GeoIndex(geoField) : null;
    const directions = this.directions;
    this.collation = spec.collation ? parseCollation(spec.collation) : null;
    const compareKeys = this.collation ? collatedKeyCompare(collatorFor(this.collation)) : compareSortKeys;
    this.compareKeys = compareKeys;
    this.compare = (a, b) => {
      // Two stored entries: their flat keys are in this same order (flatKey.ts), one comparison instead of a walk.
      const fa = a.f;
      const fb = b.f;
      if (fa !== undefined && fb !== undefined) return fa < fb ? -1 : fa > fb ? 1 : 0;
      for (let i = 0; i < directions.length; i++) {
        const c = compareKeys(a.k[i] as SortKey, b.k[i] as SortKey);
        if (c !== 0) return c * (directions[i] as number);
      }
      return a.seq - b.seq;
    };
    this.tree = geoField ? null : new BTree<IndexEntry, string>(undefined, this.compare);
  }

  get name(): string {
    return this.spec.name;
  }

  get hidden(): boolean {
    return this.spec.hidden === true;
  }

  get multikey(): boolean {
    return this.multikeyIds.size > 0;
  }

  /** Number of entries (index keys). */
  get keyCount(): number {
    return this.tree?.size ?? this.geo?.size ?? 0;
  }

  /** Whether every key of `field` lies in at most one ordered type bracket (besides null). */
  sortsLikeData(position: number): boolean {
    const brackets = [...(this.ranks[position] ?? new Map<number, number>()).keys()].filter(
      (rank) => rank !== Rank.Null,
    );
    return brackets.length <= 1 && brackets.every((rank) => ORDERED_RANKS.has(rank));
  }

  /**
   * The document's values at the indexed fields when no array lies on any of them (one value per field), else null
   * (multikey: the caller expands arrays).
   */
  private singleValues(doc: Document): unknown[] | null {
    const values: unknown[] = [];
    for (const parts of this.paths) {
      const value = singleValueAtPath(doc, parts);
      if (value === ARRAY_ON_PATH) return null;
      values.push(value);
    }
    return values;
  }

  /** The key of a value in `keysFor`: under a collation, strings it calls equal share a key. */
  private uniqueKeyOf(value: unknown): string {
    return keyOf(this.collation && typeof value === 'string' ? collationKey(this.collation, value) : value);
  }

  /** Index keys of a document (empty when sparse/partial exclude it). */
  keysFor(doc: Document, included = this.includes(doc)): IndexKeyEntry[] {
    if (!included) return [];
    const fields = this.fields;
    // The common case, one value per field: its one key, without the cartesian product below.
    const single = this.singleValues(doc);
    if (single) {
      const values: Record<string, unknown> = {};
      const parts: string[] = [];
      for (let i = 0; i < fields.length; i++) {
        defineField(values, fields[i] as string, single[i] ?? null);
        parts.push(this.uniqueKeyOf(single[i]));
      }
      // join, not +=: a flat string (a chain of + stays a rope, several times larger, in the owners map).
      return [{ key: parts.join('|'), values }];
    }
    const perField = fields.map((field) => valuesAtPath(doc, field));
    const entries: IndexKeyEntry[] = [];
    const seen = new Set<string>();
    const combine = (position: number, values: Record<string, unknown>, parts: string[]): void => {
      if (position === fields.length) {
        const key = parts.join('|');
        if (!seen.has(key)) {
          seen.add(key);
          entries.push({ key, values: { ...values } });
        }
        return;
      }
      const field = fields[position] as string;
      for (const value of perField[position] as unknown[]) {
        combine(position + 1, { ...values, [field]: value ?? null }, [...parts, this.uniqueKeyOf(value)]);
      }
    };
    combine(0, {}, []);
    return entries;
  }

  /** Whether sparse/partialFilterExpression let the document into the index. */
  includes(doc: Document): boolean {
    if (this.partial && !this.partial.test(doc)) return false;
    if (this.spec.sparse && !this.fields.some((field) => hasPath(doc, field.split('.')))) return false;
    return true;
  }

  /**
   * The ordered entries of a document: one per combination of its values (arrays expand, as multikey). The same
   * document version and sequence always give the same entries, so removal recomputes them instead of keeping a
   * list per document.
   */
  private entriesFor(
    idKey: string,
    doc: Document,
    seq: number,
    memo?: SortKeyMemo,
    included = this.includes(doc),
  ): { entries: IndexEntry[]; multikey: boolean } {
    if (!included) return { entries: [], multikey: false };
    // The common case, one value per field, without the cartesian product. An index under a collation may key
    // strings its own way, so only binary indexes share the document's memo.
    const single = this.singleValues(doc);
    if (single) {
      const shared = this.collation ? undefined : memo;
      const keys: SortKey[] = [];
      for (const value of single) {
        let key = shared?.get(value);
        if (!key) {
          key = sortKeyOf(value);
          shared?.set(value, key);
        }
        keys.push(key);
      }
      return {
        entries: [new SingleValueEntry(keys, seq, idKey, this, this.flatKeyOf(keys, seq))],
        multikey: false,
      };
    }
    const perField = this.fields.map((field) => {
      const values = valuesAtPath(doc, field);
      if (values.length === 1) return values;
      const unique = new Map<string, unknown>();
      for (const value of values) unique.set(keyOf(value), value);
      return [...unique.values()];
    });
    const entries: IndexEntry[] = [];
    const combine = (position: number, raw: unknown[]): void => {
      if (position === this.fields.length) {
        const k = raw.map(sortKeyOf);
        entries.push({ k, raw, seq, f: this.flatKeyOf(k, seq) });
        return;
      }
      for (const value of perField[position] as unknown[]) combine(position + 1, [...raw, value]);
    };
    combine(0, []);
    // An array lies on some indexed path (singleValues said so), even when it holds a single value.
    return { entries, multikey: true };
  }

  /** An entry's flat key; none under a collation (strings order by the collator, not by code unit). */
  private flatKeyOf(keys: SortKey[], seq: number): string | undefined {
    return this.collation ? undefined : flatKeyOf(keys, this.directions, seq);
  }

  /**
   * Whether an update leaves this index's keys as they were, judged without computing them: every indexed field's
   * top-level value is the very same primitive or shared BSON value (ObjectId, Long, ...), or a date of the same
   * instant (the updater copies dates); embedded documents and arrays count as changed. A partial index is always recomputed (its filter
   * may read other fields).
   */
  keysUnchanged(previous: Document, next: Document): boolean {
    if (this.partial) return false;
    for (const field of this.fields) {
      const dot = field.indexOf('.');
      const top = dot === -1 ? field : field.slice(0, dot);
      const before = previous[top] as unknown;
      const after = next[top] as unknown;
      if (before instanceof Date && after instanceof Date) {
        // Dates are copied with the document; the same instant is the same key and the same raw value.
        if (Object.is(before.getTime(), after.getTime())) continue;
        return false;
      }
      if (before !== after) return false;
      if (before !== null && typeof before === 'object' && (Array.isArray(before) || isPlainObject(before)))
        return false;
      if (before === undefined && Object.hasOwn(previous, top) !== Object.hasOwn(next, top)) return false;
    }
    return true;
  }

  /**
   * Holds back the ordered entries of the adds that follow until `flushAdds`, which sorts them and puts them in the
   * tree in key order: a batch of inserts then walks the tree once from left to right, on warm nodes, instead of
   * descending to random leaves per document. Unique keys are still recorded at once (later inserts check them).
   */
  deferAdds(): void {
    if (this.tree) this.deferred ??= [];
  }

  flushAdds(): void {
    const pending = this.deferred;
    this.deferred = null;
    if (!pending || !this.tree) return;
    pending.sort((a, b) => this.compare(a[0], b[0]));
    for (const [entry, idKey] of pending) this.tree.set(entry, idKey);
  }

  /**
   * Works out once what both `check` and `add` need of a document version: an insert passes the answer to both, so
   * a partialFilterExpression is matched and unique keys are built once per write instead of three times.
   */
  documentKeys(doc: Document): DocumentKeys {
    const included = this.includes(doc);
    return { included, unique: this.spec.unique ? this.keysFor(doc, included) : NO_KEYS };
  }

  /** Throws E11000 if a document (identified by idKey) would collide with another document's key. */
  check(namespace: string, idKey: string, doc: Document, keys = this.documentKeys(doc)): void {
    for (const entry of keys.unique) {
      const owner = this.owners.get(entry.key);
      if (owner !== undefined && owner !== idKey) throw duplicateKeyError(namespace, this.spec, entry.values);
    }
  }

  /** Counts an entry's keys in (+1) or out (-1) of their type brackets (see sortsLikeData). */
  private countRanks(entry: IndexEntry, change: 1 | -1): void {
    for (let position = 0; position < entry.k.length; position++) {
      const counts = this.ranks[position] as Map<number, number>;
      const rank = (entry.k[position] as SortKey).r;
      const left = (counts.get(rank) ?? 0) + change;
      if (left > 0) counts.set(rank, left);
      else counts.delete(rank);
    }
  }

  /**
   * Adds a document version's keys; `memo` shares sort keys between the indexes of one write, `keys` is what
   * `check` was given for the same version (computed here when the caller has none).
   */
  add(idKey: string, doc: Document, seq: number, memo?: SortKeyMemo, keys = this.documentKeys(doc)): void {
    if (this.tree) {
      const { entries, multikey } = this.entriesFor(idKey, doc, seq, memo, keys.included);
      for (const entry of entries) {
        if (this.deferred) this.deferred.push([entry, idKey]);
        else this.tree.set(entry, idKey);
        this.countRanks(entry, 1);
      }
      if (multikey) this.multikeyIds.add(idKey);
    }
    if (this.geo && keys.included) this.geo.add(idKey, doc, seq);
    for (const entry of keys.unique) this.owners.set(entry.key, idKey);
  }

  /** Removes the keys `add` gave this (stored) document version with this sequence. */
  remove(idKey: string, doc: Document, seq: number): void {
    this.flushAdds();
    if (this.tree) {
      for (const entry of this.entriesFor(idKey, doc, seq).entries) {
        this.tree.delete(entry);
        this.countRanks(entry, -1);
      }
      this.multikeyIds.delete(idKey);
    }
    this.geo?.remove(idKey);
    if (!this.spec.unique) return;
    for (const entry of this.keysFor(doc)) {
      if (this.owners.get(entry.key) === idKey) this.owners.delete(entry.key);
    }
  }
}

export function duplicateKeyError(
  namespace: string,
  spec: IndexSpec,
  keyValue: Record<string, unknown>,
): MongoCommandError {
  const shown = Object.entries(keyValue)
    .map(([field, value]) => `${field}: ${formatValue(value)}`)
    .join(', ');
  return new MongoCommandError(
    'DuplicateKey',
    `E11000 duplicate key error collection: ${namespace} index: ${spec.name} dup key: { ${shown} }`,
    { keyPattern: { ...spec.key }, keyValue },
  );
}
