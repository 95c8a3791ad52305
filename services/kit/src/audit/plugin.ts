import { Schema } from 'mongoose';
import type { AnyModel } from '../modelTypes.js';

export interface AuditedOptions {
  /** The GraphQL type name of the entity, e.g. "Organization". */
  entityType: string;
  /**
   * Dotted paths holding personal data (e.g. "contact.email"): their changes are recorded with before and after
   * "[redacted]", so the log says that they changed, never what they were.
   */
  personalFields?: readonly string[];
}

const OPTIONS = new WeakMap<Schema, Required<AuditedOptions>>();

/** Paths the plugin owns; they never appear as changes. */
export const BOOKKEEPING_PATHS = new Set([
  '_id',
  '__v',
  '_pendingAudit',
  'idempotency',
  '_appliedKeys',
  'createdAt',
  'updatedAt',
]);

/**
 * Makes a model's writes auditable (see auditedCreate, auditedUpdate): `_pendingAudit`, the document's outbox of
 * entries not yet copied to the auditEntries collection, `idempotency`, the creator's key for a retried create, and
 * `_appliedKeys`, the keys of the updates applied with one (for a retried update). All are hidden from reads
 * (select: false).
 */
export function auditedPlugin(schema: Schema, options: AuditedOptions): void {
  OPTIONS.set(schema, { entityType: options.entityType, personalFields: options.personalFields ?? [] });
  schema.add({
    // Absent until a write pushes an entry; emptied again as soon as the entry is in the log.
    _pendingAudit: { type: [Schema.Types.Mixed], select: false, default: undefined },
    idempotency: {
      type: new Schema(
        { sub: { type: String }, key: { type: String }, inputHash: { type: String } },
        { _id: false },
      ),
      select: false,
      default: undefined,
    },
    // Kept with the document: a key is per caller and document, so only this document's updates look it up, in the
    // same conditional write that applies the change (a unique index would not help: MongoDB enforces one only
    // between documents, never among the elements of one document's array).
    _appliedKeys: {
      type: [new Schema({ sub: String, key: String, inputHash: String }, { _id: false })],
      select: false,
      default: undefined,
    },
  });
  // flushPendingAudit finds documents with entries still to move; sparse keeps every other document out of it.
  schema.index({ '_pendingAudit._id': 1 }, { sparse: true });
  schema.index(
    { 'idempotency.sub': 1, 'idempotency.key': 1 },
    { unique: true, partialFilterExpression: { 'idempotency.key': { $exists: true } } },
  );
}

/** The plugin's options for `model`, or an error naming the model when it was not given the plugin. */
export function auditOptionsOf(model: AnyModel): Required<AuditedOptions> {
  const options = OPTIONS.get(model.schema);
  if (!options)
    throw new Error(`Model ${model.modelName} has no auditedPlugin: its writes cannot be audited`);
  return options;
}

export function isAudited(model: AnyModel): boolean {
  return OPTIONS.has(model.schema);
}

/** The version an editor reads and sends back as expectedVersion (documents written before versioning are 0). */
export function versionOf(doc: { get?(path: string): unknown; __v?: unknown }): number {
  const value = typeof doc.get === 'function' ? doc.get('__v') : doc.__v;
  return typeof value === 'number' ? value : 0;
}
