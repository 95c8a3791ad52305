import { searchKeys } from '@kyodo/domain';
import {
  auditedCreate,
  auditedUpdate,
  badUserInput,
  conflict,
  isDuplicateKeyError,
  notFound,
  optionalText,
  parseObjectId,
  requireStaff,
  requireText,
} from '@kyodo/service-kit';
import { noBookingSince, unfinishedBookings, unfinishedBookingsConflict } from './archiveGuard.js';
import {
  ADDRESS,
  checkAccessibility,
  checkBuiltYear,
  checkDescription,
  checkDistrictCode,
  checkLocation,
  checkManagingBody,
  checkNameKana,
  checkOperator,
  checkPhone,
  checkSource,
  checkUrl,
  NAME,
  STAFF_CLASSIFICATION,
} from './facilityInput.js';
import type { CreateFacilityInput, UpdateFacilityInput } from './generated/graphql.js';
import type { Context } from './loaders.js';
import { FacilityModel, type FacilityDocument, type FacilityFields } from './models/Facility.js';
import { RoomModel } from './models/Room.js';
import { openingHoursOf } from './openingHoursInput.js';

const IN_USE = { archivedAt: { $exists: false } };

function archivedConflict(facility: { nameJa: string }) {
  return conflict(`${facility.nameJa} is archived and can no longer be changed`);
}

/** CONFLICT naming the facility already registered under the same (municipality code, NO). */
async function sourceTaken(municipalityCode: string, normalisedNo: string, no: string) {
  const existing = await FacilityModel.findOne({ municipalityCode, normalisedNo }).select('_id').exec();
  return conflict(`A facility is already registered as NO ${no} of ${municipalityCode}`, {
    existingId: existing ? existing._id.toHexString() : null,
    argumentName: 'input.source.no',
  });
}

/** Registers a facility (staff). Everything is checked before the one audited insert. */
export async function createFacility(
  input: CreateFacilityInput,
  idempotencyKey: string | null | undefined,
  context: Context,
): Promise<FacilityDocument> {
  requireStaff(context.viewer, 'register facilities');
  const source = checkSource(input.source, 'input.source');
  const nameJa = requireText(input.nameJa, 'input.nameJa', NAME);
  const name = optionalText(input.name, 'input.name', NAME) ?? nameJa;
  const nameKana = checkNameKana(input.nameKana, 'input.nameKana');
  const fields = {
    ...source,
    nameJa,
    name,
    nameKana,
    searchKeys: searchKeys(nameJa, name, nameKana),
    kind: input.kind,
    bookable: input.bookable,
    ...STAFF_CLASSIFICATION,
    location: checkLocation(input.location, 'input.location'),
    address: requireText(input.address, 'input.address', ADDRESS),
    districtCode: checkDistrictCode(input.districtCode, 'input.districtCode'),
    ...openingHoursOf(input.openingHours ?? null, 'input.openingHours'),
    accessibility: checkAccessibility(input.accessibility ?? null, 'input.accessibility'),
    managingBody: checkManagingBody(input.managingBody, 'input.managingBody'),
    description: checkDescription(input.description, 'input.description'),
    phone: checkPhone(input.phone, 'input.phone'),
    url: checkUrl(input.url, 'input.url'),
    builtYear: checkBuiltYear(input.builtYear, 'input.builtYear', context.now),
    disasterBase: input.disasterBase ?? false,
    // Last, as it costs a call to the organizations subgraph.
    operatorId: await checkOperator(input.operatorId, 'input.operatorId', context.entities),
  };
  try {
    return await auditedCreate(FacilityModel, fields, context, {
      entityType: 'Facility',
      operation: 'createFacility',
      idempotencyKey,
      input,
    });
  } catch (error) {
    if (isDuplicateKeyError(error))
      throw await sourceTaken(source.municipalityCode, source.normalisedNo, source.no);
    throw error;
  }
}

