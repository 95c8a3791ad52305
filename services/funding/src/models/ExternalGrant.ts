import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';

/**
 * A grant of an external funder, imported from its 360Giving publication by `npm run import:360giving` (which
 * writes this collection; the service only reads it). `grant` holds the published grant's modelled fields in the
 * standard's names and shapes, so it is served and re-exported as published; the top-level fields are the keys the
 * lists filter, sort and group on. Kept apart from awards: none of funding's totals reads this collection.
 */
const organizationSchema = new Schema(
  {
    id: { type: String, required: true },
    name: { type: String, required: true },
    organisationType: String,
    charityNumber: String,
    companyNumber: String,
    streetAddress: String,
    addressLocality: String,
    addressRegion: String,
    postalCode: String,
    addressCountry: String,
    url: String,
  },
  { _id: false },
);

const publishedGrantSchema = new Schema(
  {
    id: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    currency: { type: String, required: true },
    amountAwarded: { type: Number, required: true },
    amountAppliedFor: Number,
    amountDisbursed: Number,
    awardDate: { type: String, required: true },
    fromOpenCall: String,
    plannedDates: [new Schema({ startDate: String, endDate: String, duration: Number }, { _id: false })],
    grantProgramme: [new Schema({ code: String, title: String }, { _id: false })],
    fundingOrganization: [organizationSchema],
    recipientOrganization: [organizationSchema],
    beneficiaryLocation: [
      new Schema(
        {
          name: String,
          geoCode: String,
          geoCodeType: String,
          countryCode: String,
          latitude: Number,
          longitude: Number,
        },
        { _id: false },
      ),
    ],
    dateModified: String,
    dataSource: String,
  },
  { _id: false },
);

const externalGrantSchema = new Schema(
  {
    // The 360Giving grant id: the identity a re-import matches on.
    grantId: { type: String, required: true },
    funderId: { type: String, required: true },
    funderName: { type: String, required: true },
    // The grant's programme (its first grantProgramme), null when it names none.
    programTitle: { type: String, default: null },
    programCode: { type: String, default: null },
    // The award date as YYYY-MM-DD (awardDate may be a date-time): what lists sort and filter by.
    awardDay: { type: String, required: true },
    grant: { type: publishedGrantSchema, required: true },
    importedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'externalGrants' },
);

externalGrantSchema.index({ grantId: 1 }, { unique: true });
// externalGrants(filter): newest award first, over everything, a funder, or one of its programmes; a year is a
// range of awardDay on the same indexes. externalFunders and the programme totals group on funderId.
externalGrantSchema.index({ awardDay: -1, _id: -1 });
externalGrantSchema.index({ funderId: 1, awardDay: -1, _id: -1 });
externalGrantSchema.index({ funderId: 1, programTitle: 1, awardDay: -1, _id: -1 });

export type ExternalGrantFields = InferSchemaType<typeof externalGrantSchema>;
export type ExternalGrantDocument = HydratedDocument<ExternalGrantFields>;
export const ExternalGrantModel = mongoose.model('ExternalGrant', externalGrantSchema);
