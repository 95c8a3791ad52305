import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { ACTIVITY_FIELDS, ORGANIZATION_BASES, ORGANIZATION_KINDS } from '@kyodo/domain';
import { auditedPlugin } from '@kyodo/service-kit';

const contactSchema = new Schema(
  { email: { type: String, default: null }, phone: { type: String, default: null } },
  { _id: false },
);

const subcommitteeSchema = new Schema(
  {
    key: { type: String, required: true },
    name: { type: String, required: true },
    nameJa: { type: String, required: true },
  },
  { _id: false },
);

const organizationSchema = new Schema(
  {
    name: { type: String, required: true },
    nameKana: { type: String, required: true },
    kind: { type: String, enum: ORGANIZATION_KINDS, required: true },
    basis: { type: String, enum: ORGANIZATION_BASES, required: true },
    activityFields: { type: [{ type: String, enum: ACTIVITY_FIELDS }], default: [] },
    // Key of a District (this subgraph's districts collection); null for a city-wide organization.
    districtCode: { type: String, default: null },
    address: { type: String, required: true },
    // YYYY-MM-DD: a calendar date, not an instant.
    foundedOn: { type: String, default: null },
    memberCount: { type: Number, required: true, min: 0 },
    certified: { type: Boolean, default: false },
    registeredWithSupportCenter: { type: Boolean, default: false },
    contact: { type: contactSchema, default: () => ({}) },
    // The DISTRICT_COUNCIL this organization belongs to; written only by the conditional updates in councils.ts.
    councilId: { type: Schema.Types.ObjectId, default: null },
    subcommittees: { type: [subcommitteeSchema], default: [] },
    active: { type: Boolean, default: true },
    archivedAt: { type: Date, default: null },
  },
  { collection: 'organizations', timestamps: true },
);

// Every write carries its audit entry; the contact may be a person's own address or number.
auditedPlugin(organizationSchema, {
  entityType: 'Organization',
  personalFields: ['contact.email', 'contact.phone'],
});

// Lists are in kana order with _id as the keyset tie-breaker; each filter of organizations(filter) has its index,
// led by the equality fields and ending in the sort.
organizationSchema.index({ active: 1, nameKana: 1, _id: 1 });
organizationSchema.index({ nameKana: 1, _id: 1 });
organizationSchema.index({ kind: 1, districtCode: 1, active: 1, nameKana: 1, _id: 1 });
organizationSchema.index({ kind: 1, active: 1, nameKana: 1, _id: 1 });
organizationSchema.index({ districtCode: 1, active: 1, nameKana: 1, _id: 1 });
organizationSchema.index({ activityFields: 1, active: 1, nameKana: 1, _id: 1 });
organizationSchema.index({ certified: 1, active: 1, nameKana: 1, _id: 1 });
// organizations(orderBy): one index per order on the active list, the names under the Japanese collation the query
// uses (an index serves a collated sort only with the same collation, so these have their own names).
organizationSchema.index(
  { active: 1, nameKana: 1, _id: 1 },
  { name: 'active_nameKana_ja', collation: { locale: 'ja' } },
);
organizationSchema.index(
  { active: 1, name: 1, _id: 1 },
  { name: 'active_name_ja', collation: { locale: 'ja' } },
);
organizationSchema.index({ active: 1, foundedOn: 1, _id: 1 });
organizationSchema.index({ active: 1, memberCount: 1, _id: 1 });
// search: an anchored name prefix can use this index (kana prefixes use the nameKana ones).
organizationSchema.index({ name: 1 });
// Organization.members (group loader: councilId $in, active, kana order).
organizationSchema.index({ councilId: 1, active: 1, nameKana: 1, _id: 1 });

export type OrganizationFields = InferSchemaType<typeof organizationSchema>;
export type OrganizationDocument = HydratedDocument<OrganizationFields>;
export const OrganizationModel = mongoose.model('Organization', organizationSchema);
