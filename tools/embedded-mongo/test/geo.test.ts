/**
 * Conformance (embedded engine, or MONGODB_URI): 2dsphere queries around 焼津駅 with distances checked against
 * haversine on MongoDB's 6378100 m radius.
 */
import mongoose from 'mongoose';
import { openTarget, type Target } from './support/target.js';

/** MongoDB's earth radius for 2dsphere distances. */
const R = 6378100;
const YAIZU_STATION: [number, number] = [138.3186, 34.8706];

function haversine([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 +
    Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lng2 - lng1) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

const places: { name: string; at: [number, number] }[] = [
  { name: 'station-east', at: [138.3226, 34.8712] },
  { name: 'port', at: [138.3282, 34.8655] },
  { name: 'hall', at: [138.3179, 34.8749] },
  { name: 'far-north', at: [138.3002, 34.9105] },
  { name: 'library', at: [138.3121, 34.8667] },
];
const expected = places
  .map((p) => ({ name: p.name, distance: haversine(YAIZU_STATION, p.at) }))
  .sort((a, b) => a.distance - b.distance);

/** Two adjacent square districts west and east of lng 138.32. */
const square = (west: number, east: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, 34.86],
      [east, 34.86],
      [east, 34.88],
      [west, 34.88],
      [west, 34.86],
    ],
  ],
});

