/**
 * Glue around mingo's updater: classifies an update (operators, replacement or pipeline), handles
 * $setOnInsert, $currentDate and upsert seeding from the filter's equality fields itself, runs MongoDB's type checks
 * first (updateChecks.ts), and always works on a copy so the stored document is only swapped in once the whole
 * update succeeded.
 */
import { Binary, ObjectId, Timestamp, type Document } from 'bson';
import { Aggregator } from 'mingo/aggregator';
import type { Options } from 'mingo/types';
import { update as mingoUpdate } from 'mingo/updater';
import { MongoCommandError, toMongoError } from '../commands/errors.js';
import {
  copyNumberKinds,
  copyNumberKindsDeep,
  numberKind,
  setNumberKind,
  type NumberKind,
} from '../storage/numberTypes.js';
import { locate, setPath, unsetPath } from './paths.js';
import { collateModifier } from './collatedUpdate.js';
import { resolvePositionalPaths } from './positional.js';
import { intlCollation, type Collation } from '../query/collation.js';
import { compileFilter, isDbRef, mingoOptions } from '../query/query.js';
import { checkUpdateTypes } from './updateChecks.js';
import { deepClone, formatValue, isPlainObject, keyOf, setAtPath } from '../storage/values.js';

export const UPDATE_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$currentDate',
  '$push',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$pop',
  '$bit',
  '$setOnInsert',
]);
const PIPELINE_UPDATE_STAGES = new Set([
  '$addFields',
  '$set',
  '$project',
  '$unset',
  '$replaceRoot',
  '$replaceWith',
]);

export type UpdateSpec =
  | { kind: 'operators'; modifier: Document }
  | { kind: 'replacement'; replacement: Document }
  | { kind: 'pipeline'; pipeline: Document[] };

