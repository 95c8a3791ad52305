/**
 * Hand-written: proximity search. Extracts a top-level $near/$nearSphere from a find filter (the rest of the filter
 * goes to mingo), and runs the $geoNear aggregation stage. Both need a 2dsphere index on the field, order results
 * by distance and apply $minDistance/$maxDistance: metres for GeoJSON points, radians for legacy pairs
 * ($nearSphere / spherical $geoNear), as MongoDB does.
 */
import type { Document } from 'bson';
import type { Collection } from '../collection.js';
import { MongoCommandError } from '../errors.js';
import { compileFilter } from '../query.js';
import { deepClone, isPlainObject, setAtPath } from '../values.js';
import {
  angularDistanceToGeometry,
  EARTH_RADIUS_METRES,
  GeometryError,
  locationsAtPath,
  parseGeoJSON,
  type Position,
} from './geometry.js';

export interface NearSpec {
  field: string;
  point: Position;
  /** Distances and bounds are in metres (GeoJSON) or radians (legacy coordinate pairs). */
  unit: 'metres' | 'radians';
  minDistance?: number;
  maxDistance?: number;
}

function bound(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new MongoCommandError('BadValue', `${name} must be a non-negative number`);
  }
  return value;
}

function geoJsonPoint(value: unknown): Position {
  try {
    const geometry = parseGeoJSON(value);
    if (geometry.type !== 'Point') throw new GeometryError(`$near requires a Point, got ${geometry.type}`);
    return geometry.coordinates;
  } catch (error) {
    if (error instanceof GeometryError) throw new MongoCommandError('BadValue', error.message);
    throw error;
  }
}

function isLegacyPair(value: unknown): value is Position {
  return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number');
}

function noIndex(collection: Collection | undefined, field: string): MongoCommandError {
  const ns = collection?.namespace ?? '(missing collection)';
  return new MongoCommandError(
    'NoQueryExecutionPlans',
    `error processing query: ns=${ns} GEONEAR field=${field} planner returned error :: caused by :: unable to find index for $geoNear query`,
  );
}

function hasGeoIndex(collection: Collection | undefined, field: string): boolean {
  return collection?.indexes().some((index) => index.spec.key[field] === '2dsphere') ?? false;
}

/** Splits a filter into its $near part and the rest; null when there is no $near. */
export function extractNear(filter: Document): { near: NearSpec; rest: Document } | null {
  let found: NearSpec | null = null;
  const rest: Document = {};
  for (const [field, condition] of Object.entries(filter)) {
    if (!isPlainObject(condition) || !('$near' in condition || '$nearSphere' in condition)) {
      rest[field] = condition;
      continue;
    }
    if (found) throw new MongoCommandError('BadValue', 'Too many geoNear expressions');
    const operator = '$near' in condition ? '$near' : '$nearSphere';
    for (const key of Object.keys(condition)) {
      if (![operator, '$maxDistance', '$minDistance'].includes(key)) {
        throw new MongoCommandError('BadValue', `${key} is not allowed next to ${operator}`);
      }
    }
    const target = condition[operator] as unknown;
    if (isPlainObject(target) && '$geometry' in target) {
      found = {
        field,
        point: geoJsonPoint(target.$geometry),
        unit: 'metres',
        minDistance: bound(target.$minDistance ?? condition.$minDistance, '$minDistance'),
        maxDistance: bound(target.$maxDistance ?? condition.$maxDistance, '$maxDistance'),
      };
    } else if (isPlainObject(target) && target.type === 'Point') {
      // A bare GeoJSON point (no $geometry wrapper): MongoDB reads it as $geometry, distances in metres.
      found = {
        field,
        point: geoJsonPoint(target),
        unit: 'metres',
        minDistance: bound(condition.$minDistance, '$minDistance'),
        maxDistance: bound(condition.$maxDistance, '$maxDistance'),
      };
    } else if (isLegacyPair(target) && operator === '$nearSphere') {
      found = {
        field,
        point: [target[0], target[1]],
        unit: 'radians',
        minDistance: bound(condition.$minDistance, '$minDistance'),
        maxDistance: bound(condition.$maxDistance, '$maxDistance'),
      };
    } else if (isLegacyPair(target)) {
      // Flat $near on legacy pairs needs a 2d index, which the engine does not implement.
      throw new MongoCommandError(
        'NoQueryExecutionPlans',
        `error processing query: GEONEAR field=${field} planner returned error :: caused by :: unable to find index for $geoNear query (2d indexes are not supported by the embedded engine)`,
      );
    } else {
      throw new MongoCommandError('BadValue', `invalid point in geo near query ${operator}`);
    }
  }
  return found ? { near: found, rest } : null;
}

