import DataLoader from 'dataloader';
import {
  canonicalKey,
  createGroupLoader,
  createIdLoader,
  isObjectIdHex,
  loaderPerArguments,
  type RequestContext,
} from '@kyodo/service-kit';
import { Types } from 'mongoose';
import { fiscalYearRange } from '@kyodo/domain';
import { NOT_ARCHIVED } from './filters.js';
import { BookingModel, type BookingDocument } from './models/Booking.js';
import {
  FacilityModel,
  facilitySchedule,
  type FacilityDocument,
  type FacilityFields,
} from './models/Facility.js';

type FacilityKind = FacilityFields['kind'];
import { FacilityUsageModel, type FacilityUsageDocument } from './models/FacilityUsage.js';
import { RoomModel, type RoomDocument } from './models/Room.js';
import { createRoomMonthlyMinutesLoader, openHoursMemo } from './monthlyUtilisation.js';

/** Above this many facilities in one batch, booked minutes are summed over the fiscal year's bookings at once. */
const MANY_FACILITIES = 20;

/** Confirmed booking minutes of many facilities in a fiscal year: one $group aggregation per batch. */
function createBookedMinutesLoader(fiscalYear: number): DataLoader<string, number> {
  return new DataLoader<string, number>(async (facilityIds) => {
    const ids = [...new Set(facilityIds.filter(isObjectIdHex).map((id) => id.toLowerCase()))];
    const { start, end } = fiscalYearRange(fiscalYear);
    // A page of many facilities (a utilisation report, a long list) reads the fiscal year's confirmed bookings once
    // and keeps the facilities asked for; a few facilities (a district dashboard) read only theirs by the
    // (facilityId, status, start) index. A long $in costs the embedded engine a comparison per id and document.
    const byFacility = ids.length <= MANY_FACILITIES;
    const rows =
      ids.length === 0
        ? []
        : await BookingModel.aggregate<{ _id: Types.ObjectId; minutes: number }>([
            {
              $match: {
                ...(byFacility ? { facilityId: { $in: ids.map((id) => new Types.ObjectId(id)) } } : {}),
                status: 'CONFIRMED',
                start: { $gte: start, $lt: end },
              },
            },
            { $group: { _id: '$facilityId', minutes: { $sum: '$durationMinutes' } } },
          ]).exec();
    const byId = new Map(rows.map((row) => [String(row._id), row.minutes]));
    return facilityIds.map((id) => byId.get(id.toLowerCase()) ?? 0);
  });
}

export function createLoaders() {
  return {
    facility: createIdLoader(FacilityModel),
    room: createIdLoader(RoomModel),
    // Largest room first, as facility guides list them.
    // Rooms and facilities in use: archived ones are left out of every nested list.
    roomsByFacility: createGroupLoader(RoomModel, 'facilityId', NOT_ARCHIVED, { capacity: -1, _id: 1 }),
    facilitiesByOperator: createGroupLoader(FacilityModel, 'operatorId', NOT_ARCHIVED, {
      nameKana: 1,
      _id: 1,
    }),
    facilitiesByDistrict: loaderPerArguments(
      (kinds: readonly string[] | null) =>
        createGroupLoader(
          FacilityModel,
          'districtCode',
          kinds ? { kind: { $in: [...kinds] as FacilityKind[] }, ...NOT_ARCHIVED } : NOT_ARCHIVED,
          {
            nameKana: 1,
            _id: 1,
          },
        ),
      // A set of kinds: the same loader whatever order they are asked in.
      (kinds) => canonicalKey(kinds ? [...kinds].sort() : null),
    ),
    bookingsByOrganization: loaderPerArguments(({ from, to }: { from: Date; to: Date }) =>
      createGroupLoader(
        BookingModel,
        'organizationId',
        { status: 'CONFIRMED', start: { $lt: to }, end: { $gt: from } },
        { start: 1, _id: 1 },
      ),
    ),
    usageByFacility: loaderPerArguments((fiscalYear: number) =>
      createGroupLoader(FacilityUsageModel, 'facilityId', { fiscalYear }, { month: 1 }),
    ),
    bookedMinutes: loaderPerArguments(createBookedMinutesLoader),
    roomMonthlyMinutes: loaderPerArguments(createRoomMonthlyMinutesLoader),
    // One memo of open hours per facility: the key is its id, not the whole document.
    openHoursOfMonth: loaderPerArguments(
      (facility: FacilityDocument) => openHoursMemo(facilitySchedule(facility)),
      (facility) => String(facility._id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
export type { BookingDocument, FacilityDocument, FacilityUsageDocument, RoomDocument };
