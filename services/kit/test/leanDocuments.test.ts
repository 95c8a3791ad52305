import mongoose, { Schema } from 'mongoose';
import { asReadDocuments } from '../src/index.js';

// No database: defaults and virtuals are applied to plain objects in memory.
const slotSchema = new Schema({
  weekday: { type: String, required: true },
  open: { type: Boolean, default: true },
});
const hoursSchema = new Schema(
  { slots: { type: [slotSchema], default: [] }, note: { type: String, default: null } },
  { _id: false },
);
const placeSchema = new Schema({
  name: { type: String, required: true },
  rank: { type: Number, default: 0 },
  tags: { type: [String], default: [] },
  location: { type: { type: String }, coordinates: { type: [Number] } },
  hours: { type: hoursSchema, default: null },
  archivedAt: { type: Date },
  createdBy: { type: String, default: () => 'importer' },
});
const PlaceModel = mongoose.model('LeanDocumentsPlace', placeSchema);

const [bareId, fullId, slotId] = [
  '0123456789abcdef01234567',
  '0123456789abcdef01234568',
  '0123456789abcdef01234569',
];

function stored() {
  return [
    { _id: new mongoose.Types.ObjectId(bareId), name: 'bare' },
    {
      _id: new mongoose.Types.ObjectId(fullId),
      name: 'full',
      rank: 3,
      tags: ['a'],
      location: { type: 'Point', coordinates: [139.7, 35.6] },
      hours: { slots: [{ _id: new mongoose.Types.ObjectId(slotId), weekday: 'MON' }] },
    },
  ];
}

/** What mongoose itself makes of the same documents. */
function mongooseReads(docs: object[]): object[] {
  return docs.map((doc) => PlaceModel.applyVirtuals(PlaceModel.applyDefaults(doc), ['id']));
}

describe('asReadDocuments', () => {
  it('without a projection, applies every default and id exactly as mongoose does', () => {
    const read = asReadDocuments(PlaceModel, stored());
    expect(read).toEqual(mongooseReads(stored()));
    // A fresh default each time: two documents never share one array.
    expect(read[0]!.tags).not.toBe(asReadDocuments(PlaceModel, stored())[0]!.tags);
  });

  it('with an inclusive projection, gives the projected fields what mongoose gives them and adds no others', () => {
    const projection = { _id: 1, name: 1, rank: 1, hours: 1 };
    const project = (doc: Record<string, unknown>) =>
      Object.fromEntries(
        Object.keys(projection)
          .map((field) => [field, doc[field]])
          .filter(([, v]) => v !== undefined),
      );
    const docs = stored().map(project);
    const read = asReadDocuments(PlaceModel, docs, projection) as Record<string, unknown>[];
    const expected = mongooseReads(stored().map(project)) as Record<string, unknown>[];
    expect(read.map((doc) => Object.keys(doc).sort())).toEqual(
      read.map(() => ['_id', 'hours', 'id', 'name', 'rank']),
    );
    for (const [i, doc] of read.entries()) {
      for (const field of [...Object.keys(projection), 'id']) expect(doc[field]).toEqual(expected[i]![field]);
    }
    expect(read[1]!.hours).toEqual({
      slots: [expect.objectContaining({ weekday: 'MON', open: true })],
      note: null,
    });
  });

  it('treats an exclusive projection as none: every default applies', () => {
    expect(asReadDocuments(PlaceModel, stored(), { tags: 0 })).toEqual(mongooseReads(stored()));
  });
});