/** The $set of an UpdateFacilityInput: omitted fields are left out, null clears (see the SDL). */
async function facilityChanges(
  input: UpdateFacilityInput,
  current: FacilityDocument,
  context: Context,
): Promise<Partial<FacilityFields>> {
  const set: Record<string, unknown> = {};
  if (input.nameJa != null) set.nameJa = requireText(input.nameJa, 'input.nameJa', NAME);
  if (input.name !== undefined)
    set.name = optionalText(input.name, 'input.name', NAME) ?? set.nameJa ?? current.nameJa;
  if (input.nameKana != null) set.nameKana = checkNameKana(input.nameKana, 'input.nameKana');
  if (set.nameJa !== undefined || set.name !== undefined || set.nameKana !== undefined) {
    // Kept in step with the names, as every save and the importer keep them.
    set.searchKeys = searchKeys(
      (set.nameJa as string | undefined) ?? current.nameJa,
      (set.name as string | undefined) ?? current.name,
      (set.nameKana as string | undefined) ?? current.nameKana,
    );
  }
  if (input.kind != null && input.kind !== current.kind)
    Object.assign(set, { kind: input.kind }, STAFF_CLASSIFICATION);
  if (input.bookable != null) set.bookable = input.bookable;
  if (input.location != null) {
    if (input.districtCode === undefined) {
      throw badUserInput(
        'Argument "input.districtCode" must be given with a new location (null when it lies outside every district)',
        { argumentName: 'input.districtCode' },
      );
    }
    set.location = checkLocation(input.location, 'input.location');
  }
  if (input.districtCode !== undefined)
    set.districtCode = checkDistrictCode(input.districtCode, 'input.districtCode');
  if (input.address != null) set.address = requireText(input.address, 'input.address', ADDRESS);
  if (input.openingHours !== undefined)
    Object.assign(set, openingHoursOf(input.openingHours, 'input.openingHours'));
  if (input.accessibility !== undefined) {
    set.accessibility = checkAccessibility(input.accessibility, 'input.accessibility');
  }
  if (input.managingBody !== undefined)
    set.managingBody = checkManagingBody(input.managingBody, 'input.managingBody');
  if (input.description !== undefined)
    set.description = checkDescription(input.description, 'input.description');
  if (input.phone !== undefined) set.phone = checkPhone(input.phone, 'input.phone');
  if (input.url !== undefined) set.url = checkUrl(input.url, 'input.url');
  if (input.builtYear !== undefined)
    set.builtYear = checkBuiltYear(input.builtYear, 'input.builtYear', context.now);
  if (input.disasterBase != null) set.disasterBase = input.disasterBase;
  if (input.operatorId !== undefined) {
    set.operatorId = await checkOperator(input.operatorId, 'input.operatorId', context.entities);
  }
  return set;
}

async function loadFacility(id: string): Promise<FacilityDocument> {
  const facility = await FacilityModel.findById(parseObjectId(id, 'id')).exec();
  if (!facility) throw notFound('Facility', id);
  return facility;
}

/** Corrects a facility (staff) at the version the editor read. */
export async function updateFacility(
  id: string,
  expectedVersion: number,
  input: UpdateFacilityInput,
  context: Context,
): Promise<FacilityDocument> {
  requireStaff(context.viewer, 'correct facilities');
  const current = await loadFacility(id);
  if (current.archivedAt) throw archivedConflict(current);
  const set = await facilityChanges(input, current, context);
  if (Object.keys(set).length === 0) {
    throw badUserInput('Argument "input" changes nothing', { argumentName: 'input' });
  }
  return auditedUpdate(FacilityModel, {
    id: current._id,
    expectedVersion,
    filter: IN_USE,
    filterProblem: () => archivedConflict(current),
    update: { $set: set },
    operation: 'updateFacility',
    ctx: context,
  });
}

/**
 * Archives a facility (staff): refused while a booking of one of its rooms has not ended, and written only if no
 * booking slipped in since the count (see archiveGuard.ts).
 */
export async function archiveFacility(
  id: string,
  expectedVersion: number,
  context: Context,
): Promise<FacilityDocument> {
  requireStaff(context.viewer, 'archive facilities');
  const current = await loadFacility(id);
  if (current.archivedAt) return current;
  const rooms = await RoomModel.find({ facilityId: current._id }).select('_id').exec();
  const unfinished = await unfinishedBookings(
    rooms.map((room) => room._id),
    context.now,
  );
  if (unfinished > 0) throw unfinishedBookingsConflict(current.nameJa, unfinished);
  return auditedUpdate(FacilityModel, {
    id: current._id,
    expectedVersion,
    filter: { ...IN_USE, ...noBookingSince(current.bookingSeq) },
    filterProblem: () =>
      conflict(`${current.nameJa} was booked or archived meanwhile; reload and archive it again`),
    update: { $set: { archivedAt: context.now } },
    operation: 'archiveFacility',
    ctx: context,
  });
}
