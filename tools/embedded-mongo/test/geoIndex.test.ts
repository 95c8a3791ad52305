import type { Collection, Document } from 'mongodb';
import { capBoxes, distanceToBox, type Box } from '../src/geo/geoIndex.js';
import { angularDistance, type Position } from '../src/geo/geometry.js';
import { describeEngineOnly, openTarget, type Target } from './support/target.js';
import { executionStats, winningStages } from './support/plans.js';

const RADIUS = 6378100;

interface Place {
  _id: number;
  location: { type: 'Point'; coordinates: [number, number] };
  kind: string;
}

const point = (lng: number, lat: number) => ({
  type: 'Point' as const,
  coordinates: [lng, lat] as [number, number],
});

/** Brute force: ids within `metres` of `center`, nearest first (ties by _id). */
function nearestByHand(places: Place[], center: Position, metres: number): number[] {
  return places
    .map((p) => ({ id: p._id, d: angularDistance(center, p.location.coordinates) * RADIUS }))
    .filter((p) => p.d <= metres)
    .sort((a, b) => a.d - b.d || a.id - b.id)
    .map((p) => p.id);
}

describe('2dsphere index', () => {
  let target: Target;
  let places: Collection<Place>;
  // A 60 x 60 grid around Yaizu (about 55 km a side).
  const grid: Place[] = Array.from({ length: 3600 }, (_, i) => ({
    _id: i,
    location: point(138.0 + (i % 60) * 0.01, 34.6 + Math.floor(i / 60) * 0.008),
    kind: i % 3 === 0 ? 'hall' : 'park',
  }));

  beforeAll(async () => {
    target = await openTarget('geoindex');
    places = target.db.collection('places');
    await places.createIndex({ location: '2dsphere' });
    await places.insertMany(grid);
  });
  afterAll(async () => {
    await target.close();
  });

  test('$geoNear with a radius and a limit reads a small part of the collection and answers as brute force', async () => {
    const center: Position = [138.3186, 34.8706];
    const pipeline = [
      {
        $geoNear: {
          near: point(...center),
          key: 'location',
          distanceField: 'distance',
          spherical: true,
          maxDistance: 3000,
          query: { kind: 'hall' },
        },
      },
      { $sort: { distance: 1, _id: 1 } },
      { $limit: 10 },
    ];
    const found = await places.aggregate<Place & { distance: number }>(pipeline).toArray();
    const halls = grid.filter((p) => p.kind === 'hall');
    expect(found.map((p) => p._id)).toEqual(nearestByHand(halls, center, 3000).slice(0, 10));
    for (const p of found) {
      expect(p.distance).toBeCloseTo(angularDistance(center, p.location.coordinates) * RADIUS, 3);
    }
    const explain = await places.aggregate(pipeline).explain('executionStats');
    expect(executionStats(explain).totalDocsExamined).toBeLessThan(grid.length / 10);
  });

  test('$near in find: nearest first, bounded by $maxDistance, through GEO_NEAR_2DSPHERE', async () => {
    const center: Position = [138.25, 34.75];
    const filter = { location: { $near: { $geometry: point(...center), $maxDistance: 1500 } } };
    const found = await places.find(filter).toArray();
    expect(found.map((p) => p._id)).toEqual(nearestByHand(grid, center, 1500));
    const explain = await places.find(filter).limit(5).explain('executionStats');
    expect(winningStages(explain)).toContain('GEO_NEAR_2DSPHERE');
    expect(executionStats(explain).totalDocsExamined).toBeLessThan(100);
  });

  test('$geoWithin $centerSphere reads only candidates inside the cap box', async () => {
    const center: Position = [138.4, 34.9];
    const filter = { location: { $geoWithin: { $centerSphere: [center, 2000 / RADIUS] } } };
    const ids = (await places.find(filter).toArray()).map((p) => p._id).sort((a, b) => a - b);
    expect(ids).toEqual(nearestByHand(grid, center, 2000).sort((a, b) => a - b));
    const explain = await places.find(filter).explain('executionStats');
    expect(executionStats(explain).totalDocsExamined).toBeLessThan(100);
  });

  test('moved and deleted documents leave the index', async () => {
    const moved = target.db.collection<Place>('moved');
    await moved.createIndex({ location: '2dsphere' });
    await moved.insertMany([
      { _id: 1, location: point(10, 10), kind: 'a' },
      { _id: 2, location: point(10.001, 10), kind: 'a' },
    ]);
    await moved.updateOne({ _id: 1 }, { $set: { location: point(50, 50) } });
    await moved.deleteOne({ _id: 2 });
    const near = { location: { $geoWithin: { $centerSphere: [[10, 10], 1000 / RADIUS] } } };
    expect(await moved.countDocuments(near)).toBe(0);
    const there = { location: { $geoWithin: { $centerSphere: [[50, 50], 1000 / RADIUS] } } };
    expect(await moved.countDocuments(there)).toBe(1);
  });

  describe('across the antimeridian and at the poles', () => {
    let edge: Collection<{ _id: string; location: Document }>;
    beforeAll(async () => {
      edge = target.db.collection('edge');
      await edge.createIndex({ location: '2dsphere' });
      await edge.insertMany([
        { _id: 'east', location: point(179.99, 0.001) },
        { _id: 'west', location: point(-179.99, 0) },
        { _id: 'far', location: point(0, 0) },
        { _id: 'pole-a', location: point(10, 89.99) },
        { _id: 'pole-b', location: point(-170, 89.99) },
        { _id: 'pole-c', location: point(100, 89.995) },
        { _id: 'south', location: point(0, -89.999) },
      ]);
    });

    test('a cap over the antimeridian finds both sides', async () => {
      const ids = await edge
        .find({ location: { $geoWithin: { $centerSphere: [[180, 0], 5000 / RADIUS] } } })
        .map((d) => d._id)
        .toArray();
      expect(ids.sort()).toEqual(['east', 'west']);
    });

    test('nearest-first search crosses the antimeridian', async () => {
      const ids = await edge
        .find({ location: { $near: { $geometry: point(-179.999, 0), $maxDistance: 10000 } } })
        .map((d) => d._id)
        .toArray();
      expect(ids).toEqual(['west', 'east']);
    });

    test('a cap around the pole finds points at every longitude', async () => {
      const ids = await edge
        .find({ location: { $geoWithin: { $centerSphere: [[0, 90], 3000 / RADIUS] } } })
        .map((d) => d._id)
        .toArray();
      expect(ids.sort()).toEqual(['pole-a', 'pole-b', 'pole-c']);
      const near = await edge
        .aggregate([
          { $geoNear: { near: point(45, 89.999), distanceField: 'd', spherical: true, maxDistance: 5000 } },
        ])
        .map((d) => d._id)
        .toArray();
      const expected = ['pole-a', 'pole-b', 'pole-c'].sort(
        (a, b) => angularDistance([45, 89.999], edgePoint(a)) - angularDistance([45, 89.999], edgePoint(b)),
      );
      expect(near).toEqual(expected);
    });

    test('a polygon around a pole region is scanned, not pruned wrongly', async () => {
      const ring = [
        [-180, 89.9],
        [-90, 89.9],
        [0, 89.9],
        [90, 89.9],
        [180, 89.9],
        [180, 89.999],
        [-180, 89.999],
        [-180, 89.9],
      ];
      const count = await edge.countDocuments({
        location: { $geoWithin: { $geometry: { type: 'Polygon', coordinates: [ring] } } },
      });
      // Whatever the edge model, the three points between 89.99 and 89.995 lie inside this band.
      expect(count).toBe(3);
    });
  });
});

