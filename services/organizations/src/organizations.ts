import {
  auditedCreate,
  auditedUpdate,
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
  type AuditContext,
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

/** A founding date, if given, lies in the past (today in Asia/Tokyo at the latest). */
function checkFoundedOn(foundedOn: string | null | undefined): string | null {
  if (foundedOn === null || foundedOn === undefined) return null;
  return requireDateNotInFuture(foundedOn, 'input.foundedOn', toTokyoIso(new Date()).slice(0, 10));
}

/**
 * Staff register organizations; everything is validated before the single insert (which carries its audit entry). A
 * retry with the same idempotency key returns the first organization.
 */
export async function createOrganization(
  input: CreateOrganizationInput,
  idempotencyKey: string | null | undefined,
  ctx: AuditContext,
): Promise<OrganizationDocument> {
  requireStaff(ctx.viewer, 'register organizations');
  const fields = {
    name: requireText(input.name, 'input.name', NAME),
    nameKana: requireKatakana(input.nameKana, 'input.nameKana'),
    kind: input.kind,
    basis: basisOf(input.kind),
    activityFields: inActOrder(input.activityFields ?? []),
    districtCode: await checkDistrictCode(input.districtCode ?? null, 'input.districtCode'),
    address: requireText(input.address, 'input.address', TEXT),
    foundedOn: checkFoundedOn(input.foundedOn),
    memberCount: checkMemberCount(input.memberCount ?? 0, 'input.memberCount'),
    certified: checkCertified(input.certified ?? false, input.kind, 'input.certified'),
    registeredWithSupportCenter: input.registeredWithSupportCenter ?? false,
    contact: checkContact(input.contact ?? {}, 'input.contact'),
    councilId: null,
    subcommittees: checkSubcommittees(input.subcommittees, input.kind, 'input.subcommittees'),
    active: true,
  };
  return auditedCreate(OrganizationModel, fields, ctx, {
    operation: 'createOrganization',
    idempotencyKey,
    input,
  });
}

async function loadForChange(id: string, viewer: Viewer, action: string): Promise<OrganizationDocument> {
  const objectId = parseObjectId(id, 'id');
  const organization = await OrganizationModel.findById(objectId).exec();
  if (!organization) throw notFound('Organization', id);
  requireActsFor(viewer, id.toLowerCase(), action);
  return organization;
}

function archived(organization: OrganizationDocument) {
  return conflict(`${organization.name} is archived and can no longer be changed`);
}

/**
 * Staff, or a member of the organization; null fields keep their value. Archived organizations are read-only. The
 * write applies only at `expectedVersion` (CONFLICT with currentVersion otherwise), so two editors never silently
 * overwrite each other.
 */
export async function updateOrganization(
  id: string,
  expectedVersion: number,
  input: UpdateOrganizationInput,
  ctx: AuditContext,
): Promise<OrganizationDocument> {
  const { viewer } = ctx;
  const current = await loadForChange(id, viewer, 'update this organization');
  const set: UpdateQuery<OrganizationFields>['$set'] = {};
  if (input.name != null) set.name = requireText(input.name, 'input.name', NAME);
  if (input.nameKana != null) set.nameKana = requireKatakana(input.nameKana, 'input.nameKana');
  if (input.activityFields != null) set.activityFields = inActOrder(input.activityFields);
  if (input.districtCode !== undefined) {
    set.districtCode = await checkDistrictCode(input.districtCode, 'input.districtCode');
  }
  if (input.address != null) set.address = requireText(input.address, 'input.address', TEXT);
  if (input.foundedOn !== undefined) set.foundedOn = checkFoundedOn(input.foundedOn);
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
  return auditedUpdate(OrganizationModel, {
    id: current._id,
    expectedVersion,
    filter: { active: true },
    update: { $set: set },
    operation: 'updateOrganization',
    ctx,
    filterProblem: archived,
  });
}

/** Staff, or a member of the organization. Archiving an archived organization returns it unchanged. */
export async function archiveOrganization(id: string, ctx: AuditContext): Promise<OrganizationDocument> {
  const current = await loadForChange(id, ctx.viewer, 'archive this organization');
  if (!current.active) return current;
  const alreadyArchived = conflict(`${current.name} was archived meanwhile`);
  try {
    return await auditedUpdate(OrganizationModel, {
      id: current._id,
      filter: { active: true },
      update: { $set: { active: false, archivedAt: ctx.now } },
      operation: 'archiveOrganization',
      ctx,
      filterProblem: () => alreadyArchived,
    });
  } catch (error) {
    // Archived by someone else meanwhile: the same outcome, and their entry records it.
    if (error !== alreadyArchived) throw error;
    return (await OrganizationModel.findById(current._id).exec()) as OrganizationDocument;
  }
}
