import {
  badUserInput,
  conflict,
  forbidden,
  isStaff,
  notFound,
  parseObjectId,
  requireActsFor,
  requireDateNotInFuture,
  requireKatakana,
  requireStaff,
  requireText,
  toTokyoIso,
  type Viewer,
} from '@kyodo/service-kit';
import type { UpdateQuery } from 'mongoose';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './generated/graphql.js';
import { basisOf } from '@kyodo/domain';
import {
  OrganizationModel,
  type OrganizationDocument,
  type OrganizationFields,
} from './models/Organization.js';
import {
  checkCertified,
  checkContact,
  checkDistrictCode,
  checkMemberCount,
  checkSubcommittees,
  inActOrder,
  NAME,
  TEXT,
} from './validation.js';

/** A founding date, if given, lies in the past (the request's today in Asia/Tokyo at the latest). */
function checkFoundedOn(foundedOn: string | null | undefined, now: Date): string | null {
  if (foundedOn === null || foundedOn === undefined) return null;
  return requireDateNotInFuture(foundedOn, 'input.foundedOn', toTokyoIso(now).slice(0, 10));
}

/** Staff register organizations; everything is validated before the single insert. */
export async function createOrganization(
  input: CreateOrganizationInput,
  viewer: Viewer,
  now: Date,
): Promise<OrganizationDocument> {
  requireStaff(viewer, 'register organizations');
  const fields = {
    name: requireText(input.name, 'input.name', NAME),
    nameKana: requireKatakana(input.nameKana, 'input.nameKana'),
    kind: input.kind,
    basis: basisOf(input.kind),
    activityFields: inActOrder(input.activityFields ?? []),
    districtCode: await checkDistrictCode(input.districtCode ?? null, 'input.districtCode'),
    address: requireText(input.address, 'input.address', TEXT),
    foundedOn: checkFoundedOn(input.foundedOn, now),
    memberCount: checkMemberCount(input.memberCount ?? 0, 'input.memberCount'),
    certified: checkCertified(input.certified ?? false, input.kind, 'input.certified'),
    registeredWithSupportCenter: input.registeredWithSupportCenter ?? false,
    contact: checkContact(input.contact ?? {}, 'input.contact'),
    councilId: null,
    subcommittees: checkSubcommittees(input.subcommittees, input.kind, 'input.subcommittees'),
    active: true,
  };
  return OrganizationModel.create(fields);
}

async function loadForChange(id: string, viewer: Viewer, action: string): Promise<OrganizationDocument> {
  const objectId = parseObjectId(id, 'id');
  const organization = await OrganizationModel.findById(objectId).exec();
  if (!organization) throw notFound('Organization', id);
  requireActsFor(viewer, id.toLowerCase(), action);
  return organization;
}

/** Staff, or a member of the organization; null fields keep their value. Archived organizations are read-only. */
export async function updateOrganization(
  id: string,
  input: UpdateOrganizationInput,
  viewer: Viewer,
  now: Date,
): Promise<OrganizationDocument> {
  const current = await loadForChange(id, viewer, 'update this organization');
  const set: UpdateQuery<OrganizationFields>['$set'] = {};
  if (input.name != null) set.name = requireText(input.name, 'input.name', NAME);
  if (input.nameKana != null) set.nameKana = requireKatakana(input.nameKana, 'input.nameKana');
  if (input.activityFields != null) set.activityFields = inActOrder(input.activityFields);
  if (input.districtCode !== undefined) {
    set.districtCode = await checkDistrictCode(input.districtCode, 'input.districtCode');
  }
  if (input.address != null) set.address = requireText(input.address, 'input.address', TEXT);
  if (input.foundedOn !== undefined) set.foundedOn = checkFoundedOn(input.foundedOn, now);
  if (input.memberCount != null) set.memberCount = checkMemberCount(input.memberCount, 'input.memberCount');
  if (input.certified != null) {
    // Certification (認定) is granted by the prefecture; an organization cannot certify itself.
    if (!isStaff(viewer)) throw forbidden('Only city staff may change the certification of an organization');
    set.certified = checkCertified(input.certified, current.kind, 'input.certified');
  }
  if (input.registeredWithSupportCenter != null)
    set.registeredWithSupportCenter = input.registeredWithSupportCenter;
  if (input.contact != null) set.contact = checkContact(input.contact, 'input.contact');
  if (input.subcommittees != null) {
    set.subcommittees = checkSubcommittees(input.subcommittees, current.kind, 'input.subcommittees');
  }
  if (Object.keys(set).length === 0)
    throw badUserInput('Argument "input" changes nothing', { argumentName: 'input' });
  const updated = await OrganizationModel.findOneAndUpdate(
    { _id: current._id, active: true },
    { $set: set },
    { returnDocument: 'after', runValidators: true },
  ).exec();
  if (!updated) throw conflict(`${current.name} is archived and can no longer be changed`);
  return updated;
}

/** Staff, or a member of the organization. Archiving an archived organization returns it unchanged. */
export async function archiveOrganization(
  id: string,
  viewer: Viewer,
  now: Date,
): Promise<OrganizationDocument> {
  const current = await loadForChange(id, viewer, 'archive this organization');
  const archived = await OrganizationModel.findOneAndUpdate(
    { _id: current._id, active: true },
    { $set: { active: false, archivedAt: now } },
    { returnDocument: 'after' },
  ).exec();
  return archived ?? ((await OrganizationModel.findById(current._id).exec()) as OrganizationDocument);
}
