import { parse } from 'csv-parse/sync';
import type { OpeningHoursRecord } from '@kyodo/domain';
import { parseAccessibility, type Accessibility } from './accessibility.js';
import { classifyFacility, type FacilityKind } from './classify.js';
import { decodeCsvBuffer, type CsvEncoding } from './encoding.js';
import { mapHeader, type FacilityField } from './header.js';
import { parseHoursColumns, parseOpeningHours } from './hours.js';
import { facilityKey, normaliseFacilityNo } from './identity.js';

export type { OpeningHoursRecord };

/** One valid row of a 公共施設一覧 file. */
export interface FacilityRecord {
  /** Line of the row in the file (the header is line 1). */
  line: number;
  /** `${municipalityCode}:${normalisedNo}`: the identity of the facility across files. */
  key: string;
  municipalityCode: string;
  /** NO as written, leading zeros kept. */
  no: string;
  /** NO without leading zeros: '0000010947' and '10947' are the same facility. */
  normalisedNo: string;
  prefecture: string | null;
  municipality: string | null;
  name: string;
  nameKana: string;
  nameAlias: string | null;
  nameEn: string | null;
  poiCode: string | null;
  address: string;
  addressDetail: string | null;
  location: { lat: number; lng: number };
  phone: string | null;
  extension: string | null;
  corporateNumber: string | null;
  /** 団体名: the managing department or body. */
  managingBody: string | null;
  openingHours: OpeningHoursRecord | null;
  accessibility: Accessibility | null;
  description: string | null;
  url: string | null;
  remarks: string | null;
  access: string | null;
  parking: string | null;
  feeRequired: string | null;
  feeBasic: string | null;
  feeDetail: string | null;
  kind: FacilityKind;
  bookable: boolean;
  classification: { rule: string | null; reason: string };
}

export interface RejectedRow {
  line: number;
  no: string | null;
  name: string | null;
  reasons: string[];
}

export interface DuplicateRow {
  key: string;
  /** The line that was replaced and the line that replaced it (later wins). */
  replacedLine: number;
  line: number;
}

export interface FacilityFileImport {
  encoding: CsvEncoding;
  headerVersion: 'v1' | '2022';
  /** Header cells that belong to neither standard; ignored. */
  unknownColumns: string[];
  /** Data rows read (empty lines are skipped). */
  rowCount: number;
  /** Valid rows, one per facility (a NO repeated within the file: the later row wins), in order of first appearance. */
  facilities: FacilityRecord[];
  rejected: RejectedRow[];
  duplicates: DuplicateRow[];
}

export interface ParseFacilityOptions {
  /** Used for rows whose code column is empty (some cities leave it blank). */
  municipalityCode?: string;
}

/** A file that cannot be read at all (bad CSV quoting, a header without the required columns). */
export class FacilityFileError extends Error {}

const MUNICIPALITY_CODE = /^\d{6}$/;

function cell(
  row: readonly string[],
  columns: Partial<Record<FacilityField, number>>,
  field: FacilityField,
): string {
  const index = columns[field];
  return index === undefined ? '' : (row[index] ?? '').trim();
}

function coordinate(text: string, label: string, min: number, max: number, reasons: string[]): number | null {
  const normalised = text.normalize('NFKC').trim();
  if (normalised === '') {
    reasons.push(`${label} is missing`);
    return null;
  }
  const value = Number(normalised);
  if (!/^[+-]?\d+(\.\d+)?$/.test(normalised) || !Number.isFinite(value)) {
    reasons.push(`${label} "${text}" is not a decimal number`);
    return null;
  }
  if (value < min || value > max) {
    reasons.push(`${label} ${value} is outside ${min}..${max}`);
    return null;
  }
  return value;
}

function openingHoursOf(get: (field: FacilityField) => string): OpeningHoursRecord | null {
  const text = get('hoursText');
  if (text !== '') {
    const result = parseOpeningHours(text);
    return { text, parsed: result.parsed, unparsedReason: result.unparsedReason };
  }
  const start = get('startTime');
  const end = get('endTime');
  if (start === '' && end === '') return null;
  const days = get('availableDays');
  const result = parseHoursColumns(days, start, end);
  return {
    text: `${days}${days ? ' ' : ''}${start}～${end}`,
    parsed: result.parsed,
    unparsedReason: result.unparsedReason,
  };
}

