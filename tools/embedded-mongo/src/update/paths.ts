/**
 * Reading and writing concrete document paths (array positions included) for the update operators
 * the engine applies itself. Only own fields are followed, and a part named `__proto__` or `constructor` is an
 * ordinary field, so no write can reach a prototype.
 */
import type { Document } from 'bson';
import { defineField, isPlainObject } from '../storage/values.js';

const own = (container: unknown, key: string): unknown =>
  container !== null && typeof container === 'object' && Object.prototype.hasOwnProperty.call(container, key)
    ? (container as Record<string, unknown>)[key]
    : undefined;

/** The object holding the last part of a concrete path, and that part. */
export function locate(doc: Document, path: string): [Record<string, unknown>, string] | undefined {
  const parts = path.split('.');
  let current: unknown = doc;
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isPlainObject(current)) current = own(current, part);
    else return undefined;
  }
  return current !== null && typeof current === 'object'
    ? [current as Record<string, unknown>, parts[parts.length - 1] as string]
    : undefined;
}

/**
 * Sets a concrete path (array positions included), creating missing objects on the way. Only own fields are
 * followed and a `__proto__` part is an ordinary field, so no write can reach a prototype.
 */
export function setPath(doc: Document, path: string, value: unknown): void {
  const parts = path.split('.');
  let current: Record<string, unknown> | unknown[] = doc;
  for (const part of parts.slice(0, -1)) {
    const container = current as Record<string, unknown>;
    const next = own(container, part);
    if (Array.isArray(next) || isPlainObject(next)) current = next;
    else {
      const created = {};
      defineField(container, part, created);
      current = created;
    }
  }
  defineField(current as Record<string, unknown>, parts[parts.length - 1] as string, value);
}

/** Removes a concrete path (own fields only); returns the removed value, undefined when it was missing. */
export function unsetPath(doc: Document, path: string): unknown {
  const parts = path.split('.');
  let current: unknown = doc;
  for (const part of parts.slice(0, -1)) current = own(current, part);
  const last = parts[parts.length - 1] as string;
  const value = own(current, last);
  if (value !== undefined && isPlainObject(current)) delete current[last];
  return value;
}
