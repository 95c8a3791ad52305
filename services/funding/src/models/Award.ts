import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { ORGANIZATION_KINDS } from '@kyodo/domain';

const disbursementSchema = new Schema(
  { date: { type: String, required: true }, amount: { type: Number, required: true, min: 1 } },
  { _id: false },
);

const awardSchema = new Schema(
  {
    applicationId: { type: Schema.Types.ObjectId, required: true },
    programId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    // Copied from the application so fundingSummary and District.funding aggregate this collection alone.
    recipientKind: { type: String, enum: ORGANIZATION_KINDS, required: true },
    districtCode: { type: String, default: null },
    fiscalYear: { type: Number, required: true },
    amount: { type: Number, required: true, min: 1 },
    awardedOn: { type: String, required: true },
    disbursements: { type: [disbursementSchema], default: [] },
    // Moved only by a conditional update together with the $push, so it never exceeds amount.
    disbursedTotal: { type: Number, required: true, default: 0, min: 0 },
  },
  { collection: 'awards', timestamps: true },
);

// Every write carries its audit entry (see the kit's audited writes).
auditedPlugin(awardSchema, { entityType: 'Award' });

// One award per application, whatever races: the database refuses a second one.
awardSchema.index({ applicationId: 1 }, { unique: true });
// Organization.awards(fiscalYear) and Organization.fundingSummary.
awardSchema.index({ organizationId: 1, fiscalYear: -1, awardedOn: -1 });
// Organization.awardsConnection(fiscalYear, orderBy): one index per order, with and without the fiscal year.
awardSchema.index({ organizationId: 1, awardedOn: -1, _id: -1 });
awardSchema.index({ organizationId: 1, amount: -1, _id: -1 });
awardSchema.index({ organizationId: 1, fiscalYear: 1, awardedOn: -1, _id: -1 });
awardSchema.index({ organizationId: 1, fiscalYear: 1, amount: -1, _id: -1 });
// fundingSummary(fiscalYear, groupBy) and District.funding(fiscalYear).
awardSchema.index({ fiscalYear: 1, programId: 1 });
awardSchema.index({ fiscalYear: 1, districtCode: 1 });
awardSchema.index({ fiscalYear: 1, recipientKind: 1 });
// grants360(fiscalYear): a year's awards by award date.
awardSchema.index({ fiscalYear: 1, awardedOn: 1, _id: 1 });

export type AwardFields = InferSchemaType<typeof awardSchema>;
export type AwardDocument = HydratedDocument<AwardFields>;
export const AwardModel = mongoose.model('Award', awardSchema);
