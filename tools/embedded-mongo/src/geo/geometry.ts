/**
 * Geometry for the 2dsphere features. Parses GeoJSON (and legacy [lng, lat] pairs), measures
 * great-circle distances with the haversine formula on MongoDB's earth radius, and answers containment and
 * intersection questions. Point-in-polygon comes from @turf/boolean-point-in-polygon; polygon edges are treated
 * as straight lines in longitude/latitude (fine at city scale; MongoDB uses geodesic edges).
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Document } from 'bson';
import { MongoCommandError } from '../commands/errors.js';
import { formatValue, isPlainObject } from '../storage/values.js';

/** The radius MongoDB uses to turn radians into metres for 2dsphere queries. */
export const EARTH_RADIUS_METRES = 6378100;

export type Position = [number, number];
export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export class GeometryError extends Error {}

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1])
  );
}

function position(value: unknown): Position {
  if (!isPosition(value)) throw new GeometryError(`Point must only contain numeric elements`);
  const [lng, lat] = value;
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
    throw new GeometryError(`longitude/latitude is out of bounds, lng: ${lng} lat: ${lat}`);
  }
  return [lng, lat];
}

function ring(value: unknown): Position[] {
  if (!Array.isArray(value)) throw new GeometryError('Polygon coordinates must be an array of rings');
  const points = value.map(position);
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
    throw new GeometryError(
      'Loop is not closed, first vertex does not equal last vertex, or has fewer than 4 vertices',
    );
  }
  return points;
}

function polygon(value: unknown): Position[][] {
  if (!Array.isArray(value) || value.length === 0) throw new GeometryError('Polygon has no loops');
  return value.map(ring);
}

/** Parses a GeoJSON geometry; throws GeometryError naming what is wrong. */
export function parseGeoJSON(value: unknown): Geometry {
  if (!isPlainObject(value) || typeof value.type !== 'string')
    throw new GeometryError('unknown GeoJSON type');
  const coordinates = value.coordinates;
  switch (value.type) {
    case 'Point':
      return { type: 'Point', coordinates: position(coordinates) };
    case 'MultiPoint':
      if (!Array.isArray(coordinates) || coordinates.length === 0)
        throw new GeometryError('MultiPoint coordinates must be a non-empty array');
      return { type: 'MultiPoint', coordinates: coordinates.map(position) };
    case 'LineString':
      if (!Array.isArray(coordinates) || coordinates.length < 2)
        throw new GeometryError('GeoJSON LineString must have at least 2 vertices');
      return { type: 'LineString', coordinates: coordinates.map(position) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: polygon(coordinates) };
    case 'MultiPolygon':
      if (!Array.isArray(coordinates) || coordinates.length === 0)
        throw new GeometryError('MultiPolygon coordinates must be a non-empty array');
      return { type: 'MultiPolygon', coordinates: coordinates.map(polygon) };
    default:
      throw new GeometryError(`unknown GeoJSON type: ${String(value.type)}`);
  }
}

/** A stored location: GeoJSON, a legacy [lng, lat] pair, or a legacy { x, y } style object of two numbers. */
export function parseStoredLocation(value: unknown): Geometry | null {
  if (value === undefined || value === null) return null;
  if (isPosition(value)) return { type: 'Point', coordinates: position(value) };
  if (isPlainObject(value) && typeof value.type === 'string') return parseGeoJSON(value);
  if (isPlainObject(value)) {
    const numbers = Object.values(value);
    if (numbers.length === 2 && isPosition(numbers)) return { type: 'Point', coordinates: position(numbers) };
  }
  throw new GeometryError(`unknown geometry: ${formatValue(value)}`);
}

/** The geometries stored at a path, descending into arrays of sub-documents (but not into coordinate pairs). */
export interface StoredLocation {
  raw: unknown;
  geometry: Geometry;
  /** A legacy coordinate pair rather than GeoJSON: the only kind flat shapes ($box, $polygon, $center) match. */
  legacy: boolean;
}

export function locationsAtPath(doc: unknown, path: string): StoredLocation[] {
  const parts = path.split('.');
  const found: StoredLocation[] = [];
  const visit = (current: unknown, index: number): void => {
    if (current === undefined || current === null) return;
    if (index === parts.length) {
      if (Array.isArray(current) && !isPosition(current)) {
        for (const item of current) visit(item, index);
        return;
      }
      try {
        const geometry = parseStoredLocation(current);
        const legacy = !(isPlainObject(current) && typeof current.type === 'string');
        if (geometry) found.push({ raw: current, geometry, legacy });
      } catch {
        // Not a geometry: it does not match a geo predicate (MongoDB would not have indexed it either).
      }
      return;
    }
    if (Array.isArray(current)) {
      for (const item of current) visit(item, index);
      return;
    }
    if (isPlainObject(current)) visit(current[parts[index] as string], index + 1);
  };
  visit(doc, 0);
  return found;
}

