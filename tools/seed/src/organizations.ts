import {
  ACTIVITY_FIELDS,
  basisOf,
  COUNCIL_SUBCOMMITTEES,
  type ActivityField,
  type OrganizationBasis,
  type OrganizationKind,
  type Subcommittee,
} from '@kyodo/domain';
import {
  areaOfDistrict,
  DEMO_AREAS,
  townsOfDistrict,
  type DemoArea,
  type DemoDistrictSource,
} from './districts.js';
import { schoolData } from './data.js';
import { stableObjectIdHex } from './ids.js';
import { createRandom, type Random } from './random.js';

/**
 * The demo world's organizations in 焼津市: one 自治会 per district (from the real 自治会区域 list), a 地域づくり協議会
 * per area grouping them with the area's community groups, and synthetic NPOs, civic groups, businesses and the real
 * public schools. Every service seeds from this list, so ids (stableObjectIdHex('organization', key)), kinds and
 * district codes agree across subgraphs without reading another service's database.
 */

export interface DemoOrganization {
  /** ObjectId hex: stableObjectIdHex('organization', key). */
  id: string;
  /** Natural key, e.g. "na:yaizu-01", "council:yaizu", "npo:001". */
  key: string;
  /** Official (Japanese) name, legal form included: "特定非営利活動法人やいづ子育て支援ネット". */
  name: string;
  /** Katakana reading without the legal form, as registers list it. */
  nameKana: string;
  kind: OrganizationKind;
  basis: OrganizationBasis;
  /** In ACTIVITY_FIELDS order, no duplicates. */
  activityFields: ActivityField[];
  districtCode: string | null;
  address: string;
  /** YYYY-MM-DD. */
  foundedOn: string;
  /** Households for an association, member organizations for a council, members, staff or pupils otherwise. */
  memberCount: number;
  /** 認定NPO法人; only NPO corporations can be certified. */
  certified: boolean;
  registeredWithSupportCenter: boolean;
  contact: { email: string; phone: string };
  /** Id of the DISTRICT_COUNCIL the organization belongs to. */
  councilId: string | null;
  /** Non-empty only for district councils. */
  subcommittees: Subcommittee[];
  active: boolean;
}

export const ORGANIZATION_ID_NAMESPACE = 'organization';

export function demoOrganizationId(key: string): string {
  return stableObjectIdHex(ORGANIZATION_ID_NAMESPACE, key);
}

type Named = { ja: string; kana: string };

const COMMUNITY_GROUP_TYPES: readonly (Named & { key: string; fields: ActivityField[] })[] = [
  { key: 'fujinkai', ja: '婦人会', kana: 'フジンカイ', fields: ['HEALTH_WELFARE', 'COMMUNITY_DEVELOPMENT'] },
  {
    key: 'kodomokai',
    ja: '子ども会育成連絡協議会',
    kana: 'コドモカイイクセイレンラクキョウギカイ',
    fields: ['CHILDREN'],
  },
  {
    key: 'rojin-club',
    ja: '老人クラブ連合会',
    kana: 'ロウジンクラブレンゴウカイ',
    fields: ['HEALTH_WELFARE', 'CULTURE_ARTS_SPORTS'],
  },
  {
    key: 'pta',
    ja: 'PTA連絡協議会',
    kana: 'ピーティーエーレンラクキョウギカイ',
    fields: ['SOCIAL_EDUCATION', 'CHILDREN'],
  },
  { key: 'shakyo', ja: '社会福祉協議会', kana: 'シャカイフクシキョウギカイ', fields: ['HEALTH_WELFARE'] },
];

const NAME_PREFIXES: readonly Named[] = [
  { ja: 'やいづ', kana: 'ヤイヅ' },
  { ja: '焼津', kana: 'ヤイヅ' },
  { ja: '駿河湾', kana: 'スルガワン' },
  { ja: '大井川', kana: 'オオイガワ' },
  { ja: 'みなと', kana: 'ミナト' },
  { ja: '黒潮', kana: 'クロシオ' },
  { ja: 'かつお', kana: 'カツオ' },
  { ja: '高草山', kana: 'タカクサヤマ' },
  { ja: '浜風', kana: 'ハマカゼ' },
  { ja: 'さくら', kana: 'サクラ' },
  { ja: 'ひまわり', kana: 'ヒマワリ' },
  { ja: 'にじいろ', kana: 'ニジイロ' },
  { ja: 'つばさ', kana: 'ツバサ' },
  { ja: '潮騒', kana: 'シオサイ' },
];

