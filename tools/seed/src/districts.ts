/**
 * How the demo world groups Yaizu's 35 自治会区域 into the areas (地区) that each have a district council, and the
 * town names used for demo addresses. The areas follow the names in the 自治会 list (焼津第1..7, 豊田第8..10, ...);
 * the unnumbered associations south of the city form the 大井川 area. Seed stays pure: districts come in as data
 * (from @kyodo/importers' readDistricts) and only these fields are read.
 */
export interface DemoDistrictSource {
  code: string;
  /** 自治会名 as published, e.g. "焼津第6自治会". */
  associationNameJa: string;
  /** Katakana reading of the association name. */
  associationNameKana: string;
}

export interface DemoArea {
  /** ASCII key used in organization keys, e.g. "yaizu". */
  key: string;
  nameJa: string;
  nameKana: string;
  /** Real town names (町名) of the area, for addresses. */
  towns: readonly string[];
}

/** Areas in a fixed order; an association belongs to the first area whose name starts its own. */
export const DEMO_AREAS: readonly DemoArea[] = [
  {
    key: 'yaizu',
    nameJa: '焼津',
    nameKana: 'ヤイヅ',
    towns: ['本町', '栄町', '駅北', '三ケ名', '北浜通', '城之腰'],
  },
  {
    key: 'higashimashizu',
    nameJa: '東益津',
    nameKana: 'ヒガシマシヅ',
    towns: ['浜当目', '岡当目', '坂本', '方ノ上', '石脇上'],
  },
  { key: 'toyoda', nameJa: '豊田', nameKana: 'トヨダ', towns: ['八楠', '大覚寺', '与惣次', '柳新屋'] },
  { key: 'kogawa', nameJa: '小川', nameKana: 'コガワ', towns: ['小川', '東小川', '西小川', '中里'] },
  { key: 'minato', nameJa: '港', nameKana: 'ミナト', towns: ['中港', '新屋', '石津', '鰯ケ島'] },
  { key: 'wada', nameJa: '和田', nameKana: 'ワダ', towns: ['田尻', '田尻北', '和田', '策牛'] },
  { key: 'otomi', nameJa: '大富', nameKana: 'オオトミ', towns: ['大島', '大村', '大住', '一色', '下小田'] },
  {
    key: 'oigawa',
    nameJa: '大井川',
    nameKana: 'オオイガワ',
    towns: [
      '高新田',
      '飯淵',
      '利右衛門',
      '吉永',
      '西島',
      '上新田',
      '中島',
      '下江留',
      '相川',
      '上泉',
      '宗高',
      '藤守',
    ],
  },
];

const FALLBACK_AREA = DEMO_AREAS[DEMO_AREAS.length - 1] as DemoArea;

/** The area of a district: 焼津第6自治会 → 焼津; an unnumbered village association → 大井川. */
export function areaOfDistrict(district: Pick<DemoDistrictSource, 'associationNameJa'>): DemoArea {
  return (
    DEMO_AREAS.find(
      (area) => area !== FALLBACK_AREA && district.associationNameJa.startsWith(`${area.nameJa}第`),
    ) ?? FALLBACK_AREA
  );
}

/** The town (町名) an address in this district uses: the association's own area name when it is a town. */
export function townsOfDistrict(district: Pick<DemoDistrictSource, 'associationNameJa'>): readonly string[] {
  const area = areaOfDistrict(district);
  const village = district.associationNameJa.replace(/自治会$/, '');
  return area.towns.includes(village) ? [village] : area.towns;
}
