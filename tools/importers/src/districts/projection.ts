import proj4 from 'proj4';

/**
 * EPSG:2450, JGD2000 / Japan Plane Rectangular CS VIII (the zone of Shizuoka), as published in the EPSG registry and
 * in the shapefile's .prj: transverse Mercator, origin 36°N 138°30'E, scale 0.9999, GRS80. JGD2000 is treated as
 * identical to WGS84 (sub-metre difference), hence the null towgs84.
 */
export const EPSG_2450 =
  '+proj=tmerc +lat_0=36 +lon_0=138.5 +k=0.9999 +x_0=0 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

const converter = proj4(EPSG_2450, 'WGS84');

/** Plane rectangular [easting, northing] in metres to [lng, lat] in degrees, rounded to 7 decimals (about 1 cm). */
export function planeToLngLat([easting, northing]: readonly number[]): [number, number] {
  if (easting === undefined || northing === undefined) throw new Error('a position needs two coordinates');
  const [lng, lat] = converter.forward<[number, number]>([easting, northing]);
  return [round7(lng), round7(lat)];
}

function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}
