/**
 * MongoDB wire protocol framing. Parses OP_MSG (kind 0 body, kind 1 document sequences, optional
 * CRC-32C checksum which we tolerate but do not verify) and legacy OP_QUERY (used by drivers for the first
 * handshake), and builds OP_MSG / OP_REPLY responses. Document encoding is left to `bson`.
 */
import { BSON, type Document } from 'bson';
import { serializeChecked } from './bsonSize.js';
import { DESERIALIZE_OPTIONS, fromBson } from '../storage/numberTypes.js';

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_COMPRESSED = 2012;
export const OP_MSG = 2013;

const HEADER_SIZE = 16;
const FLAG_CHECKSUM_PRESENT = 1;
const FLAG_MORE_TO_COME = 2;

export interface MessageHeader {
  messageLength: number;
  requestId: number;
  responseTo: number;
  opCode: number;
}

export type IncomingMessage =
  | { kind: 'msg'; header: MessageHeader; command: Document; moreToCome: boolean }
  | { kind: 'query'; header: MessageHeader; fullCollectionName: string; command: Document };

export class WireProtocolError extends Error {}

export function readHeader(buffer: Buffer): MessageHeader {
  return {
    messageLength: buffer.readInt32LE(0),
    requestId: buffer.readInt32LE(4),
    responseTo: buffer.readInt32LE(8),
    opCode: buffer.readInt32LE(12),
  };
}

function readCString(buffer: Buffer, offset: number): [string, number] {
  const end = buffer.indexOf(0, offset);
  if (end < 0) throw new WireProtocolError('unterminated cstring');
  return [buffer.toString('utf8', offset, end), end + 1];
}

function readDocument(buffer: Buffer, offset: number): [Document, number] {
  const size = buffer.readInt32LE(offset);
  if (size < 5 || offset + size > buffer.length) throw new WireProtocolError('invalid BSON document length');
  // Numbers become JS numbers that remember whether they were a Double or a Long (numberTypes.ts).
  const doc = fromBson(BSON.deserialize(buffer.subarray(offset, offset + size), DESERIALIZE_OPTIONS));
  return [doc, offset + size];
}

/** Parses one complete message (header included). Document sequences are folded into the command body. */
export function parseMessage(buffer: Buffer): IncomingMessage {
  const header = readHeader(buffer);
  if (header.opCode === OP_MSG) {
    const flags = buffer.readUInt32LE(HEADER_SIZE);
    const end = buffer.length - (flags & FLAG_CHECKSUM_PRESENT ? 4 : 0);
    let offset = HEADER_SIZE + 4;
    let command: Document | undefined;
    const sequences: Record<string, Document[]> = {};
    while (offset < end) {
      const kind = buffer.readUInt8(offset);
      offset += 1;
      if (kind === 0) {
        [command, offset] = readDocument(buffer, offset);
      } else if (kind === 1) {
        const sectionEnd = offset + buffer.readInt32LE(offset);
        let identifier: string;
        [identifier, offset] = readCString(buffer, offset + 4);
        const docs: Document[] = [];
        while (offset < sectionEnd) {
          let doc: Document;
          [doc, offset] = readDocument(buffer, offset);
          docs.push(doc);
        }
        sequences[identifier] = docs;
      } else {
        throw new WireProtocolError(`unsupported OP_MSG section kind ${kind}`);
      }
    }
    if (!command) throw new WireProtocolError('OP_MSG without a body section');
    for (const [identifier, docs] of Object.entries(sequences)) command[identifier] = docs;
    return { kind: 'msg', header, command, moreToCome: (flags & FLAG_MORE_TO_COME) !== 0 };
  }
  if (header.opCode === OP_QUERY) {
    const [fullCollectionName, afterName] = readCString(buffer, HEADER_SIZE + 4); // after flags
    const [query] = readDocument(buffer, afterName + 8); // after numberToSkip, numberToReturn
    // Legacy clients may wrap the command as { $query: {...}, $readPreference: ... }.
    const command = query.$query && typeof query.$query === 'object' ? (query.$query as Document) : query;
    return { kind: 'query', header, fullCollectionName, command };
  }
  if (header.opCode === OP_COMPRESSED) throw new WireProtocolError('compression was not negotiated');
  throw new WireProtocolError(`unsupported opCode ${header.opCode}`);
}

function writeHeader(body: Buffer, requestId: number, responseTo: number, opCode: number): Buffer {
  const header = Buffer.alloc(HEADER_SIZE);
  header.writeInt32LE(HEADER_SIZE + body.length, 0);
  header.writeInt32LE(requestId, 4);
  header.writeInt32LE(responseTo, 8);
  header.writeInt32LE(opCode, 12);
  return Buffer.concat([header, body]);
}

export function encodeMsgReply(doc: Document, requestId: number, responseTo: number): Buffer {
  const flagsAndKind = Buffer.alloc(5); // flags 0, section kind 0
  return writeHeader(Buffer.concat([flagsAndKind, serializeChecked(doc)]), requestId, responseTo, OP_MSG);
}

export function encodeLegacyReply(doc: Document, requestId: number, responseTo: number): Buffer {
  const prefix = Buffer.alloc(20); // responseFlags, cursorID (int64), startingFrom, numberReturned
  prefix.writeInt32LE(1, 16);
  return writeHeader(Buffer.concat([prefix, serializeChecked(doc)]), requestId, responseTo, OP_REPLY);
}
