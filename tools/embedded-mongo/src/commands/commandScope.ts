/**
 * The limits of the command being run (maxTimeMS, bypassDocumentValidation). The engine runs each
 * command synchronously from dispatch to reply, so exactly one command is in scope at a time; the read and write
 * paths consult it here instead of every helper taking the limits as arguments.
 */
import { Double, Int32, Long } from 'bson';
import { MongoCommandError } from './errors.js';

interface Scope {
  /** performance.now() after which the command must stop; Infinity without maxTimeMS. */
  deadline: number;
  bypassDocumentValidation: boolean;
  /** Where warnings about the command go (validationAction warn). */
  warn?: (obj: object, msg: string) => void;
}

const NO_LIMITS: Scope = { deadline: Number.POSITIVE_INFINITY, bypassDocumentValidation: false };
let current: Scope = NO_LIMITS;

/** How many documents a scan reads between two clock checks (MongoDB checks for interrupts at a similar pace). */
const CHECK_EVERY = 32;
const MAX_TIME_MS_LIMIT = 2 ** 31 - 1;

/** Parses a command's maxTimeMS as MongoDB does: a non-negative int32; 0 or absent means no limit. */
export function parseMaxTimeMS(raw: unknown): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  const value = numericValue(raw);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new MongoCommandError('BadValue', `maxTimeMS must be an integer, but received: ${String(value)}`);
  }
  if (value < 0 || value > MAX_TIME_MS_LIMIT) {
    throw new MongoCommandError(
      'BadValue',
      `${value} value for maxTimeMS is out of range [0, ${MAX_TIME_MS_LIMIT}]`,
    );
  }
  return value === 0 ? undefined : value;
}

/** A BSON number as a JS number, whether it arrives promoted or as an Int32/Long/Double object. */
export function numericValue(value: unknown): unknown {
  if (value instanceof Long || value instanceof Int32 || value instanceof Double)
    return Number(value.valueOf());
  return value;
}

export function runInScope<T>(
  limits: {
    maxTimeMS?: number;
    bypassDocumentValidation?: boolean;
    warn?: (obj: object, msg: string) => void;
  },
  fn: () => T,
): T {
  const previous = current;
  current = {
    deadline:
      limits.maxTimeMS === undefined ? Number.POSITIVE_INFINITY : performance.now() + limits.maxTimeMS,
    bypassDocumentValidation: limits.bypassDocumentValidation === true,
    warn: limits.warn,
  };
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** Throws MaxTimeMSExpired (code 50) once the command in scope has used up its maxTimeMS. */
export function checkDeadline(): void {
  if (current.deadline !== Number.POSITIVE_INFINITY && performance.now() > current.deadline) {
    throw new MongoCommandError('MaxTimeMSExpired', 'operation exceeded time limit');
  }
}

/**
 * The documents of a scan, checking the deadline as they are read, so a slow filter stops mid-scan. Without a
 * deadline the input is returned as it is (no per-document overhead).
 */
export function checkedScan<T>(docs: Iterable<T>): Iterable<T> {
  return current.deadline === Number.POSITIVE_INFINITY ? docs : deadlineChecked(docs);
}

function* deadlineChecked<T>(docs: Iterable<T>): Generator<T> {
  let read = 0;
  for (const doc of docs) {
    if (read++ % CHECK_EVERY === 0) checkDeadline();
    yield doc;
  }
  checkDeadline();
}

export function validationBypassed(): boolean {
  return current.bypassDocumentValidation;
}

export function warnInScope(obj: object, msg: string): void {
  current.warn?.(obj, msg);
}
