import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { auditedPlugin } from '@kyodo/service-kit';

export const COLLABORATION_ORIGINS = ['GOVERNMENT_PROPOSED', 'CITIZEN_PROPOSED'] as const;
export const COLLABORATION_FORMS = [
  'CO_HOSTING',
  'ENDORSEMENT',
  'EXECUTIVE_COMMITTEE',
  'ADOPTION',
  'BUSINESS_COOPERATION',
  'COLLABORATIVE_COMMISSION',
  'SUBSIDY',
  'POLICY_PROPOSAL',
  'INFORMATION_EXCHANGE',
] as const;
export const COLLABORATIVE_PROJECT_STATUSES = ['PROPOSED', 'ACTIVE', 'COMPLETED', 'CANCELLED'] as const;

const collaborativeProjectSchema = new Schema(
  {
    title: { type: String, required: true },
    description: { type: String, required: true, default: '' },
    origin: { type: String, enum: COLLABORATION_ORIGINS, required: true },
    form: { type: String, enum: COLLABORATION_FORMS, required: true },
    partnerIds: { type: [Schema.Types.ObjectId], required: true },
    department: { type: String, required: true },
    fiscalYear: { type: Number, required: true },
    budget: { type: Number, required: true, min: 0 },
    status: { type: String, enum: COLLABORATIVE_PROJECT_STATUSES, required: true },
  },
  { collection: 'collaborativeProjects', timestamps: true },
);

auditedPlugin(collaborativeProjectSchema, { entityType: 'CollaborativeProject' });

// collaborativeProjects(filter): newest fiscal year first, _id as the keyset tie-breaker.
collaborativeProjectSchema.index({ fiscalYear: -1, _id: -1 });
collaborativeProjectSchema.index({ origin: 1, fiscalYear: -1, _id: -1 });
collaborativeProjectSchema.index({ form: 1, fiscalYear: -1, _id: -1 });
collaborativeProjectSchema.index({ status: 1, fiscalYear: -1, _id: -1 });
collaborativeProjectSchema.index({ partnerIds: 1, fiscalYear: -1, _id: -1 });

export type CollaborativeProjectFields = InferSchemaType<typeof collaborativeProjectSchema>;
export type CollaborativeProjectDocument = HydratedDocument<CollaborativeProjectFields>;
export const CollaborativeProjectModel = mongoose.model('CollaborativeProject', collaborativeProjectSchema);
