import { isDeepStrictEqual } from 'node:util';
import type { AnyBulkWriteOperation, Db, Document, ObjectId } from 'mongodb';
import type { GrantRecord } from './parse.js';

/** The funding service's collection of external funders' grants (services/funding/src/models/ExternalGrant.ts). */
export const EXTERNAL_GRANTS_COLLECTION = 'externalGrants';
const READ_BATCH = 1000;

export interface GrantUpsertResult {
  inserted: number;
  /** Grants already imported whose published fields changed. */
  updated: number;
  /** Grants already imported exactly as the package has them. */
  unchanged: number;
}

/** A write failed: every grant the import touched was put back as it was. */
export class GrantImportRolledBackError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}

/** The fields a grant's import sets; anything else on the document (importedAt, _id) is the database's. */
function importedFields(record: GrantRecord) {
  return {
    funderId: record.funderId,
    funderName: record.funderName,
    programTitle: record.programTitle,
    programCode: record.programCode,
    awardDay: record.awardDay,
    grant: record.grant,
  };
}

/**
 * Upserts grants by their 360Giving id. A grant whose published fields are the same as stored is not written at
 * all (so updatedAt stays the day it last changed, and a re-import reports it unchanged); a changed one is replaced
 * field by field with updatedAt now.
 *
 * All or nothing without multi-document transactions, as upsertFacilities: the documents the import will touch are
 * read first, and if a write fails the new ones are deleted and the changed ones restored before the error.
 */
export async function upsertExternalGrants(
  db: Db,
  records: readonly GrantRecord[],
  now: Date,
): Promise<GrantUpsertResult> {
  const collection = db.collection(EXTERNAL_GRANTS_COLLECTION);
  // The identity the upsert relies on; the service declares the same index, this makes a fresh database safe too.
  await collection.createIndex({ grantId: 1 }, { unique: true });
  const before = new Map<string, Document>();
  for (let start = 0; start < records.length; start += READ_BATCH) {
    const ids = records.slice(start, start + READ_BATCH).map((record) => record.grantId);
    for (const doc of await collection.find({ grantId: { $in: ids } }).toArray()) {
      before.set(doc.grantId as string, doc);
    }
  }
  const result: GrantUpsertResult = { inserted: 0, updated: 0, unchanged: 0 };
  const operations: AnyBulkWriteOperation<Document>[] = [];
  for (const record of records) {
    const fields = importedFields(record);
    const existing = before.get(record.grantId);
    if (!existing) {
      result.inserted += 1;
      operations.push({
        insertOne: { document: { grantId: record.grantId, ...fields, importedAt: now, updatedAt: now } },
      });
    } else if (
      Object.entries(fields).every(([field, value]) => isDeepStrictEqual(existing[field] ?? null, value))
    ) {
      result.unchanged += 1;
    } else {
      result.updated += 1;
      operations.push({
        updateOne: {
          filter: { _id: existing._id as ObjectId },
          update: { $set: { ...fields, updatedAt: now } },
        },
      });
    }
  }
  if (operations.length === 0) return result;
  try {
    await collection.bulkWrite(operations, { ordered: true });
    return result;
  } catch (error) {
    const created = records.filter((record) => !before.has(record.grantId)).map((record) => record.grantId);
    for (let start = 0; start < created.length; start += READ_BATCH) {
      await collection.deleteMany({ grantId: { $in: created.slice(start, start + READ_BATCH) } });
    }
    for (const doc of before.values()) await collection.replaceOne({ _id: doc._id as ObjectId }, doc);
    throw new GrantImportRolledBackError(
      `writing the grants failed (${(error as Error).message}); the database was restored`,
      error,
    );
  }
}
