import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { directionProblem, planProblem } from '../indicatorMath.js';
import { INDICATOR_DIRECTIONS, INDICATOR_SCOPES } from './enums.js';
import { INDICATOR_ORDERS } from './orders.js';

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
    // At most one per year, oldest first; every write is conditioned on the version it checked.
    measurements: { type: [measurementSchema], default: [] },
    // The direction staff stated; null: the direction the targets give (see indicatorMath.isAscending).
    direction: { type: String, enum: INDICATOR_DIRECTIONS, default: null },
    // Archived indicators (retired from the plan) keep their figures but leave the lists and take no writes.
    archived: { type: Boolean, default: false },
    archivedAt: { type: Date, default: null },
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
  const contradiction = directionProblem(this.baseline, this.targets, this.direction ?? null);
  if (contradiction !== null) this.invalidate('direction', contradiction);
});

// indicators(filter, orderBy) in each order under each filter path (the list always pins archived); also
// District.indicators and Facility.indicators (group loaders: {$in} on the key, by name). A city has a few hundred
// indicators at most, so eight small indexes cost writes nothing noticeable.
for (const order of Object.values(INDICATOR_ORDERS)) {
  indicatorSchema.index({ archived: 1, ...order });
  indicatorSchema.index({ scope: 1, ...order });
  indicatorSchema.index({ districtCode: 1, ...order });
  indicatorSchema.index({ facilityId: 1, ...order });
}

// Every write carries its audit entry and counts the version up (kit: audited writes); nothing here is personal.
auditedPlugin(indicatorSchema, { entityType: 'Indicator', personalFields: [] });

/**
 * The filter of an indicator that is not archived: documents stored before archiving existed have no `archived`
 * field, and `$in` with null matches them too (still one index range per value).
 */
export const NOT_ARCHIVED = { $in: [false, null] };

export type IndicatorFields = InferSchemaType<typeof indicatorSchema>;
export type IndicatorDocument = HydratedDocument<IndicatorFields>;
export const IndicatorModel = mongoose.model('Indicator', indicatorSchema);
