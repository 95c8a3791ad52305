/** MongoDB's E11000: a write refused by a unique index. */
export const DUPLICATE_KEY = 11000;

/**
 * True when a write (or any write of a bulk insert, ordered or not) was refused by a unique index: the signal that
 * another request got there first.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { code, writeErrors } = error as { code?: unknown; writeErrors?: { code?: unknown }[] };
  return (
    code === DUPLICATE_KEY || (writeErrors ?? []).some((writeError) => writeError.code === DUPLICATE_KEY)
  );
}
