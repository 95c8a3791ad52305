import {
  ACTIVITY_FIELDS,
  COUNCIL_SUBCOMMITTEES,
  normalizeText,
  type ActivityField,
  type OrganizationKind,
} from '@kyodo/domain';
import { badUserInput, requireText, type TextOptions } from '@kyodo/service-kit';
import { DistrictModel } from './models/District.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9-]{5,19}$/;

function invalid(argumentName: string, message: string) {
  return badUserInput(`Argument "${argumentName}" ${message}`, { argumentName });
}

/** Names and readings are stored NFKC-folded (full-width letters and digits, half-width kana). */
export const NAME: TextOptions = { max: 200, normalization: 'NFKC' };
export const TEXT: TextOptions = { max: 500, normalization: 'NFKC' };

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
    key: requireText(subcommittee.key, `${argumentName}[${index}].key`, NAME),
    name: requireText(subcommittee.name, `${argumentName}[${index}].name`, NAME),
    nameJa: requireText(subcommittee.nameJa, `${argumentName}[${index}].nameJa`, NAME),
  }));
  if (new Set(checked.map((subcommittee) => subcommittee.key)).size !== checked.length) {
    throw invalid(argumentName, 'has the same key twice');
  }
  return checked;
}
