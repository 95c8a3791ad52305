/**
 * One collection's storage. Documents live in a Map keyed by the canonical _id key (insertion order is
 * the natural order), which also serves _id equality lookups. Stored documents are never mutated in place: writers
 * build a new object and swap it in, so open cursors keep a consistent snapshot. Every change is reported to the
 * store's change log so the journal can persist it.
 */
import type { Document } from 'bson';
import { checkDocumentSize, type WriteKind } from '../wire/bsonSize.js';
import { MongoCommandError } from '../commands/errors.js';
import {
  Index,
  duplicateKeyError,
  parseIndexSpec,
  type DocumentKeys,
  sameIndexOptions,
  sameKeys,
  type IndexSpec,
  type SortKeyMemo,
} from './indexes.js';
import { validateIndexedLocation } from '../geo/geometry.js';
import { keyOf, storedForm } from './values.js';
import { cappedWrite, trimCapped } from './capped.js';
import { validateWrite } from './validator.js';

export type ChangeRecord =
  | { op: 'put'; db: string; coll: string; doc: Document }
  | { op: 'delete'; db: string; coll: string; id: unknown }
  | { op: 'createCollection'; db: string; coll: string; options: Document }
  | { op: 'dropCollection'; db: string; coll: string }
  | { op: 'dropDatabase'; db: string }
  | { op: 'createIndex'; db: string; coll: string; spec: IndexSpec }
  | { op: 'dropIndex'; db: string; coll: string; name: string }
  | { op: 'setOptions'; db: string; coll: string; options: Document }
  | { op: 'setIndexHidden'; db: string; coll: string; name: string; hidden: boolean };

export type ChangeSink = (record: ChangeRecord) => void;

export const ID_INDEX_SPEC: IndexSpec = { v: 2, key: { _id: 1 }, name: '_id_' };

/** 2dsphere indexes reject documents whose indexed field is not valid geometry, as MongoDB does. */
function validateIndexedDocument(index: Index, doc: Document): void {
  for (const [field, type] of Object.entries(index.spec.key)) {
    if (type === '2dsphere') validateIndexedLocation(doc, field);
  }
}

export class Collection {
  readonly db: string;
  readonly name: string;
  readonly options: Document;
  private readonly docs = new Map<string, Document>();
  /** Insertion sequence per stored document version: index lookups return natural order, like a scan. */
  private readonly sequence = new WeakMap<Document, number>();
  private nextSequence = 0;
  private readonly secondary: Index[] = [];
  private readonly emit: ChangeSink;

  constructor(db: string, name: string, options: Document, emit: ChangeSink) {
    this.db = db;
    this.name = name;
    this.options = options;
    this.emit = emit;
  }

  get namespace(): string {
    return `${this.db}.${this.name}`;
  }

  get size(): number {
    return this.docs.size;
  }

  /** Snapshot of all documents in natural order. */
  all(): Document[] {
    return [...this.docs.values()];
  }

  getById(id: unknown): Document | undefined {
    return this.docs.get(keyOf(id));
  }

  /** The stored document under a canonical _id key (as index entries hold them). */
  getByKey(idKey: string): Document | undefined {
    return this.docs.get(idKey);
  }

  /** Position of a stored document version in natural (insertion) order. */
  sequenceOf(doc: Document): number {
    return this.sequence.get(doc) ?? 0;
  }

  /** Sorts stored documents into insertion order. */
  inNaturalOrder(docs: Document[]): Document[] {
    if (docs.length < 2) return docs;
    const position = (doc: Document) => this.sequence.get(doc) ?? 0;
    return docs.sort((a, b) => position(a) - position(b));
  }

  indexes(): Index[] {
    return [...this.secondary];
  }

  indexSpecs(): IndexSpec[] {
    return [ID_INDEX_SPEC, ...this.secondary.map((index) => index.spec)];
  }

  /**
   * Throws the error MongoDB would raise if this document were inserted; else returns each secondary index's keys
   * for it, which the insert then adds.
   */
  private checkInsert(doc: Document, idKey: string, kind: WriteKind): DocumentKeys[] {
    checkDocumentSize(doc, kind);
    if (this.docs.has(idKey)) throw duplicateKeyError(this.namespace, ID_INDEX_SPEC, { _id: doc._id });
    return this.secondary.map((index) => {
      validateIndexedDocument(index, doc);
      const keys = index.documentKeys(doc);
      index.check(this.namespace, idKey, doc, keys);
      return keys;
    });
  }

  insert(inserted: Document, kind: WriteKind = 'insert'): void {
    const doc = storedForm(inserted);
    const idKey = keyOf(doc._id);
    const keys = this.checkInsert(doc, idKey, kind);
    validateWrite(this.namespace, this.options, doc);
    const seq = this.nextSequence++;
    this.docs.set(idKey, doc);
    this.sequence.set(doc, seq);
    const memo: SortKeyMemo = new Map();
    this.secondary.forEach((index, i) => index.add(idKey, doc, seq, memo, keys[i]));
    this.emit({ op: 'put', db: this.db, coll: this.name, doc });
    if (this.options.capped) trimCapped(this, doc);
  }

  /**
   * Runs a command's inserts (`fn`) as one batch: each ordered index takes the batch's new entries at the end, in
   * key order (Index.deferAdds). Documents, _id and unique keys are recorded per insert as before, so duplicates
   * inside the batch and ordered/unordered error handling are unchanged. Capped collections delete while inserting
   * and are not batched.
   */
  insertBatch<T>(fn: () => T): T {
    if (this.options.capped) return fn();
    for (const index of this.secondary) index.deferAdds();
    try {
      return fn();
    } finally {
      for (const index of this.secondary) index.flushAdds();
    }
  }

