/**
 * Conformance (embedded engine, or MONGODB_URI): geo query forms MongoDB accepts besides the canonical ones, and
 * lines that cross the antimeridian.
 */
import type { Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('geo query semantics', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('geoSemantics');
    const places = target.db.collection('places');
    await places.insertMany([
      { _id: 1, loc: { type: 'Point', coordinates: [138.25, 34.87] } },
      { _id: 2, loc: { type: 'Point', coordinates: [138.39, 34.98] } },
      { _id: 3, loc: { type: 'Point', coordinates: [139.69, 35.69] } },
    ] as never);
    await places.createIndex({ loc: '2dsphere' });
  });
  afterAll(async () => {
    await target.close();
  });

  const ids = async (filter: Document) =>
    (await target.db.collection('places').find(filter).toArray()).map((doc) => doc._id);

  test('legacy $within is $geoWithin', async () => {
    const box = {
      type: 'Polygon',
      coordinates: [
        [
          [138, 34.5],
          [138.5, 34.5],
          [138.5, 35.2],
          [138, 35.2],
          [138, 34.5],
        ],
      ],
    };
    expect((await ids({ loc: { $within: { $geometry: box } } })).sort()).toEqual([1, 2]);
    expect((await ids({ loc: { $within: { $centerSphere: [[139.69, 35.69], 0.001] } } })).sort()).toEqual([
      3,
    ]);
  });

  test('$near with a bare GeoJSON point (no $geometry), $maxDistance in metres', async () => {
    const point = { type: 'Point', coordinates: [138.26, 34.88] };
    expect(await ids({ loc: { $near: point } })).toEqual([1, 2, 3]);
    expect(await ids({ loc: { $near: point, $maxDistance: 20000 } })).toEqual([1, 2]);
    expect(await ids({ loc: { $nearSphere: point, $maxDistance: 5000 } })).toEqual([1]);
  });

  test('$geoIntersects with a line crossing the antimeridian takes the short way', async () => {
    const routes = target.db.collection('routes');
    await routes.insertMany([
      // 2° of longitude across the antimeridian, not 358° around the globe.
      {
        _id: 'pacific',
        line: {
          type: 'LineString',
          coordinates: [
            [179, -1],
            [-179, 1],
          ],
        },
      },
      {
        _id: 'greenwich',
        line: {
          type: 'LineString',
          coordinates: [
            [-1, 0],
            [1, 0],
          ],
        },
      },
    ] as never);
    const hits = async (geometry: Document) =>
      (await routes.find({ line: { $geoIntersects: { $geometry: geometry } } }).toArray())
        .map((d) => d._id)
        .sort();
    const square = (lng: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [lng - 0.5, -0.5],
          [lng + 0.5, -0.5],
          [lng + 0.5, 0.5],
          [lng - 0.5, 0.5],
          [lng - 0.5, -0.5],
        ],
      ],
    });
    // Around longitude 179.75 and -179.75 (both near the crossing): the Pacific line passes through.
    expect(await hits(square(179.4))).toEqual(['pacific']);
    expect(await hits(square(-179.4))).toEqual(['pacific']);
    // Around longitude 0 only the Greenwich line; around 90 nothing (the Pacific line does not go that way).
    expect(await hits(square(0))).toEqual(['greenwich']);
    expect(await hits(square(90))).toEqual([]);
    // A crossing line as the query: a north-south line at longitude 180 meets it.
    expect(
      await hits({
        type: 'LineString',
        coordinates: [
          [180, -5],
          [180, 5],
        ],
      }),
    ).toEqual(['pacific']);
  });
});
