import mongoose, { Schema, type Types } from 'mongoose';

/** Who made a change: the viewer the gateway signed for the request. */
export interface AuditActor {
  sub: string;
  role: string;
  organizationIds: string[];
}

/** One changed field; before/after are JSON text of the stored values (null when the field was absent). */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** One audit entry, as stored in a service's `auditEntries` collection (and, until moved, in its document). */
export interface AuditEntryRecord {
  _id: Types.ObjectId;
  at: Date;
  actor: AuditActor;
  operation: string;
  entityType: string;
  entityId: string;
  changes: AuditChange[];
  requestId: string;
}

const actorSchema = new Schema<AuditActor>(
  {
    sub: { type: String, required: true },
    role: { type: String, required: true },
    organizationIds: { type: [String], default: [] },
  },
  { _id: false },
);

const changeSchema = new Schema<AuditChange>(
  {
    field: { type: String, required: true },
    before: { type: String, default: null },
    after: { type: String, default: null },
  },
  { _id: false },
);

const auditEntrySchema = new Schema<AuditEntryRecord>(
  {
    at: { type: Date, required: true },
    actor: { type: actorSchema, required: true },
    operation: { type: String, required: true },
    entityType: { type: String, required: true },
    entityId: { type: String, required: true },
    changes: { type: [changeSchema], default: [] },
    requestId: { type: String, required: true },
  },
  // No __v: an entry is written once and never changes.
  { collection: 'auditEntries', versionKey: false },
);

// Every auditLog/history read path: newest first with _id as the keyset tie-breaker, led by its equality fields.
auditEntrySchema.index({ at: -1, _id: -1 });
auditEntrySchema.index({ entityType: 1, entityId: 1, at: -1, _id: -1 });
auditEntrySchema.index({ entityType: 1, at: -1, _id: -1 });
auditEntrySchema.index({ entityId: 1, at: -1, _id: -1 });
auditEntrySchema.index({ 'actor.sub': 1, at: -1, _id: -1 });
auditEntrySchema.index({ 'actor.sub': 1, entityType: 1, at: -1, _id: -1 });

function immutable(): never {
  throw new Error('Audit entries are append-only: they are never updated or deleted');
}

// The outbox inserts entries through the driver (insert with their own _id). Any update or delete through the model
// is a programming error, refused before it reaches the database.
for (const operation of [
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'findOneAndReplace',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndDelete',
] as const) {
  auditEntrySchema.pre(operation, immutable);
}
auditEntrySchema.pre('save', function refuseResave() {
  if (!this.isNew) immutable();
});
auditEntrySchema.pre('bulkWrite', immutable);

/** The service's audit log: one collection per service database, append-only. */
export const AuditEntryModel = mongoose.model<AuditEntryRecord>('AuditEntry', auditEntrySchema);
