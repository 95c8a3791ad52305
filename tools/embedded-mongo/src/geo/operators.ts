/**
 * The geo query operators plugged into mingo's operator context. $geoWithin and $geoIntersects are
 * plain predicates and so work anywhere in a filter; $near/$nearSphere order results and are handled by the read
 * path at the top level of a filter, so reaching them here means they were used where MongoDB forbids them.
 */
import { MongoCommandError } from '../commands/errors.js';
import { isPlainObject, formatValue } from '../storage/values.js';
import {
  GeometryError,
  intersects,
  locationsAtPath,
  parseGeoJSON,
  parseRegion,
  within,
  type Geometry,
} from './geometry.js';

type Predicate = (doc: Record<string, unknown>) => boolean;

export function $geoWithin(selector: string, value: unknown): Predicate {
  const region = parseRegion(value);
  return (doc) => locationsAtPath(doc, selector).some((location) => within(location, region));
}

export function $geoIntersects(selector: string, value: unknown): Predicate {
  if (!isPlainObject(value) || !('$geometry' in value)) {
    throw new MongoCommandError(
      'BadValue',
      `$geoIntersects not supported with provided geometry: ${formatValue(value)}`,
    );
  }
  let shape: Geometry;
  try {
    shape = parseGeoJSON(value.$geometry);
  } catch (error) {
    if (error instanceof GeometryError) throw new MongoCommandError('BadValue', error.message);
    throw error;
  }
  return (doc) => locationsAtPath(doc, selector).some(({ geometry }) => intersects(shape, geometry));
}

function notHere(): Predicate {
  throw new MongoCommandError('BadValue', '$geoNear, $near, and $nearSphere are not allowed in this context');
}

export const geoQueryOperators = {
  $geoWithin,
  // The name $geoWithin replaced in MongoDB 2.4; still accepted with the same meaning.
  $within: $geoWithin,
  $geoIntersects,
  $near: notHere,
  $nearSphere: notHere,
  // Bounds for $near: only meaningful next to it.
  $maxDistance: notHere,
  $minDistance: notHere,
};
