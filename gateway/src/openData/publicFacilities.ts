import { stringify } from 'csv-stringify/sync';
import { type Connection, type RunPublicOperation, allPages } from './operations.js';

/**
 * The columns of the 公共施設一覧 in the 2022+ 自治体標準オープンデータセット naming (STANDARDS.md), in the
 * standard's order; the facilities importer reads these names back through its alias map.
 */
export const PUBLIC_FACILITY_COLUMNS = [
  '全国地方公共団体コード',
  'ID',
  '地方公共団体名',
  '名称',
  '名称_カナ',
  '名称_英語',
  'POIコード',
  '所在地_連結表記',
  '建物名等(方書)',
  '緯度',
  '経度',
  '電話番号',
  '内線番号',
  '法人番号',
  '団体名',
  '利用可能曜日',
  '開始時間',
  '終了時間',
  '利用可能日時特記事項',
  '説明',
  'バリアフリー情報',
  'URL',
  '備考',
] as const;

const FACILITIES_PAGE = `query PublicFacilitiesExport($first: Int!, $after: String) {
  facilities(first: $first, after: $after) {
    edges { node {
      name nameJa nameKana address managingBody description phone url
      location { lat lng }
      openingHours { text }
      accessibility { notes }
      source { municipalityCode no }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface FacilityNode {
  name: string;
  nameJa: string;
  nameKana: string;
  address: string;
  managingBody: string | null;
  description: string | null;
  phone: string | null;
  url: string | null;
  location: { lat: number; lng: number };
  openingHours: { text: string } | null;
  accessibility: { notes: string[] } | null;
  source: { municipalityCode: string; no: string };
}

type Row = Record<(typeof PUBLIC_FACILITY_COLUMNS)[number], string>;

function rowOf(facility: FacilityNode, municipalityName: string): Row {
  return {
    全国地方公共団体コード: facility.source.municipalityCode,
    ID: facility.source.no,
    地方公共団体名: municipalityName,
    名称: facility.nameJa,
    名称_カナ: facility.nameKana,
    // Facility.name is the English name when the city published one, otherwise the Japanese name again.
    名称_英語: facility.name === facility.nameJa ? '' : facility.name,
    POIコード: '',
    所在地_連結表記: facility.address,
    '建物名等(方書)': '',
    緯度: String(facility.location.lat),
    経度: String(facility.location.lng),
    電話番号: facility.phone ?? '',
    内線番号: '',
    法人番号: '',
    団体名: facility.managingBody ?? '',
    利用可能曜日: '',
    開始時間: '',
    終了時間: '',
    // The published text, verbatim: it is what the hours were parsed from, so a re-import parses the same hours.
    利用可能日時特記事項: facility.openingHours?.text ?? '',
    説明: facility.description ?? '',
    バリアフリー情報: facility.accessibility?.notes.join(';') ?? '',
    URL: facility.url ?? '',
    備考: '',
  };
}

/** The facilities as a 公共施設一覧 CSV: UTF-8 with a BOM (so Excel reads it) and CRLF, as cities publish it. */
export async function publicFacilitiesCsv(
  run: RunPublicOperation,
  municipalityName: string,
): Promise<string> {
  const facilities = await allPages(
    async (page) => (await run<{ facilities: Connection<FacilityNode> }>(FACILITIES_PAGE, page)).facilities,
  );
  return stringify(
    facilities.map((facility) => rowOf(facility, municipalityName)),
    { header: true, columns: [...PUBLIC_FACILITY_COLUMNS], bom: true, record_delimiter: 'windows' },
  );
}
