import {
  asReadDocuments,
  badUserInput,
  decodeCursor,
  encodeCursor,
  pageSize,
  selectedFieldNames,
} from '@kyodo/service-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Types, type QueryFilter } from 'mongoose';
import { facilityProjection } from './facilityProjection.js';
import { facilityFilter, type FacilityFilterInput } from './filters.js';
import { FacilityModel, type FacilityDocument, type FacilityFields } from './models/Facility.js';

/** MongoDB's earth radius for spherical geometry ($centerSphere radians, $geoNear metres). */
export const EARTH_RADIUS_METERS = 6378100;
export const MAX_RADIUS_METERS = 50000;

/** Nearby pages are sorted by distance from `near`: a cursor is bound to that point, as paginate binds its sort. */
function nearbyList(near: { lat: number; lng: number }): string {
  return `Facility:distance-from(${near.lat},${near.lng}),_id+`;
}

export interface FacilityDistanceEdgeResult {
  cursor: string;
  node: FacilityDocument;
  distanceMeters: number;
}

export interface FacilitiesNearArgs {
  near: { lat: number; lng: number };
  radiusMeters: number;
  filter?: FacilityFilterInput | null;
  first?: number | null;
  after?: string | null;
}

function assertCoordinates({ lat, lng }: { lat: number; lng: number }): void {
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw badUserInput(`near.lat must be between -90 and 90, got ${lat}`, { argumentName: 'near.lat' });
  }
  if (!Number.isFinite(lng) || lng < -180 || lng > 180) {
    throw badUserInput(`near.lng must be between -180 and 180, got ${lng}`, { argumentName: 'near.lng' });
  }
}

/**
 * Facilities within a radius, nearest first, through $geoNear on the 2dsphere index. Keyset pagination on
 * (distance, _id): the next page starts at the last distance (minDistance keeps the index scan short) and skips
 * what the cursor already returned at that exact distance. Read-only and lean: only the stored fields the selected
 * Facility fields need come back (facilityProjection.ts), as plain documents; the total is computed only when
 * `totalCount` is asked for (for a first page in the same command, as a $facet), and a cursor is sealed only when
 * read.
 */
export async function facilitiesNear(args: FacilitiesNearArgs, info?: GraphQLResolveInfo) {
  assertCoordinates(args.near);
  if (
    !Number.isFinite(args.radiusMeters) ||
    args.radiusMeters <= 0 ||
    args.radiusMeters > MAX_RADIUS_METERS
  ) {
    throw badUserInput(
      `radiusMeters must be more than 0 and at most ${MAX_RADIUS_METERS}, got ${args.radiusMeters}`,
      {
        argumentName: 'radiusMeters',
      },
    );
  }
  const first = pageSize(args.first);
  const filter = await facilityFilter(args.filter);
  let after: { distance: number; id: Types.ObjectId } | null = null;
  if (args.after !== null && args.after !== undefined) {
    const [distance, id] = decodeCursor(args.after, nearbyList(args.near), 2);
    if (typeof distance !== 'number' || !(id instanceof Types.ObjectId)) {
      throw badUserInput('Argument "after" is an invalid cursor', { argumentName: 'after' });
    }
    after = { distance, id };
  }
  const point = { type: 'Point' as const, coordinates: [args.near.lng, args.near.lat] as [number, number] };
  const within: QueryFilter<FacilityFields> = {
    location: {
      $geoWithin: {
        $centerSphere: [[args.near.lng, args.near.lat], args.radiusMeters / EARTH_RADIUS_METERS],
      },
    },
  };
  const projection = facilityProjection(info, ['edges', 'node']);
  const wantsCount = !info || selectedFieldNames(info, 'FacilityDistanceConnection').has('totalCount');
  type Row = FacilityFields & { _id: Types.ObjectId; distanceMeters: number };
  const geoNear = (minDistance?: number) => ({
    $geoNear: {
      near: point,
      key: 'location',
      distanceField: 'distanceMeters',
      spherical: true,
      maxDistance: args.radiusMeters,
      ...(minDistance !== undefined ? { minDistance } : {}),
      query: filter,
    },
  });
  const pageStages = [
    { $sort: { distanceMeters: 1 as const, _id: 1 as const } },
    { $limit: first + 1 },
    ...(projection ? [{ $project: { ...projection, distanceMeters: 1 } }] : []),
  ];
  let rows: Row[];
  let totalCount = 0;
  if (!after && first > 0 && wantsCount) {
    // The first page and its total in one command: the total is what $geoNear finds within the radius.
    const [facets] = await FacilityModel.aggregate<{ page: Row[]; total: { n: number }[] }>([
      geoNear(),
      { $facet: { page: pageStages, total: [{ $count: 'n' }] } },
    ]).exec();
    rows = facets?.page ?? [];
    totalCount = facets?.total[0]?.n ?? 0;
  } else {
    // A later page starts at the cursor's distance (minDistance keeps the walk short), so its total is counted
    // apart, over the whole radius.
    const pageAfter = after
      ? [
          {
            $match: {
              $or: [
                { distanceMeters: { $gt: after.distance } },
                { distanceMeters: after.distance, _id: { $gt: after.id } },
              ],
            },
          },
        ]
      : [];
    [rows, totalCount] = await Promise.all([
      first === 0
        ? Promise.resolve([])
        : FacilityModel.aggregate<Row>([geoNear(after?.distance), ...pageAfter, ...pageStages]).exec(),
      wantsCount ? FacilityModel.countDocuments({ $and: [filter, within] }).exec() : Promise.resolve(0),
    ]);
  }
  const page = asReadDocuments(FacilityModel, rows.slice(0, first), projection);
  const list = nearbyList(args.near);
  // The row itself is the node (its extra distanceMeters is never read as a Facility field): no copy of it.
  const edges: FacilityDistanceEdgeResult[] = page.map((row) => ({
    // Sealing a cursor is an HMAC: done only for the cursors a client reads.
    get cursor() {
      return encodeCursor(list, [row.distanceMeters, row._id]);
    },
    node: row as unknown as FacilityDocument,
    distanceMeters: row.distanceMeters,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount,
  };
}
