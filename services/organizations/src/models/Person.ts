import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { ACTIVITY_FIELDS, PERSON_ROLES } from '@kyodo/domain';

/** The talent register (人材バンク): personal data, served to staff only. */
const personSchema = new Schema(
  {
    name: { type: String, required: true },
    nameKana: { type: String, required: true },
    roles: { type: [{ type: String, enum: PERSON_ROLES }], default: [] },
    skills: { type: [String], default: [] },
    activityFields: { type: [{ type: String, enum: ACTIVITY_FIELDS }], default: [] },
    districtCode: { type: String, default: null },
    organizationIds: { type: [Schema.Types.ObjectId], default: [] },
    email: { type: String, default: null },
    phone: { type: String, default: null },
  },
  { collection: 'people', timestamps: true },
);

// people(filter) in kana order, one index per filter.
personSchema.index({ nameKana: 1, _id: 1 });
personSchema.index({ roles: 1, nameKana: 1, _id: 1 });
personSchema.index({ skills: 1, nameKana: 1, _id: 1 });
personSchema.index({ organizationIds: 1, nameKana: 1, _id: 1 });
personSchema.index({ districtCode: 1, nameKana: 1, _id: 1 });
personSchema.index({ name: 1 });

export type PersonFields = InferSchemaType<typeof personSchema>;
export type PersonDocument = HydratedDocument<PersonFields>;
export const PersonModel = mongoose.model('Person', personSchema);