function orNull(value: string): string | null {
  return value === '' ? null : value;
}

/**
 * Reads one 公共施設一覧 file: decodes it, maps either header version, validates each row and classifies it.
 * Pure: nothing is written anywhere. Rows that fail validation are returned in `rejected` with their line.
 */
export function parseFacilityFile(buffer: Buffer, options: ParseFacilityOptions = {}): FacilityFileImport {
  const { text, encoding } = decodeCsvBuffer(buffer);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse types the result as any; with `info: true` each row is { record, info }.
    rows = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as typeof rows;
  } catch (error) {
    throw new FacilityFileError(`not a readable CSV file: ${(error as Error).message}`);
  }
  const [header, ...data] = rows;
  if (!header) throw new FacilityFileError('the file is empty');
  let mapping: ReturnType<typeof mapHeader>;
  try {
    mapping = mapHeader(header.record);
  } catch (error) {
    throw new FacilityFileError((error as Error).message);
  }
  const { columns } = mapping;

  const byKey = new Map<string, FacilityRecord>();
  const rejected: RejectedRow[] = [];
  const duplicates: DuplicateRow[] = [];
  for (const { record: row, info } of data) {
    const line = info.lines;
    const get = (field: FacilityField) => cell(row, columns, field);
    const reasons: string[] = [];
    if (row.length !== header.record.length) {
      reasons.push(`has ${row.length} columns, the header has ${header.record.length}`);
    }
    const no = get('no');
    const name = get('name');
    const nameKana = get('nameKana');
    const address = get('address');
    if (no === '') reasons.push('NO is missing');
    if (name === '') reasons.push('名称 is missing');
    if (nameKana === '') reasons.push('名称_カナ is missing');
    if (address === '') reasons.push('住所 is missing');
    const code = (get('municipalityCode') || options.municipalityCode || '').normalize('NFKC');
    if (code === '') reasons.push('地方公共団体コード is missing (give --municipality-code)');
    else if (!MUNICIPALITY_CODE.test(code))
      reasons.push(`地方公共団体コード "${code}" is not a 6-digit code`);
    const lat = coordinate(get('lat'), '緯度', -90, 90, reasons);
    const lng = coordinate(get('lng'), '経度', -180, 180, reasons);
    const normalisedNo = no === '' ? '' : normaliseFacilityNo(no);
    if (no !== '' && normalisedNo === '') reasons.push(`NO "${no}" is not an identifier`);
    if (reasons.length > 0 || lat === null || lng === null) {
      rejected.push({ line, no: orNull(no), name: orNull(name), reasons });
      continue;
    }

    const managingBody = orNull(get('managingBody'));
    const classification = classifyFacility(name, managingBody);
    const record: FacilityRecord = {
      line,
      key: facilityKey(code, normalisedNo),
      municipalityCode: code,
      no,
      normalisedNo,
      prefecture: orNull(get('prefecture')),
      municipality: orNull(get('municipality')),
      name,
      nameKana,
      nameAlias: orNull(get('nameAlias')),
      nameEn: orNull(get('nameEn')),
      poiCode: orNull(get('poiCode')),
      address,
      addressDetail: orNull(get('addressDetail')),
      location: { lat, lng },
      phone: orNull(get('phone')),
      extension: orNull(get('extension')),
      corporateNumber: orNull(get('corporateNumber')),
      managingBody,
      openingHours: openingHoursOf(get),
      accessibility: parseAccessibility(get('accessibility')),
      description: orNull(get('description')),
      url: orNull(get('url')),
      remarks: orNull(get('remarks')),
      access: orNull(get('access')),
      parking: orNull(get('parking')),
      feeRequired: orNull(get('feeRequired')),
      feeBasic: orNull(get('feeBasic')),
      feeDetail: orNull(get('feeDetail')),
      kind: classification.kind,
      bookable: classification.bookable,
      classification: { rule: classification.rule, reason: classification.reason },
    };
    const previous = byKey.get(record.key);
    // The later row wins and keeps the first row's position in file order.
    if (previous) duplicates.push({ key: record.key, replacedLine: previous.line, line });
    byKey.set(record.key, record);
  }
  return {
    encoding,
    headerVersion: mapping.version,
    unknownColumns: mapping.unknown,
    rowCount: data.length,
    facilities: [...byKey.values()],
    rejected,
    duplicates,
  };
}