const THEMES: readonly (Named & { fields: ActivityField[] })[] = [
  { ja: '子育て支援', kana: 'コソダテシエン', fields: ['CHILDREN', 'HEALTH_WELFARE'] },
  { ja: '子ども食堂', kana: 'コドモショクドウ', fields: ['CHILDREN', 'HEALTH_WELFARE'] },
  { ja: '高齢者見守り', kana: 'コウレイシャミマモリ', fields: ['HEALTH_WELFARE', 'COMMUNITY_SAFETY'] },
  { ja: '介護予防', kana: 'カイゴヨボウ', fields: ['HEALTH_WELFARE'] },
  { ja: '障がい者就労', kana: 'ショウガイシャシュウロウ', fields: ['HEALTH_WELFARE', 'EMPLOYMENT'] },
  { ja: '防災', kana: 'ボウサイ', fields: ['DISASTER_RELIEF', 'COMMUNITY_SAFETY'] },
  { ja: '防犯パトロール', kana: 'ボウハンパトロール', fields: ['COMMUNITY_SAFETY'] },
  { ja: '海岸清掃', kana: 'カイガンセイソウ', fields: ['ENVIRONMENT'] },
  { ja: '里山保全', kana: 'サトヤマホゼン', fields: ['ENVIRONMENT', 'RURAL_DEVELOPMENT'] },
  { ja: '環境学習', kana: 'カンキョウガクシュウ', fields: ['ENVIRONMENT', 'SOCIAL_EDUCATION'] },
  { ja: 'まちづくり', kana: 'マチヅクリ', fields: ['COMMUNITY_DEVELOPMENT'] },
  { ja: '観光ガイド', kana: 'カンコウガイド', fields: ['TOURISM', 'COMMUNITY_DEVELOPMENT'] },
  { ja: '漁業体験', kana: 'ギョギョウタイケン', fields: ['RURAL_DEVELOPMENT', 'TOURISM'] },
  { ja: '国際交流', kana: 'コクサイコウリュウ', fields: ['INTERNATIONAL_COOPERATION'] },
  { ja: '日本語教室', kana: 'ニホンゴキョウシツ', fields: ['INTERNATIONAL_COOPERATION', 'SOCIAL_EDUCATION'] },
  { ja: '男女共同参画', kana: 'ダンジョキョウドウサンカク', fields: ['GENDER_EQUALITY'] },
  { ja: '人権啓発', kana: 'ジンケンケイハツ', fields: ['HUMAN_RIGHTS_PEACE'] },
  { ja: 'ICT支援', kana: 'アイシーティーシエン', fields: ['INFORMATION_SOCIETY'] },
  { ja: '科学教室', kana: 'カガクキョウシツ', fields: ['SCIENCE_TECHNOLOGY', 'CHILDREN'] },
  { ja: 'スポーツ振興', kana: 'スポーツシンコウ', fields: ['CULTURE_ARTS_SPORTS'] },
  { ja: '文化芸術', kana: 'ブンカゲイジュツ', fields: ['CULTURE_ARTS_SPORTS'] },
  { ja: '郷土史研究', kana: 'キョウドシケンキュウ', fields: ['SOCIAL_EDUCATION', 'CULTURE_ARTS_SPORTS'] },
  {
    ja: '商店街活性化',
    kana: 'ショウテンガイカッセイカ',
    fields: ['ECONOMIC_ACTIVITY', 'COMMUNITY_DEVELOPMENT'],
  },
  { ja: '就労支援', kana: 'シュウロウシエン', fields: ['EMPLOYMENT'] },
  { ja: '消費生活', kana: 'ショウヒセイカツ', fields: ['CONSUMER_PROTECTION'] },
  { ja: '市民活動サポート', kana: 'シミンカツドウサポート', fields: ['NPO_SUPPORT'] },
  { ja: '読み聞かせ', kana: 'ヨミキカセ', fields: ['CHILDREN', 'SOCIAL_EDUCATION'] },
  { ja: '食育', kana: 'ショクイク', fields: ['HEALTH_WELFARE', 'CHILDREN'] },
];

