import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { ORGANIZATION_KINDS } from '@kyodo/domain';

export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_REVIEW',
  'AWARDED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

const applicationSchema = new Schema(
  {
    programId: { type: Schema.Types.ObjectId, required: true },
    // Copied from the program so applications(filter: {fiscalYear}) needs no join.
    fiscalYear: { type: Number, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    // The applicant register's kind and district on the day the application was made (funding cannot read the
    // organizations database, and a later move must not rewrite history).
    applicantKind: { type: String, enum: ORGANIZATION_KINDS, required: true },
    districtCode: { type: String, default: null },
    title: { type: String, required: true },
    plan: { type: String, required: true },
    requestedAmount: { type: Number, required: true, min: 1 },
    status: { type: String, enum: APPLICATION_STATUSES, required: true },
    createdAt: { type: Date, required: true },
    submittedAt: { type: Date, default: null },
    decidedAt: { type: Date, default: null },
    reviewScore: { type: Number, default: null, min: 1, max: 5 },
    reviewNotes: { type: String, default: null },
  },
  { collection: 'applications' },
);

// Every write carries its audit entry (see the kit's audited writes).
auditedPlugin(applicationSchema, { entityType: 'Application' });

// Every listing is newest first with _id as the tie-breaker (the keyset cursor's sort).
applicationSchema.index({ createdAt: -1, _id: -1 });
applicationSchema.index({ programId: 1, createdAt: -1, _id: -1 });
applicationSchema.index({ organizationId: 1, createdAt: -1, _id: -1 });
applicationSchema.index({ status: 1, createdAt: -1, _id: -1 });
applicationSchema.index({ fiscalYear: 1, createdAt: -1, _id: -1 });
// applications(orderBy): one index per order (read backwards for the other direction).
applicationSchema.index({ submittedAt: -1, _id: -1 });
applicationSchema.index({ requestedAmount: -1, _id: -1 });

export type ApplicationFields = InferSchemaType<typeof applicationSchema>;
export type ApplicationDocument = HydratedDocument<ApplicationFields>;
export const ApplicationModel = mongoose.model('Application', applicationSchema);