/** Throws MongoDB's "Can't extract geo keys" error if a document's 2dsphere field holds something else. */
export function validateIndexedLocation(doc: Document, path: string): void {
  const parts = path.split('.');
  const visit = (current: unknown, index: number): void => {
    if (current === undefined || current === null) return;
    if (index === parts.length) {
      if (Array.isArray(current) && !isPosition(current)) {
        for (const item of current) visit(item, index);
        return;
      }
      try {
        parseStoredLocation(current);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MongoCommandError(
          'Location16755',
          `Can't extract geo keys: ${formatValue(doc)}  ${reason}`,
        );
      }
      return;
    }
    if (Array.isArray(current)) for (const item of current) visit(item, index);
    else if (isPlainObject(current)) visit(current[parts[index] as string], index + 1);
  };
  visit(doc, 0);
}

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Central angle between two positions in radians (haversine). */
export function angularDistance(a: Position, b: Position): number {
  const dLat = toRadians(b[1] - a[1]);
  const dLng = toRadians(b[0] - a[0]);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a[1])) * Math.cos(toRadians(b[1])) * Math.sin(dLng / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function vertices(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

/**
 * An edge whose longitudes are more than 180° apart takes the short way, across the antimeridian (as MongoDB's
 * geodesic edges do): it is split into two edges that meet at longitude ±180.
 */
function shortWay(a: Position, b: Position): [Position, Position][] {
  if (Math.abs(b[0] - a[0]) <= 180) return [[a, b]];
  const east = a[0] > b[0]; // a east of b: going east from a crosses +180
  const unwrapped = east ? b[0] + 360 : b[0] - 360;
  const edge = east ? 180 : -180;
  const t = (edge - a[0]) / (unwrapped - a[0]);
  const lat = a[1] + t * (b[1] - a[1]);
  return [
    [a, [edge, lat]],
    [[-edge, lat], b],
  ];
}

function edges(geometry: Geometry): [Position, Position][] {
  const fromPath = (path: Position[]): [Position, Position][] =>
    path.slice(1).flatMap((point, i) => shortWay(path[i] as Position, point));
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return [];
    case 'LineString':
      return fromPath(geometry.coordinates);
    case 'Polygon':
      return geometry.coordinates.flatMap(fromPath);
    case 'MultiPolygon':
      return geometry.coordinates.flat().flatMap(fromPath);
  }
}

function isArea(geometry: Geometry): geometry is Extract<Geometry, { type: 'Polygon' | 'MultiPolygon' }> {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

/** Boundary counts as inside, as for MongoDB's $geoWithin and $geoIntersects. */
export function pointInArea(
  point: Position,
  area: Extract<Geometry, { type: 'Polygon' | 'MultiPolygon' }>,
): boolean {
  return booleanPointInPolygon(point, area);
}

/** Angular distance (radians) from a point to the nearest part of a geometry; 0 inside an area. */
export function angularDistanceToGeometry(point: Position, geometry: Geometry): number {
  if (isArea(geometry) && pointInArea(point, geometry)) return 0;
  let best = Math.min(...vertices(geometry).map((vertex) => angularDistance(point, vertex)));
  for (const [a, b] of edges(geometry)) best = Math.min(best, angularDistanceToSegment(point, a, b));
  return best;
}

/** Point-to-segment distance in a local equirectangular projection around the point (city-scale accurate). */
function angularDistanceToSegment(point: Position, a: Position, b: Position): number {
  const scale = Math.cos(toRadians(point[1]));
  const project = (p: Position): [number, number] => [
    toRadians(p[0] - point[0]) * scale,
    toRadians(p[1] - point[1]),
  ];
  const [ax, ay] = project(a);
  const [bx, by] = project(b);
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function orientation(p: Position, q: Position, r: Position): number {
  const value = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1]);
  return value === 0 ? 0 : value > 0 ? 1 : 2;
}

function onSegment(p: Position, q: Position, r: Position): boolean {
  return (
    Math.min(p[0], r[0]) <= q[0] &&
    q[0] <= Math.max(p[0], r[0]) &&
    Math.min(p[1], r[1]) <= q[1] &&
    q[1] <= Math.max(p[1], r[1])
  );
}

function segmentsIntersect([p1, q1]: [Position, Position], [p2, q2]: [Position, Position]): boolean {
  const o1 = orientation(p1, q1, p2);
  const o2 = orientation(p1, q1, q2);
  const o3 = orientation(p2, q2, p1);
  const o4 = orientation(p2, q2, q1);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(p1, p2, q1)) ||
    (o2 === 0 && onSegment(p1, q2, q1)) ||
    (o3 === 0 && onSegment(p2, p1, q2)) ||
    (o4 === 0 && onSegment(p2, q1, q2))
  );
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Whether two geometries share at least one point ($geoIntersects). */
export function intersects(a: Geometry, b: Geometry): boolean {
  if (isArea(b) && vertices(a).some((p) => pointInArea(p, b))) return true;
  if (isArea(a) && vertices(b).some((p) => pointInArea(p, a))) return true;
  const edgesA = edges(a);
  const edgesB = edges(b);
  if (edgesA.some((ea) => edgesB.some((eb) => segmentsIntersect(ea, eb)))) return true;
  // Points against points and points lying on lines.
  for (const p of a.type === 'Point' || a.type === 'MultiPoint' ? vertices(a) : []) {
    if (vertices(b).some((q) => samePosition(p, q))) return true;
    if (edgesB.some(([s, e]) => orientation(s, p, e) === 0 && onSegment(s, p, e))) return true;
  }
  for (const p of b.type === 'Point' || b.type === 'MultiPoint' ? vertices(b) : []) {
    if (edgesA.some(([s, e]) => orientation(s, p, e) === 0 && onSegment(s, p, e))) return true;
  }
  return false;
}

