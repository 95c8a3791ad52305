import { FACILITY_KINDS, type FacilityKind } from '@kyodo/domain';

export { FACILITY_KINDS, type FacilityKind };

export interface ClassificationRule {
  id: string;
  /** Which column the pattern is tested on. */
  field: 'name' | 'managingBody';
  pattern: RegExp;
  kind: FacilityKind;
  /** Whether residents can book rooms there. */
  bookable: boolean;
}

/**
 * Ordered: the first matching rule wins. Things residents cannot book come first, so that
 * `避難地倉庫（大富小学校）` is storage and not a school, and `小川港艇庫（焼津中学校）` is a boat shed.
 * Names are tested before the managing department (団体名), which only decides when the name says nothing.
 */
export const CLASSIFICATION_RULES: readonly ClassificationRule[] = [
  { id: 'parking', field: 'name', pattern: /駐車場|駐輪場/, kind: 'OTHER', bookable: false },
  { id: 'storage', field: 'name', pattern: /車庫|倉庫|格納庫|艇庫|保管庫/, kind: 'OTHER', bookable: false },
  { id: 'fire-brigade', field: 'name', pattern: /消防団|詰所|消防署/, kind: 'OTHER', bookable: false },
  { id: 'toilet', field: 'name', pattern: /トイレ/, kind: 'OTHER', bookable: false },
  { id: 'housing', field: 'name', pattern: /団地|住宅/, kind: 'OTHER', bookable: false },
  { id: 'school-lunch', field: 'name', pattern: /給食センター/, kind: 'OTHER', bookable: false },
  {
    id: 'childcare',
    field: 'name',
    pattern: /保育園|幼稚園|児童クラブ|学童保育/,
    kind: 'OTHER',
    bookable: false,
  },
  {
    id: 'exchange-center',
    field: 'name',
    pattern: /地域交流センター/,
    kind: 'COMMUNITY_EXCHANGE_CENTER',
    bookable: true,
  },
  { id: 'civic-hall', field: 'name', pattern: /公民館|市民館/, kind: 'CIVIC_HALL', bookable: true },
  { id: 'district-hall', field: 'name', pattern: /公会堂/, kind: 'DISTRICT_HALL', bookable: true },
  {
    id: 'community-center',
    field: 'name',
    pattern: /コミュニティ(防災)?センター/,
    kind: 'COMMUNITY_CENTER',
    bookable: true,
  },
  { id: 'school', field: 'name', pattern: /学校/, kind: 'SCHOOL_FACILITY', bookable: true },
  {
    id: 'sports',
    field: 'name',
    pattern: /体育館|グラウンド|プール|テニス場|競技場|野球場|スポーツ広場|運動公園|相撲場/,
    kind: 'SPORTS_FACILITY',
    bookable: true,
  },
  { id: 'library', field: 'name', pattern: /図書館/, kind: 'LIBRARY', bookable: true },
  {
    id: 'meeting',
    field: 'name',
    pattern: /集会所|集会場|会館|学習等供用施設|集落センター|研修センター/,
    kind: 'MEETING_FACILITY',
    bookable: true,
  },
  {
    id: 'civic-activity',
    field: 'name',
    pattern: /市民活動|協働センター/,
    kind: 'CIVIC_ACTIVITY_CENTER',
    bookable: true,
  },
  {
    id: 'children',
    field: 'name',
    pattern: /児童館|児童センター|こども|子ども文化/,
    kind: 'CHILDREN_CULTURE_CENTER',
    bookable: true,
  },
  {
    id: 'sports-department',
    field: 'managingBody',
    pattern: /スポーツ課/,
    kind: 'SPORTS_FACILITY',
    bookable: true,
  },
  { id: 'library-department', field: 'managingBody', pattern: /図書課/, kind: 'LIBRARY', bookable: true },
  {
    id: 'child-support-department',
    field: 'managingBody',
    pattern: /子育て支援課/,
    kind: 'CHILDREN_CULTURE_CENTER',
    bookable: true,
  },
];

export interface Classification {
  kind: FacilityKind;
  bookable: boolean;
  /** The id of the rule that matched, or null when none did. */
  rule: string | null;
  reason: string;
}

export function classifyFacility(name: string, managingBody: string | null): Classification {
  const values = { name: name.normalize('NFKC'), managingBody: managingBody?.normalize('NFKC') ?? '' };
  for (const rule of CLASSIFICATION_RULES) {
    const match = rule.pattern.exec(values[rule.field]);
    if (match) {
      const column = rule.field === 'name' ? '名称' : '団体名';
      return {
        kind: rule.kind,
        bookable: rule.bookable,
        rule: rule.id,
        reason: `${column} contains "${match[0]}"`,
      };
    }
  }
  return {
    kind: 'OTHER',
    bookable: false,
    rule: null,
    reason: `no rule matches 名称 "${name}" or 団体名 "${managingBody ?? ''}"`,
  };
}
