import { badUserInput } from '@kyodo/service-kit';
import { COUNCIL_SUBCOMMITTEES } from '@kyodo/domain';
import { DistrictModel } from './models/District.js';
import { ACTIVITY_FIELDS, type ActivityField, type OrganizationKind } from '@kyodo/domain';
import { normalizeText, toKatakana } from './search.js';

const KANA = /^[\p{Script=Katakana}ー・ 0-9A-Za-z]+$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9-]{5,19}$/;
const MAX_NAME_LENGTH = 200;

function invalid(argumentName: string, message: string) {
  return badUserInput(`Argument "${argumentName}" ${message}`, { argumentName });
}

export function checkName(value: string, argumentName: string): string {
  const name = normalizeText(value);
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
    throw invalid(argumentName, `must be 1 to ${MAX_NAME_LENGTH} characters`);
  }
  return name;
}

/** Readings are stored in katakana; hiragana input is converted, anything else that is not a reading is refused. */
export function checkKana(value: string, argumentName: string): string {
  const kana = toKatakana(normalizeText(value));
  if (kana.length === 0 || kana.length > MAX_NAME_LENGTH || !KANA.test(kana)) {
    throw invalid(argumentName, 'must be a reading in katakana or hiragana');
  }
  return kana;
}

export function checkText(value: string, argumentName: string): string {
  const text = normalizeText(value);
  if (text.length === 0 || text.length > 500) throw invalid(argumentName, 'must be 1 to 500 characters');
  return text;
}

export function checkMemberCount(value: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 10_000_000) {
    throw invalid(argumentName, 'must be a whole number of at least 0');
  }
  return value;
}

/** Deduplicated and in the Act's order, as every organization stores them. */
export function inActOrder(fields: readonly ActivityField[]): ActivityField[] {
  return ACTIVITY_FIELDS.filter((field) => fields.includes(field));
}

export async function checkDistrictCode(code: string | null, argumentName: string): Promise<string | null> {
  if (code === null) return null;
  if (!(await DistrictModel.exists({ code }).exec()))
    throw invalid(argumentName, `names no district: ${code}`);
  return code;
}

export function checkContact(
  contact: { email?: string | null; phone?: string | null },
  argumentName: string,
): { email: string | null; phone: string | null } {
  const email = contact.email ? normalizeText(contact.email) : null;
  const phone = contact.phone ? normalizeText(contact.phone) : null;
  if (email !== null && (!EMAIL.test(email) || email.length > 254)) {
    throw invalid(`${argumentName}.email`, 'is not an e-mail address');
  }
  if (phone !== null && !PHONE.test(phone)) throw invalid(`${argumentName}.phone`, 'is not a phone number');
  return { email, phone };
}

export function checkCertified(certified: boolean, kind: OrganizationKind, argumentName: string): boolean {
  if (certified && kind !== 'NPO_CORPORATION') throw invalid(argumentName, 'is only for NPO corporations');
  return certified;
}

export interface SubcommitteeValue {
  key: string;
  name: string;
  nameJa: string;
}

/** 専門部会 belong to councils only; a council gets the five standard ones unless it names its own. */
export function checkSubcommittees(
  subcommittees: readonly SubcommitteeValue[] | null | undefined,
  kind: OrganizationKind,
  argumentName: string,
): SubcommitteeValue[] {
  if (kind !== 'DISTRICT_COUNCIL') {
    if (subcommittees && subcommittees.length > 0)
      throw invalid(argumentName, 'is only for district councils');
    return [];
  }
  if (subcommittees === null || subcommittees === undefined) {
    return COUNCIL_SUBCOMMITTEES.map((subcommittee) => ({ ...subcommittee }));
  }
  const checked = subcommittees.map((subcommittee, index) => ({
    key: checkName(subcommittee.key, `${argumentName}[${index}].key`),
    name: checkName(subcommittee.name, `${argumentName}[${index}].name`),
    nameJa: checkName(subcommittee.nameJa, `${argumentName}[${index}].nameJa`),
  }));
  if (new Set(checked.map((subcommittee) => subcommittee.key)).size !== checked.length) {
    throw invalid(argumentName, 'has the same key twice');
  }
  return checked;
}
