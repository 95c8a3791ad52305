import {
  FACILITY_KINDS,
  HOLIDAY_RULES,
  searchKeys,
  WEEKDAYS,
  type OpeningHoursRecord,
  type Schedule,
} from '@kyodo/domain';
import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';

/** The same hours in queryable form (the domain's Schedule): what openAt, bookings and utilization use. */
const scheduleSchema = new Schema(
  {
    days: {
      type: [
        new Schema(
          {
            weekday: { type: String, enum: WEEKDAYS, required: true },
            opens: { type: String, required: true },
            closes: { type: String, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    holidays: { type: String, enum: HOLIDAY_RULES, required: true },
    holidayOpens: { type: String, default: null },
    holidayCloses: { type: String, default: null },
    closedRanges: { type: [new Schema({ from: String, to: String }, { _id: false })], default: [] },
    closedNth: { type: [new Schema({ nth: Number, weekday: String }, { _id: false })], default: [] },
    closedMonthEnd: { type: Boolean, default: false },
  },
  { _id: false },
);

const accessibilitySchema = new Schema(
  {
    stepFree: { type: Boolean, required: true },
    elevator: { type: Boolean, required: true },
    accessibleToilet: { type: Boolean, required: true },
    notes: { type: [String], default: [] },
  },
  { _id: false },
);

const facilitySchema = new Schema(
  {
    municipalityCode: { type: String, required: true },
    /** NO as published; normalisedNo (no leading zeros) is the identity. */
    no: { type: String, required: true },
    normalisedNo: { type: String, required: true },
    name: { type: String, required: true },
    nameJa: { type: String, required: true },
    nameKana: { type: String, required: true },
    // nameJa, name and nameKana in search form (see the validate hook below; the importer writes the same keys).
    searchKeys: { type: [String], default: [] },
    kind: { type: String, enum: FACILITY_KINDS, required: true },
    bookable: { type: Boolean, required: true },
    classificationRule: { type: String, default: null },
    classificationReason: { type: String, required: true },
    location: {
      type: { type: String, enum: ['Point'], required: true },
      coordinates: { type: [Number], required: true },
    },
    address: { type: String, required: true },
    addressDetail: { type: String, default: null },
    districtCode: { type: String, default: null },
    managingBody: { type: String, default: null },
    phone: { type: String, default: null },
    url: { type: String, default: null },
    description: { type: String, default: null },
    // Display only and always written whole by the importer: stored as the importer's OpeningHoursRecord.
    openingHours: { type: Schema.Types.Mixed, default: null },
    schedule: { type: scheduleSchema, default: null },
    accessibility: { type: accessibilitySchema, default: null },
    builtYear: { type: Number, default: null },
    disasterBase: { type: Boolean, default: false },
    operatorId: { type: Schema.Types.ObjectId, default: null },
    // Set when staff archive the facility (absent while it is in use): lists leave it out, bookings refuse it.
    archivedAt: { type: Date },
    // Bumped by every booking of one of its rooms, so an archive can tell that no booking slipped in meanwhile.
    bookingSeq: { type: Number, default: 0 },
  },
  { collection: 'facilities', timestamps: true },
);

// Names are stored as published (full-width digits and all), so search compares their keys, kept in step here for
// every document the service writes or seeds.
facilitySchema.pre('validate', function () {
  this.searchKeys = searchKeys(this.nameJa, this.name, this.nameKana);
});

const NAME_FIELDS = ['nameJa', 'name', 'nameKana'] as const;
type Names = Partial<Record<(typeof NAME_FIELDS)[number], string | null>>;

// The same for an update that renames one facility: the names it does not set are read from the document first.
facilitySchema.pre(['findOneAndUpdate', 'updateOne'], async function () {
  const update = this.getUpdate();
  if (!update || Array.isArray(update)) return;
  const set: Names = { ...(update as Names), ...((update.$set ?? {}) as Names) };
  if (!NAME_FIELDS.some((field) => set[field] !== undefined)) return;
  const current = NAME_FIELDS.every((field) => set[field] !== undefined)
    ? null
    : await this.model.findOne(this.getFilter()).select(NAME_FIELDS.join(' ')).lean<Names>().exec();
  const name = (field: (typeof NAME_FIELDS)[number]) => set[field] ?? current?.[field] ?? null;
  this.set('searchKeys', searchKeys(name('nameJa'), name('name'), name('nameKana')));
});

// Writes carry their audit entry, a version (__v) and an idempotency key (the kit's audited writes).
auditedPlugin(facilitySchema, { entityType: 'Facility' });

// One facility per (municipality code, NO without leading zeros): re-imports update, never duplicate.
facilitySchema.index({ municipalityCode: 1, normalisedNo: 1 }, { unique: true });
// facilitiesNear: $geoNear and $geoWithin.
facilitySchema.index({ location: '2dsphere' });
// facilities(filter) sorted by kana (and _id, the page tie-breaker), narrowed by kind, district, step-free access
// or bookability; a search scans this order for the first page of matches.
facilitySchema.index({ nameKana: 1, _id: 1 });
// search: a regular expression on the keys can scan this index's keys instead of the documents.
facilitySchema.index({ searchKeys: 1 });
// Also facilities(orderBy: KIND) and District.facilityPage (with and without kinds), _id the page tie-breaker.
facilitySchema.index({ kind: 1, nameKana: 1, _id: 1 });
facilitySchema.index({ districtCode: 1, nameKana: 1, _id: 1 });
facilitySchema.index({ districtCode: 1, kind: 1, nameKana: 1, _id: 1 });
// facilities(orderBy: NAME | CREATED_AT), read backwards for DESC.
facilitySchema.index({ name: 1, _id: 1 });
facilitySchema.index({ createdAt: 1, _id: 1 });
facilitySchema.index({ 'accessibility.stepFree': 1, nameKana: 1 });
facilitySchema.index({ bookable: 1, nameKana: 1 });
// openAt: open days of the schedule.
facilitySchema.index({ 'schedule.days.weekday': 1, 'schedule.days.opens': 1 });
// Organization.managedFacilities.
facilitySchema.index({ operatorId: 1, nameKana: 1 });

export type FacilityFields = InferSchemaType<typeof facilitySchema>;
export type FacilityDocument = HydratedDocument<FacilityFields>;
export const FacilityModel = mongoose.model('Facility', facilitySchema);

/** The stored opening hours (verbatim text plus the importer's parse), as Facility.openingHours serves them. */
export type OpeningHoursValue = OpeningHoursRecord;

export interface GeoPointValue {
  lat: number;
  lng: number;
}

/** The stored schedule as the plain value the calendar functions take; null when the hours are unknown. */
export function facilitySchedule(facility: FacilityDocument): Schedule | null {
  // A mongoose subdocument reads like the plain value (arrays and properties), which is all the calendar needs.
  return facility.schedule ? (facility.schedule as unknown as Schedule) : null;
}