/** Keeps documents within the bounds and orders them by distance; returns them with their distances. */
export function orderByDistance(
  docs: Document[],
  near: NearSpec,
): { doc: Document; distance: number; location: unknown }[] {
  const scale = near.unit === 'metres' ? EARTH_RADIUS_METRES : 1;
  const results: { doc: Document; distance: number; location: unknown }[] = [];
  for (const doc of docs) {
    let best: { distance: number; location: unknown } | null = null;
    for (const { raw, geometry } of locationsAtPath(doc, near.field)) {
      const distance = angularDistanceToGeometry(near.point, geometry) * scale;
      if (!best || distance < best.distance) best = { distance, location: raw };
    }
    if (!best) continue;
    if (near.minDistance !== undefined && best.distance < near.minDistance) continue;
    if (near.maxDistance !== undefined && best.distance > near.maxDistance) continue;
    results.push({ doc, ...best });
  }
  return results.sort((a, b) => a.distance - b.distance);
}

/** For find: documents matching `rest` (already filtered by the caller) ordered by distance. */
export function applyNear(collection: Collection | undefined, docs: Document[], near: NearSpec): Document[] {
  if (!hasGeoIndex(collection, near.field)) throw noIndex(collection, near.field);
  return orderByDistance(docs, near).map((entry) => entry.doc);
}

/** The $geoNear aggregation stage. */
export function runGeoNear(collection: Collection | undefined, spec: Document): Document[] {
  if (!isPlainObject(spec)) throw new MongoCommandError('BadValue', '$geoNear argument must be an object');
  const distanceField = spec.distanceField as unknown;
  if (typeof distanceField !== 'string' || distanceField.length === 0) {
    throw new MongoCommandError('BadValue', "$geoNear requires a 'distanceField' option as a String");
  }
  let point: Position;
  let unit: NearSpec['unit'];
  if (isLegacyPair(spec.near)) {
    if (spec.spherical !== true) {
      throw new MongoCommandError(
        'IndexNotFound',
        '$geoNear with legacy coordinates and spherical: false needs a 2d index, which the embedded engine does not support',
      );
    }
    point = [spec.near[0], spec.near[1]];
    unit = 'radians';
  } else if (isPlainObject(spec.near)) {
    point = geoJsonPoint(spec.near);
    unit = 'metres';
  } else {
    throw new MongoCommandError('BadValue', "$geoNear requires a 'near' option as an Array or GeoJSON Point");
  }
  const geoFields = (collection?.indexes() ?? []).flatMap((index) =>
    Object.entries(index.spec.key)
      .filter(([, type]) => type === '2dsphere')
      .map(([field]) => field),
  );
  let field: string;
  if (spec.key !== undefined) {
    if (typeof spec.key !== 'string' || !geoFields.includes(spec.key)) {
      throw new MongoCommandError(
        'IndexNotFound',
        `Could not find a 2dsphere index on key '${String(spec.key)}' for $geoNear`,
      );
    }
    field = spec.key;
  } else if (geoFields.length === 1) {
    field = geoFields[0] as string;
  } else if (geoFields.length === 0) {
    if (!collection) return [];
    throw new MongoCommandError(
      'IndexNotFound',
      '$geoNear requires a 2d or 2dsphere index, but none were found',
    );
  } else {
    throw new MongoCommandError(
      'IndexNotFound',
      `There is more than one 2dsphere index on ${collection?.namespace}; unsure which to use for $geoNear`,
    );
  }
  const near: NearSpec = {
    field,
    point,
    unit,
    minDistance: bound(spec.minDistance, 'minDistance'),
    maxDistance: bound(spec.maxDistance, 'maxDistance'),
  };
  const query = isPlainObject(spec.query) ? spec.query : undefined;
  const matcher = compileFilter(query);
  const multiplier = typeof spec.distanceMultiplier === 'number' ? spec.distanceMultiplier : 1;
  const includeLocs = typeof spec.includeLocs === 'string' ? spec.includeLocs : undefined;
  const candidates = (collection?.all() ?? []).filter((doc) => matcher.test(doc));
  return orderByDistance(candidates, near).map(({ doc, distance, location }) => {
    const out = deepClone(doc);
    setAtPath(out, distanceField, distance * multiplier);
    if (includeLocs) setAtPath(out, includeLocs, deepClone(location));
    return out;
  });
}
