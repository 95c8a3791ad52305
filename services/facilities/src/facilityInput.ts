import { normaliseFacilityNo, tokyoYear } from '@kyodo/domain';
import {
  badUserInput,
  optionalText,
  parseObjectId,
  requireEntityExists,
  requireFiniteNumber,
  requireInteger,
  requireKatakana,
  requireText,
  type EntityDirectory,
} from '@kyodo/service-kit';
import type { Types } from 'mongoose';
import type { AccessibilityInput, FacilitySourceInput, GeoPointInput } from './generated/graphql.js';
import { requireItems } from './openingHoursInput.js';

/**
 * The checks of the facility fields staff write (createFacility, updateFacility): each returns the stored value or
 * throws BAD_USER_INPUT naming the argument. Names are stored as written (NFC; search keys fold them), as the
 * importer stores the published names.
 */

export const NAME = { max: 200 } as const;
export const ADDRESS = { max: 500 } as const;
const DESCRIPTION = { max: 2000 } as const;

const MUNICIPALITY_CODE = /^\d{6}$/;
const PHONE = /^\+?[0-9][0-9-]{5,19}$/;
const DISTRICT_CODE = /^[0-9A-Za-z_-]{1,40}$/;
/** The earliest year a building in the register can date from (the Meiji era, as the registers' dates). */
const EARLIEST_BUILT_YEAR = 1868;

function invalid(argumentName: string, message: string) {
  return badUserInput(`Argument "${argumentName}" ${message}`, { argumentName });
}

export function checkSource(input: FacilitySourceInput, argumentName: string) {
  const municipalityCode = input.municipalityCode.normalize('NFKC').trim();
  if (!MUNICIPALITY_CODE.test(municipalityCode)) {
    throw invalid(`${argumentName}.municipalityCode`, 'must be a six-digit local government code');
  }
  const no = requireText(input.no, `${argumentName}.no`, { max: 20, normalization: 'NFKC' });
  const normalisedNo = normaliseFacilityNo(no);
  if (normalisedNo === '') throw invalid(`${argumentName}.no`, 'must be digits, letters, - or _');
  return { municipalityCode, no, normalisedNo };
}

export function checkNameKana(value: string, argumentName: string): string {
  return requireKatakana(value, argumentName, NAME.max);
}

/** GeoJSON [lng, lat], for the 2dsphere index. */
export function checkLocation(input: GeoPointInput, argumentName: string) {
  const lat = requireFiniteNumber(input.lat, `${argumentName}.lat`, -90, 90);
  const lng = requireFiniteNumber(input.lng, `${argumentName}.lng`, -180, 180);
  return { type: 'Point' as const, coordinates: [lng, lat] };
}

export function checkDistrictCode(value: string | null | undefined, argumentName: string): string | null {
  if (value === null || value === undefined) return null;
  if (!DISTRICT_CODE.test(value)) throw invalid(argumentName, 'is not a district code');
  return value;
}

export function checkAccessibility(input: AccessibilityInput | null, argumentName: string) {
  if (input === null) return null;
  return {
    stepFree: input.stepFree,
    elevator: input.elevator,
    accessibleToilet: input.accessibleToilet,
    notes: requireItems(input.notes, `${argumentName}.notes`),
  };
}

/** An existing organization (asked of the organizations subgraph), or null: the city runs the facility itself. */
export async function checkOperator(
  value: string | null | undefined,
  argumentName: string,
  entities: EntityDirectory,
): Promise<Types.ObjectId | null> {
  if (value === null || value === undefined) return null;
  const id = parseObjectId(value, argumentName);
  await requireEntityExists(entities, 'organizations', 'Organization', id.toHexString(), argumentName);
  return id;
}

export function checkManagingBody(value: string | null | undefined, argumentName: string): string | null {
  return optionalText(value, argumentName, NAME);
}

export function checkDescription(value: string | null | undefined, argumentName: string): string | null {
  return optionalText(value, argumentName, DESCRIPTION);
}

export function checkPhone(value: string | null | undefined, argumentName: string): string | null {
  const phone = optionalText(value, argumentName, { max: 20, normalization: 'NFKC' });
  if (phone !== null && !PHONE.test(phone)) throw invalid(argumentName, 'is not a phone number');
  return phone;
}

export function checkUrl(value: string | null | undefined, argumentName: string): string | null {
  const text = optionalText(value, argumentName, ADDRESS);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(argumentName, 'is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw invalid(argumentName, 'must be http or https');
  return text;
}

export function checkBuiltYear(
  value: number | null | undefined,
  argumentName: string,
  now: Date,
): number | null {
  if (value === null || value === undefined) return null;
  return requireInteger(value, argumentName, EARLIEST_BUILT_YEAR, tokyoYear(now));
}

/** For a kind staff chose: the source says so instead of naming an importer rule. */
export const STAFF_CLASSIFICATION = {
  classificationRule: null,
  classificationReason: 'Chosen by city staff',
} as const;
