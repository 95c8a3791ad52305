import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import {
  EVALUATION_PHASES,
  EVALUATION_SUBJECT_TYPES,
  EVALUATION_TYPES,
  SCORE_MAX,
  SCORE_MIN,
} from './enums.js';

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
    // The viewer who submitted it (null for seeded evaluations); kept for audit, not exposed.
    submittedBy: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'evaluations' },
);

// Every listing is newest fiscal year first, then newest first, with _id as the keyset tie-breaker.
const NEWEST = { fiscalYear: -1, createdAt: -1, _id: -1 } as const;
evaluationSchema.index({ ...NEWEST });
// evaluations(filter: {subjectType, subjectId}) and the contributed <Subject>.evaluations group loaders.
evaluationSchema.index({ subjectType: 1, subjectId: 1, ...NEWEST });
evaluationSchema.index({ subjectType: 1, ...NEWEST });
evaluationSchema.index({ type: 1, ...NEWEST });

export type EvaluationFields = InferSchemaType<typeof evaluationSchema>;
export type EvaluationDocument = HydratedDocument<EvaluationFields>;
export const EvaluationModel = mongoose.model('Evaluation', evaluationSchema);
