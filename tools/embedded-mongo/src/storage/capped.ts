/**
 * Capped collections. After each insert the oldest documents (natural order) are removed until the
 * collection is within `max` documents and `size` bytes (BSON size of the documents); the document just inserted
 * is never removed. As in MongoDB 5.3+, documents may be deleted and may change size on update; the limits are
 * applied on the next insert.
 */
import { BSON, type Document } from 'bson';
import type { Collection } from './collection.js';
import { numericValue } from '../commands/commandScope.js';
import { MongoCommandError } from '../commands/errors.js';

/** MongoDB's upper bound for a capped collection's size: 1 PiB. */
const MAX_CAPPED_SIZE = 1024 ** 5;

/** Running byte total per capped collection, kept incrementally once computed. */
const totals = new WeakMap<Collection, number>();

const sizeOf = (doc: Document | undefined): number => (doc ? BSON.calculateObjectSize(doc) : 0);

/** Reads `capped`, `size` and `max` of a create command into collection options (empty when not capped). */
export function parseCappedOptions(command: Document): Document {
  if (command.capped === undefined || command.capped === false) return {};
  if (command.capped !== true) {
    throw new MongoCommandError(
      'TypeMismatch',
      "BSON field 'create.capped' is the wrong type, expected type 'bool'",
    );
  }
  const size = command.size as unknown;
  if (size === undefined) {
    throw new MongoCommandError('InvalidOptions', "the 'size' field is required when 'capped' is true");
  }
  const options: Document = { capped: true, size: checkCappedSize(size) };
  if (command.max !== undefined) options.max = checkCappedMax(command.max);
  return options;
}

export function checkCappedSize(raw: unknown): number {
  const size = numericValue(raw);
  if (typeof size !== 'number' || !Number.isFinite(size)) {
    throw new MongoCommandError('TypeMismatch', "BSON field 'size' is the wrong type, expected a number");
  }
  if (size <= 0 || size > MAX_CAPPED_SIZE) {
    throw new MongoCommandError(
      'BadValue',
      `capped size must be greater than 0 and at most 1 PB, but received: ${size}`,
    );
  }
  return Math.ceil(size);
}

export function checkCappedMax(raw: unknown): number {
  const max = numericValue(raw);
  if (typeof max !== 'number' || !Number.isFinite(max)) {
    throw new MongoCommandError('TypeMismatch', "BSON field 'max' is the wrong type, expected a number");
  }
  return Math.trunc(max);
}

/** Keeps the byte total in step with a write (removed and/or added document). */
export function cappedWrite(
  collection: Collection,
  removed: Document | undefined,
  added: Document | undefined,
): void {
  const total = totals.get(collection);
  if (total !== undefined) totals.set(collection, total - sizeOf(removed) + sizeOf(added));
}

/** Removes the oldest documents until the collection fits its limits again. */
export function trimCapped(collection: Collection, newest: Document): void {
  const total = totals.get(collection);
  totals.set(
    collection,
    total === undefined
      ? collection.all().reduce((sum, doc) => sum + sizeOf(doc), 0)
      : total + sizeOf(newest),
  );
  const size = collection.options.size as number;
  const max =
    typeof collection.options.max === 'number' && collection.options.max > 0
      ? collection.options.max
      : Infinity;
  while (collection.size > 1 && (collection.size > max || (totals.get(collection) as number) > size)) {
    const oldest = collection.oldest();
    if (!oldest || oldest === newest) break;
    collection.delete(oldest);
  }
}

/** Forgets the byte total (after options change), so the next insert recomputes it. */
export function resetCapped(collection: Collection): void {
  totals.delete(collection);
}
