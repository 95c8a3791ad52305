import { createHash } from 'node:crypto';
import { badUserInput, conflict } from '../errors.js';

/**
 * A client's idempotency key (Stripe's Idempotency-Key semantics, per caller): a retry with the key and the same
 * input gets the first result and writes nothing; the key with another input is refused.
 */
const IDEMPOTENCY_KEY = /^[\x20-\x7e]{8,128}$/;

/** Canonical JSON (keys sorted at every level), so the same input always hashes the same. */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
}

export function inputHash(input: unknown): string {
  return createHash('sha256').update(canonical(input)).digest('hex');
}

/** BAD_USER_INPUT naming idempotencyKey unless it is absent or 8-128 printable ASCII characters. */
export function checkIdempotencyKey(key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw badUserInput(
      'Argument "idempotencyKey" must be 8 to 128 printable ASCII characters (a UUID is a good key)',
      { argumentName: 'idempotencyKey' },
    );
  }
  return key;
}

/** The refusal of a key sent again with another input. */
export function reusedIdempotencyKey() {
  return conflict('The idempotency key was already used for a different request; use a new key', {
    argumentName: 'idempotencyKey',
  });
}
