/**
 * Hand-written glue around mingo's updater: classifies an update (operators, replacement or pipeline), handles
 * $setOnInsert, $currentDate and upsert seeding from the filter's equality fields itself, runs MongoDB's type checks
 * first (updateChecks.ts), and always works on a copy so the stored document is only swapped in once the whole
 * update succeeded.
 */
import { ObjectId, Timestamp, type Document } from 'bson';
import { Aggregator } from 'mingo/aggregator';
import { update as mingoUpdate } from 'mingo/updater';
import { MongoCommandError, toMongoError } from './errors.js';
import { mingoOptions } from './query.js';
import { checkUpdateTypes } from './updateChecks.js';
import { deepClone, formatValue, isPlainObject, keyOf, setAtPath } from './values.js';

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
}

/** _id first, as MongoDB stores it. */
function idFirst(doc: Document): Document {
  if (!('_id' in doc) || Object.keys(doc)[0] === '_id') return doc;
  const { _id, ...rest } = doc;
  return { _id, ...rest };
}

/** $currentDate becomes a $set of the server's time; mingo would store a timestamp as a plain number. */
function currentDateAsSet(modifier: Document): void {
  const fields = modifier.$currentDate as Document | undefined;
  if (!fields) return;
  const now = new Date();
  const set: Document = { ...(modifier.$set as Document | undefined) };
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
  for (const [path, value] of Object.entries(addToSet)) {
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

function usesPositional(modifier: Document): boolean {
  return Object.values(modifier).some(
    (fields) => isPlainObject(fields) && Object.keys(fields).some((path) => /(^|\.)\$(\.|$)/.test(path)),
  );
}

/** Returns the updated copy of `doc` (the original is untouched). */
export function applyUpdate(doc: Document, spec: UpdateSpec, options: ApplyOptions = {}): Document {
  try {
    if (spec.kind === 'replacement') {
      const replacement = deepClone(spec.replacement);
      if ('_id' in replacement && keyOf(replacement._id) !== keyOf(doc._id) && doc._id !== undefined) {
        throw new MongoCommandError(
          'ImmutableField',
          `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${String(replacement._id)}`,
        );
      }
      return idFirst(doc._id === undefined ? replacement : { _id: doc._id, ...replacement });
    }
    if (spec.kind === 'pipeline') {
      const [result] = new Aggregator(spec.pipeline, mingoOptions()).run<Document>([deepClone(doc)]);
      if (!result) throw new MongoCommandError('BadValue', 'update pipeline produced no document');
      return idFirst(result as Document);
    }
    const modifier: Document = { ...spec.modifier };
    const onInsert = modifier.$setOnInsert as Document | undefined;
    delete modifier.$setOnInsert;
    if (options.inserting && onInsert)
      modifier.$set = { ...(modifier.$set as Document | undefined), ...onInsert };
    dedupeAddToSetEach(modifier);
    currentDateAsSet(modifier);
    checkUpdateTypes(doc, modifier);
    const copy = deepClone(doc);
    if (Object.keys(modifier).length > 0) {
      // mingo re-matches the filter, which only the positional `$` needs; skipping it otherwise keeps $near and
      // collation-dependent filters from being re-evaluated out of context.
      const condition = usesPositional(modifier) ? options.filter : undefined;
      mingoUpdate(copy, modifier, options.arrayFilters, condition, { queryOptions: mingoOptions() });
    }
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
      if (isPlainObject(value)) {
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
export function buildUpsert(filter: Document, spec: UpdateSpec, arrayFilters?: Document[]): Document {
  const seed = upsertSeed(filter);
  let doc: Document;
  if (spec.kind === 'replacement') {
    doc = applyUpdate(seed._id === undefined ? {} : { _id: seed._id }, spec);
  } else {
    doc = applyUpdate(seed, spec, { inserting: true, arrayFilters });
  }
  if (doc._id === undefined) doc = { _id: new ObjectId(), ...doc };
  return idFirst(doc);
}

export function sameDocument(a: Document, b: Document): boolean {
  return keyOf(a) === keyOf(b);
}