  /** The oldest document in natural order (capped collections drop it first). */
  oldest(): Document | undefined {
    return this.docs.values().next().value;
  }

  /** Swaps a stored document for its new version (same _id), enforcing unique indexes first. */
  replace(previous: Document, replacement: Document): void {
    const next = storedForm(replacement);
    const idKey = keyOf(previous._id);
    if (keyOf(next._id) !== idKey) {
      throw new MongoCommandError(
        'ImmutableField',
        "Performing an update on the path '_id' would modify the immutable field '_id'",
      );
    }
    checkDocumentSize(next, 'update');
    validateWrite(this.namespace, this.options, next, previous);
    // Only unique indexes need the new keys now; the others work theirs out if the update moved them.
    const keys = this.secondary.map((index) => {
      validateIndexedDocument(index, next);
      if (!index.spec.unique) return undefined;
      const nextKeys = index.documentKeys(next);
      index.check(this.namespace, idKey, next, nextKeys);
      return nextKeys;
    });
    // The version the indexes were built from is the stored one (the caller's may be a copy).
    const stored = this.docs.get(idKey) ?? previous;
    const seq = this.sequence.get(stored) ?? this.nextSequence++;
    const memo: SortKeyMemo = new Map();
    this.secondary.forEach((index, i) => {
      // Index maintenance is a B+ tree delete and insert per key: skipped when the update left the keys alone.
      if (index.keysUnchanged(stored, next)) return;
      index.remove(idKey, stored, seq);
      index.add(idKey, next, seq, memo, keys[i]);
    });
    this.sequence.set(next, seq);
    this.docs.set(idKey, next);
    if (this.options.capped) cappedWrite(this, previous, next);
    this.emit({ op: 'put', db: this.db, coll: this.name, doc: next });
  }

  /** Journal replay: stores a post-image as is (it was validated when first written). */
  restorePut(restored: Document): void {
    const doc = storedForm(restored);
    const idKey = keyOf(doc._id);
    const previous = this.docs.get(idKey);
    const seq = (previous && this.sequence.get(previous)) ?? this.nextSequence++;
    const memo: SortKeyMemo = new Map();
    for (const index of this.secondary) {
      if (previous) index.remove(idKey, previous, seq);
      index.add(idKey, doc, seq, memo);
    }
    this.docs.set(idKey, doc);
    this.sequence.set(doc, seq);
    if (this.options.capped) cappedWrite(this, previous, doc);
  }

  delete(doc: Document): void {
    const idKey = keyOf(doc._id);
    // The indexes hold the stored version's keys (the caller's may be a copy).
    const stored = this.docs.get(idKey);
    if (!stored) return;
    const seq = this.sequenceOf(stored);
    this.docs.delete(idKey);
    for (const index of this.secondary) index.remove(idKey, stored, seq);
    if (this.options.capped) cappedWrite(this, stored, undefined);
    this.emit({ op: 'delete', db: this.db, coll: this.name, id: doc._id });
  }

  /** Creates an index and returns its name; null when an identical one already exists. */
  createIndex(raw: Document): string | null {
    // An index without a collation takes the collection's default one, as in MongoDB.
    const spec = parseIndexSpec(
      raw.collation === undefined && this.options.collation
        ? { ...raw, collation: this.options.collation as unknown }
        : raw,
    );
    // The _id index always exists; asking for it again is a no-op as in MongoDB.
    if (spec.name === '_id_' || sameKeys(spec, ID_INDEX_SPEC)) return null;
    for (const existing of this.secondary) {
      if (existing.name === spec.name) {
        if (sameKeys(existing.spec, spec) && sameIndexOptions(existing.spec, spec)) return null;
        if (sameKeys(existing.spec, spec)) {
          throw new MongoCommandError(
            'IndexOptionsConflict',
            `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(existing.spec)}`,
          );
        }
        throw new MongoCommandError(
          'IndexKeySpecsConflict',
          `An existing index has the same name as the requested index. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(existing.spec)}`,
        );
      }
      if (sameKeys(existing.spec, spec) && sameIndexOptions(existing.spec, spec)) {
        throw new MongoCommandError(
          'IndexOptionsConflict',
          `Index already exists with a different name: ${existing.name}`,
        );
      }
    }
    const index = new Index(spec, (idKey) => this.docs.get(idKey));
    // Build against existing documents first so a failed build leaves nothing behind.
    for (const [idKey, doc] of this.docs) {
      validateIndexedDocument(index, doc);
      const keys = index.documentKeys(doc);
      index.check(this.namespace, idKey, doc, keys);
      index.add(idKey, doc, this.sequenceOf(doc), undefined, keys);
    }
    this.secondary.push(index);
    this.emit({ op: 'createIndex', db: this.db, coll: this.name, spec });
    return spec.name;
  }

  /** Drops one index by name or key pattern; '*' drops all secondary indexes. */
  dropIndex(target: string | Document): void {
    if (target === '*') {
      for (const index of [...this.secondary]) this.dropIndex(index.name);
      return;
    }
    const position = this.secondary.findIndex((index) =>
      typeof target === 'string'
        ? index.name === target
        : JSON.stringify(index.spec.key) === JSON.stringify(target),
    );
    if (target === '_id_') throw new MongoCommandError('InvalidOptions', 'cannot drop _id index');
    if (position < 0) {
      const shown = typeof target === 'string' ? target : JSON.stringify(target);
      throw new MongoCommandError('IndexNotFound', `index not found with name [${shown}]`);
    }
    const [index] = this.secondary.splice(position, 1);
    if (index) this.emit({ op: 'dropIndex', db: this.db, coll: this.name, name: index.name });
  }
}
