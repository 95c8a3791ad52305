/**
 * The synthetic side of the demo facilities: what no city publishes (rooms, year built, barrier-free details,
 * designated managers), added to each real row the 公共施設一覧 importer reads (see facilities.ts).
 */
import { stableObjectIdHex } from '../ids.js';
import { createRandom } from '../random.js';

export interface DemoFacilitySource {
  /** `${municipalityCode}:${normalisedNo}`, the facility's identity in the 公共施設一覧. */
  key: string;
  name: string;
  kind: string;
  bookable: boolean;
  districtCode: string | null;
}

export interface DemoOrganizationRef {
  id: string;
  kind: string;
  districtCode: string | null;
}

export interface DemoRoom {
  id: string;
  facilityId: string;
  name: string;
  capacity: number;
  equipment: string[];
  /** Yen per hour. */
  hourlyFee: number;
}

export interface DemoAccessibility {
  stepFree: boolean;
  elevator: boolean;
  accessibleToilet: boolean;
  notes: string[];
}

export interface DemoFacilityDetails {
  builtYear: number | null;
  disasterBase: boolean;
  /** Synthetic when the source publishes no バリアフリー情報 for a bookable facility; null otherwise. */
  accessibility: DemoAccessibility | null;
  /** The designated manager (指定管理者), or null when the city runs the facility itself. */
  operatorId: string | null;
  rooms: DemoRoom[];
}

export const DEMO_ACCESSIBILITY_NOTE = 'デモ用の合成値（焼津市の公開データにバリアフリー情報の記載なし）';

export function demoFacilityId(key: string): string {
  return stableObjectIdHex('facility', key);
}

interface RoomTemplate {
  name: string;
  capacity: [number, number];
  equipment: readonly string[];
  fee: [number, number];
}

/** Typical rooms of each kind of facility, after the room lists Japanese municipalities publish. */
const ROOM_TEMPLATES: Readonly<Record<string, readonly RoomTemplate[]>> = {
  COMMUNITY_EXCHANGE_CENTER: [
    {
      name: '大会議室',
      capacity: [48, 72],
      equipment: ['プロジェクター', 'マイク', '長机'],
      fee: [800, 1200],
    },
    { name: '和室', capacity: [16, 24], equipment: ['座卓'], fee: [300, 500] },
    { name: '調理実習室', capacity: [20, 28], equipment: ['調理台', '流し台'], fee: [500, 800] },
    { name: '多目的室', capacity: [30, 45], equipment: ['ホワイトボード', 'ピアノ'], fee: [500, 900] },
  ],
  CIVIC_HALL: [
    { name: '講堂', capacity: [100, 150], equipment: ['ステージ', 'マイク'], fee: [1500, 2500] },
    { name: '会議室', capacity: [24, 36], equipment: ['ホワイトボード'], fee: [400, 700] },
  ],
  COMMUNITY_CENTER: [
    { name: '集会室', capacity: [30, 50], equipment: ['長机', 'ホワイトボード'], fee: [300, 600] },
    { name: '和室', capacity: [12, 20], equipment: ['座卓'], fee: [200, 400] },
  ],
  DISTRICT_HALL: [{ name: 'ホール', capacity: [40, 60], equipment: ['長机', 'マイク'], fee: [300, 600] }],
  MEETING_FACILITY: [
    { name: '会議室', capacity: [24, 40], equipment: ['長机', 'ホワイトボード'], fee: [300, 700] },
    { name: '和室', capacity: [12, 20], equipment: ['座卓'], fee: [200, 400] },
  ],
  CIVIC_ACTIVITY_CENTER: [
    { name: '交流スペース', capacity: [20, 40], equipment: ['印刷機', 'Wi-Fi'], fee: [0, 0] },
    { name: '会議室', capacity: [12, 24], equipment: ['プロジェクター'], fee: [200, 400] },
  ],
  SCHOOL_FACILITY: [
    {
      name: '体育館',
      capacity: [80, 150],
      equipment: ['バスケットゴール', 'バレーボール支柱'],
      fee: [500, 800],
    },
    { name: '多目的教室', capacity: [30, 40], equipment: ['黒板', '机'], fee: [200, 400] },
  ],
  SPORTS_FACILITY: [
    { name: 'メインフィールド', capacity: [100, 300], equipment: ['更衣室', 'シャワー'], fee: [1000, 3000] },
  ],
  LIBRARY: [
    { name: '視聴覚室', capacity: [40, 60], equipment: ['プロジェクター', 'スクリーン'], fee: [500, 800] },
    { name: 'グループ学習室', capacity: [8, 12], equipment: ['ホワイトボード'], fee: [0, 0] },
  ],
  CHILDREN_CULTURE_CENTER: [
    { name: '遊戯室', capacity: [30, 50], equipment: ['マット', '遊具'], fee: [0, 0] },
    { name: '工作室', capacity: [16, 24], equipment: ['作業台', '流し台'], fee: [0, 300] },
  ],
};

