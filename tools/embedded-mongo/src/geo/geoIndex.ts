/**
 * The 2dsphere index: every stored location's longitude/latitude bounding box in an R-tree (rbush, dynamic, so
 * writes need no rebuild). It only prunes candidates: the exact geometry test (and the exact distance) still decides,
 * so a box may be larger than its shape but never smaller. Shapes whose box cannot be trusted on the sphere (wider
 * than 20 degrees, crossing the antimeridian, reaching the polar caps) are kept aside and always tested.
 *
 * Nearest-first search is hand-written (rbush-knn measures flat distances): a best-first walk of the R-tree whose
 * node distances are exact spherical lower bounds, so documents come out in order of great-circle distance and the
 * walk stops as soon as the caller has enough.
 */
import RBush from 'rbush';
import TinyQueue from 'tinyqueue';
import type { Document } from 'bson';
import {
  angularDistance,
  angularDistanceToGeometry,
  locationsAtPath,
  vertices,
  type Geometry,
  type Position,
} from './geometry.js';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface Entry extends Box {
  idKey: string;
  seq: number;
  geometry: Geometry;
}

const RAD = Math.PI / 180;
/** Boxes wider than this, or reaching past this latitude, are not trusted to contain geodesic edges. */
const MAX_TRUSTED_SPAN_DEGREES = 20;
const MAX_TRUSTED_LATITUDE = 80;
/** Float slack so a point exactly on a box edge is never pruned. */
const EPSILON_DEGREES = 1e-7;

/**
 * A box certain to contain the shape (geodesic or straight edges), or null when no small box is. Edges of a
 * geodesic bulge poleward of the straight line between their ends by at most span²/8 radians (span in radians).
 */
export function trustedBox(points: Position[]): Box | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const span = Math.max(maxX - minX, maxY - minY);
  if (span > MAX_TRUSTED_SPAN_DEGREES) return null;
  const bulge = points.length > 1 ? ((span * RAD) ** 2 / 8 / RAD) * 1.01 : 0;
  const box = {
    minX: minX - EPSILON_DEGREES,
    minY: minY - bulge - EPSILON_DEGREES,
    maxX: maxX + EPSILON_DEGREES,
    maxY: maxY + bulge + EPSILON_DEGREES,
  };
  if (box.minY < -MAX_TRUSTED_LATITUDE || box.maxY > MAX_TRUSTED_LATITUDE)
    return points.length === 1 ? box : null;
  return box;
}

/** Boxes covering a spherical cap (a $centerSphere or a $near radius), split at the antimeridian. */
export function capBoxes(center: Position, radians: number): Box[] {
  const [lng, lat] = center;
  const degrees = radians / RAD + EPSILON_DEGREES;
  const minY = lat - degrees;
  const maxY = lat + degrees;
  if (radians >= Math.PI / 2 || minY <= -90 || maxY >= 90) {
    return [{ minX: -180, minY: Math.max(-90, minY), maxX: 180, maxY: Math.min(90, maxY) }];
  }
  // The widest longitude a cap reaches, at the latitude where the cap touches its tangent meridians.
  const dLng = Math.asin(Math.min(1, Math.sin(radians) / Math.cos(lat * RAD))) / RAD + EPSILON_DEGREES;
  const minX = lng - dLng;
  const maxX = lng + dLng;
  if (minX < -180) {
    return [
      { minX: -180, minY, maxX, maxY },
      { minX: minX + 360, minY, maxX: 180, maxY },
    ];
  }
  if (maxX > 180) {
    return [
      { minX, minY, maxX: 180, maxY },
      { minX: -180, minY, maxX: maxX - 360, maxY },
    ];
  }
  return [{ minX, minY, maxX, maxY }];
}

/**
 * Great-circle distance (radians) from a point to the nearest point of the meridian `lng` between two latitudes.
 * Along a meridian the cosine of the distance is R·cos(lat − c) for some c, so the nearest point is c when it lies
 * inside the segment, otherwise one of its ends.
 */
function distanceToMeridian(point: Position, lng: number, minLat: number, maxLat: number): number {
  const cos = Math.cos((point[0] - lng) * RAD);
  let best = Math.min(angularDistance(point, [lng, minLat]), angularDistance(point, [lng, maxLat]));
  if (cos > 0) {
    const closest = Math.atan(Math.tan(point[1] * RAD) / cos) / RAD;
    if (closest > minLat && closest < maxLat) best = Math.min(best, angularDistance(point, [lng, closest]));
  }
  return best;
}

