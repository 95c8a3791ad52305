import { kinks } from '@turf/kinks';
import type { Position } from 'geojson';
import {
  districtContaining,
  planeToLngLat,
  readAssociationName,
  readDistricts,
  sharedDataPath,
} from '../src/index.js';
import type { DistrictArea } from '../src/index.js';

function rings(district: DistrictArea): Position[][] {
  return district.boundary.type === 'Polygon'
    ? district.boundary.coordinates
    : district.boundary.coordinates.flat();
}

describe('readDistricts (焼津市 自治会区域 shapefile)', () => {
  let districts: DistrictArea[];
  beforeAll(async () => {
    districts = await readDistricts();
  });

  it('reads the 35 areas with codes in file order', () => {
    expect(districts).toHaveLength(35);
    expect(districts.map((district) => district.code)).toEqual(
      Array.from({ length: 35 }, (_, index) => `yaizu-${String(index + 1).padStart(2, '0')}`),
    );
  });

  it('decodes the Shift_JIS names without mojibake', () => {
    expect(districts[0]).toMatchObject({
      code: 'yaizu-01',
      name: 'Takashinden',
      nameJa: '高新田自治会区域',
      associationNameJa: '高新田自治会',
      associationNameKana: 'タカシンデンジチカイ',
    });
    expect(districts[1]).toMatchObject({ name: 'Yaizu 6', associationNameJa: '焼津第6自治会' });
    expect(districts[34]?.associationNameJa).toBe('相川自治会');
    for (const district of districts) {
      expect(district.associationNameJa).toMatch(/^[\p{Script=Han}\p{Script=Hiragana}0-9]+自治会$/u);
      expect(district.associationNameKana).toMatch(/^[\p{Script=Katakana}ー0-9]+$/u);
      expect(district.name).toMatch(/^[A-Z][a-z-]+( \d+)?$/);
    }
    expect(new Set(districts.map((district) => district.associationNameJa)).size).toBe(35);
  });

  it('returns closed rings of at least four lng/lat positions inside Yaizu', () => {
    const positions: Position[] = [];
    for (const district of districts) {
      for (const ring of rings(district)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
        positions.push(...ring);
      }
    }
    const lats = positions.map((position) => position[1] as number);
    const lngs = positions.map((position) => position[0] as number);
    // Yaizu spans roughly 34.77-34.93 N (south to the Ōi river) and 138.23-138.35 E.
    expect(Math.min(...lats)).toBeGreaterThan(34.76);
    expect(Math.max(...lats)).toBeLessThan(34.93);
    expect(Math.min(...lngs)).toBeGreaterThan(138.22);
    expect(Math.max(...lngs)).toBeLessThan(138.36);
  });

  it('has no edges that cross or vertices that repeat, so a 2dsphere index accepts every boundary', () => {
    for (const district of districts) {
      expect(kinks(district.boundary).features).toEqual([]);
      const vertices = rings(district).flatMap((ring) =>
        ring.slice(0, -1).map((position) => position.join(',')),
      );
      expect(new Set(vertices).size).toBe(vertices.length);
    }
  });

  it('winds outer rings counter-clockwise as RFC 7946 asks', () => {
    for (const district of districts) {
      const outer = rings(district)[0] as Position[];
      let doubleArea = 0;
      for (let index = 1; index < outer.length; index += 1) {
        const [x0, y0] = outer[index - 1] as Position;
        const [x1, y1] = outer[index] as Position;
        doubleArea += (x0 as number) * (y1 as number) - (x1 as number) * (y0 as number);
      }
      expect(doubleArea).toBeGreaterThan(0);
    }
  });

  it('finds the district of Yaizu city hall and of Yaizu station, and none at sea', () => {
    // 焼津市役所 (本町2-16-32) and 焼津駅 both lie in 焼津第3自治会's area.
    expect(districtContaining(districts, 34.8669, 138.3232)?.associationNameJa).toBe('焼津第3自治会');
    expect(districtContaining(districts, 34.8706, 138.3186)?.associationNameJa).toBe('焼津第3自治会');
    expect(districtContaining(districts, 34.85, 138.4)).toBeNull();
  });
});

describe('planeToLngLat (EPSG:2450)', () => {
  it('maps the zone VIII origin to 36°N 138°30′E', () => {
    expect(planeToLngLat([0, 0])).toEqual([138.5, 36]);
  });

  it('maps a point 100 km south and 20 km west where the meridian-arc estimate puts it (35.098 N, 138.280 E)', () => {
    // 100 km / 0.9999 / 110.95 km per degree of latitude; 20 km / 0.9999 / 91.1 km per degree of longitude at 35.1°.
    const [lng, lat] = planeToLngLat([-20000, -100000]);
    expect(lat).toBeCloseTo(35.098, 2);
    expect(lng).toBeCloseTo(138.28, 2);
  });
});

describe('readAssociationName', () => {
  it('reads numbered and plain association names', () => {
    expect(readAssociationName('東益津第16自治会')).toEqual({
      name: 'Higashimashizu 16',
      kana: 'ヒガシマシヅダイ16ジチカイ',
    });
    expect(readAssociationName('つつじ平自治会')).toEqual({
      name: 'Tsutsujidaira',
      kana: 'ツツジダイラジチカイ',
    });
  });

  it('keeps an unknown name as published', () => {
    expect(readAssociationName('未知町内会')).toEqual({ name: '未知町内会', kana: null });
  });
});

describe('sharedDataPath', () => {
  it('resolves beside the repository and honours KYODO_SHARED_DATA', () => {
    expect(sharedDataPath('x.csv')).toMatch(/[\\/]shared[\\/]data[\\/]x\.csv$/);
    expect(sharedDataPath('x.csv', { KYODO_SHARED_DATA: '/srv/open-data' })).toBe('/srv/open-data/x.csv');
  });
});
