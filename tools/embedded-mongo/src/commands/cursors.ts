/**
 * Server-side cursors. A query's result is materialized once (documents are immutable snapshots),
 * the first batch is returned at once and the rest is handed out by getMore until exhausted, killed or idle for
 * ten minutes, as in MongoDB.
 */
import { BSON, Long, type Document } from 'bson';
import { MongoCommandError } from './errors.js';

const DEFAULT_FIRST_BATCH = 101;
/** Stay under maxBsonObjectSize (16 MiB) for the reply document that carries a batch. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024 - 64 * 1024;
const IDLE_TIMEOUT_MS = 10 * 60 * 1000;

interface OpenCursor {
  id: bigint;
  ns: string;
  docs: Document[];
  position: number;
  lastUsed: number;
}

export interface CursorReply {
  [key: string]: unknown;
  cursor: { id: Long; ns: string; firstBatch?: Document[]; nextBatch?: Document[] };
  ok: 1;
}

export class CursorRegistry {
  private readonly open = new Map<bigint, OpenCursor>();
  private nextId = BigInt(Date.now()) * 1000n;

  /** idleTimeoutMs: read on every sweep, so setParameter cursorTimeoutMillis applies to open cursors too. */
  constructor(private readonly idleTimeoutMs: () => number = () => IDLE_TIMEOUT_MS) {}

  /** Returns the first batch and registers a cursor for the rest (id 0 when everything fit). */
  start(ns: string, docs: Document[], batchSize: number | undefined, singleBatch = false): CursorReply {
    this.sweep();
    // batchSize 0 on the first batch opens the cursor without returning documents, as in MongoDB.
    const [batch, consumed] =
      batchSize === 0 ? [[], 0] : takeBatch(docs, 0, batchSize ?? DEFAULT_FIRST_BATCH);
    let id = 0n;
    if (consumed < docs.length && !singleBatch) {
      this.nextId += 1n;
      id = this.nextId;
      this.open.set(id, { id, ns, docs, position: consumed, lastUsed: Date.now() });
    }
    return { cursor: { firstBatch: batch, id: Long.fromBigInt(id), ns }, ok: 1 };
  }

  more(rawId: unknown, ns: string, batchSize: number | undefined): CursorReply {
    const id = toBigInt(rawId);
    this.sweep();
    const cursor = this.open.get(id);
    if (!cursor) throw new MongoCommandError('CursorNotFound', `cursor id ${id} not found`);
    if (cursor.ns !== ns) {
      throw new MongoCommandError(
        'Unauthorized',
        `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${cursor.ns}`,
      );
    }
    const [batch, consumed] = takeBatch(cursor.docs, cursor.position, batchSize ?? Number.POSITIVE_INFINITY);
    cursor.position = consumed;
    cursor.lastUsed = Date.now();
    let replyId = id;
    if (consumed >= cursor.docs.length) {
      this.open.delete(id);
      replyId = 0n;
    }
    return { cursor: { nextBatch: batch, id: Long.fromBigInt(replyId), ns }, ok: 1 };
  }

  kill(ids: unknown[]): { cursorsKilled: Long[]; cursorsNotFound: Long[] } {
    const killed: Long[] = [];
    const notFound: Long[] = [];
    for (const raw of ids) {
      const id = toBigInt(raw);
      (this.open.delete(id) ? killed : notFound).push(Long.fromBigInt(id));
    }
    return { cursorsKilled: killed, cursorsNotFound: notFound };
  }

  get openCount(): number {
    return this.open.size;
  }

  private sweep(): void {
    const cutoff = Date.now() - this.idleTimeoutMs();
    for (const [id, cursor] of this.open) if (cursor.lastUsed < cutoff) this.open.delete(id);
  }
}

/**
 * BSON sizes of documents already measured. Stored documents are never changed in place (writers swap in a new
 * version), so a size measured once holds for as long as that version exists; the WeakMap lets it go with it.
 */
const sizes = new WeakMap<Document, number>();

function sizeOf(doc: Document): number {
  let size = sizes.get(doc);
  if (size === undefined) {
    size = BSON.calculateObjectSize(doc);
    sizes.set(doc, size);
  }
  return size;
}

/** Up to batchSize documents (0 = no count limit, as for getMore) within the reply size limit. */
function takeBatch(docs: Document[], from: number, batchSize: number): [Document[], number] {
  const limit = batchSize <= 0 ? Number.POSITIVE_INFINITY : batchSize;
  const batch: Document[] = [];
  let bytes = 0;
  let position = from;
  while (position < docs.length && batch.length < limit) {
    const doc = docs[position] as Document;
    bytes += sizeOf(doc);
    if (batch.length > 0 && bytes > MAX_BATCH_BYTES) break;
    batch.push(doc);
    position += 1;
  }
  return [batch, position];
}

function toBigInt(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  if (value instanceof Long) return value.toBigInt();
  throw new MongoCommandError('TypeMismatch', 'cursor id must be a long');
}
