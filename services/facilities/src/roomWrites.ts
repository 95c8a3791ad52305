import {
  auditedCreate,
  auditedUpdate,
  badUserInput,
  conflict,
  notFound,
  parseObjectId,
  requireInteger,
  requireStaff,
  requireText,
} from '@kyodo/service-kit';
import type { Types } from 'mongoose';
import { noBookingSince, unfinishedBookings, unfinishedBookingsConflict } from './archiveGuard.js';
import type { CreateRoomInput, UpdateRoomInput } from './generated/graphql.js';
import type { Context } from './loaders.js';
import { FacilityModel } from './models/Facility.js';
import { RoomModel, type RoomDocument, type RoomFields } from './models/Room.js';

const ROOM_NAME = { max: 100 } as const;
const MAX_EQUIPMENT = 50;
const EQUIPMENT_ITEM = { max: 100 } as const;
// The largest hall in the city seats about 1,500 (as bookRoom's attendees bound).
const MAX_CAPACITY = 10_000;
const MAX_HOURLY_FEE = 1_000_000;
const IN_USE = { archivedAt: { $exists: false } };

function invalid(argumentName: string, message: string) {
  return badUserInput(`Argument "${argumentName}" ${message}`, { argumentName });
}

/** Trimmed, deduplicated in the order given. */
function checkEquipment(values: readonly string[], argumentName: string): string[] {
  if (values.length > MAX_EQUIPMENT) throw invalid(argumentName, `must have at most ${MAX_EQUIPMENT} items`);
  const items = values.map((value, index) => requireText(value, `${argumentName}[${index}]`, EQUIPMENT_ITEM));
  return [...new Set(items)];
}

/** A room's name is how residents and staff tell the rooms of a facility apart: one per facility among rooms in use. */
async function checkNameFree(
  facilityId: Types.ObjectId,
  name: string,
  except: Types.ObjectId | null,
  argumentName: string,
) {
  const taken = await RoomModel.exists({
    facilityId,
    name,
    ...IN_USE,
    ...(except ? { _id: { $ne: except } } : {}),
  }).exec();
  if (taken) throw invalid(argumentName, `names a room the facility already has: ${name}`);
}

async function facilityInUse(facilityId: Types.ObjectId, argumentName: string) {
  const facility = await FacilityModel.findById(facilityId).select('nameJa archivedAt').exec();
  if (!facility) throw notFound('Facility', facilityId.toHexString(), { argumentName });
  if (facility.archivedAt) throw conflict(`${facility.nameJa} is archived and takes no changes to its rooms`);
  return facility;
}

/** Adds a room to a facility in use (staff). */
export async function createRoom(
  input: CreateRoomInput,
  idempotencyKey: string | null | undefined,
  context: Context,
): Promise<RoomDocument> {
  requireStaff(context.viewer, 'add rooms');
  const facilityId = parseObjectId(input.facilityId, 'input.facilityId');
  const name = requireText(input.name, 'input.name', ROOM_NAME);
  const fields = {
    facilityId,
    name,
    capacity: requireInteger(input.capacity, 'input.capacity', 1, MAX_CAPACITY),
    equipment: checkEquipment(input.equipment ?? [], 'input.equipment'),
    hourlyFee: requireInteger(input.hourlyFee, 'input.hourlyFee', 0, MAX_HOURLY_FEE),
    bookable: input.bookable ?? true,
  };
  await facilityInUse(facilityId, 'input.facilityId');
  await checkNameFree(facilityId, name, null, 'input.name');
  return auditedCreate(RoomModel, fields, context, {
    entityType: 'Room',
    operation: 'createRoom',
    idempotencyKey,
    input,
  });
}

async function loadRoom(id: string): Promise<RoomDocument> {
  const room = await RoomModel.findById(parseObjectId(id, 'id')).exec();
  if (!room) throw notFound('Room', id);
  return room;
}

function archivedConflict(room: { name: string }) {
  return conflict(`${room.name} is archived and can no longer be changed`);
}

/** Corrects a room (staff) at the version the editor read. */
export async function updateRoom(
  id: string,
  expectedVersion: number,
  input: UpdateRoomInput,
  context: Context,
): Promise<RoomDocument> {
  requireStaff(context.viewer, 'correct rooms');
  const current = await loadRoom(id);
  if (current.archivedAt) throw archivedConflict(current);
  const set: Partial<RoomFields> = {};
  if (input.name != null) set.name = requireText(input.name, 'input.name', ROOM_NAME);
  if (input.capacity != null)
    set.capacity = requireInteger(input.capacity, 'input.capacity', 1, MAX_CAPACITY);
  if (input.equipment != null) set.equipment = checkEquipment(input.equipment, 'input.equipment');
  if (input.hourlyFee != null) {
    set.hourlyFee = requireInteger(input.hourlyFee, 'input.hourlyFee', 0, MAX_HOURLY_FEE);
  }
  if (input.bookable != null) set.bookable = input.bookable;
  if (Object.keys(set).length === 0) {
    throw badUserInput('Argument "input" changes nothing', { argumentName: 'input' });
  }
  await facilityInUse(current.facilityId, 'id');
  if (set.name !== undefined && set.name !== current.name) {
    await checkNameFree(current.facilityId, set.name, current._id, 'input.name');
  }
  return auditedUpdate(RoomModel, {
    id: current._id,
    expectedVersion,
    filter: IN_USE,
    filterProblem: () => archivedConflict(current),
    update: { $set: set },
    operation: 'updateRoom',
    ctx: context,
  });
}

/** Archives a room (staff): refused while one of its bookings has not ended (see archiveGuard.ts). */
export async function archiveRoom(
  id: string,
  expectedVersion: number,
  context: Context,
): Promise<RoomDocument> {
  requireStaff(context.viewer, 'archive rooms');
  const current = await loadRoom(id);
  if (current.archivedAt) return current;
  const unfinished = await unfinishedBookings([current._id], context.now);
  if (unfinished > 0) throw unfinishedBookingsConflict(current.name, unfinished);
  return auditedUpdate(RoomModel, {
    id: current._id,
    expectedVersion,
    filter: { ...IN_USE, ...noBookingSince(current.bookingSeq) },
    filterProblem: () =>
      conflict(`${current.name} was booked or archived meanwhile; reload and archive it again`),
    update: { $set: { archivedAt: context.now } },
    operation: 'archiveRoom',
    ctx: context,
  });
}
