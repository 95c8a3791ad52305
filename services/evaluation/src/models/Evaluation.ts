import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import {
  EVALUATION_PHASES,
  EVALUATION_STATUSES,
  EVALUATION_SUBJECT_TYPES,
  EVALUATION_TYPES,
  SCORE_MAX,
  SCORE_MIN,
} from './enums.js';
import { EVALUATION_ORDERS } from './orders.js';

const criterionScoreSchema = new Schema(
  {
    criterion: { type: String, required: true },
    score: { type: Number, required: true, min: SCORE_MIN, max: SCORE_MAX },
  },
  { _id: false },
);

const evaluationSchema = new Schema(
  {
    // The subject lives in another subgraph: only its type and id are stored, and returned as a reference.
    subjectType: { type: String, enum: EVALUATION_SUBJECT_TYPES, required: true },
    subjectId: { type: Schema.Types.ObjectId, required: true },
    type: { type: String, enum: EVALUATION_TYPES, required: true },
    phase: { type: String, enum: EVALUATION_PHASES, required: true },
    fiscalYear: { type: Number, required: true },
    scores: { type: [criterionScoreSchema], required: true },
    overall: { type: Number, required: true, min: SCORE_MIN, max: SCORE_MAX },
    findings: { type: String, required: true },
    recommendations: { type: String, required: true },
    evaluator: { type: String, required: true },
    // DRAFT -> PUBLISHED, or DRAFT -> WITHDRAWN; only published evaluations are listed for everyone.
    status: { type: String, enum: EVALUATION_STATUSES, required: true, default: 'PUBLISHED' },
    // The viewer who submitted it (null for seeded evaluations): the author who may change a draft; not exposed.
    submittedBy: { type: String, default: null },
    createdAt: { type: Date, required: true },
    publishedAt: { type: Date, default: null },
    withdrawnAt: { type: Date, default: null },
  },
  { collection: 'evaluations' },
);

// A published evaluation was published when it was created unless its draft says otherwise (seeded ones).
evaluationSchema.pre('validate', function publishedWhenCreated() {
  if (this.status === 'PUBLISHED' && this.publishedAt === null) this.publishedAt = this.createdAt;
});

// Lists are newest fiscal year first, then newest first (or its reverse), or by the overall rating, with _id as the
// keyset tie-breaker; every list filters on status, so the unfiltered list leads with it.
evaluationSchema.index({ status: 1, ...EVALUATION_ORDERS.FISCAL_YEAR });
evaluationSchema.index({ status: 1, ...EVALUATION_ORDERS.OVERALL_SCORE });
// evaluations(filter: {subjectType, subjectId}) and the contributed <Subject>.evaluations loaders.
evaluationSchema.index({ subjectType: 1, subjectId: 1, ...EVALUATION_ORDERS.FISCAL_YEAR });
evaluationSchema.index({ subjectType: 1, subjectId: 1, ...EVALUATION_ORDERS.OVERALL_SCORE });
evaluationSchema.index({ subjectType: 1, ...EVALUATION_ORDERS.FISCAL_YEAR });
evaluationSchema.index({ subjectType: 1, ...EVALUATION_ORDERS.OVERALL_SCORE });
evaluationSchema.index({ type: 1, ...EVALUATION_ORDERS.FISCAL_YEAR });
evaluationSchema.index({ type: 1, ...EVALUATION_ORDERS.OVERALL_SCORE });

// Every write carries its audit entry and counts the version up (kit: audited writes); nothing here is personal.
auditedPlugin(evaluationSchema, { entityType: 'Evaluation', personalFields: [] });

/**
 * The filter of a published evaluation: documents stored before drafts existed have no `status` field and were
 * published when submitted; `$in` with null matches them too (still one index range per value).
 */
export const PUBLISHED = { $in: ['PUBLISHED' as const, null] };

export type EvaluationFields = InferSchemaType<typeof evaluationSchema>;
export type EvaluationDocument = HydratedDocument<EvaluationFields>;
export const EvaluationModel = mongoose.model('Evaluation', evaluationSchema);
