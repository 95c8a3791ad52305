/**
 * Hand-written: on-disk record framing shared by the journal and the snapshot. Each record is
 * [uint32 length][uint32 CRC-32 of the payload][BSON payload]. Reading stops at the first record that is short or
 * fails its checksum: that is a torn tail from a crash mid-write, and everything before it is intact.
 */
import { crc32 } from 'node:zlib';
import { BSON, type Document } from 'bson';
import { serializeChecked } from '../bsonSize.js';
import { DESERIALIZE_OPTIONS, fromBson } from '../numberTypes.js';

const PREFIX = 8;

export function encodeRecord(payload: Document): Buffer {
  const body = serializeChecked(payload);
  const prefix = Buffer.alloc(PREFIX);
  prefix.writeUInt32LE(body.length, 0);
  prefix.writeUInt32LE(crc32(body), 4);
  return Buffer.concat([prefix, body]);
}

export interface ReadResult {
  records: Document[];
  /** Bytes that hold whole, valid records. */
  validLength: number;
  /** Bytes after validLength that were dropped (torn or corrupt tail). */
  droppedBytes: number;
}

export function decodeRecords(data: Buffer): ReadResult {
  const records: Document[] = [];
  let offset = 0;
  while (offset + PREFIX <= data.length) {
    const length = data.readUInt32LE(offset);
    const checksum = data.readUInt32LE(offset + 4);
    const end = offset + PREFIX + length;
    if (length < 5 || end > data.length) break;
    const body = data.subarray(offset + PREFIX, end);
    if (crc32(body) !== checksum) break;
    try {
      records.push(fromBson(BSON.deserialize(body, DESERIALIZE_OPTIONS)));
    } catch {
      break;
    }
    offset = end;
  }
  return { records, validLength: offset, droppedBytes: data.length - offset };
}