export function parseUpdate(raw: unknown): UpdateSpec {
  if (Array.isArray(raw)) {
    for (const stage of raw as unknown[]) {
      const name = isPlainObject(stage) ? Object.keys(stage)[0] : undefined;
      if (!name || !PIPELINE_UPDATE_STAGES.has(name)) {
        throw new MongoCommandError(
          'InvalidOptions',
          `${name ?? 'stage'} is not allowed to be used within an update`,
        );
      }
    }
    return { kind: 'pipeline', pipeline: raw as Document[] };
  }
  if (!isPlainObject(raw))
    throw new MongoCommandError('FailedToParse', 'Update argument must be either an object or an array');
  const keys = Object.keys(raw);
  if (keys.length === 0 || !(keys[0] as string).startsWith('$')) {
    for (const key of keys) {
      if (key.startsWith('$')) {
        throw new MongoCommandError(
          'BadValue',
          `The dollar ($) prefixed field '${key}' in '${key}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.`,
        );
      }
    }
    return { kind: 'replacement', replacement: raw };
  }
  for (const key of keys) {
    if (!UPDATE_OPERATORS.has(key)) {
      throw new MongoCommandError(
        'FailedToParse',
        `Unknown modifier: ${key}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
    }
    if (!isPlainObject(raw[key])) {
      throw new MongoCommandError(
        'FailedToParse',
        `Modifiers operate on fields but we found type ${typeof raw[key]} instead.`,
      );
    }
  }
  return { kind: 'operators', modifier: raw };
}

export interface ApplyOptions {
  arrayFilters?: Document[];
  /** The query filter, needed by the positional `$` operator. */
  filter?: Document;
  /** True when the update builds a new document for an upsert ($setOnInsert applies). */
  inserting?: boolean;
  /** The effective collation (the statement's, else the collection's default; null for binary). */
  collation?: Collation | null;
}

/** _id first, as MongoDB stores it. */
function idFirst(doc: Document): Document {
  if (!('_id' in doc) || Object.keys(doc)[0] === '_id') return doc;
  const { _id, ...rest } = doc;
  const ordered = { _id: _id as unknown, ...rest };
  copyNumberKinds(doc, ordered);
  return ordered;
}

/** A shallow copy that keeps the BSON number types of its fields. */
function copyFields(fields: Document): Document {
  const copy = { ...fields };
  copyNumberKinds(fields, copy);
  return copy;
}

interface Write {
  operator: string;
  path: string;
  argument: unknown;
  kind: NumberKind | undefined;
}

/**
 * BSON number types of the fields an update wrote (numberTypes.ts): $set keeps the argument's type; $inc and $mul
 * give a double when either side is one (else a long when either is one), as MongoDB's arithmetic does.
 */
function retypeWrites(before: Document, after: Document, writes: Write[]): void {
  for (const write of writes) {
    const found = locate(after, write.path);
    if (!found) continue;
    const [container, key] = found;
    const value = container[key];
    const old = locate(before, write.path);
    const oldKind = old ? numberKind(old[0], old[1]) : undefined;
    let kind: NumberKind | undefined;
    if (write.operator === '$set') {
      kind = write.kind;
      copyNumberKindsDeep(write.argument, value);
    } else if (write.operator === '$inc' || write.operator === '$mul') {
      if (oldKind === 'double' || write.kind === 'double') kind = 'double';
      else if (oldKind === 'long' || write.kind === 'long') kind = 'long';
    } else if (write.operator === '$min' || write.operator === '$max') {
      kind = old && old[0][old[1]] === value ? oldKind : write.kind;
    } else continue;
    setNumberKind(container, key, typeof value === 'number' ? kind : undefined);
  }
}

/** $currentDate becomes a $set of the server's time; mingo would store a timestamp as a plain number. */
function currentDateAsSet(modifier: Document): void {
  const fields = modifier.$currentDate as Document | undefined;
  if (!fields) return;
  const now = new Date();
  const set: Document = copyFields((modifier.$set as Document | undefined) ?? {});
  for (const [path, spec] of Object.entries(fields)) {
    const type = isPlainObject(spec) ? spec.$type : spec === true ? 'date' : undefined;
    if (type === 'date') set[path] = now;
    else if (type === 'timestamp') set[path] = new Timestamp({ t: Math.floor(now.getTime() / 1000), i: 1 });
    else {
      throw new MongoCommandError(
        'BadValue',
        `${formatValue(spec)} is not valid type for $currentDate. Please use a boolean ('true') or a $type expression ({$type: 'timestamp/date'}).`,
      );
    }
  }
  delete modifier.$currentDate;
  modifier.$set = set;
}

/** mingo keeps duplicates of $addToSet.$each when the field is new; MongoDB adds each distinct value once. */
function dedupeAddToSetEach(modifier: Document): void {
  const addToSet = modifier.$addToSet as Document | undefined;
  if (!addToSet) return;
  const fixed: Document = {};
  for (const [path, value] of Object.entries<unknown>(addToSet)) {
    if (isPlainObject(value) && Array.isArray(value.$each)) {
      const seen = new Set<string>();
      const each = value.$each.filter((item: unknown) => {
        const key = keyOf(item);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      fixed[path] = { ...value, $each: each };
    } else fixed[path] = value;
  }
  modifier.$addToSet = fixed;
}

/**
 * `$set: { _id: <current value> }` is a no-op in MongoDB (mongoose sends it when a whole document is the update);
 * mingo refuses any path on _id. A different value is left in place for mingo to refuse with code 66.
 */
function dropUnchangedId(doc: Document, modifier: Document, inserting: boolean): Document | undefined {
  const set = modifier.$set as Document | undefined;
  if (!set || !('_id' in set)) return undefined;
  const { _id: id, ...rest } = set;
  if (doc._id === undefined && inserting) {
    modifier.$set = rest;
    return { _id: id as unknown };
  }
  if (keyOf(id) === keyOf(doc._id)) modifier.$set = rest;
  return undefined;
}

/**
 * $set entries the engine writes itself, after mingo. Top-level `$`-prefixed field names (MongoDB 5.0+): stored
 * when an upsert inserts the document, refused when the update modifies an existing one (MongoDB's rule); nested
 * ones (`'a.$b'`) go through mingo as paths. BinData values: see below.
 */
function takeDirectSets(modifier: Document, inserting: boolean): Document {
  const taken: Document = {};
  const set = modifier.$set as Document | undefined;
  if (!set) return taken;
  for (const [path, value] of Object.entries<unknown>(set)) {
    // mingo compares BinData without its subtype and would skip a change of subtype only, and refuses paths
    // through a field named __proto__: set those directly.
    if ((value instanceof Binary || touchesProto(path) || holdsProtoKey(value)) && !path.startsWith('$')) {
      taken[path] = value;
      delete set[path];
      continue;
    }
    if (!path.startsWith('$')) continue;
    if (!inserting) {
      throw new MongoCommandError(
        'DollarPrefixedFieldName',
        `The dollar ($) prefixed field '${path.split('.')[0] ?? path}' in '${path}' is not valid for storage. Use $setField in a pipeline update to modify it.`,
      );
    }
    taken[path] = value;
    delete set[path];
  }
  return taken;
}

/** A value with an own `__proto__` field somewhere inside (mingo's copies would drop it). */
function holdsProtoKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsProtoKey);
  if (!isPlainObject(value)) return false;
  return Object.keys(value).some((key) => key === '__proto__' || holdsProtoKey(value[key]));
}

/** A path with a part named like an Object.prototype member (__proto__, constructor, ...): a plain field to MongoDB. */
const touchesProto = (path: string): boolean => path.split('.').some((part) => part in Object.prototype);

/**
 * `$rename` and `$unset` on paths with a `__proto__` part: MongoDB treats it as a field name; mingo refuses any
 * such path. Taken out of the modifier and applied by the engine with own-field writes.
 */
function takeProtoMoves(modifier: Document): [string, string | null][] {
  const moves: [string, string | null][] = [];
  for (const operator of ['$rename', '$unset'] as const) {
    const fields = modifier[operator] as Document | undefined;
    if (!fields) continue;
    for (const [path, argument] of Object.entries(fields)) {
      const target = operator === '$rename' && typeof argument === 'string' ? argument : null;
      if (!touchesProto(path) && !(target && touchesProto(target))) continue;
      moves.push([path, target]);
      delete fields[path];
    }
  }
  return moves;
}

/** A $pull condition that is a query on documents with top-level $or/$and/$nor (mingo reads it as a value test). */
function isLogicalDocumentQuery(condition: unknown): condition is Document {
  if (!isPlainObject(condition)) return false;
  const keys = Object.keys(condition);
  return keys.some((key) => key === '$or' || key === '$and' || key === '$nor');
}

/** Removes $pull entries mingo would misread; returns them as path → document query. */
function takeLogicalPulls(modifier: Document): [string, Document][] {
  const pull = modifier.$pull as Document | undefined;
  if (!pull) return [];
  const taken: [string, Document][] = [];
  for (const [path, condition] of Object.entries(pull)) {
    if (!isLogicalDocumentQuery(condition)) continue;
    taken.push([path, condition]);
    delete pull[path];
  }
  if (Object.keys(pull).length === 0) delete modifier.$pull;
  return taken;
}

/** $pull with a query on documents: elements that are documents matching it are removed. */
function applyLogicalPull(
  doc: Document,
  path: string,
  condition: Document,
  matchOptions: Partial<Options>,
): void {
  const parts = path.split('.');
  let parent: unknown = doc;
  for (const part of parts.slice(0, -1)) {
    parent = Array.isArray(parent) ? parent[Number(part)] : isPlainObject(parent) ? parent[part] : undefined;
  }
  const last = parts[parts.length - 1] as string;
  const container = parent as Record<string, unknown> | undefined;
  const array = container?.[last];
  if (!Array.isArray(array)) return;
  const matcher = compileFilter(condition, matchOptions);
  container![last] = array.filter((item) => !(isPlainObject(item) && matcher.test(item)));
}

/** Returns the updated copy of `doc` (the original is untouched). */
export function applyUpdate(doc: Document, spec: UpdateSpec, options: ApplyOptions = {}): Document {
  // Under a collation, pipeline expressions, array filters, the positional $ and $pull conditions compare strings
  // by it, as in MongoDB.
  const collation = options.collation ?? null;
  const matchOptions: Partial<Options> = collation ? { collation: intlCollation(collation) as never } : {};
  try {
    if (spec.kind === 'replacement') {
      const replacement = deepClone(spec.replacement);
      if ('_id' in replacement && keyOf(replacement._id) !== keyOf(doc._id) && doc._id !== undefined) {
        throw new MongoCommandError(
          'ImmutableField',
          `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${String(replacement._id)}`,
        );
      }
      if (doc._id === undefined) return idFirst(replacement);
      const withId = { _id: doc._id as unknown, ...replacement };
      copyNumberKinds(replacement, withId);
      return idFirst(withId);
    }
    if (spec.kind === 'pipeline') {
      const [result] = new Aggregator(spec.pipeline, mingoOptions(matchOptions)).run<Document>([
        deepClone(doc),
      ]);
      if (!result) throw new MongoCommandError('BadValue', 'update pipeline produced no document');
      return idFirst(result);
    }
    // Each operator's fields are copied: the steps below take entries out of them.
    const modifier: Document = {};
    for (const [operator, fields] of Object.entries<unknown>(spec.modifier)) {
      modifier[operator] = isPlainObject(fields) ? copyFields(fields) : fields;
    }
    const inserting = options.inserting === true;
    const onInsert = modifier.$setOnInsert as Document | undefined;
    delete modifier.$setOnInsert;
    if (inserting && onInsert) {
      const set = copyFields((modifier.$set as Document | undefined) ?? {});
      for (const [path, value] of Object.entries<unknown>(onInsert)) {
        set[path] = value;
        setNumberKind(set, path, numberKind(onInsert, path));
      }
      modifier.$set = set;
    }
    dedupeAddToSetEach(modifier);
    currentDateAsSet(modifier);
    const concrete = resolvePositionalPaths(
      doc,
      modifier,
      options.filter,
      options.arrayFilters,
      matchOptions,
    );
    if (collation) collateModifier(doc, concrete, collation);
    const newId = dropUnchangedId(doc, concrete, inserting);
    const writes: Write[] = [];
    for (const [operator, fields] of Object.entries(concrete)) {
      if (!isPlainObject(fields)) continue;
      for (const [path, argument] of Object.entries(fields)) {
        writes.push({ operator, path, argument, kind: numberKind(fields, path) });
      }
    }
    const direct = takeDirectSets(concrete, inserting);
    const pulls = takeLogicalPulls(concrete);
    const moves = takeProtoMoves(concrete);
    for (const [operator, fields] of Object.entries(concrete)) {
      if (isPlainObject(fields) && Object.keys(fields).length === 0) delete concrete[operator];
    }
    checkUpdateTypes(doc, concrete);
    let copy = deepClone(doc);
    // Positional paths are already concrete, so mingo needs neither the filter nor the array filters.
    if (Object.keys(concrete).length > 0)
      mingoUpdate(copy, concrete, [], undefined, { queryOptions: mingoOptions(matchOptions) });
    for (const [path, condition] of pulls) applyLogicalPull(copy, path, condition, matchOptions);
    for (const [path, value] of Object.entries(direct)) setPath(copy, path, deepClone(value));
    for (const [from, to] of moves) {
      const value = unsetPath(copy, from);
      if (to !== null && value !== undefined) setPath(copy, to, value);
    }
    if (newId) {
      const withId = { ...newId, ...copy };
      copyNumberKinds(copy, withId);
      copy = withId;
    }
    retypeWrites(doc, copy, writes);
    return idFirst(copy);
  } catch (error) {
    throw toMongoError(error);
  }
}

/** The document an upsert starts from: the filter's equality conditions (top level and inside $and). */
export function upsertSeed(filter: Document): Document {
  const seed: Document = {};
  const visit = (conditions: Document): void => {
    for (const [key, value] of Object.entries(conditions)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const part of value) if (isPlainObject(part)) visit(part);
        continue;
      }
      if (key.startsWith('$')) continue;
      if (isPlainObject(value) && !isDbRef(value)) {
        const operators = Object.keys(value);
        if (operators.length > 0 && operators.every((op) => op.startsWith('$'))) {
          if ('$eq' in value) setAtPath(seed, key, deepClone(value.$eq));
          continue;
        }
      }
      if (value instanceof RegExp) continue;
      setAtPath(seed, key, deepClone(value));
    }
  };
  visit(filter);
  return seed;
}

/** Builds the document inserted by an upsert. */
export function buildUpsert(
  filter: Document,
  spec: UpdateSpec,
  arrayFilters?: Document[],
  collation: Collation | null = null,
): Document {
  const seed = upsertSeed(filter);
  let doc: Document;
  if (spec.kind === 'replacement') {
    doc = applyUpdate(seed._id === undefined ? {} : { _id: seed._id as unknown }, spec);
  } else {
    doc = applyUpdate(seed, spec, { inserting: true, arrayFilters, collation });
  }
  if (doc._id === undefined) doc = { _id: new ObjectId(), ...doc };
  return idFirst(doc);
}

export function sameDocument(a: Document, b: Document): boolean {
  return keyOf(a) === keyOf(b);
}
