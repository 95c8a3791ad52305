import { areaOfDistrict, DEMO_AREAS, townsOfDistrict } from '../src/index.js';
import { YAIZU_DISTRICTS } from './fixtures/yaizuDistricts.js';

describe('demo areas', () => {
  it('puts numbered associations in their named area and the villages in 大井川', () => {
    expect(areaOfDistrict({ associationNameJa: '焼津第6自治会' }).nameJa).toBe('焼津');
    expect(areaOfDistrict({ associationNameJa: '東益津第16自治会' }).key).toBe('higashimashizu');
    expect(areaOfDistrict({ associationNameJa: '港第23自治会' }).key).toBe('minato');
    expect(areaOfDistrict({ associationNameJa: '大井川東自治会' }).key).toBe('oigawa');
    expect(areaOfDistrict({ associationNameJa: '相川自治会' }).key).toBe('oigawa');
  });

  it('splits Yaizu’s 35 associations into the eight areas', () => {
    const sizes = new Map(DEMO_AREAS.map((area) => [area.key, 0]));
    for (const district of YAIZU_DISTRICTS) {
      const key = areaOfDistrict(district).key;
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(sizes)).toEqual({
      yaizu: 7,
      higashimashizu: 3,
      toyoda: 3,
      kogawa: 3,
      minato: 2,
      wada: 2,
      otomi: 3,
      oigawa: 12,
    });
  });

  it('addresses a village association in its own town and others in their area’s towns', () => {
    expect(townsOfDistrict({ associationNameJa: '高新田自治会' })).toEqual(['高新田']);
    expect(townsOfDistrict({ associationNameJa: '小川第11自治会' })).toEqual([
      '小川',
      '東小川',
      '西小川',
      '中里',
    ]);
  });
});
