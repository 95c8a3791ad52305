import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { ACTION_ITEM_STATUSES, ACTORS } from './enums.js';

const yearlyPlanEntrySchema = new Schema(
  {
    fiscalYear: { type: Number, required: true },
    status: { type: String, enum: ACTION_ITEM_STATUSES, required: true },
  },
  { _id: false },
);

const actionItemSchema = new Schema(
  {
    code: { type: String, required: true },
    title: { type: String, required: true },
    purpose: { type: String, required: true },
    department: { type: String, required: true },
    implementers: { type: [String], enum: ACTORS, default: [] },
    targets: { type: [String], enum: ACTORS, default: [] },
    // One entry per fiscal year of the plan, oldest first. The plan's years are fixed when the item is created;
    // only their statuses change.
    yearlyPlan: { type: [yearlyPlanEntrySchema], required: true },
    completionCriterion: { type: String, required: true },
    // A copy of the last plan year's status, so actionItems(status) is an indexed match.
    status: { type: String, enum: ACTION_ITEM_STATUSES, required: true },
  },
  { collection: 'actionItems', timestamps: true },
);

actionItemSchema.pre('validate', function checkPlan() {
  const years = this.yearlyPlan.map((entry) => entry.fiscalYear);
  if (years.length === 0) {
    this.invalidate('yearlyPlan', 'a plan has at least one fiscal year');
    return;
  }
  if (years.some((year, i) => i > 0 && year <= (years[i - 1] as number))) {
    this.invalidate('yearlyPlan', 'plan years are distinct and oldest first');
  }
  if (this.status !== this.yearlyPlan[this.yearlyPlan.length - 1]?.status) {
    this.invalidate('status', "status is the status of the plan's last fiscal year");
  }
});

// The plan's numbering identifies an item; actionItems lists by code.
actionItemSchema.index({ code: 1 }, { unique: true });
actionItemSchema.index({ department: 1, code: 1 });
actionItemSchema.index({ status: 1, code: 1 });
// actionItems(fiscalYear, status): $elemMatch on one plan entry.
actionItemSchema.index({ 'yearlyPlan.fiscalYear': 1, 'yearlyPlan.status': 1 });

// Every write carries its audit entry and counts the version up (kit: audited writes); nothing here is personal.
auditedPlugin(actionItemSchema, { entityType: 'ActionItem', personalFields: [] });

export type ActionItemFields = InferSchemaType<typeof actionItemSchema>;
export type ActionItemDocument = HydratedDocument<ActionItemFields>;
export const ActionItemModel = mongoose.model('ActionItem', actionItemSchema);
