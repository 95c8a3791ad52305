import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';

// GeoJSON MultiPolygon exactly as RFC 7946 and the 2dsphere index expect: [lng, lat] positions, closed rings.
const multiPolygonSchema = new Schema(
  {
    type: { type: String, enum: ['MultiPolygon'], required: true },
    coordinates: { type: [[[[Number]]]], required: true },
  },
  { _id: false },
);

const districtSchema = new Schema(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    nameJa: { type: String, required: true },
    boundary: { type: multiPolygonSchema, required: true },
  },
  { collection: 'districts', timestamps: true },
);

// district(code), District references and `districts` (code order).
districtSchema.index({ code: 1 }, { unique: true });
// districtAt(lat, lng): $geoIntersects on the boundary.
districtSchema.index({ boundary: '2dsphere' });

export type DistrictFields = InferSchemaType<typeof districtSchema>;
export type DistrictDocument = HydratedDocument<DistrictFields>;
export const DistrictModel = mongoose.model('District', districtSchema);
