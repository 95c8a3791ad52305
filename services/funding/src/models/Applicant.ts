import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { ORGANIZATION_KINDS } from '@kyodo/domain';

/**
 * The applicant register: an organization's kind and district as staff verified them, keyed by the organization's
 * id. Funding cannot read the organizations database, and a caller's own claim of its kind cannot be trusted for
 * eligibility, so applications read this register and copy it.
 */
const applicantSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: ORGANIZATION_KINDS, required: true },
    districtCode: { type: String, default: null },
  },
  { collection: 'applicants', timestamps: true },
);

// Every write carries its audit entry (see the kit's audited writes).
auditedPlugin(applicantSchema, { entityType: 'ApplicantRegistration' });

export type ApplicantFields = InferSchemaType<typeof applicantSchema>;
export type ApplicantDocument = HydratedDocument<ApplicantFields>;
export const ApplicantModel = mongoose.model('Applicant', applicantSchema);
