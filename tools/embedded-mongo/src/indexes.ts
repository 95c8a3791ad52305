/**
 * Hand-written: secondary index definitions and unique-key enforcement. Keys are computed the way MongoDB builds
 * them (multikey expansion of arrays, missing fields indexed as null, sparse and partialFilterExpression skip
 * documents), and a violation produces MongoDB's E11000 error with keyPattern and keyValue.
 */
import type { Document } from 'bson';
import { collationDocument, collationKey, parseCollation, type Collation } from './collation.js';
import { MongoCommandError } from './errors.js';
import { compileFilter, type Matcher } from './query.js';
import { formatValue, isPlainObject, keyOf, valuesAtPath } from './values.js';

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
  /** Hidden from the planner (createIndexes or collMod); still maintained and enforced. */
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
export function sameIndexOptions(a: IndexSpec, b: IndexSpec): boolean {
  return (
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
 * A live index: its spec; when unique, a map from key to the owning document's _id key; and, when it covers every
 * document (not sparse, partial or geo), a map from its first field's key to the _id keys holding it, which serves
 * equality lookups on that field.
 */
export class Index {
  readonly spec: IndexSpec;
  private readonly partial: Matcher | null;
  private readonly owners = new Map<string, string>();
  private readonly lookup: Map<string, Set<string>> | null;
  private readonly collation: Collation | null;

  constructor(spec: IndexSpec) {
    this.spec = spec;
    this.partial = spec.partialFilterExpression ? compileFilter(spec.partialFilterExpression) : null;
    // Keys under a collation are collation keys: equality lookups without that collation cannot use them.
    const covering =
      !spec.sparse &&
      !spec.partialFilterExpression &&
      !spec.collation &&
      !Object.values(spec.key).includes('2dsphere');
    this.collation = spec.collation ? parseCollation(spec.collation) : null;
    this.lookup = covering ? new Map() : null;
  }

  /** The field equality lookups can use, or null when this index cannot serve them. */
  get lookupField(): string | null {
    return this.lookup ? (this.fields[0] ?? null) : null;
  }

  /** _id keys of documents whose first indexed field may equal one of these keys (a superset of the matches). */
  idKeysFor(valueKeys: string[]): Set<string> {
    const found = new Set<string>();
    for (const valueKey of valueKeys) for (const idKey of this.lookup?.get(valueKey) ?? []) found.add(idKey);
    return found;
  }

  private lookupKeys(doc: Document): string[] {
    return [...new Set(valuesAtPath(doc, this.fields[0] as string).map(keyOf))];
  }

  get name(): string {
    return this.spec.name;
  }

  get fields(): string[] {
    return Object.keys(this.spec.key);
  }

  /** Index keys of a document (empty when sparse/partial exclude it). */
  keysFor(doc: Document): IndexKeyEntry[] {
    if (this.partial && !this.partial.test(doc)) return [];
    const fields = this.fields;
    const perField = fields.map((field) => valuesAtPath(doc, field));
    if (this.spec.sparse && perField.every((values) => values.every((v) => v === undefined))) return [];
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
        // Under a collation, strings the collation calls equal share a key (unique indexes compare that way).
        const keyed =
          this.collation && typeof value === 'string' ? collationKey(this.collation, value) : value;
        combine(position + 1, { ...values, [field]: value ?? null }, [...parts, keyOf(keyed)]);
      }
    };
    combine(0, {}, []);
    return entries;
  }

  /** Throws E11000 if a document (identified by idKey) would collide with another document's key. */
  check(namespace: string, idKey: string, doc: Document): void {
    if (!this.spec.unique) return;
    for (const entry of this.keysFor(doc)) {
      const owner = this.owners.get(entry.key);
      if (owner !== undefined && owner !== idKey) throw duplicateKeyError(namespace, this.spec, entry.values);
    }
  }

  add(idKey: string, doc: Document): void {
    if (this.lookup) {
      for (const key of this.lookupKeys(doc)) {
        let ids = this.lookup.get(key);
        if (!ids) this.lookup.set(key, (ids = new Set()));
        ids.add(idKey);
      }
    }
    if (!this.spec.unique) return;
    for (const entry of this.keysFor(doc)) this.owners.set(entry.key, idKey);
  }

  remove(idKey: string, doc: Document): void {
    if (this.lookup) {
      for (const key of this.lookupKeys(doc)) {
        const ids = this.lookup.get(key);
        ids?.delete(idKey);
        if (ids?.size === 0) this.lookup.delete(key);
      }
    }
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
