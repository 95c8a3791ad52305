import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { ACTIVITY_FIELDS, PERSON_ROLES } from '@kyodo/domain';
import { auditedPlugin } from '@kyodo/service-kit';

/**
 * The personal fields of an entry: what removePerson erases and the audit trail redacts. What stays on a tombstone
 * (roles, activity fields, district, consent date) is what the register's statistics need and identifies no one.
 */
export const PERSONAL_FIELDS = ['name', 'nameKana', 'skills', 'organizationIds', 'email', 'phone'] as const;

/** The talent register (人材バンク): personal data, served to staff only. */
const personSchema = new Schema(
  {
    // Required while the entry is live; a tombstone (removed) has none.
    name: {
      type: String,
      required(this: { removed?: boolean }) {
        return !this.removed;
      },
    },
    nameKana: {
      type: String,
      required(this: { removed?: boolean }) {
        return !this.removed;
      },
    },
    roles: { type: [{ type: String, enum: PERSON_ROLES }], default: [] },
    skills: { type: [String], default: [] },
    activityFields: { type: [{ type: String, enum: ACTIVITY_FIELDS }], default: [] },
    districtCode: { type: String, default: null },
    organizationIds: { type: [Schema.Types.ObjectId], default: [] },
    email: { type: String, default: null },
    phone: { type: String, default: null },
    // YYYY-MM-DD: the day the person consented to be listed (a calendar date, not an instant).
    consentedOn: { type: String, required: true },
    // A tombstone: personal fields erased by removePerson. A flag (not only removedAt) so every list filters on an
    // equality the indexes lead with.
    removed: { type: Boolean, default: false },
    removedAt: { type: Date, default: null },
  },
  { collection: 'people', timestamps: true },
);

// Every write carries its audit entry; the personal fields read "[redacted]" in every entry.
auditedPlugin(personSchema, { entityType: 'Person', personalFields: [...PERSONAL_FIELDS] });

// people(filter) in kana order, one index per filter; each list is the live register or the tombstones.
personSchema.index({ removed: 1, nameKana: 1, _id: 1 });
personSchema.index({ roles: 1, removed: 1, nameKana: 1, _id: 1 });
personSchema.index({ skills: 1, removed: 1, nameKana: 1, _id: 1 });
personSchema.index({ organizationIds: 1, removed: 1, nameKana: 1, _id: 1 });
personSchema.index({ districtCode: 1, removed: 1, nameKana: 1, _id: 1 });
personSchema.index({ name: 1 });

export type PersonFields = InferSchemaType<typeof personSchema>;
export type PersonDocument = HydratedDocument<PersonFields>;
export const PersonModel = mongoose.model('Person', personSchema);
