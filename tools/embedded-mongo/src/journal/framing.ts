/**
 * On-disk record framing shared by the journal and the snapshot. Each record is
 * [uint32 length][uint32 CRC-32C of the length field and the payload][BSON payload] (format 2). Format 1, written
 * before checksums moved to CRC-32C, used zlib's CRC-32 of the payload alone; it is still read so an existing data
 * directory migrates on its first start (the start-up compaction rewrites it in format 2).
 *
 * Reading distinguishes two kinds of damage. A bad record with nothing valid after it is a torn tail: a crash cut
 * the last, unacknowledged write. A bad record followed by further valid records is corruption: bytes that were
 * acknowledged changed on disk, and replaying past them (or dropping everything after them) would silently lose
 * data, so the caller must refuse or repair.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';
import crc32c from '@chainsafe/fast-crc32c';
import { BSON, type Document } from 'bson';
import { serializeChecked } from '../wire/bsonSize.js';
import { DESERIALIZE_OPTIONS, fromBson } from '../storage/numberTypes.js';

const PREFIX = 8;

export type FrameFormat = 1 | 2;
export const CURRENT_FORMAT: FrameFormat = 2;

/** Format 2: CRC-32C over the length field and the payload, so a damaged length is caught too. */
function checksumV2(lengthField: Buffer, body: Buffer): number {
  return crc32c.calculate(body, crc32c.calculate(lengthField));
}

function checksumFor(format: FrameFormat, lengthField: Buffer, body: Buffer): number {
  return format === 2 ? checksumV2(lengthField, body) : zlibCrc32(body);
}

export function encodeRecord(payload: Document, format: FrameFormat = CURRENT_FORMAT): Buffer {
  const body = serializeChecked(payload);
  const prefix = Buffer.alloc(PREFIX);
  prefix.writeUInt32LE(body.length, 0);
  prefix.writeUInt32LE(checksumFor(format, prefix.subarray(0, 4), body) >>> 0, 4);
  return Buffer.concat([prefix, body]);
}

export interface Damage {
  /** Byte offset of the first record that could not be read. */
  offset: number;
  /** Valid records found after the damage (not replayed: their predecessors are lost). */
  intactAfter: number;
}

export interface ReadResult {
  format: FrameFormat;
  records: Document[];
  /** Bytes that hold whole, valid records. */
  validLength: number;
  /** Bytes after validLength (torn tail or damage onwards). */
  droppedBytes: number;
  /** Set when a bad record is followed by valid ones: corruption, not a torn tail. */
  damage?: Damage;
}

/** The record starting at `offset`, or null when it is short, fails its checksum or is not BSON. */
function readAt(data: Buffer, offset: number, format: FrameFormat): { record: Document; end: number } | null {
  if (offset + PREFIX > data.length) return null;
  const length = data.readUInt32LE(offset);
  const end = offset + PREFIX + length;
  if (length < 5 || end > data.length) return null;
  // A BSON payload starts with its own length and ends with NUL: a cheap test before the checksum, which keeps the
  // resynchronising scan below linear in practice.
  if (data.readInt32LE(offset + PREFIX) !== length || data[end - 1] !== 0) return null;
  const body = data.subarray(offset + PREFIX, end);
  if (checksumFor(format, data.subarray(offset, offset + 4), body) >>> 0 !== data.readUInt32LE(offset + 4))
    return null;
  try {
    // fromBson keeps whole-number doubles and longs as their BSON types across a restart.
    return { record: fromBson(BSON.deserialize(body, DESERIALIZE_OPTIONS)), end };
  } catch {
    return null;
  }
}

/** Format of a file, judged by its first record; format 2 when neither checksum fits (e.g. a damaged header). */
function detectFormat(data: Buffer): FrameFormat {
  if (readAt(data, 0, 2)) return 2;
  if (readAt(data, 0, 1)) return 1;
  return 2;
}

/** Counts valid records from the first offset after `from` where one starts (a resynchronising scan). */
function validRecordsAfter(data: Buffer, from: number, format: FrameFormat): number {
  for (let offset = from + 1; offset + PREFIX <= data.length; offset += 1) {
    let next = readAt(data, offset, format);
    if (!next) continue;
    let count = 0;
    let position = offset;
    while (next) {
      count += 1;
      position = next.end;
      next = readAt(data, position, format);
    }
    // Further damage after this run: keep counting what is still readable.
    return count + (position < data.length ? validRecordsAfter(data, position, format) : 0);
  }
  return 0;
}

export function decodeRecords(data: Buffer): ReadResult {
  const format = detectFormat(data);
  const records: Document[] = [];
  let offset = 0;
  for (let next = readAt(data, offset, format); next; next = readAt(data, offset, format)) {
    records.push(next.record);
    offset = next.end;
  }
  const result: ReadResult = { format, records, validLength: offset, droppedBytes: data.length - offset };
  if (offset < data.length) {
    const intactAfter = validRecordsAfter(data, offset, format);
    if (intactAfter > 0) result.damage = { offset, intactAfter };
  }
  return result;
}
