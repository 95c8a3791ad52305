import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { kinks } from '@turf/kinks';
import { rewind } from '@turf/rewind';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { open } from 'shapefile';
import simplify from 'simplify-js';
import { sharedDataPath } from '../paths.js';
import type { DistrictArea } from './District.js';
import { planeToLngLat } from './projection.js';
import { readAssociationName } from './readings.js';

export interface ReadDistrictsOptions {
  /** Folder holding jichikai.shp/.dbf/.cpg; defaults to the shared yaizu_jichikai folder. */
  directory?: string;
  /** Base name of the shapefile inside the folder. */
  baseName?: string;
}

/**
 * Digitising noise below this many metres is dropped (simplify-js in the plane, before reprojection): the
 * published areas contain centimetre spikes and zigzags whose edges cross, which a 2dsphere index (S2) rejects.
 */
const SIMPLIFY_TOLERANCE_METRES = 0.5;

/** The DBF attribute with the association name; the layer's .xml titles column SAFIELD000 「自治会名」. */
const NAME_FIELD = 'SAFIELD000';

/**
 * Reads Yaizu's 35 自治会区域 from the published shapefile: attributes decoded with the code page named in the .cpg
 * sidecar (Shift_JIS), geometry reprojected from EPSG:2450 to WGS84, codes yaizu-01.. in record order.
 */
export async function readDistricts(options: ReadDistrictsOptions = {}): Promise<DistrictArea[]> {
  const directory = options.directory ?? sharedDataPath('yaizu_jichikai');
  const base = path.join(directory, options.baseName ?? 'jichikai');
  const source = await open(`${base}.shp`, `${base}.dbf`, { encoding: codePage(`${base}.cpg`) });
  const districts: DistrictArea[] = [];
  for (let record = await source.read(); !record.done; record = await source.read()) {
    const { geometry, properties } = record.value;
    const associationNameJa: unknown = properties?.[NAME_FIELD];
    if (typeof associationNameJa !== 'string' || associationNameJa.length === 0) {
      throw new Error(`${base}.dbf record ${districts.length + 1}: no ${NAME_FIELD} (自治会名)`);
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new Error(`${base}.shp record ${districts.length + 1}: expected a polygon, got ${geometry.type}`);
    }
    const reading = readAssociationName(associationNameJa);
    districts.push({
      code: `yaizu-${String(districts.length + 1).padStart(2, '0')}`,
      name: reading.name,
      nameJa: `${associationNameJa}区域`,
      associationNameJa,
      associationNameKana: reading.kana ?? associationNameJa,
      boundary: checkedSimple(toWgs84(geometry), `${base}.shp record ${districts.length + 1}`),
    });
  }
  return districts;
}

/** The DBF code page from the .cpg sidecar; Shift_JIS when the sidecar is missing (the Japanese GIS default). */
function codePage(cpgFile: string): string {
  return existsSync(cpgFile) ? readFileSync(cpgFile, 'latin1').trim() : 'Shift_JIS';
}

function toWgs84(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const projected: Polygon | MultiPolygon =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: geometry.coordinates.map(projectRing) }
      : {
          type: 'MultiPolygon',
          coordinates: geometry.coordinates.map((polygon) => polygon.map(projectRing)),
        };
  // Shapefiles wind outer rings clockwise; RFC 7946 (and MongoDB's big-polygon rule) expect counter-clockwise.
  return rewind(projected, { mutate: true }) as Polygon | MultiPolygon;
}

/** Edges that cross would make MongoDB refuse the document; fail at import rather than at seed. */
function checkedSimple(boundary: Polygon | MultiPolygon, where: string): Polygon | MultiPolygon {
  const crossings = kinks(boundary).features;
  if (crossings.length > 0) {
    const at = crossings[0]?.geometry.coordinates.join(', ');
    throw new Error(`${where}: the boundary crosses itself at ${at}`);
  }
  return boundary;
}

/**
 * Simplifies a ring in plane metres, reprojects it, drops repeated consecutive vertices (2dsphere indexes reject
 * them) and closes it.
 */
function projectRing(ring: Position[]): Position[] {
  const plane = simplify(
    ring.map(([x, y]) => ({ x: x as number, y: y as number })),
    SIMPLIFY_TOLERANCE_METRES,
    // Not "high quality": its radial pass also merges vertices closer than the tolerance, which rounding to
    // 1e-7 degrees could otherwise fold over each other.
    false,
  );
  const projected: Position[] = [];
  for (const { x, y } of plane) {
    const next = planeToLngLat([x, y]);
    const previous = projected[projected.length - 1];
    if (previous === undefined || previous[0] !== next[0] || previous[1] !== next[1]) projected.push(next);
  }
  const first = projected[0];
  const last = projected[projected.length - 1];
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) {
    projected.push([first[0] as number, first[1] as number]);
  }
  if (projected.length < 4) throw new Error('a ring needs at least four positions');
  return projected;
}
