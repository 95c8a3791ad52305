import mongoose, { type Types } from 'mongoose';
import type { AnyModel } from '../modelTypes.js';
import { isDuplicateKeyError } from '../duplicateKey.js';
import { AuditEntryModel, type AuditEntryRecord } from './entries.js';
import { isAudited } from './plugin.js';

/** What the outbox part of an audited document looks like to the driver. */
interface Outbox {
  _id: Types.ObjectId;
  _pendingAudit?: AuditEntryRecord[];
}

/** How many documents one flush moves per model; what is left waits for the next flush. */
export const FLUSH_BATCH = 500;

/**
 * Copies entries from a document's outbox into the auditEntries collection, then takes them out of the document.
 * Inserted with their own _id, unordered: an entry already copied by an earlier, interrupted move is a duplicate
 * key, which means "already there" and is the only error ignored. Only then is the entry pulled, so an entry is
 * always in the document, the log, or both; never in neither.
 */
export async function moveToLog(
  model: AnyModel,
  documentId: Types.ObjectId,
  entries: readonly AuditEntryRecord[],
): Promise<void> {
  if (entries.length === 0) return;
  try {
    await AuditEntryModel.collection.insertMany(entries, { ordered: false });
  } catch (error) {
    const writeErrors = (error as { writeErrors?: { code?: unknown }[] }).writeErrors;
    const onlyDuplicates =
      isDuplicateKeyError(error) &&
      (writeErrors === undefined ? true : writeErrors.every((writeError) => writeError.code === 11000));
    if (!onlyDuplicates) throw error;
  }
  // Through the driver: no mongoose middleware, so neither updatedAt nor the version moves for housekeeping.
  const outboxes = model.collection as unknown as mongoose.mongo.Collection<Outbox>;
  await outboxes.updateOne(
    { _id: documentId },
    { $pull: { _pendingAudit: { _id: { $in: entries.map((entry) => entry._id) } } } },
  );
}

/**
 * Finishes every move an interrupted write left behind (a crash between the write and its move): run at subgraph
 * start-up, and by audit reads, for the audited models among `models`.
 */
export async function flushPendingAudit(models: readonly AnyModel[], documentId?: Types.ObjectId) {
  for (const model of models.filter(isAudited)) {
    const pending = (await model.collection
      .find(
        {
          ...(documentId ? { _id: documentId } : {}),
          '_pendingAudit._id': { $exists: true },
        },
        { projection: { _pendingAudit: 1 }, limit: FLUSH_BATCH },
      )
      .toArray()) as Outbox[];
    for (const doc of pending) await moveToLog(model, doc._id, doc._pendingAudit ?? []);
  }
}

/** A fresh entry id: ObjectIds order by creation time within a process, the tie-breaker after `at`. */
export function newEntryId(): Types.ObjectId {
  return new mongoose.Types.ObjectId();
}
