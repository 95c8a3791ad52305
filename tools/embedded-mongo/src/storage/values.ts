/**
 * Value helpers the engine needs around mingo: a canonical key for BSON values (used by the _id map
 * and unique indexes, where 1, 1.0 and Long(1) are the same key as in MongoDB), copy-on-write cloning of stored
 * documents, and dotted-path lookups that descend into arrays the way index keys do.
 */
import { Binary, Decimal128, Long, ObjectId, Timestamp, type Document } from 'bson';
import { copyNumberKinds } from './numberTypes.js';
import { objectIdHex } from './objectIdHex.js';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A string that is equal for two values exactly when MongoDB considers them equal index keys. */
export function keyOf(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return `n:${value}`;
    case 'bigint':
      return `n:${value}`;
    case 'string':
      return `s:${JSON.stringify(value)}`;
    case 'boolean':
      return `b:${value}`;
    default:
      break;
  }
  if (value instanceof ObjectId) return objectIdHex(value, 'o:');
  if (value instanceof Date) return `d:${value.getTime()}`;
  // Before Long: bson's Timestamp is a subclass of Long, but a different BSON type with its own keys.
  // A Timestamp's value is its unsigned 64 bits (Long's toString, which bson's typings do not show on it).
  if (value instanceof Timestamp) return `t:${Long.fromBits(value.low, value.high, true).toString()}`;
  if (value instanceof Long) return `n:${value.toString()}`;
  if (value instanceof Decimal128) return `n:${Number(value.toString())}`;
  if (value instanceof Binary) return `x:${value.sub_type}:${Buffer.from(value.buffer).toString('base64')}`;
  if (value instanceof RegExp) return `r:${value.source}/${value.flags}`;
  if (Array.isArray(value)) return `[${value.map(keyOf).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${JSON.stringify(k)}:${keyOf(v)}`,
    );
    return `{${entries.join(',')}}`;
  }
  // Anything else (BSON wrappers such as Code or MinKey) by its own toString, as String() would.
  return `?:${(value as { toString(): string }).toString()}`;
}

/**
 * Sets an own field, including one named `__proto__` (BSON allows it; plain assignment would change the object's
 * prototype instead and the field would be lost).
 */
export function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else target[key] = value;
}

/**
 * The document as the store keeps it: the same fields in an object V8 holds in its fast form. The BSON
 * deserializer, and any copy built a field at a time past about twenty fields, leave V8's slow dictionary form,
 * where every read, copy and serialisation costs several times more; a spread builds the fast form directly.
 * Stored documents are read far more often than written, so the copy is made once, on the way in. It shares the
 * values, so it also serves as the shallow copy a read-only stage gets ($geoNear's output).
 */
export function storedForm(doc: Document): Document {
  const copy = { ...doc };
  copyNumberKinds(doc, copy);
  return copy;
}

/** Deep-copies plain objects and arrays; BSON value classes are immutable in our use and are shared. */
export function deepClone<T>(value: T): T {
  if (Array.isArray(value)) {
    const copy = value.map((item: unknown) => deepClone(item));
    copyNumberKinds(value, copy);
    return copy as T;
  }
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) defineField(copy, key, deepClone(item));
    copyNumberKinds(value, copy);
    return copy as T;
  }
  return value;
}

/**
 * All values at a dotted path, expanding arrays on the way as a multikey index does. A missing path yields
 * [undefined] (indexed as null); an empty array at the leaf also yields [undefined].
 */
export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const parts = path.split('.');
  const out: unknown[] = [];
  const walk = (current: unknown, index: number): void => {
    if (index === parts.length) {
      if (Array.isArray(current)) {
        if (current.length === 0) out.push(undefined);
        else out.push(...(current as unknown[]));
      } else out.push(current);
      return;
    }
    const part = parts[index] as string;
    if (Array.isArray(current)) {
      if (/^\d+$/.test(part)) {
        walk(current[Number(part)], index + 1);
        return;
      }
      if (current.length === 0) {
        out.push(undefined);
        return;
      }
      for (const item of current) walk(item, index);
      return;
    }
    if (current !== null && typeof current === 'object') {
      walk((current as Record<string, unknown>)[part], index + 1);
      return;
    }
    out.push(undefined);
  };
  walk(doc, 0);
  return out.length === 0 ? [undefined] : out;
}

/** What singleValueAtPath answers when an array lies on the path (the caller then needs valuesAtPath). */
export const ARRAY_ON_PATH = Symbol('array on path');

/**
 * The one value at an already split dotted path when no array lies on it (missing yields undefined), else
 * ARRAY_ON_PATH. Index maintenance reads every indexed field of every written document, almost always without
 * arrays: this answers that case without the intermediate arrays and closure valuesAtPath builds.
 */
export function singleValueAtPath(doc: unknown, parts: readonly string[]): unknown {
  let current = doc;
  for (const part of parts) {
    if (Array.isArray(current)) return ARRAY_ON_PATH;
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return Array.isArray(current) ? ARRAY_ON_PATH : current;
}

/** Sets a dotted path, creating intermediate objects (used to build upsert seeds from equality filters). */
export function setAtPath(doc: Document, path: string, value: unknown): void {
  const parts = path.split('.');
  let current: Record<string, unknown> = doc;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (!isPlainObject(next)) current[part] = {};
    current = current[part] as Record<string, unknown>;
  }
  current[parts[parts.length - 1] as string] = value;
}

/** Renders a value the way MongoDB prints it in error messages (e.g. dup key: { name: "x" }). */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof ObjectId) return `ObjectId('${value.toHexString()}')`;
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (Array.isArray(value)) return `[ ${value.map(formatValue).join(', ')} ]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(([k, v]) => `${k}: ${formatValue(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return (value as { toString(): string }).toString();
}