const NPO_SUFFIXES: readonly Named[] = [
  { ja: 'ネット', kana: 'ネット' },
  { ja: 'ネットワーク', kana: 'ネットワーク' },
  { ja: 'サポートセンター', kana: 'サポートセンター' },
  { ja: '協会', kana: 'キョウカイ' },
  { ja: 'プロジェクト', kana: 'プロジェクト' },
  { ja: '研究会', kana: 'ケンキュウカイ' },
];

const CIVIC_SUFFIXES: readonly Named[] = [
  { ja: 'の会', kana: 'ノカイ' },
  { ja: 'クラブ', kana: 'クラブ' },
  { ja: 'ボランティア', kana: 'ボランティア' },
  { ja: 'サークル', kana: 'サークル' },
  { ja: '応援団', kana: 'オウエンダン' },
];

const BUSINESSES: readonly (Named & { legalForm: string; fields: ActivityField[] })[] = [
  {
    legalForm: '株式会社',
    ja: '駿河湾フーズ',
    kana: 'スルガワンフーズ',
    fields: ['ECONOMIC_ACTIVITY', 'HEALTH_WELFARE'],
  },
  {
    legalForm: '株式会社',
    ja: '焼津かつお節工房',
    kana: 'ヤイヅカツオブシコウボウ',
    fields: ['ECONOMIC_ACTIVITY', 'TOURISM'],
  },
  {
    legalForm: '株式会社',
    ja: '大井川電機',
    kana: 'オオイガワデンキ',
    fields: ['ECONOMIC_ACTIVITY', 'SCIENCE_TECHNOLOGY'],
  },
  {
    legalForm: '株式会社',
    ja: 'みなと運輸',
    kana: 'ミナトウンユ',
    fields: ['ECONOMIC_ACTIVITY', 'DISASTER_RELIEF'],
  },
  {
    legalForm: '合同会社',
    ja: '焼津港水産',
    kana: 'ヤイヅコウスイサン',
    fields: ['ECONOMIC_ACTIVITY', 'RURAL_DEVELOPMENT'],
  },
  {
    legalForm: '有限会社',
    ja: '浜通り商店',
    kana: 'ハマドオリショウテン',
    fields: ['ECONOMIC_ACTIVITY', 'COMMUNITY_DEVELOPMENT'],
  },
  {
    legalForm: '株式会社',
    ja: '黒潮建設',
    kana: 'クロシオケンセツ',
    fields: ['ECONOMIC_ACTIVITY', 'DISASTER_RELIEF'],
  },
  { legalForm: '株式会社', ja: 'やいづ不動産', kana: 'ヤイヅフドウサン', fields: ['ECONOMIC_ACTIVITY'] },
  {
    legalForm: '株式会社',
    ja: '高草山観光',
    kana: 'タカクサヤマカンコウ',
    fields: ['TOURISM', 'ENVIRONMENT'],
  },
  {
    legalForm: '株式会社',
    ja: 'さくら介護サービス',
    kana: 'サクラカイゴサービス',
    fields: ['HEALTH_WELFARE', 'EMPLOYMENT'],
  },
  {
    legalForm: '株式会社',
    ja: 'つばさ印刷',
    kana: 'ツバサインサツ',
    fields: ['ECONOMIC_ACTIVITY', 'CULTURE_ARTS_SPORTS'],
  },
  {
    legalForm: '株式会社',
    ja: '焼津ITソリューションズ',
    kana: 'ヤイヅアイティーソリューションズ',
    fields: ['INFORMATION_SOCIETY', 'EMPLOYMENT'],
  },
];

const NPO_COUNT = 80;
const CIVIC_GROUP_COUNT = 70;

/**
 * All demo organizations for the given districts (Yaizu's 35 from readDistricts()), in a stable order: associations
 * in district order, councils, community groups, NPOs, civic groups, businesses, schools.
 */