/** A region a geometry can be tested against with $geoWithin. */
export type Region =
  | { kind: 'area'; area: Extract<Geometry, { type: 'Polygon' | 'MultiPolygon' }> }
  | { kind: 'centerSphere'; center: Position; radians: number }
  | { kind: 'box'; min: Position; max: Position }
  | { kind: 'center'; center: Position; radius: number }
  | { kind: 'flatPolygon'; area: Extract<Geometry, { type: 'Polygon' }> };

function containsPosition(region: Region, point: Position): boolean {
  switch (region.kind) {
    case 'area':
    case 'flatPolygon':
      return pointInArea(point, region.area);
    case 'centerSphere':
      return angularDistance(region.center, point) <= region.radians;
    case 'box':
      return (
        point[0] >= region.min[0] &&
        point[0] <= region.max[0] &&
        point[1] >= region.min[1] &&
        point[1] <= region.max[1]
      );
    case 'center':
      return Math.hypot(point[0] - region.center[0], point[1] - region.center[1]) <= region.radius;
  }
}

/**
 * Whether a stored location lies entirely inside a region ($geoWithin): every vertex inside. Flat shapes use grid
 * coordinates and, as in MongoDB, match legacy coordinate pairs only, never GeoJSON.
 */
export function within(location: StoredLocation, region: Region): boolean {
  const flat = region.kind === 'box' || region.kind === 'center' || region.kind === 'flatPolygon';
  if (flat && !location.legacy) return false;
  return vertices(location.geometry).every((point) => containsPosition(region, point));
}

/** Parses a $geoWithin argument. */
export function parseRegion(value: unknown): Region {
  if (!isPlainObject(value) || Object.keys(value).length !== 1) {
    throw new MongoCommandError(
      'BadValue',
      '$geoWithin not supported with provided geometry: ' + formatValue(value),
    );
  }
  const [shape, argument] = Object.entries(value)[0] as [string, unknown];
  try {
    switch (shape) {
      case '$geometry': {
        const geometry = parseGeoJSON(argument);
        if (!isArea(geometry))
          throw new GeometryError(`$geoWithin requires a Polygon or MultiPolygon, got ${geometry.type}`);
        return { kind: 'area', area: geometry };
      }
      case '$centerSphere': {
        if (
          !Array.isArray(argument) ||
          argument.length !== 2 ||
          typeof argument[1] !== 'number' ||
          argument[1] < 0
        ) {
          throw new GeometryError('$centerSphere must be [ [ <x>, <y> ], <radius in radians> ]');
        }
        return { kind: 'centerSphere', center: position(argument[0]), radians: argument[1] };
      }
      case '$box': {
        if (
          !Array.isArray(argument) ||
          argument.length !== 2 ||
          !isPosition(argument[0]) ||
          !isPosition(argument[1])
        ) {
          throw new GeometryError('$box must be [ [ <x1>, <y1> ], [ <x2>, <y2> ] ]');
        }
        const [a, b] = argument as [Position, Position];
        return {
          kind: 'box',
          min: [Math.min(a[0], b[0]), Math.min(a[1], b[1])],
          max: [Math.max(a[0], b[0]), Math.max(a[1], b[1])],
        };
      }
      case '$center': {
        if (
          !Array.isArray(argument) ||
          argument.length !== 2 ||
          !isPosition(argument[0]) ||
          typeof argument[1] !== 'number'
        ) {
          throw new GeometryError('$center must be [ [ <x>, <y> ], <radius> ]');
        }
        return { kind: 'center', center: argument[0], radius: argument[1] };
      }
      case '$polygon': {
        if (!Array.isArray(argument) || argument.length < 3 || !argument.every(isPosition)) {
          throw new GeometryError('$polygon must be an array of at least 3 [ <x>, <y> ] points');
        }
        const points = argument.map((p): Position => [p[0], p[1]]);
        const closed = samePosition(points[0] as Position, points[points.length - 1] as Position)
          ? points
          : [...points, points[0] as Position];
        return { kind: 'flatPolygon', area: { type: 'Polygon', coordinates: [closed] } };
      }
      default:
        throw new MongoCommandError('BadValue', `unknown geo specifier: ${shape}`);
    }
  } catch (error) {
    if (error instanceof GeometryError) throw new MongoCommandError('BadValue', error.message);
    throw error;
  }
}
