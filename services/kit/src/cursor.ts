import { createHmac, timingSafeEqual } from 'node:crypto';
import mongoose from 'mongoose';
import { badUserInput } from './errors.js';
import { DEVELOPMENT_INTERNAL_SECRET } from './config.js';

/**
 * Sealed cursors: `<payload>.<mac>`, both base64url. The payload is JSON naming the list (model and sort) the cursor
 * came from and the sort values of its row; the MAC is HMAC-SHA256 of the payload under the deployment's cursor key.
 * A cursor is checked (length, MAC, list, value types) before anything is decoded into a filter, so a forged or
 * edited one costs one HMAC and never reaches the database: it is BAD_USER_INPUT "invalid cursor".
 */

/** Longer than any cursor the kit issues (a few sort keys of bounded strings); refused before hashing. */
export const MAX_CURSOR_LENGTH = 1024;

const MAC_BYTES = 16;

let cursorKey = deriveCursorKey(DEVELOPMENT_INTERNAL_SECRET);

/** KYODO_CURSOR_SECRET when set, otherwise a key derived from the internal secret (never the secret itself). */
export function deriveCursorKey(internalSecret: string, cursorSecret?: string): Buffer {
  return createHmac('sha256', cursorSecret ?? internalSecret)
    .update('kyodo cursor key v1')
    .digest();
}

/** Sets the key cursors are sealed with; startSubgraph calls it from the configuration. */
export function setCursorKey(key: Buffer): void {
  cursorKey = key;
}

function mac(payload: string): Buffer {
  return createHmac('sha256', cursorKey).update(payload).digest().subarray(0, MAC_BYTES);
}

// Only the types a sort key holds; a tagged value is never an operator ($regex...) because it is rebuilt here.
type Encoded = null | boolean | string | number | { d: number } | { o: string };

function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { d: value.getTime() };
  if (value instanceof mongoose.Types.ObjectId) return { o: value.toHexString() };
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new Error(`A sort key of type ${typeof value} cannot be put in a cursor`);
}

const OBJECT_ID = /^[0-9a-f]{24}$/;

function decodeValue(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1) {
      const [tag, inner] = entries[0]!;
      if (tag === 'd' && typeof inner === 'number' && Number.isFinite(inner)) return new Date(inner);
      if (tag === 'o' && typeof inner === 'string' && OBJECT_ID.test(inner)) {
        return new mongoose.Types.ObjectId(inner);
      }
    }
  }
  throw invalidCursor();
}

/** BAD_USER_INPUT "invalid cursor": the one answer to any cursor that is not one this list issued. */
export function invalidCursor() {
  return badUserInput(
    'Argument "after" is an invalid cursor: pass an endCursor or cursor this list returned',
    {
      argumentName: 'after',
    },
  );
}

/** A cursor for the row whose sort values are `values`, valid only for the list named `list`. */
export function sealCursor(list: string, values: unknown[]): string {
  const payload = Buffer.from(JSON.stringify([list, ...values.map(encodeValue)]), 'utf8').toString(
    'base64url',
  );
  return `${payload}.${mac(payload).toString('base64url')}`;
}

/** The sort values a cursor of `list` holds, `length` of them; anything else is BAD_USER_INPUT "invalid cursor". */
export function openCursor(cursor: string, list: string, length: number): unknown[] {
  if (cursor.length > MAX_CURSOR_LENGTH) throw invalidCursor();
  const dot = cursor.indexOf('.');
  if (dot <= 0) throw invalidCursor();
  const payload = cursor.slice(0, dot);
  const given = Buffer.from(cursor.slice(dot + 1), 'base64url');
  if (given.length !== MAC_BYTES || !timingSafeEqual(given, mac(payload))) throw invalidCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  // Sealed by this deployment, so malformed content means a key shared with an older format or a different list.
  if (!Array.isArray(parsed) || parsed.length !== length + 1 || parsed[0] !== list) throw invalidCursor();
  return parsed.slice(1).map(decodeValue);
}
