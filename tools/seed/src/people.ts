import { ACTIVITY_FIELDS, type ActivityField, type PersonRole } from '@kyodo/domain';
import { stableObjectIdHex } from './ids.js';
import type { DemoOrganization } from './organizations.js';
import { createRandom } from './random.js';

/** One entry of the demo talent register (人材バンク). Entirely fictional people. */
export interface DemoPerson {
  id: string;
  name: string;
  nameKana: string;
  roles: PersonRole[];
  skills: string[];
  activityFields: ActivityField[];
  districtCode: string | null;
  organizationIds: string[];
  email: string;
  phone: string;
  /** The day the person consented to be listed: within the first demo fiscal year, so always in the past. */
  consentedOn: string;
}

const FAMILY_NAMES: readonly [string, string][] = [
  ['望月', 'モチヅキ'],
  ['鈴木', 'スズキ'],
  ['杉山', 'スギヤマ'],
  ['山本', 'ヤマモト'],
  ['渡辺', 'ワタナベ'],
  ['松永', 'マツナガ'],
  ['増田', 'マスダ'],
  ['大石', 'オオイシ'],
  ['池谷', 'イケヤ'],
  ['村松', 'ムラマツ'],
  ['青島', 'アオシマ'],
  ['藁科', 'ワラシナ'],
];

const GIVEN_NAMES: readonly [string, string][] = [
  ['健一', 'ケンイチ'],
  ['美咲', 'ミサキ'],
  ['浩二', 'コウジ'],
  ['由美子', 'ユミコ'],
  ['大輔', 'ダイスケ'],
  ['陽子', 'ヨウコ'],
  ['誠', 'マコト'],
  ['恵', 'メグミ'],
  ['翔太', 'ショウタ'],
  ['智子', 'トモコ'],
];

const SKILLS = [
  '防災士',
  'ファシリテーション',
  '会計・経理',
  '広報・デザイン',
  'ウェブサイト制作',
  '助成金申請',
  '手話',
  '英語通訳',
  'ポルトガル語通訳',
  '介護福祉士',
  '保育士',
  '救命講習指導',
  '地域史',
  'スポーツ指導',
] as const;

const ROLE_SETS: readonly PersonRole[][] = [
  ['LEADER'],
  ['COORDINATOR'],
  ['ADVISOR'],
  ['LEADER', 'COORDINATOR'],
];

/**
 * About forty people of the talent register: 地域づくりリーダー, コーディネーター and アドバイザー with skills, each
 * active in one to three of the demo organizations. Deterministic, so tests can rely on it.
 */
export function demoPeople(
  organizations: readonly DemoOrganization[],
  firstFiscalYear: number,
  count = 40,
): DemoPerson[] {
  const random = createRandom('kyodo-demo-people');
  const active = organizations.filter((organization) => organization.active);
  const pairs = FAMILY_NAMES.flatMap((family) => GIVEN_NAMES.map((given) => [family, given] as const));
  return random.sample(pairs, count).map(([family, given], index) => {
    const key = `person:${String(index + 1).padStart(3, '0')}`;
    const memberships = random.sample(active, random.int(1, 3));
    const fields = new Set(memberships.flatMap((organization) => organization.activityFields));
    return {
      id: stableObjectIdHex('person', key),
      name: `${family[0]} ${given[0]}`,
      nameKana: `${family[1]} ${given[1]}`,
      roles: [...random.pick(ROLE_SETS)],
      skills: random.sample(SKILLS, random.int(1, 3)),
      activityFields: ACTIVITY_FIELDS.filter((field) => fields.has(field)),
      districtCode: (memberships[0] as DemoOrganization).districtCode,
      organizationIds: memberships.map((organization) => organization.id),
      email: `${key.replace(':', '-')}@example.org`,
      // 050-0xxx numbers are not allocated in Japan, as in the organizations' demo contacts.
      phone: `050-0001-${String(index + 1).padStart(4, '0')}`,
      // A register drive in the first demo year's spring: 1 April plus a few days per entry (no random draw, so the
      // rest of the demo world is unchanged).
      consentedOn: new Date(Date.UTC(firstFiscalYear, 3, 1 + index * 3)).toISOString().slice(0, 10),
    };
  });
}