export function demoOrganizations(districts: readonly DemoDistrictSource[]): DemoOrganization[] {
  const random = createRandom('kyodo-demo-organizations');
  const organizations: DemoOrganization[] = [];
  const districtsByArea = new Map<string, DemoDistrictSource[]>();
  for (const district of districts) {
    const area = areaOfDistrict(district);
    districtsByArea.set(area.key, [...(districtsByArea.get(area.key) ?? []), district]);
  }
  const councilIdOfArea = (area: DemoArea) =>
    districtsByArea.has(area.key) ? demoOrganizationId(`council:${area.key}`) : null;
  const make = (fields: Omit<DemoOrganization, 'id' | 'contact' | 'basis'>): DemoOrganization => {
    const organization: DemoOrganization = {
      id: demoOrganizationId(fields.key),
      ...fields,
      basis: basisOf(fields.kind),
      contact: {
        email: `${fields.key.replaceAll(':', '-')}@example.org`,
        // 050-0xxx numbers are not allocated in Japan, so demo data never dials a real line.
        phone: `050-0000-${String(organizations.length + 1).padStart(4, '0')}`,
      },
      activityFields: inActOrder(fields.activityFields),
    };
    organizations.push(organization);
    return organization;
  };
  const addressIn = (district: DemoDistrictSource) => demoAddress(random, townsOfDistrict(district));

  for (const district of districts) {
    make({
      key: `na:${district.code}`,
      name: district.associationNameJa,
      nameKana: district.associationNameKana,
      kind: 'NEIGHBORHOOD_ASSOCIATION',
      activityFields: ['COMMUNITY_DEVELOPMENT', 'COMMUNITY_SAFETY', 'DISASTER_RELIEF'],
      districtCode: district.code,
      address: addressIn(district),
      foundedOn: demoDate(random, 1946, 1975),
      memberCount: random.int(120, 1500),
      certified: false,
      registeredWithSupportCenter: false,
      councilId: councilIdOfArea(areaOfDistrict(district)),
      subcommittees: [],
      active: true,
    });
  }

  const areas = DEMO_AREAS.filter((area) => districtsByArea.has(area.key));
  const councils = new Map<string, DemoOrganization>();
  for (const area of areas) {
    const seat = (districtsByArea.get(area.key) as DemoDistrictSource[])[0] as DemoDistrictSource;
    councils.set(
      area.key,
      make({
        key: `council:${area.key}`,
        name: `${area.nameJa}地区地域づくり協議会`,
        nameKana: `${area.nameKana}チクチイキヅクリキョウギカイ`,
        kind: 'DISTRICT_COUNCIL',
        activityFields: [
          'COMMUNITY_DEVELOPMENT',
          'HEALTH_WELFARE',
          'COMMUNITY_SAFETY',
          'ENVIRONMENT',
          'CULTURE_ARTS_SPORTS',
        ],
        districtCode: seat.code,
        address: addressIn(seat),
        foundedOn: demoDate(random, 1998, 2012),
        memberCount: 0,
        certified: false,
        registeredWithSupportCenter: true,
        councilId: null,
        subcommittees: COUNCIL_SUBCOMMITTEES.map((subcommittee) => ({ ...subcommittee })),
        active: true,
      }),
    );
  }

  for (const area of areas) {
    const areaDistricts = districtsByArea.get(area.key) as DemoDistrictSource[];
    for (const type of COMMUNITY_GROUP_TYPES) {
      const district = random.pick(areaDistricts);
      make({
        key: `group:${area.key}:${type.key}`,
        name: `${area.nameJa}地区${type.ja}`,
        nameKana: `${area.nameKana}チク${type.kana}`,
        kind: 'COMMUNITY_GROUP',
        activityFields: type.fields,
        districtCode: district.code,
        address: addressIn(district),
        foundedOn: demoDate(random, 1950, 1990),
        memberCount: random.int(30, 400),
        certified: false,
        registeredWithSupportCenter: random.chance(0.3),
        councilId: councilIdOfArea(area),
        subcommittees: [],
        active: true,
      });
    }
  }

  const thematicNames = uniqueThematicNames(random, NPO_COUNT + CIVIC_GROUP_COUNT);
  thematicNames.forEach((name, index) => {
    const npo = index < NPO_COUNT;
    const number = String(npo ? index + 1 : index - NPO_COUNT + 1).padStart(3, '0');
    const suffix = random.pick(npo ? NPO_SUFFIXES : CIVIC_SUFFIXES);
    const district = random.pick(districts);
    const extraField = random.chance(0.4) ? [random.pick(ACTIVITY_FIELDS.slice(0, 19))] : [];
    // Some civic groups are volunteer groups inside their area's council, as in 住区住民会議.
    const joinsCouncil = !npo && random.chance(0.2);
    make({
      key: `${npo ? 'npo' : 'civic'}:${number}`,
      name: `${npo ? '特定非営利活動法人' : ''}${name.prefix.ja}${name.theme.ja}${suffix.ja}`,
      nameKana: `${name.prefix.kana}${name.theme.kana}${suffix.kana}`,
      kind: npo ? 'NPO_CORPORATION' : 'CIVIC_GROUP',
      activityFields: [...name.theme.fields, ...extraField],
      districtCode: district.code,
      address: addressIn(district),
      foundedOn: npo ? demoDate(random, 1999, 2023) : demoDate(random, 1985, 2024),
      memberCount: npo ? random.int(10, 150) : random.int(5, 80),
      certified: npo && random.chance(0.15),
      registeredWithSupportCenter: random.chance(npo ? 0.6 : 0.85),
      councilId: joinsCouncil ? councilIdOfArea(areaOfDistrict(district)) : null,
      subcommittees: [],
      active: npo || random.chance(0.93),
    });
  });

  BUSINESSES.forEach((business, index) => {
    const district = random.pick(districts);
    make({
      key: `business:${String(index + 1).padStart(2, '0')}`,
      name: `${business.legalForm}${business.ja}`,
      nameKana: business.kana,
      kind: 'BUSINESS',
      activityFields: business.fields,
      districtCode: district.code,
      address: addressIn(district),
      foundedOn: demoDate(random, 1950, 2015),
      memberCount: random.int(5, 250),
      certified: false,
      registeredWithSupportCenter: random.chance(0.3),
      councilId: null,
      subcommittees: [],
      active: true,
    });
  });

  for (const school of schoolData()) {
    const areaDistricts = districtsByArea.get(school.area);
    if (areaDistricts === undefined) continue;
    const district = random.pick(areaDistricts);
    make({
      key: `school:${school.key}`,
      name: school.name,
      nameKana: school.nameKana,
      kind: 'EDUCATIONAL_INSTITUTION',
      activityFields: ['SOCIAL_EDUCATION', 'CHILDREN'],
      districtCode: district.code,
      address: addressIn(district),
      foundedOn: demoDate(random, 1947, 1965),
      memberCount: random.int(school.pupils.min, school.pupils.max),
      certified: false,
      registeredWithSupportCenter: false,
      councilId: null,
      subcommittees: [],
      active: true,
    });
  }

  for (const council of councils.values()) {
    council.memberCount = organizations.filter(
      (organization) => organization.councilId === council.id,
    ).length;
  }
  return organizations;
}

function uniqueThematicNames(random: Random, count: number) {
  const pairs = NAME_PREFIXES.flatMap((prefix) => THEMES.map((theme) => ({ prefix, theme })));
  return random.sample(pairs, count);
}

function inActOrder(fields: readonly ActivityField[]): ActivityField[] {
  return ACTIVITY_FIELDS.filter((field) => fields.includes(field));
}

function demoDate(random: Random, fromYear: number, toYear: number): string {
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  return `${random.int(fromYear, toYear)}-${month}-${day}`;
}

/** A street address in Yaizu in the usual 町名 + 番地 form, e.g. 静岡県焼津市本町2-16-3. */
function demoAddress(random: Random, towns: readonly string[]): string {
  return `静岡県焼津市${random.pick(towns)}${random.int(1, 6)}-${random.int(1, 30)}-${random.int(1, 20)}`;
}
