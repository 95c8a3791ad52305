/**
 * Keeps BSON's numeric types across the engine. mingo works on JS numbers, so incoming Int32, Double
 * and (53-bit safe) Long values become numbers; but 42.0 (a Double) and 42 (an Int32) are the same JS number, and
 * bson would write both back as Int32, and an int64 as Int32 or Double. So each object or array that holds a Double
 * with an integral value or a Long remembers which of its fields those were, and a non-enumerable `toBSON` (which
 * bson calls when it writes the object: replies, the journal) turns them back into Double or Long. Objects
 * without such fields carry nothing and cost nothing. Copies made by `deepClone` keep the marks; objects built by
 * mingo (aggregation output, computed projections) do not, and integral doubles there come back as int32.
 *
 * Also, on the way in: a DBRef becomes the plain sub-document `{ $ref, $id, $db }` it is on the wire, so queries
 * on `refs.$id` see its fields; a BSON Symbol becomes its string (as before).
 */
import { BSONSymbol, DBRef, Double, Int32, Long, Timestamp } from 'bson';
import { defineField, isPlainObject } from './values.js';

export type NumberKind = 'double' | 'long';

const kinds = new WeakMap<object, Map<string, NumberKind>>();

function toBSON(this: Record<string, unknown> | unknown[]): unknown {
  const marks = kinds.get(this);
  if (!marks) return this;
  const copy: Record<string, unknown> = Array.isArray(this) ? ([...this] as never) : { ...this };
  for (const [key, kind] of marks) {
    const value = copy[key];
    if (typeof value !== 'number') continue;
    copy[key] = kind === 'double' ? new Double(value) : Long.fromNumber(value);
  }
  return copy;
}

export function numberKind(container: object, key: string): NumberKind | undefined {
  return kinds.get(container)?.get(key);
}

/** Records (or with undefined, clears) the BSON type of a numeric field. */
export function setNumberKind(container: object, key: string, kind: NumberKind | undefined): void {
  let marks = kinds.get(container);
  if (!kind) {
    marks?.delete(key);
    return;
  }
  if (!marks) {
    marks = new Map();
    kinds.set(container, marks);
    Object.defineProperty(container, 'toBSON', { value: toBSON, enumerable: false, configurable: true });
  }
  marks.set(key, kind);
}

/** Copies the marks of `from`'s fields onto the same fields of `to` (for a shallow copy of an object). */
export function copyNumberKinds(from: object, to: object): void {
  const marks = kinds.get(from);
  if (!marks) return;
  for (const [key, kind] of marks) setNumberKind(to, key, kind);
}

/** Copies marks between two trees of the same shape (a value and its copy), where the copy still holds a number. */
export function copyNumberKindsDeep(from: unknown, to: unknown): void {
  if (from === null || to === null || typeof from !== 'object' || typeof to !== 'object') return;
  if (!(Array.isArray(from) || isPlainObject(from)) || !(Array.isArray(to) || isPlainObject(to))) return;
  const source = from as Record<string, unknown>;
  const target = to as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const kind = numberKind(source, key);
    if (kind && typeof target[key] === 'number') setNumberKind(target, key, kind);
    else copyNumberKindsDeep(source[key], target[key]);
  }
}

/** A value as the engine stores it, recording the numeric type in `container[key]` when a number needs one. */
function convert(value: unknown, container: object, key: string): unknown {
  if (value instanceof Int32) return value.value;
  if (value instanceof Double) {
    if (Number.isInteger(value.value)) setNumberKind(container, key, 'double');
    return value.value;
  }
  // bson's Timestamp is a subclass of Long, but its own BSON type: kept as it is.
  if (value instanceof Timestamp) return value;
  if (value instanceof Long) {
    const number = value.toNumber();
    if (!Number.isSafeInteger(number)) return value;
    setNumberKind(container, key, 'long');
    return number;
  }
  if (value instanceof BSONSymbol) return value.valueOf();
  if (value instanceof DBRef) {
    const plain: Record<string, unknown> = { $ref: value.collection, $id: value.oid };
    if (value.db) plain.$db = value.db;
    for (const [field, item] of Object.entries(value.fields)) defineField(plain, field, item);
    return fromBson(plain);
  }
  if (Array.isArray(value) || isPlainObject(value)) return fromBson(value);
  return value;
}

/**
 * Converts a document deserialized with `promoteValues: false` into the engine's form, in place: numbers as JS
 * numbers with their BSON type remembered where it matters, DBRefs as plain sub-documents.
 */
export function fromBson<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = convert(value[i], value, String(i));
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const item = value[key];
      const converted = convert(item, value, key);
      if (converted !== item) defineField(value, key, converted);
    }
  }
  return value;
}

/** Deserialize options for everything the engine reads (wire and journal); `fromBson` finishes the job. */
export const DESERIALIZE_OPTIONS = { promoteValues: false, promoteBuffers: false } as const;
