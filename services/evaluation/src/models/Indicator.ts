import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { planProblem } from '../indicatorMath.js';
import { INDICATOR_SCOPES } from './enums.js';

const yearValueSchema = new Schema(
  { year: { type: Number, required: true }, value: { type: Number, required: true } },
  { _id: false },
);

const targetSchema = new Schema(
  // null: the plan states the goal without a year.
  { year: { type: Number, default: null }, value: { type: Number, required: true } },
  { _id: false },
);

const measurementSchema = new Schema(
  {
    year: { type: Number, required: true },
    value: { type: Number, required: true },
    note: { type: String, default: null },
  },
  { _id: false },
);

const indicatorSchema = new Schema(
  {
    name: { type: String, required: true },
    nameJa: { type: String, required: true },
    unit: { type: String, required: true },
    description: { type: String, required: true },
    scope: { type: String, enum: INDICATOR_SCOPES, required: true },
    // Keys of entities owned by other subgraphs: set exactly when the scope says so.
    districtCode: { type: String, default: null },
    facilityId: { type: Schema.Types.ObjectId, default: null },
    baseline: { type: yearValueSchema, required: true },
    targets: { type: [targetSchema], default: [] },
    // At most one per year, oldest first; recordMeasurement keeps both true with conditional updates.
    measurements: { type: [measurementSchema], default: [] },
  },
  { collection: 'indicators', timestamps: true },
);

indicatorSchema.pre('validate', function checkScopeAndPlan() {
  const needsDistrict = this.scope === 'DISTRICT';
  const needsFacility = this.scope === 'FACILITY';
  if (needsDistrict !== (this.districtCode !== null)) {
    this.invalidate('districtCode', 'districtCode is set exactly for DISTRICT scope');
  }
  if (needsFacility !== (this.facilityId !== null)) {
    this.invalidate('facilityId', 'facilityId is set exactly for FACILITY scope');
  }
  const problem = planProblem(this.baseline, this.targets);
  if (problem !== null) this.invalidate('targets', problem);
});

// indicators(filter) lists by name with _id as the keyset tie-breaker, under each filter.
indicatorSchema.index({ name: 1, _id: 1 });
indicatorSchema.index({ scope: 1, name: 1, _id: 1 });
// Also District.indicators and Facility.indicators (group loaders: {$in} on the key, sorted by name).
indicatorSchema.index({ districtCode: 1, name: 1, _id: 1 });
indicatorSchema.index({ facilityId: 1, name: 1, _id: 1 });

export type IndicatorFields = InferSchemaType<typeof indicatorSchema>;
export type IndicatorDocument = HydratedDocument<IndicatorFields>;
export const IndicatorModel = mongoose.model('Indicator', indicatorSchema);
