import { fiscalYearOfDate, isMonth, monthsOfFiscalYear } from '@kyodo/domain';
import { badUserInput, notFound, requireFiscalYear } from '@kyodo/service-kit';
import type { FacilityResolvers, RoomResolvers } from '../generated/graphql.js';
import type { Context, FacilityDocument, RoomDocument } from '../loaders.js';
import { monthlyRow } from '../monthlyUtilisation.js';

async function facilityOf(room: RoomDocument, { loaders }: Context): Promise<FacilityDocument> {
  const facility = await loaders.facility.load(String(room.facilityId));
  if (!facility) throw notFound('Facility', String(room.facilityId));
  return facility;
}

/** Room.utilization(month) and Room.monthlyUtilization(fiscalYear): the room's bookings, its facility's hours. */
export const RoomUtilization: Pick<RoomResolvers<Context>, 'utilization' | 'monthlyUtilization'> = {
  async utilization(room, { month }, context) {
    if (!isMonth(month)) {
      throw badUserInput(`Argument "month" must be a month like 2025-04, got ${JSON.stringify(month)}`, {
        argumentName: 'month',
      });
    }
    const fiscalYear = requireFiscalYear(fiscalYearOfDate(month), 'month');
    const [facility, minutes] = await Promise.all([
      facilityOf(room, context),
      context.loaders.roomMonthlyMinutes(fiscalYear).load(room._id.toHexString()),
    ]);
    const index = monthsOfFiscalYear(fiscalYear).indexOf(month);
    return monthlyRow(month, minutes[index]!, 1, context.loaders.openHoursOfMonth(facility)).utilization;
  },
  async monthlyUtilization(room, { fiscalYear }, context) {
    requireFiscalYear(fiscalYear);
    const [facility, minutes] = await Promise.all([
      facilityOf(room, context),
      context.loaders.roomMonthlyMinutes(fiscalYear).load(room._id.toHexString()),
    ]);
    const openHours = context.loaders.openHoursOfMonth(facility);
    return monthsOfFiscalYear(fiscalYear).map((month, index) =>
      monthlyRow(month, minutes[index]!, 1, openHours),
    );
  },
};

/** Facility.monthlyUtilization(fiscalYear): its rooms' booked minutes summed per month, over all its rooms' hours. */
export const FacilityUtilization: Pick<FacilityResolvers<Context>, 'monthlyUtilization'> = {
  async monthlyUtilization(facility, { fiscalYear }, { loaders }) {
    requireFiscalYear(fiscalYear);
    const rooms = await loaders.roomsByFacility.load(facility._id.toHexString());
    const series = await loaders
      .roomMonthlyMinutes(fiscalYear)
      .loadMany(rooms.map((room) => room._id.toHexString()));
    const openHours = loaders.openHoursOfMonth(facility);
    return monthsOfFiscalYear(fiscalYear).map((month, index) => {
      const minutes = series.reduce<number>((sum, room) => {
        if (room instanceof Error) throw room;
        return sum + room[index]!;
      }, 0);
      return monthlyRow(month, minutes, rooms.length, openHours);
    });
  },
};