/** Kinds whose designated manager (指定管理者) is a local organization, and which organization kind runs them. */
const OPERATOR_KINDS: Readonly<Record<string, readonly string[]>> = {
  COMMUNITY_EXCHANGE_CENTER: ['DISTRICT_COUNCIL', 'NEIGHBORHOOD_ASSOCIATION'],
  COMMUNITY_CENTER: ['NEIGHBORHOOD_ASSOCIATION'],
  DISTRICT_HALL: ['NEIGHBORHOOD_ASSOCIATION'],
  MEETING_FACILITY: ['NEIGHBORHOOD_ASSOCIATION'],
  CIVIC_ACTIVITY_CENTER: ['NPO_CORPORATION'],
  SPORTS_FACILITY: ['BUSINESS'],
};

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** The demo rooms of a bookable facility; none for facilities residents cannot book. */
export function demoRooms(facility: DemoFacilitySource): DemoRoom[] {
  if (!facility.bookable) return [];
  const random = createRandom(`rooms:${facility.key}`);
  const facilityId = demoFacilityId(facility.key);
  return (ROOM_TEMPLATES[facility.kind] ?? []).map((template, index) => ({
    id: stableObjectIdHex('room', `${facility.key}:${index}`),
    facilityId,
    name: template.name,
    capacity: random.int(template.capacity[0], template.capacity[1]),
    equipment: [...template.equipment],
    hourlyFee: roundTo(random.int(template.fee[0], template.fee[1]), 100),
  }));
}

/**
 * Year built, disaster-base flag, barrier-free details and designated manager of one facility. Deterministic per
 * facility key. A local organization manages a facility when its kind is locally run (see OPERATOR_KINDS): the
 * district's organization of that kind when there is one, otherwise one of the city (for BUSINESS / NPO).
 */
export function demoFacilityDetails(
  facility: DemoFacilitySource,
  organizations: readonly DemoOrganizationRef[],
): DemoFacilityDetails {
  const random = createRandom(`facility:${facility.key}`);
  // A third of Meguro's buildings date from 1955-1974; the demo spreads bookable ones over 1960-2015.
  const builtYear = facility.bookable ? random.int(1960, 2015) : null;
  const disasterBase =
    /防災センター/.test(facility.name) ||
    facility.kind === 'COMMUNITY_EXCHANGE_CENTER' ||
    facility.kind === 'SCHOOL_FACILITY';
  let accessibility: DemoAccessibility | null = null;
  if (facility.bookable && builtYear !== null) {
    // Buildings after the 1994 Heart Building Act are taken as barrier-free; older ones were partly retrofitted.
    const modern = builtYear >= 1994;
    const stepFree = modern || random.chance(0.4);
    const elevator = modern && random.chance(0.6);
    const accessibleToilet = modern || random.chance(0.3);
    // Written as バリアフリー情報 items the importer reads back, so the flags follow from the notes as with a real
    // list, and an exported 公共施設一覧 re-imports to the same facility.
    accessibility = {
      stepFree,
      elevator,
      accessibleToilet,
      notes: [
        ...(stepFree ? ['出入口段差なし'] : []),
        ...(elevator ? ['エレベーター'] : []),
        ...(accessibleToilet ? ['多目的トイレ'] : []),
        DEMO_ACCESSIBILITY_NOTE,
      ],
    };
  }
  let operatorId: string | null = null;
  for (const kind of OPERATOR_KINDS[facility.kind] ?? []) {
    const candidates = organizations.filter((organization) => organization.kind === kind);
    const local = candidates.filter((organization) => organization.districtCode === facility.districtCode);
    const territorial = kind === 'NEIGHBORHOOD_ASSOCIATION' || kind === 'DISTRICT_COUNCIL';
    const pool = territorial ? local : local.length > 0 ? local : candidates;
    if (pool.length > 0) {
      operatorId = random.pick([...pool].sort((a, b) => a.id.localeCompare(b.id))).id;
      break;
    }
  }
  return { builtYear, disasterBase, accessibility, operatorId, rooms: demoRooms(facility) };
}
