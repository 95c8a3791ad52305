import { PERSON_ROLES, tokyoDate, type PersonRole } from '@kyodo/domain';
import {
  badUserInput,
  parseObjectId,
  requireDateNotInFuture,
  requireKatakana,
  requireText,
} from '@kyodo/service-kit';
import type { Types } from 'mongoose';
import type { CreatePersonInput, UpdatePersonInput } from './generated/graphql.js';
import { OrganizationModel } from './models/Organization.js';
import { checkContact, checkDistrictCode, inActOrder } from './validation.js';

/** Bounds of an entry: enough for any real person, small enough that a hostile input costs nothing. */
export const PERSON_NAME = { max: 100, normalization: 'NFKC' } as const;
export const SKILL = { max: 50, normalization: 'NFKC' } as const;
export const MAX_SKILLS = 20;
export const MAX_PERSON_ORGANIZATIONS = 20;

function invalid(argumentName: string, message: string) {
  return badUserInput(`Argument "${argumentName}" ${message}`, { argumentName });
}

/** At least one role, each once, in the vocabulary's order. */
export function checkRoles(roles: readonly PersonRole[], argumentName: string): PersonRole[] {
  const checked = PERSON_ROLES.filter((role) => roles.includes(role));
  if (checked.length === 0) throw invalid(argumentName, 'must name at least one role');
  return checked;
}

/** Free-text skills, cleaned and folded like names; repeats dropped, at most MAX_SKILLS. */
export function checkSkills(skills: readonly string[], argumentName: string): string[] {
  if (skills.length > MAX_SKILLS) throw invalid(argumentName, `must list at most ${MAX_SKILLS} skills`);
  const checked = skills.map((skill, index) => requireText(skill, `${argumentName}[${index}]`, SKILL));
  return [...new Set(checked)];
}

/** Organizations the person is active in: each an active organization of the register, each once. */
export async function checkOrganizations(
  ids: readonly string[],
  argumentName: string,
): Promise<Types.ObjectId[]> {
  if (ids.length > MAX_PERSON_ORGANIZATIONS) {
    throw invalid(argumentName, `must list at most ${MAX_PERSON_ORGANIZATIONS} organizations`);
  }
  const parsed = ids.map((id, index) => parseObjectId(id, `${argumentName}[${index}]`));
  const unique = [...new Map(parsed.map((id) => [id.toHexString(), id])).values()];
  if (unique.length === 0) return [];
  const found = await OrganizationModel.find({ _id: { $in: unique }, active: true }, { _id: 1 })
    .lean()
    .exec();
  const known = new Set(found.map((organization) => String(organization._id)));
  const missing = unique.find((id) => !known.has(id.toHexString()));
  if (missing) throw invalid(argumentName, `names no active organization: ${missing.toHexString()}`);
  return unique;
}

/** The consent date: a calendar date no later than today in Asia/Tokyo. */
export function checkConsentedOn(value: string, argumentName: string, now: Date): string {
  return requireDateNotInFuture(value, argumentName, tokyoDate(now));
}

/** The fields of a new entry, every one validated before anything is written. */
export async function personFields(input: CreatePersonInput, now: Date) {
  const contact = checkContact({ email: input.email, phone: input.phone }, 'input');
  return {
    name: requireText(input.name, 'input.name', PERSON_NAME),
    nameKana: requireKatakana(input.nameKana, 'input.nameKana', PERSON_NAME.max),
    roles: checkRoles(input.roles, 'input.roles'),
    skills: checkSkills(input.skills ?? [], 'input.skills'),
    activityFields: inActOrder(input.activityFields ?? []),
    districtCode: await checkDistrictCode(input.districtCode ?? null, 'input.districtCode'),
    organizationIds: await checkOrganizations(input.organizationIds ?? [], 'input.organizationIds'),
    email: contact.email,
    phone: contact.phone,
    consentedOn: checkConsentedOn(input.consentedOn, 'input.consentedOn', now),
  };
}

/** The $set of an update: fields left out or null keep their value, except those null clears. */
export async function personChanges(input: UpdatePersonInput, now: Date): Promise<Record<string, unknown>> {
  const set: Record<string, unknown> = {};
  if (input.name != null) set.name = requireText(input.name, 'input.name', PERSON_NAME);
  if (input.nameKana != null) {
    set.nameKana = requireKatakana(input.nameKana, 'input.nameKana', PERSON_NAME.max);
  }
  if (input.roles != null) set.roles = checkRoles(input.roles, 'input.roles');
  if (input.skills != null) set.skills = checkSkills(input.skills, 'input.skills');
  if (input.activityFields != null) set.activityFields = inActOrder(input.activityFields);
  if (input.districtCode !== undefined) {
    set.districtCode = await checkDistrictCode(input.districtCode, 'input.districtCode');
  }
  if (input.organizationIds != null) {
    set.organizationIds = await checkOrganizations(input.organizationIds, 'input.organizationIds');
  }
  if (input.email !== undefined) set.email = checkContact({ email: input.email }, 'input').email;
  if (input.phone !== undefined) set.phone = checkContact({ phone: input.phone }, 'input').phone;
  if (input.consentedOn != null) {
    set.consentedOn = checkConsentedOn(input.consentedOn, 'input.consentedOn', now);
  }
  if (Object.keys(set).length === 0) {
    throw badUserInput('Argument "input" changes nothing', { argumentName: 'input' });
  }
  return set;
}
