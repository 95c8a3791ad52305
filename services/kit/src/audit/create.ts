import type { HydratedDocument } from 'mongoose';
import { isDuplicateKeyError } from '../duplicateKey.js';
import type { ModelOf } from '../modelTypes.js';
import { newEntry, type AuditContext } from './actor.js';
import { creationChanges } from './changes.js';
import { checkIdempotencyKey, inputHash, reusedIdempotencyKey } from './idempotency.js';
import type { AuditEntryRecord } from './entries.js';
import { moveToLog } from './outbox.js';
import { auditOptionsOf } from './plugin.js';

export interface AuditedCreateOptions {
  /** The mutation's name, e.g. "createFacility". */
  operation: string;
  /** Defaults to the plugin's entityType. */
  entityType?: string;
  /** The client's key for this create (8-128 printable ASCII characters); a retry with it returns the first result. */
  idempotencyKey?: string | null;
  /** The mutation's arguments as received: a retry must send the same ones. */
  input?: unknown;
}

/**
 * Creates one document and its audit entry in a single insert (the entry rides in the document's outbox, then moves
 * to the log). With an idempotency key, a retry of the same request by the same caller returns the first document
 * and writes nothing; the same key with a different input is CONFLICT; two racing duplicates meet at the unique
 * index on (idempotency.sub, idempotency.key) and the loser returns the winner's document.
 */
export async function auditedCreate<T, H = HydratedDocument<T>>(
  model: ModelOf<T, H>,
  fields: Partial<T> | Record<string, unknown>,
  ctx: AuditContext,
  options: AuditedCreateOptions,
): Promise<H> {
  const plugin = auditOptionsOf(model);
  const entityType = options.entityType ?? plugin.entityType;
  const key = checkIdempotencyKey(options.idempotencyKey);
  const hash = inputHash(options.input ?? fields);
  const previous = async (): Promise<H | null> => {
    if (key === null) return null;
    const found = (await model
      .findOne({ 'idempotency.sub': ctx.viewer.sub ?? '', 'idempotency.key': key })
      .select('+idempotency')
      .exec()) as (H & { get(path: string): unknown }) | null;
    if (found === null) return null;
    if (found.get('idempotency.inputHash') !== hash) throw reusedIdempotencyKey();
    return found;
  };

  const earlier = await previous();
  if (earlier !== null) return earlier;

  const doc = new model(fields) as H & {
    _id: import('mongoose').Types.ObjectId;
    toObject(): Record<string, unknown>;
    set(path: string, value: unknown): void;
    save(): Promise<unknown>;
  };
  const entry: AuditEntryRecord = newEntry(
    ctx,
    options.operation,
    entityType,
    String(doc._id),
    creationChanges(doc.toObject(), plugin.personalFields),
  );
  doc.set('_pendingAudit', [entry]);
  if (key !== null) doc.set('idempotency', { sub: ctx.viewer.sub ?? '', key, inputHash: hash });
  try {
    await doc.save();
  } catch (error) {
    if (key !== null && isDuplicateKeyError(error)) {
      const winner = await previous();
      if (winner !== null) return winner;
    }
    throw error;
  }
  await moveToLog(model, doc._id, [entry]);
  return doc;
}
