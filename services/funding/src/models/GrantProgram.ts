import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { ORGANIZATION_KINDS } from '@kyodo/domain';

export const GRANT_PROGRAM_KINDS = ['GRANT', 'SUBSIDY', 'AID', 'COMMISSION'] as const;
export type GrantProgramKind = (typeof GRANT_PROGRAM_KINDS)[number];

const grantProgramSchema = new Schema(
  {
    name: { type: String, required: true },
    nameJa: { type: String, required: true },
    kind: { type: String, enum: GRANT_PROGRAM_KINDS, required: true },
    fiscalYear: { type: Number, required: true },
    budget: { type: Number, required: true, min: 0 },
    // Moved only by conditional updates (see services/funding/src/budget.ts), so it never exceeds the budget.
    awardedTotal: { type: Number, required: true, default: 0, min: 0 },
    maxAward: { type: Number, required: true, min: 1 },
    eligibleKinds: { type: [{ type: String, enum: ORGANIZATION_KINDS }], required: true },
    // Asia/Tokyo calendar dates (YYYY-MM-DD); strings compare in date order.
    applicationWindow: {
      type: new Schema(
        { opens: { type: String, required: true }, closes: { type: String, required: true } },
        { _id: false },
      ),
      required: true,
    },
    endsAfterFiscalYear: { type: Number, required: true },
    description: { type: String, required: true, default: '' },
  },
  { collection: 'grantPrograms', timestamps: true },
);

// Every write carries its audit entry (see the kit's audited writes).
auditedPlugin(grantProgramSchema, { entityType: 'GrantProgram' });

// grantPrograms(fiscalYear, kind): newest fiscal year first, then name.
grantProgramSchema.index({ fiscalYear: -1, name: 1 });
grantProgramSchema.index({ kind: 1, fiscalYear: -1, name: 1 });

export type GrantProgramFields = InferSchemaType<typeof grantProgramSchema>;
export type GrantProgramDocument = HydratedDocument<GrantProgramFields>;
export const GrantProgramModel = mongoose.model('GrantProgram', grantProgramSchema);
