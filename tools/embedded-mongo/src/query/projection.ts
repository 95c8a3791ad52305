/**
 * Glue around mingo's projection: mingo emits projected fields in the projection's order with _id
 * last, while MongoDB keeps the document's field order. We let mingo decide what to keep, then restore the order.
 */
import type { Document } from 'bson';
import { Query } from 'mingo/query';
import { MongoCommandError, toMongoError } from '../commands/errors.js';
import type { Options } from 'mingo/types';
import { numberKind, setNumberKind } from '../storage/numberTypes.js';
import { compileFilter, mingoOptions } from './query.js';
import { deepClone, defineField, isPlainObject } from '../storage/values.js';

function orderLike(projected: unknown, source: unknown): unknown {
  if (!isPlainObject(projected) || !isPlainObject(source)) return projected;
  const ordered: Document = {};
  for (const key of Object.keys(source)) {
    if (key in projected) ordered[key] = orderLike(projected[key], source[key]);
  }
  // Fields the projection computed that the source did not have keep their place at the end.
  for (const key of Object.keys(projected)) if (!(key in ordered)) ordered[key] = projected[key];
  return ordered;
}

/** { $slice: n } or { $slice: [skip, limit] } applied to an array (anything else is returned as is). */
function sliceArray(value: unknown, spec: unknown): unknown {
  if (!Array.isArray(value)) return value;
  if (typeof spec === 'number')
    return spec >= 0 ? value.slice(0, spec) : value.slice(Math.max(0, value.length + spec));
  const [skip, limit] = spec as [number, number];
  const start = skip >= 0 ? Math.min(skip, value.length) : Math.max(0, value.length + skip);
  return value.slice(start, start + limit);
}

function checkSlice(path: string, spec: unknown): void {
  const valid =
    typeof spec === 'number' ||
    (Array.isArray(spec) &&
      spec.length === 2 &&
      spec.every((n) => typeof n === 'number') &&
      (spec[1] as number) > 0);
  if (!valid) {
    throw new MongoCommandError(
      'BadValue',
      `$slice only supports numbers and [skip, limit] arrays, with a positive limit: ${path}`,
    );
  }
}

/** Walks to the object holding the last part of `path`, or undefined. */
function parentOf(doc: Document, path: string): [Record<string, unknown>, string] | undefined {
  const parts = path.split('.');
  let current: unknown = doc;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(current)) return undefined;
    current = current[part];
  }
  return isPlainObject(current) ? [current, parts[parts.length - 1] as string] : undefined;
}

/** The first element of an array matching a projection $elemMatch (operators on scalars, or a document query). */
function firstElementMatch(array: unknown[], criteria: Document, options: Partial<Options>): unknown {
  const onValues = Object.keys(criteria).every(
    (key) => key.startsWith('$') && key !== '$and' && key !== '$or' && key !== '$nor',
  );
  const matcher = compileFilter(onValues ? { v: criteria } : criteria, options);
  return array.find((item) =>
    onValues ? matcher.test({ v: item }) : isPlainObject(item) && matcher.test(item),
  );
}

type Special = { path: string; kind: '$slice' | '$elemMatch'; spec: unknown };

/** Takes $slice and $elemMatch out of a projection: the engine applies them after mingo's part. */
function splitSpecial(projection: Document): { rest: Document; special: Special[] } {
  const rest: Document = {};
  const special: Special[] = [];
  for (const [path, value] of Object.entries<unknown>(projection)) {
    if (isPlainObject(value) && Object.keys(value).length === 1 && '$slice' in value) {
      checkSlice(path, value.$slice);
      special.push({ path, kind: '$slice', spec: value.$slice });
    } else if (isPlainObject(value) && Object.keys(value).length === 1 && '$elemMatch' in value) {
      if (!isPlainObject(value.$elemMatch))
        throw new MongoCommandError('BadValue', 'elemMatch: Invalid argument, object required.');
      if (path.includes('.')) {
        throw new MongoCommandError('BadValue', 'Cannot use $elemMatch projection on a nested field.');
      }
      special.push({ path, kind: '$elemMatch', spec: value.$elemMatch });
    } else rest[path] = value;
  }
  return { rest, special };
}