describe('geo queries on 2dsphere indexes', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('geo');
    const facilities = target.db.collection('facilities');
    await facilities.createIndex({ location: '2dsphere' });
    await facilities.insertMany(
      places.map((p, i) => ({
        name: p.name,
        open: i % 2 === 0,
        location: { type: 'Point', coordinates: p.at },
      })),
    );
    const districts = target.db.collection('districts');
    await districts.createIndex({ area: '2dsphere' });
    await districts.insertMany([
      { code: 'yaizu-01', area: square(138.31, 138.32) },
      { code: 'yaizu-02', area: square(138.32, 138.33) },
    ]);
  });
  afterAll(async () => {
    await target.close();
  });

  test('$near with $maxDistance returns documents ordered by distance', async () => {
    const within2km = await target.db
      .collection('facilities')
      .find({
        location: { $near: { $geometry: { type: 'Point', coordinates: YAIZU_STATION }, $maxDistance: 2000 } },
      })
      .toArray();
    expect(within2km.map((d) => d.name)).toEqual(
      expected.filter((e) => e.distance <= 2000).map((e) => e.name),
    );
    expect(within2km.map((d) => d.name)).not.toContain('far-north');
  });

  test('$nearSphere with $minDistance and the rest of the filter', async () => {
    const rows = await target.db
      .collection('facilities')
      .find({
        open: true,
        location: {
          $nearSphere: { $geometry: { type: 'Point', coordinates: YAIZU_STATION }, $minDistance: 500 },
        },
      })
      .toArray();
    const openNames = new Set(places.filter((_, i) => i % 2 === 0).map((p) => p.name));
    expect(rows.map((d) => d.name)).toEqual(
      expected.filter((e) => e.distance >= 500 && openNames.has(e.name)).map((e) => e.name),
    );
  });

  test('$geoNear reports distances in metres on the 6378100 m radius', async () => {
    const rows = await target.db
      .collection('facilities')
      .aggregate([
        {
          $geoNear: {
            near: { type: 'Point', coordinates: YAIZU_STATION },
            distanceField: 'dist.metres',
            includeLocs: 'dist.location',
            spherical: true,
          },
        },
        { $project: { _id: 0, name: 1, dist: 1 } },
      ])
      .toArray();
    expect(rows.map((r) => r.name)).toEqual(expected.map((e) => e.name));
    rows.forEach((row, i) => {
      expect(Math.abs(row.dist.metres - (expected[i]?.distance ?? NaN))).toBeLessThan(1);
      expect(row.dist.location.type).toBe('Point');
    });
  });

  test('$geoNear with query, maxDistance, minDistance and key', async () => {
    const rows = await target.db
      .collection('facilities')
      .aggregate([
        {
          $geoNear: {
            near: { type: 'Point', coordinates: YAIZU_STATION },
            distanceField: 'd',
            key: 'location',
            query: { open: true },
            minDistance: 100,
            maxDistance: 3000,
          },
        },
      ])
      .toArray();
    const openNames = new Set(places.filter((_, i) => i % 2 === 0).map((p) => p.name));
    expect(rows.map((r) => r.name)).toEqual(
      expected
        .filter((e) => openNames.has(e.name) && e.distance >= 100 && e.distance <= 3000)
        .map((e) => e.name),
    );
  });

  test('$geoNear must be the first stage', async () => {
    await expect(
      target.db
        .collection('facilities')
        .aggregate([
          { $match: {} },
          { $geoNear: { near: { type: 'Point', coordinates: YAIZU_STATION }, distanceField: 'd' } },
        ])
        .toArray(),
    ).rejects.toMatchObject({ code: 40602 });
  });

  test('$geoWithin with $centerSphere and a $geometry polygon on GeoJSON points', async () => {
    const facilities = target.db.collection('facilities');
    const names = async (filter: object) =>
      (await facilities.find(filter).toArray()).map((d) => d.name as string).sort();
    const within1km = expected
      .filter((e) => e.distance <= 1000)
      .map((e) => e.name)
      .sort();
    expect(await names({ location: { $geoWithin: { $centerSphere: [YAIZU_STATION, 1000 / R] } } })).toEqual(
      within1km,
    );
    expect(await names({ location: { $geoWithin: { $geometry: square(138.32, 138.33) } } })).toEqual([
      'port',
      'station-east',
    ]);
  });

  test('flat shapes ($box, $polygon, $center) match legacy coordinate pairs, not GeoJSON', async () => {
    const legacy = target.db.collection('legacy');
    await legacy.insertMany(places.map((p) => ({ name: p.name, loc: p.at })));
    const names = async (filter: object) =>
      (await legacy.find(filter).toArray()).map((d) => d.name as string).sort();
    const box = [
      [138.315, 34.865],
      [138.325, 34.876],
    ];
    expect(await names({ loc: { $geoWithin: { $box: box } } })).toEqual(['hall', 'station-east']);
    const west = [
      [138.31, 34.86],
      [138.32, 34.86],
      [138.32, 34.88],
      [138.31, 34.88],
    ];
    expect(await names({ loc: { $geoWithin: { $polygon: west } } })).toEqual(['hall', 'library']);
    expect(await names({ loc: { $geoWithin: { $center: [YAIZU_STATION, 0.005] } } })).toEqual([
      'hall',
      'station-east',
    ]);
    expect(await names({ loc: { $geoWithin: { $centerSphere: [YAIZU_STATION, 1000 / R] } } })).toEqual(
      expected
        .filter((e) => e.distance <= 1000)
        .map((e) => e.name)
        .sort(),
    );
    // The same box over GeoJSON points matches nothing: flat shapes use grid coordinates.
    expect(
      await target.db.collection('facilities').countDocuments({ location: { $geoWithin: { $box: box } } }),
    ).toBe(0);
  });

  test('$geoIntersects finds the district containing a point', async () => {
    const districts = target.db.collection('districts');
    const containing = async (at: [number, number]) =>
      (
        await districts
          .find({ area: { $geoIntersects: { $geometry: { type: 'Point', coordinates: at } } } })
          .toArray()
      ).map((d) => d.code);
    expect(await containing([138.3226, 34.8712])).toEqual(['yaizu-02']);
    expect(await containing([138.3121, 34.8667])).toEqual(['yaizu-01']);
    expect(await containing([138.5, 34.8])).toEqual([]);
  });

  test('legacy coordinate pairs on a 2dsphere index: $nearSphere and $geoNear work in radians', async () => {
    const pairs = target.db.collection('pairs');
    await pairs.createIndex({ loc: '2dsphere' });
    await pairs.insertMany(places.map((p) => ({ name: p.name, loc: p.at })));
    const near = await pairs.find({ loc: { $nearSphere: YAIZU_STATION, $maxDistance: 1000 / R } }).toArray();
    expect(near.map((d) => d.name)).toEqual(expected.filter((e) => e.distance <= 1000).map((e) => e.name));
    const rows = await pairs
      .aggregate([{ $geoNear: { near: YAIZU_STATION, distanceField: 'radians', spherical: true } }])
      .toArray();
    expect(rows.map((r) => r.name)).toEqual(expected.map((e) => e.name));
    rows.forEach((row, i) =>
      expect(Math.abs(row.radians * R - (expected[i]?.distance ?? NaN))).toBeLessThan(1),
    );
  });

  test('$geoIntersects honours holes and MultiPolygon parts', async () => {
    const areas = target.db.collection('areas');
    await areas.createIndex({ shape: '2dsphere' });
    const ring = (w: number, s: number, e: number, n: number) => [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ];
    await areas.insertMany([
      // A district with an enclave cut out of its middle.
      {
        code: 'ring',
        shape: {
          type: 'Polygon',
          coordinates: [ring(138.3, 34.9, 138.34, 34.94), ring(138.31, 34.91, 138.33, 34.93)],
        },
      },
      // A district made of two separate parts.
      {
        code: 'islands',
        shape: {
          type: 'MultiPolygon',
          coordinates: [[ring(138.4, 34.9, 138.41, 34.91)], [ring(138.45, 34.9, 138.46, 34.91)]],
        },
      },
    ]);
    const at = async (lng: number, lat: number) =>
      (
        await areas
          .find({ shape: { $geoIntersects: { $geometry: { type: 'Point', coordinates: [lng, lat] } } } })
          .toArray()
      ).map((d) => d.code);
    expect(await at(138.305, 34.905)).toEqual(['ring']);
    expect(await at(138.32, 34.92)).toEqual([]); // inside the hole
    expect(await at(138.455, 34.905)).toEqual(['islands']);
    expect(await at(138.43, 34.905)).toEqual([]); // between the parts
  });

  test('$geoIntersects and $geoWithin with polygons against stored polygons', async () => {
    const districts = target.db.collection('districts');
    const codes = async (filter: object) =>
      (await districts.find(filter).toArray()).map((d) => d.code as string).sort();
    // A strip across the shared border touches both districts.
    expect(await codes({ area: { $geoIntersects: { $geometry: square(138.318, 138.322) } } })).toEqual([
      'yaizu-01',
      'yaizu-02',
    ]);
    // A small square inside yaizu-02 only.
    expect(await codes({ area: { $geoIntersects: { $geometry: square(138.325, 138.326) } } })).toEqual([
      'yaizu-02',
    ]);
    // A polygon around yaizu-01 contains it entirely but only part of yaizu-02.
    expect(await codes({ area: { $geoWithin: { $geometry: square(138.305, 138.325) } } })).toEqual([
      'yaizu-01',
    ]);
  });

  test('geo predicates combine with the rest of a filter, also inside $or', async () => {
    const rows = await target.db
      .collection('facilities')
      .find({
        $or: [{ location: { $geoWithin: { $centerSphere: [YAIZU_STATION, 500 / R] } } }, { name: 'library' }],
        open: true,
      })
      .toArray();
    const openNames = new Set(places.filter((_, i) => i % 2 === 0).map((p) => p.name));
    const expectedNames = expected
      .filter((e) => openNames.has(e.name) && (e.distance <= 500 || e.name === 'library'))
      .map((e) => e.name)
      .sort();
    expect(expectedNames).toEqual(['hall', 'library', 'station-east']);
    expect(rows.map((r) => r.name).sort()).toEqual(expectedNames);
  });

  test('$near without a 2dsphere index fails', async () => {
    const plain = target.db.collection('plain');
    await plain.insertOne({ location: { type: 'Point', coordinates: YAIZU_STATION } });
    await expect(
      plain
        .find({ location: { $near: { $geometry: { type: 'Point', coordinates: YAIZU_STATION } } } })
        .toArray(),
    ).rejects.toMatchObject({ code: 291 });
  });

  test('a 2dsphere index rejects documents that are not geometry', async () => {
    await expect(
      target.db
        .collection('facilities')
        .insertOne({ name: 'bad', location: { type: 'Point', coordinates: [200, 0] } }),
    ).rejects.toMatchObject({ code: 16755 });
  });
});

describe('geo through mongoose', () => {
  let target: Target;
  let connection: mongoose.Connection;
  beforeAll(async () => {
    target = await openTarget('geo_mongoose');
    connection = await mongoose.createConnection(target.uri, { dbName: target.dbName }).asPromise();
  });
  afterAll(async () => {
    await connection.close();
    await target.close();
  });

  test('a schema-declared 2dsphere index serves $near queries', async () => {
    const schema = new mongoose.Schema({
      name: String,
      location: {
        type: { type: String, enum: ['Point'], required: true },
        coordinates: { type: [Number], required: true },
      },
    });
    schema.index({ location: '2dsphere' });
    const Facility = connection.model('Facility', schema);
    await Facility.init();
    await Facility.insertMany(
      places.map((p) => ({ name: p.name, location: { type: 'Point', coordinates: p.at } })),
    );
    const nearest = await Facility.find({
      location: { $near: { $geometry: { type: 'Point', coordinates: YAIZU_STATION }, $maxDistance: 1000 } },
    })
      .limit(2)
      .lean();
    expect(nearest.map((f) => f.name)).toEqual(expected.slice(0, 2).map((e) => e.name));
  });
});
