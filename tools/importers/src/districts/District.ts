import type { MultiPolygon, Polygon } from 'geojson';

/** One 自治会区域 (neighborhood-association area) of the demo city, in WGS84. */
export interface DistrictArea {
  /** Stable code in the shapefile's record order: yaizu-01 .. yaizu-35. */
  code: string;
  /** Romanized area name, e.g. "Yaizu 6", "Takashinden". */
  name: string;
  /** Japanese district name: the area of the association, e.g. "焼津第6自治会区域". */
  nameJa: string;
  /** The association's own name (自治会名) as published, e.g. "焼津第6自治会". */
  associationNameJa: string;
  /** Katakana reading of the association's name, e.g. "ヤイヅダイ6ジチカイ". */
  associationNameKana: string;
  /**
   * RFC 7946 geometry: [lng, lat] positions, closed rings, outer rings counter-clockwise, no crossing edges or
   * repeated vertices (what a 2dsphere index accepts); within 0.5 m of the published polygon.
   */
  boundary: Polygon | MultiPolygon;
}