function edgePoint(id: string): Position {
  const points: Record<string, Position> = {
    'pole-a': [10, 89.99],
    'pole-b': [-170, 89.99],
    'pole-c': [100, 89.995],
  };
  return points[id] as Position;
}

describeEngineOnly('2dsphere index geometry (engine-only)', () => {
  test('box distances are lower bounds of the distance to any point inside, anywhere on the sphere', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 5000; i++) {
      const minX = -180 + random() * 340;
      const minY = -90 + random() * 170;
      const box: Box = {
        minX,
        minY,
        maxX: minX + random() * (180 - minX),
        maxY: minY + random() * (90 - minY),
      };
      const p: Position = [-180 + random() * 360, -90 + random() * 180];
      const q: Position = [
        box.minX + random() * (box.maxX - box.minX),
        box.minY + random() * (box.maxY - box.minY),
      ];
      expect(distanceToBox(p, box)).toBeLessThanOrEqual(angularDistance(p, q) + 1e-12);
    }
  });

  test('cap boxes hold every point of the cap, split at the antimeridian and opened at the poles', () => {
    let seed = 5;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 3000; i++) {
      const center: Position = [-180 + random() * 360, -89 + random() * 178];
      const radians = random() * 0.3;
      const boxes = capBoxes(center, radians);
      // A point at a random bearing and distance inside the cap.
      const bearing = random() * 2 * Math.PI;
      const d = random() * radians;
      const lat1 = (center[1] * Math.PI) / 180;
      const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
      const lng2 =
        (center[0] * Math.PI) / 180 +
        Math.atan2(
          Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
          Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
        );
      let lng = (lng2 * 180) / Math.PI;
      lng = ((((lng + 180) % 360) + 360) % 360) - 180;
      const lat = (lat2 * 180) / Math.PI;
      const inside = boxes.some((b) => lng >= b.minX && lng <= b.maxX && lat >= b.minY && lat <= b.maxY);
      if (!inside)
        throw new Error(
          `cap ${JSON.stringify(center)} r=${radians}: ${lng},${lat} outside ${JSON.stringify(boxes)}`,
        );
    }
  });
});
