import { isDatabaseEmpty } from '@kyodo/service-kit';
import { loadDemoFacilitiesData, type DemoFacilitiesData } from './demoData.js';
import { BookingModel } from './models/Booking.js';
import { FacilityModel } from './models/Facility.js';
import { FacilityUsageModel } from './models/FacilityUsage.js';
import { RoomModel } from './models/Room.js';
import { RoomSlotModel } from './models/RoomSlot.js';

const MODELS = [FacilityModel, RoomModel, BookingModel, RoomSlotModel, FacilityUsageModel];
const SLOT_MS = 30 * 60 * 1000;

/**
 * Loads the demo city (Yaizu's 230 facilities through the 公共施設一覧 importer, their rooms, FY2025 bookings with
 * their slot claims, and monthly usage) into an empty database; a database that already has data is left alone.
 */
export async function seed(data?: DemoFacilitiesData): Promise<void> {
  if (!(await isDatabaseEmpty(MODELS))) return;
  const { facilities, bookings, usage } = data ?? (await loadDemoFacilitiesData());
  await FacilityModel.insertMany(
    facilities.map((facility) => ({
      _id: facility.id,
      municipalityCode: facility.municipalityCode,
      no: facility.no,
      normalisedNo: facility.normalisedNo,
      name: facility.name,
      nameJa: facility.nameJa,
      nameKana: facility.nameKana,
      kind: facility.kind,
      bookable: facility.bookable,
      classificationRule: facility.classification.rule,
      classificationReason: facility.classification.reason,
      location: { type: 'Point', coordinates: [facility.location.lng, facility.location.lat] },
      address: facility.address,
      addressDetail: facility.addressDetail,
      districtCode: facility.districtCode,
      managingBody: facility.managingBody,
      phone: facility.phone,
      url: facility.url,
      description: facility.description,
      openingHours: facility.openingHours,
      schedule: facility.schedule,
      accessibility: facility.accessibility,
      builtYear: facility.builtYear,
      disasterBase: facility.disasterBase,
      operatorId: facility.operatorId,
    })),
  );
  await RoomModel.insertMany(
    facilities.flatMap((facility) => facility.rooms.map(({ id, ...room }) => ({ _id: id, ...room }))),
  );
  await BookingModel.insertMany(
    bookings.map(({ id, ...booking }) => ({
      _id: id,
      ...booking,
      durationMinutes: (booking.end.getTime() - booking.start.getTime()) / 60000,
      status: 'CONFIRMED',
      createdAt: new Date(booking.start.getTime() - 14 * 24 * 60 * 60 * 1000),
    })),
  );
  // The same slot claims bookRoom makes, so new bookings cannot overlap the demo ones.
  await RoomSlotModel.insertMany(
    bookings.flatMap((booking) => {
      const claims = [];
      for (let slot = booking.start.getTime(); slot < booking.end.getTime(); slot += SLOT_MS) {
        claims.push({
          roomId: booking.roomId,
          slotStart: new Date(slot),
          bookingId: booking.id,
          bookingStart: booking.start,
          bookingEnd: booking.end,
        });
      }
      return claims;
    }),
  );
  await FacilityUsageModel.insertMany(usage);
}
