import type { AnyBulkWriteOperation, Db, Document, ObjectId } from 'mongodb';
import type { DistrictArea } from '../districts/District.js';
import { districtContaining } from '../districts/districtContaining.js';
import { importedFacilityFields } from './document.js';
import type { FacilityRecord } from './parse.js';

/** The facilities service's collection (services/facilities/src/models/Facility.ts). */
export const FACILITIES_COLLECTION = 'facilities';

export interface UpsertResult {
  inserted: number;
  /** Existing facilities whose imported fields changed. */
  updated: number;
  /** Existing facilities the file left as they were. */
  unchanged: number;
}

/** A write failed: every facility the import touched was put back as it was. */
export class ImportRolledBackError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}

function identity(record: FacilityRecord) {
  return { municipalityCode: record.municipalityCode, normalisedNo: record.normalisedNo };
}

/**
 * Upserts facilities by (municipality code, NO without leading zeros), the facilities service's unique key: a
 * re-import updates the fields that come from the 公共施設一覧 and leaves the service's own (rooms, designated manager,
 * year built, bookings) alone.
 *
 * All or nothing without multi-document transactions (the embedded engine and a standalone mongod have none): the
 * documents the import will touch are read first, and if any write fails, the new ones are deleted and the changed
 * ones replaced by their snapshot before the error is reported.
 */
export async function upsertFacilities(
  db: Db,
  records: readonly FacilityRecord[],
  districts: readonly DistrictArea[],
  now: Date = new Date(),
): Promise<UpsertResult> {
  const collection = db.collection(FACILITIES_COLLECTION);
  // The identity the upsert relies on; the service declares the same index, this makes a fresh database safe too.
  await collection.createIndex({ municipalityCode: 1, normalisedNo: 1 }, { unique: true });
  if (records.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };

  const before = await collection.find({ $or: records.map(identity) }).toArray();
  const operations: AnyBulkWriteOperation<Document>[] = records.map((record) => {
    const district = districtContaining(districts, record.location.lat, record.location.lng);
    return {
      updateOne: {
        filter: identity(record),
        update: {
          $set: { ...importedFacilityFields(record, district?.code ?? null) },
          $setOnInsert: {
            builtYear: null,
            disasterBase: false,
            operatorId: null,
            createdAt: now,
            updatedAt: now,
          },
        },
        upsert: true,
      },
    };
  });
  try {
    const result = await collection.bulkWrite(operations, { ordered: true });
    return {
      inserted: result.upsertedCount,
      updated: result.modifiedCount,
      unchanged: result.matchedCount - result.modifiedCount,
    };
  } catch (error) {
    await rollBack(db, records, before);
    throw new ImportRolledBackError(
      `writing the facilities failed (${(error as Error).message}); the database was restored`,
      error,
    );
  }
}

async function rollBack(db: Db, records: readonly FacilityRecord[], before: Document[]): Promise<void> {
  const collection = db.collection(FACILITIES_COLLECTION);
  const existed = new Set(before.map((doc) => `${doc.municipalityCode}:${doc.normalisedNo}`));
  const created = records.filter((record) => !existed.has(record.key)).map(identity);
  if (created.length > 0) await collection.deleteMany({ $or: created });
  for (const doc of before) await collection.replaceOne({ _id: doc._id as ObjectId }, doc);
}