/** A lower bound of the great-circle distance (radians) from a point to anything inside a box. */
export function distanceToBox(point: Position, box: Box): number {
  const [lng, lat] = point;
  if (lng >= box.minX && lng <= box.maxX) {
    if (lat < box.minY) return (box.minY - lat) * RAD;
    if (lat > box.maxY) return (lat - box.maxY) * RAD;
    return 0;
  }
  // Outside the box's longitudes the nearest point lies on one of its two meridian edges.
  return Math.min(
    distanceToMeridian(point, box.minX, box.minY, box.maxY),
    distanceToMeridian(point, box.maxX, box.minY, box.maxY),
  );
}

type QueueItem =
  | { kind: 'node'; node: { children: unknown[]; leaf: boolean } & Box; distance: number }
  | { kind: 'entry'; entry: Entry; distance: number; exact: boolean };

export class GeoIndex {
  readonly field: string;
  private readonly tree = new RBush<Entry>();
  /** Shapes with no trusted box: candidates of every query. */
  private readonly untrusted = new Map<string, Entry[]>();
  private readonly entriesOf = new Map<string, Entry[]>();

  constructor(field: string) {
    this.field = field;
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.entriesOf.size;
  }

  add(idKey: string, doc: Document, seq: number): void {
    const entries: Entry[] = [];
    const untrusted: Entry[] = [];
    for (const { geometry } of locationsAtPath(doc, this.field)) {
      const box = trustedBox(vertices(geometry));
      const entry: Entry = {
        ...(box ?? { minX: -180, minY: -90, maxX: 180, maxY: 90 }),
        idKey,
        seq,
        geometry,
      };
      (box ? entries : untrusted).push(entry);
    }
    if (entries.length === 0 && untrusted.length === 0) return;
    for (const entry of entries) this.tree.insert(entry);
    if (untrusted.length > 0) this.untrusted.set(idKey, untrusted);
    this.entriesOf.set(idKey, [...entries, ...untrusted]);
  }

  remove(idKey: string): void {
    for (const entry of this.entriesOf.get(idKey) ?? []) this.tree.remove(entry);
    this.entriesOf.delete(idKey);
    this.untrusted.delete(idKey);
  }

  /** _id keys of documents with a location whose box meets one of the boxes (a superset of the matches). */
  search(boxes: Box[]): { idKeys: Set<string>; keysExamined: number } {
    const idKeys = new Set<string>();
    let keysExamined = 0;
    for (const box of boxes) {
      for (const entry of this.tree.search(box)) {
        keysExamined += 1;
        idKeys.add(entry.idKey);
      }
    }
    for (const [idKey, entries] of this.untrusted) {
      keysExamined += entries.length;
      idKeys.add(idKey);
    }
    return { idKeys, keysExamined };
  }

  /**
   * Documents by increasing great-circle distance (radians) of their nearest location, each once; the caller stops
   * pulling when it has enough or passes its maximum distance.
   */
  *nearest(point: Position, stats: { keysExamined: number }): Generator<{ idKey: string; distance: number }> {
    const queue = new TinyQueue<QueueItem>([], (a, b) => a.distance - b.distance);
    const seen = new Set<string>();
    for (const entries of this.untrusted.values()) {
      for (const entry of entries) {
        queue.push({
          kind: 'entry',
          entry,
          distance: angularDistanceToGeometry(point, entry.geometry),
          exact: true,
        });
      }
    }
    const root = (this.tree as unknown as { data: { children: unknown[]; leaf: boolean } & Box }).data;
    queue.push({ kind: 'node', node: root, distance: 0 });
    while (queue.length > 0) {
      const item = queue.pop() as QueueItem;
      if (item.kind === 'node') {
        for (const child of item.node.children) {
          if (item.node.leaf) {
            const entry = child as Entry;
            stats.keysExamined += 1;
            const isPoint = entry.geometry.type === 'Point';
            queue.push({
              kind: 'entry',
              entry,
              distance: isPoint
                ? angularDistance(point, entry.geometry.coordinates as Position)
                : distanceToBox(point, entry),
              exact: isPoint,
            });
          } else {
            const node = child as { children: unknown[]; leaf: boolean } & Box;
            queue.push({ kind: 'node', node, distance: distanceToBox(point, node) });
          }
        }
        continue;
      }
      if (!item.exact) {
        // A shape's box distance is only a lower bound: queue it again at its real distance.
        queue.push({ ...item, distance: angularDistanceToGeometry(point, item.entry.geometry), exact: true });
        continue;
      }
      if (seen.has(item.entry.idKey)) continue;
      seen.add(item.entry.idKey);
      yield { idKey: item.entry.idKey, distance: item.distance };
    }
  }
}
