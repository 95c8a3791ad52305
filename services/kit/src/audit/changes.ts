import { update as applyUpdate } from 'mingo/updater';
import type { AuditChange } from './entries.js';
import { BOOKKEEPING_PATHS } from './plugin.js';

/** What a personal field's before and after are recorded as. */
export const REDACTED = '"[redacted]"';

/** Update operators whose outcome can be worked out from the document before the write. */
const PREDICTABLE = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$push',
  '$addToSet',
  '$pull',
  '$pullAll',
  '$pop',
]);

type Plain = Record<string, unknown>;

/** A value as JSON text: ObjectIds as their hex, dates as ISO instants; absent is null. */
export function jsonText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value);
}

/** The stored document (or update values) in JSON space, where before, after and the prediction are compared. */
function toJsonSpace<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function valueAt(doc: unknown, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Plain)[part];
  }
  return current;
}

function isPersonal(field: string, personalFields: readonly string[]): boolean {
  return personalFields.some(
    (personal) => field === personal || field.startsWith(`${personal}.`) || personal.startsWith(`${field}.`),
  );
}

function redacted(changes: AuditChange[], personalFields: readonly string[]): AuditChange[] {
  return changes.map((change) =>
    isPersonal(change.field, personalFields)
      ? {
          field: change.field,
          before: change.before === null ? null : REDACTED,
          after: change.after === null ? null : REDACTED,
        }
      : change,
  );
}

/** A create's changes: every field it stores, before null. */
export function creationChanges(stored: Plain, personalFields: readonly string[]): AuditChange[] {
  const plain = toJsonSpace(stored);
  const changes = Object.keys(plain)
    .filter((field) => !BOOKKEEPING_PATHS.has(field))
    .map((field) => ({ field, before: null, after: jsonText(plain[field]) }))
    .filter((change) => change.after !== null);
  return redacted(changes, personalFields);
}

/** `update` with bare fields moved under $set, as mongoose reads it. */
export function normalizeUpdate(update: Plain): Record<string, Plain> {
  const normalized: Record<string, Plain> = {};
  for (const [key, value] of Object.entries(update)) {
    if (key.startsWith('$')) {
      if (!PREDICTABLE.has(key)) {
        throw new Error(`auditedUpdate cannot record ${key}: use ${[...PREDICTABLE].join(', ')}`);
      }
      normalized[key] = { ...(normalized[key] ?? {}), ...(value as Plain) };
    } else {
      normalized.$set = { ...(normalized.$set ?? {}), [key]: value };
    }
  }
  for (const fields of Object.values(normalized)) {
    for (const path of Object.keys(fields)) {
      if (path.includes('$')) throw new Error(`auditedUpdate cannot record the positional path ${path}`);
      if (BOOKKEEPING_PATHS.has(path.split('.')[0]!)) {
        throw new Error(`auditedUpdate writes ${path} itself; leave it out of the update`);
      }
    }
  }
  return normalized;
}

/**
 * The fields `update` changes in `before` (the document at the version the write is pinned to), with their values
 * before and after. The after state is computed by applying the update to a copy (mingo's implementation of
 * MongoDB's update operators), so the entry can travel in the same single-document write as the change.
 */
export function updateChanges(
  before: Plain,
  update: Record<string, Plain>,
  personalFields: readonly string[],
): AuditChange[] {
  const start = toJsonSpace(before);
  const after = toJsonSpace(before);
  applyUpdate(after, toJsonSpace(update), [], undefined, { cloneMode: 'deep' });
  const paths = [...new Set(Object.values(update).flatMap((fields) => Object.keys(fields)))];
  const changes: AuditChange[] = [];
  for (const field of paths) {
    const was = jsonText(valueAt(start, field));
    const now = jsonText(valueAt(after, field));
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return redacted(changes, personalFields);
}
