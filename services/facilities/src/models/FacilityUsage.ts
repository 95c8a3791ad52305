import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';

const facilityUsageSchema = new Schema(
  {
    facilityId: { type: Schema.Types.ObjectId, required: true },
    /** YYYY-MM. */
    month: { type: String, required: true },
    /** April-March year of the month. */
    fiscalYear: { type: Number, required: true },
    visitors: { type: Number, required: true, min: 0 },
    recordedBy: { type: String, default: null },
  },
  { collection: 'facility_usage', timestamps: true },
);

// recordUsage's entries are of the UsageRecord it answers with.
auditedPlugin(facilityUsageSchema, { entityType: 'UsageRecord' });

// One count per facility and month: recordUsage upserts it.
facilityUsageSchema.index({ facilityId: 1, month: 1 }, { unique: true });
// Facility.usage(fiscalYear).
facilityUsageSchema.index({ facilityId: 1, fiscalYear: 1 });

export type FacilityUsageFields = InferSchemaType<typeof facilityUsageSchema>;
export type FacilityUsageDocument = HydratedDocument<FacilityUsageFields>;
export const FacilityUsageModel = mongoose.model('FacilityUsage', facilityUsageSchema);
