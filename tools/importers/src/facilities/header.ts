/** Canonical fields of a 公共施設一覧 row, named after the version 1 header. */
export type FacilityField =
  | 'municipalityCode'
  | 'no'
  | 'prefecture'
  | 'municipality'
  | 'name'
  | 'nameKana'
  | 'nameAlias'
  | 'nameEn'
  | 'poiCode'
  | 'address'
  | 'addressDetail'
  | 'lat'
  | 'lng'
  | 'phone'
  | 'extension'
  | 'corporateNumber'
  | 'managingBody'
  | 'availableDays'
  | 'startTime'
  | 'endTime'
  | 'hoursText'
  | 'description'
  | 'accessibility'
  | 'url'
  | 'remarks'
  | 'access'
  | 'parking'
  | 'feeRequired'
  | 'feeBasic'
  | 'feeDetail';

/**
 * Header names of the version 1 recommended dataset and of the 2022+ 自治体標準オープンデータセット, mapped to one
 * field each. Both sets are accepted so that a city's older and newer files import the same way.
 */
export const HEADER_ALIASES: Readonly<Record<string, FacilityField>> = {
  都道府県コード又は市区町村コード: 'municipalityCode',
  全国地方公共団体コード: 'municipalityCode',
  NO: 'no',
  ID: 'no',
  都道府県名: 'prefecture',
  市区町村名: 'municipality',
  地方公共団体名: 'municipality',
  名称: 'name',
  名称_カナ: 'nameKana',
  名称_通称: 'nameAlias',
  名称_英語: 'nameEn',
  POIコード: 'poiCode',
  住所: 'address',
  所在地_連結表記: 'address',
  方書: 'addressDetail',
  '建物名等(方書)': 'addressDetail',
  緯度: 'lat',
  経度: 'lng',
  電話番号: 'phone',
  内線番号: 'extension',
  法人番号: 'corporateNumber',
  団体名: 'managingBody',
  利用可能曜日: 'availableDays',
  開始時間: 'startTime',
  終了時間: 'endTime',
  利用可能日時特記事項: 'hoursText',
  説明: 'description',
  バリアフリー情報: 'accessibility',
  URL: 'url',
  備考: 'remarks',
  アクセス方法: 'access',
  駐車場_有無: 'parking',
  料金_要否: 'feeRequired',
  '料金(基本)': 'feeBasic',
  '料金(詳細)': 'feeDetail',
};

/** Fields without which a file cannot be imported at all (as opposed to a row being rejected). */
const REQUIRED_COLUMNS: readonly FacilityField[] = ['no', 'name', 'nameKana', 'address', 'lat', 'lng'];

export interface HeaderMapping {
  /** Column index of each recognised field. */
  columns: Partial<Record<FacilityField, number>>;
  /** Header cells that are not part of either standard; they are ignored and listed in the report. */
  unknown: string[];
  /** 'v1' when the version 1 names for code/NO/address are used, '2022' for the 自治体標準 names. */
  version: 'v1' | '2022';
}

export class HeaderError extends Error {}

/** Full-width parentheses and surrounding spaces vary between publishers: compare headers in NFKC. */
function normaliseHeader(cell: string): string {
  return cell.normalize('NFKC').replace(/\s+/g, '');
}

const NORMALISED_ALIASES = new Map(
  Object.entries(HEADER_ALIASES).map(([header, field]) => [normaliseHeader(header), field] as const),
);

export function mapHeader(header: readonly string[]): HeaderMapping {
  const columns: Partial<Record<FacilityField, number>> = {};
  const unknown: string[] = [];
  header.forEach((cell, index) => {
    const field = NORMALISED_ALIASES.get(normaliseHeader(cell));
    if (!field) {
      if (cell.trim() !== '') unknown.push(cell);
      return;
    }
    if (columns[field] !== undefined) throw new HeaderError(`column "${cell}" appears twice in the header`);
    columns[field] = index;
  });
  const missing = REQUIRED_COLUMNS.filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    const names = missing.map((field) =>
      Object.keys(HEADER_ALIASES).find((h) => HEADER_ALIASES[h] === field),
    );
    throw new HeaderError(`header lacks required columns: ${names.join(', ')}`);
  }
  const headerSet = new Set(header.map(normaliseHeader));
  const version = ['全国地方公共団体コード', 'ID', '所在地_連結表記'].some((h) => headerSet.has(h))
    ? '2022'
    : 'v1';
  return { columns, unknown, version };
}
