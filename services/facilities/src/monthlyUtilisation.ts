import DataLoader from 'dataloader';
import {
  availableHoursOfMonth,
  fiscalYearRange,
  monthRange,
  monthsOfFiscalYear,
  roundTo,
  utilisationRate,
  type Schedule,
} from '@kyodo/domain';
import { isObjectIdHex } from '@kyodo/service-kit';
import { Types } from 'mongoose';
import { BookingModel } from './models/Booking.js';

/** Above this many rooms in one batch, the fiscal year's confirmed bookings are grouped at once (as bookedMinutes). */
const MANY_ROOMS = 40;

/**
 * Confirmed booked minutes of many rooms in each month of a fiscal year (twelve numbers, April first): one
 * aggregation per batch, grouped by room and by the month the booking starts in. The month comes from comparing the
 * start with the months' Tokyo-midnight boundaries ($switch), which MongoDB and the embedded engine read the same
 * way, rather than from a time-zone date expression. A few rooms read only theirs by the (roomId, status, start)
 * index; a page of many (a utilisation report) reads the year's confirmed bookings by (status, start) once.
 */
export function createRoomMonthlyMinutesLoader(fiscalYear: number): DataLoader<string, number[]> {
  const months = monthsOfFiscalYear(fiscalYear);
  return new DataLoader<string, number[]>(async (roomIds) => {
    const ids = [...new Set(roomIds.filter(isObjectIdHex).map((id) => id.toLowerCase()))];
    const byRoom = new Map<string, number[]>();
    if (ids.length > 0) {
      const { start, end } = fiscalYearRange(fiscalYear);
      const rows = await BookingModel.aggregate<{
        _id: { room: Types.ObjectId; month: string };
        minutes: number;
      }>([
        {
          $match: {
            ...(ids.length <= MANY_ROOMS ? { roomId: { $in: ids.map((id) => new Types.ObjectId(id)) } } : {}),
            status: 'CONFIRMED',
            start: { $gte: start, $lt: end },
          },
        },
        {
          $group: {
            _id: {
              room: '$roomId',
              month: {
                $switch: {
                  branches: months.map((month) => ({
                    case: { $lt: ['$start', monthRange(month).end] },
                    then: month,
                  })),
                  default: null,
                },
              },
            },
            minutes: { $sum: '$durationMinutes' },
          },
        },
      ]).exec();
      const wanted = new Set(ids);
      for (const { _id, minutes } of rows) {
        const room = String(_id.room);
        if (!wanted.has(room)) continue;
        const series = byRoom.get(room) ?? months.map(() => 0);
        const index = months.indexOf(_id.month);
        if (index >= 0) series[index]! += minutes;
        byRoom.set(room, series);
      }
    }
    return roomIds.map((id) => byRoom.get(id.toLowerCase()) ?? months.map(() => 0));
  });
}

export interface MonthlyUtilisationRow {
  month: string;
  bookedHours: number;
  availableHours: number | null;
  utilization: number | null;
}

/**
 * One month of utilisation of `rooms` rooms, by @kyodo/domain's one rule. `openHours` is the per-request memo of the
 * facility's open hours of one room per month (null when its hours are unknown).
 */
export function monthlyRow(
  month: string,
  bookedMinutes: number,
  rooms: number,
  openHours: (month: string) => number | null,
): MonthlyUtilisationRow {
  const perRoom = openHours(month);
  return {
    month,
    bookedHours: roundTo(bookedMinutes / 60, 2),
    availableHours: perRoom === null ? null : perRoom * rooms,
    utilization: perRoom === null ? null : utilisationRate(bookedMinutes, perRoom, rooms),
  };
}

/** Open hours of one room per month under a facility's schedule, memoised for one request (a walk over the days). */
export function openHoursMemo(schedule: Schedule | null): (month: string) => number | null {
  const memo = new Map<string, number>();
  return (month) => {
    if (!schedule) return null;
    let hours = memo.get(month);
    if (hours === undefined) {
      hours = availableHoursOfMonth(schedule, month);
      memo.set(month, hours);
    }
    return hours;
  };
}
