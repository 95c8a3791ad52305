/**
 * Proximity search. Extracts a top-level $near/$nearSphere from a find filter (the rest of the filter
 * goes to mingo), and runs the $geoNear aggregation stage. Both need a 2dsphere index on the field, order results
 * by distance and apply $minDistance/$maxDistance: metres for GeoJSON points, radians for legacy pairs
 * ($nearSphere / spherical $geoNear), as MongoDB does.
 */
import type { Document } from 'bson';
import type { Collection } from '../storage/collection.js';
import { checkedScan } from '../commands/commandScope.js';
import { MongoCommandError } from '../commands/errors.js';
import type { Index } from '../storage/indexes.js';
import { compileFilter, type Matcher } from '../query/query.js';
import { setNumberKind } from '../storage/numberTypes.js';
import {
  deepClone,
  defineField,
  formatValue,
  isPlainObject,
  setAtPath,
  storedForm,
} from '../storage/values.js';
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

export function noIndex(collection: Collection | undefined, field: string): MongoCommandError {
  const ns = collection?.namespace ?? '(missing collection)';
  return new MongoCommandError(
    'NoQueryExecutionPlans',
    `error processing query: ns=${ns} GEONEAR field=${field} planner returned error :: caused by :: unable to find index for $geoNear query`,
  );
}

/** Splits a filter into its $near part and the rest; null when there is no $near. */
export function extractNear(filter: Document): { near: NearSpec; rest: Document } | null {
  let found: NearSpec | null = null;
  const rest: Document = {};
  for (const [field, condition] of Object.entries<unknown>(filter)) {
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
    const target = condition[operator];
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

export interface NearResult {
  doc: Document;
  distance: number;
  location: unknown;
}

/** What a proximity search read, for explain. */
export interface NearCounters {
  keysExamined: number;
  docsExamined: number;
  index?: Index;
}

function geoIndexFor(collection: Collection | undefined, field: string): Index | undefined {
  return collection?.indexes().find((index) => index.geo?.field === field && !index.hidden);
}

/**
 * Documents matching `matcher` within the bounds, nearest first, read through the 2dsphere index's nearest-first
 * walk. It stops once `needed` results are out and the next one is farther than the last (equal distances stay
 * together, so a later sort on distance and _id sees every tie), or past maxDistance.
 */
export function nearest(
  collection: Collection,
  near: NearSpec,
  matcher: Matcher,
  counters: NearCounters,
  needed = Infinity,
): NearResult[] {
  const index = geoIndexFor(collection, near.field);
  if (!index?.geo) throw noIndex(collection, near.field);
  counters.index = index;
  const scale = near.unit === 'metres' ? EARTH_RADIUS_METRES : 1;
  const results: NearResult[] = [];
  // checkedScan: maxTimeMS stops a long walk.
  for (const { idKey } of checkedScan(index.geo.nearest(near.point, counters))) {
    const doc = collection.getByKey(idKey);
    if (!doc) continue;
    // The index orders by the nearest indexed location; the reported distance is recomputed on the document.
    let best: { distance: number; location: unknown } | null = null;
    for (const { raw, geometry } of locationsAtPath(doc, near.field)) {
      const distance = angularDistanceToGeometry(near.point, geometry) * scale;
      if (!best || distance < best.distance) best = { distance, location: raw };
    }
    if (!best) continue;
    if (near.maxDistance !== undefined && best.distance > near.maxDistance) break;
    const last = results[results.length - 1];
    if (results.length >= needed && last && best.distance > last.distance) break;
    if (near.minDistance !== undefined && best.distance < near.minDistance) continue;
    counters.docsExamined += 1;
    if (!matcher.test(doc)) continue;
    results.push({ doc, ...best });
  }
  // Same distances come out in natural order, as a stable sort of a scan would give them.
  return results.sort(
    (a, b) => a.distance - b.distance || collection.sequenceOf(a.doc) - collection.sequenceOf(b.doc),
  );
}

/**
 * What the $geoNear stage found: the stored documents nearest first, and the fields the stage adds to each
 * (distanceField, includeLocs) kept beside them, so that later stages that only read can use them without a
 * copy of every document (query/simpleTail.ts); `documents` makes the stage's real output.
 */
export interface GeoNearResult {
  /** Stored documents, nearest first: read them, never write into them. */
  docs: Document[];
  /** The added top-level fields of a stored document, in the order the stage adds them; null for dotted paths. */
  added: ((doc: Document) => Record<string, unknown>) | null;
  /** The stage's output: copies with the added fields ('shallow' when no later stage writes into them). */
  documents(copy: 'deep' | 'shallow'): Document[];
}

/** The $geoNear aggregation stage. */
export function runGeoNear(
  collection: Collection | undefined,
  spec: Document,
  needed = Infinity,
  counters: NearCounters = { keysExamined: 0, docsExamined: 0 },
): GeoNearResult {
  if (!isPlainObject(spec)) throw new MongoCommandError('BadValue', '$geoNear argument must be an object');
  const distanceField = spec.distanceField;
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
  // Hidden indexes (collMod) are never chosen, $geoNear included.
  const geoFields = (collection?.indexes() ?? []).flatMap((index) =>
    Object.entries(index.hidden ? {} : index.spec.key)
      .filter(([, type]) => type === '2dsphere')
      .map(([field]) => field),
  );
  let field: string;
  if (spec.key !== undefined) {
    if (typeof spec.key !== 'string' || !geoFields.includes(spec.key)) {
      throw new MongoCommandError(
        'IndexNotFound',
        `Could not find a 2dsphere index on key '${typeof spec.key === 'string' ? spec.key : formatValue(spec.key)}' for $geoNear`,
      );
    }
    field = spec.key;
  } else if (geoFields.length === 1) {
    field = geoFields[0] as string;
  } else if (geoFields.length === 0) {
    if (!collection) return { docs: [], added: null, documents: () => [] };
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
  const found = collection ? nearest(collection, near, matcher, counters, needed) : [];
  const byDoc = new Map(found.map((result) => [result.doc, result]));
  const distanceOf = (result: NearResult) => result.distance * multiplier;
  const topLevel = !distanceField.includes('.') && !includeLocs?.includes('.');
  // A distance is a double even when whole (0 at the point itself), as MongoDB reports it.
  const markDouble = (container: object, distance: number) =>
    setNumberKind(container, distanceField, Number.isInteger(distance) ? 'double' : undefined);
  return {
    docs: found.map((result) => result.doc),
    added: topLevel
      ? (doc) => {
          const result = byDoc.get(doc)!;
          const fields: Record<string, unknown> = {};
          const distance = distanceOf(result);
          defineField(fields, distanceField, distance);
          markDouble(fields, distance);
          if (includeLocs) defineField(fields, includeLocs, result.location);
          return fields;
        }
      : null,
    documents(copy) {
      // setAtPath on a dotted output path would write into a nested stored value: those need the deep copy.
      const shallow = copy === 'shallow' && topLevel;
      return found.map((result) => {
        const out = shallow ? storedForm(result.doc) : deepClone(result.doc);
        const distance = distanceOf(result);
        setAtPath(out, distanceField, distance);
        if (topLevel) markDouble(out, distance);
        if (includeLocs) setAtPath(out, includeLocs, deepClone(result.location));
        return out;
      });
    },
  };
}