const isExclusion = (value: unknown) => value === 0 || value === false;
const isInclusion = (value: unknown) => value === 1 || value === true;

/**
 * Plain top-level inclusion or exclusion (the common case) is done here: copies of whole field values, so field
 * order and unusual keys (a nested `__proto__`) survive untouched. Returns null for what mingo must handle.
 */
function simpleProjection(doc: Document, projection: Document): Document | null {
  const entries = Object.entries(projection);
  if (
    entries.some(
      ([path, value]) =>
        path.includes('.') || path.startsWith('$') || !(isExclusion(value) || isInclusion(value)),
    )
  ) {
    return null;
  }
  const others = entries.filter(([path]) => path !== '_id');
  const excluding =
    others.length === 0
      ? isExclusion(projection._id) || projection._id === undefined
      : others.every(([, v]) => isExclusion(v));
  if (!excluding && others.some(([, v]) => isExclusion(v))) return null; // mixed: mingo reports the error
  const out: Document = {};
  for (const [key, value] of Object.entries(doc)) {
    const wanted =
      key === '_id'
        ? !isExclusion(projection._id)
        : excluding
          ? !isExclusion(projection[key])
          : isInclusion(projection[key]);
    if (wanted) {
      defineField(out, key, deepClone(value));
      setNumberKind(out, key, numberKind(doc, key));
    }
  }
  return out;
}

/**
 * Applies a find-style projection to documents, keeping MongoDB's field order. `filter` is the query the documents
 * matched, which the positional `field.$` projection needs.
 */
export function project(
  docs: Document[],
  projection: Document | undefined,
  filter: Document = {},
  options: Partial<Options> = {},
): Document[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  const { rest, special } = splitSpecial(projection);
  // $slice and $elemMatch need their field in the document: in an inclusion projection they count as inclusions.
  const restValues = Object.entries(rest).filter(([path]) => path !== '_id');
  // `{ _id: 1 }` alone is an inclusion too (only _id).
  const inclusion =
    restValues.some(([, value]) => !isExclusion(value)) || (restValues.length === 0 && isInclusion(rest._id));
  const base: Document = { ...rest };
  for (const item of special) {
    if (item.kind === '$elemMatch' || inclusion) base[item.path] = 1;
  }
  let projected: Document[];
  if (Object.keys(base).length === 0) {
    projected = docs.map((doc) => deepClone(doc));
  } else {
    const simple = docs.map((doc) => simpleProjection(doc, base));
    projected = simple.every((doc) => doc !== null) ? simple : mingoProject(docs, base, filter, options);
  }
  for (const doc of projected) {
    for (const item of special) {
      const found = parentOf(doc, item.path);
      if (!found) continue;
      const [parent, key] = found;
      if (item.kind === '$slice') {
        if (key in parent) parent[key] = sliceArray(parent[key], item.spec);
        continue;
      }
      const value = parent[key];
      const match = Array.isArray(value)
        ? firstElementMatch(value, item.spec as Document, options)
        : undefined;
      if (match === undefined) delete parent[key];
      else parent[key] = [match];
    }
  }
  return projected;
}

function mingoProject(
  docs: Document[],
  projection: Document,
  filter: Document,
  options: Partial<Options>,
): Document[] {
  // Only the positional operator needs the filter; otherwise re-matching would be wasted work.
  const positional = Object.keys(projection).some((key) => key.endsWith('.$'));
  let projected: Document[];
  try {
    // mingo's exclusion projection deletes fields in place: project copies, never stored documents.
    projected = new Query(positional ? filter : {}, mingoOptions(options))
      .find<Document>(docs.map(deepClone), projection)
      .all();
  } catch (error) {
    throw toMongoError(error);
  }
  if (projected.length !== docs.length) {
    throw new MongoCommandError(
      'BadValue',
      'positional projection requires the array field to be in the query',
    );
  }
  return projected.map((doc, position) => orderLike(doc, docs[position]) as Document);
}
