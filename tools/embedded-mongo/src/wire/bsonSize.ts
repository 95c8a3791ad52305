/**
 * BSON size limits. `bson` serializes into a fixed 17 MiB buffer and cuts larger documents short
 * without an error, so everything the engine stores or sends is checked against MongoDB's 16 MiB limit first.
 */
import { BSON, type Document } from 'bson';
import { MongoCommandError } from '../commands/errors.js';

export const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;
/** Headroom for the wrapper around one maximal document (a reply, a journal record, a snapshot chunk). */
const MAX_SERIALIZED_SIZE = MAX_BSON_OBJECT_SIZE + 16 * 1024;

export type WriteKind = 'insert' | 'update' | 'upsert';

/** Rejects a document MongoDB would not store, with the code MongoDB uses for that kind of write. */
export function checkDocumentSize(doc: Document, kind: WriteKind): void {
  const size = BSON.calculateObjectSize(doc);
  if (size <= MAX_BSON_OBJECT_SIZE) return;
  if (kind === 'update') {
    throw new MongoCommandError(
      'Location17419',
      `Resulting document after update is larger than ${MAX_BSON_OBJECT_SIZE}`,
    );
  }
  if (kind === 'upsert') {
    throw new MongoCommandError('Location17420', `Document to upsert is larger than ${MAX_BSON_OBJECT_SIZE}`);
  }
  throw new MongoCommandError(
    'BadValue',
    `object to insert too large. size in bytes: ${size}, max size: ${MAX_BSON_OBJECT_SIZE}`,
  );
}

/** BSON.serialize that fails instead of truncating. */
export function serializeChecked(doc: Document): Buffer {
  const size = BSON.calculateObjectSize(doc);
  if (size > MAX_SERIALIZED_SIZE) {
    throw new MongoCommandError(
      'BSONObjectTooLarge',
      `BSONObj size: ${size} is invalid. Size must be at most ${MAX_SERIALIZED_SIZE}`,
    );
  }
  return Buffer.from(BSON.serialize(doc));
}
