import { badUserInput, searchText } from '@kyodo/service-kit';
import type { QueryFilter } from 'mongoose';
import { escapeRegExp, searchKey, tokyoDay, tokyoMinutes } from '@kyodo/domain';
import type { FacilityFields } from './models/Facility.js';
import { RoomModel } from './models/Room.js';

export interface FacilityFilterInput {
  kinds?: readonly string[] | null;
  districtCode?: string | null;
  accessible?: boolean | null;
  minCapacity?: number | null;
  openAt?: Date | null;
  bookable?: boolean | null;
  search?: string | null;
  includeArchived?: boolean | null;
}

/**
 * Facilities (and rooms) still in use: archived ones carry archivedAt. Few are ever archived, so lists keep their
 * sort indexes and skip the archived documents as they scan, rather than every index leading with a flag.
 */
export const NOT_ARCHIVED = { archivedAt: { $exists: false } } as const;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Facilities open at an instant, as a query on the stored schedule. Mirrors hoursOn in @kyodo/domain: closed
 * date ranges, the nth weekday and month end first, then holiday hours, then the weekday's hours (opens <= t < closes).
 */
export function openAtFilter(instant: Date): QueryFilter<FacilityFields> {
  const day = tokyoDay(instant);
  const minutes = tokyoMinutes(instant);
  const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  const monthDay = `${pad(day.month)}-${pad(day.day)}`;
  const lastDayOfMonth = new Date(Date.UTC(day.year, day.month, 0)).getUTCDate() === day.day;
  const weekdayOpen = {
    'schedule.days': { $elemMatch: { weekday: day.weekday, opens: { $lte: time }, closes: { $gt: time } } },
  };
  const closures: QueryFilter<FacilityFields>[] = [
    { 'schedule.closedRanges': { $elemMatch: { from: { $lte: monthDay }, to: { $gte: monthDay } } } },
    { 'schedule.closedNth': { $elemMatch: { nth: Math.ceil(day.day / 7), weekday: day.weekday } } },
  ];
  if (lastDayOfMonth) closures.push({ 'schedule.closedMonthEnd': true });
  const hours: QueryFilter<FacilityFields> = day.holiday
    ? {
        $or: [
          { 'schedule.holidays': 'REGULAR', ...weekdayOpen },
          {
            'schedule.holidays': 'SPECIAL',
            'schedule.holidayOpens': { $lte: time },
            'schedule.holidayCloses': { $gt: time },
          },
        ],
      }
    : weekdayOpen;
  return { $and: [{ schedule: { $ne: null } }, hours, { $nor: closures }] };
}

/**
 * A name search: the text anywhere in 名称, the English name or 名称_カナ (a prefix is a substring at 0), compared
 * in search form on both sides (@kyodo/domain's searchKey: width, hiragana/katakana and case folded). Null when the
 * search is absent or blank; an over-long one is BAD_USER_INPUT.
 */
export function facilitySearchFilter(
  search: string | null | undefined,
  argumentName = 'filter.search',
): QueryFilter<FacilityFields> | null {
  const text = searchText(search, argumentName);
  return text === null ? null : { searchKeys: { $regex: escapeRegExp(searchKey(text)) } };
}

/** The query of a FacilityFilter; validates what the schema cannot. */
export async function facilityFilter(
  input: FacilityFilterInput | null | undefined,
): Promise<QueryFilter<FacilityFields>> {
  const conditions: QueryFilter<FacilityFields>[] = [];
  if (!input?.includeArchived) conditions.push(NOT_ARCHIVED);
  if (!input) return NOT_ARCHIVED;
  if (input.kinds) conditions.push({ kind: { $in: [...input.kinds] as FacilityFields['kind'][] } });
  if (input.districtCode !== null && input.districtCode !== undefined) {
    conditions.push({ districtCode: input.districtCode });
  }
  if (input.accessible === true) conditions.push({ 'accessibility.stepFree': true });
  if (input.accessible === false) conditions.push({ 'accessibility.stepFree': { $ne: true } });
  if (input.bookable !== null && input.bookable !== undefined) conditions.push({ bookable: input.bookable });
  if (input.minCapacity !== null && input.minCapacity !== undefined) {
    if (!Number.isInteger(input.minCapacity) || input.minCapacity < 1) {
      throw badUserInput(`filter.minCapacity must be a positive integer, got ${input.minCapacity}`, {
        argumentName: 'filter.minCapacity',
      });
    }
    // Few facilities have rooms: one distinct over the capacity index, then an $in on _id.
    const facilityIds = await RoomModel.distinct('facilityId', {
      capacity: { $gte: input.minCapacity },
      ...NOT_ARCHIVED,
    }).exec();
    conditions.push({ _id: { $in: facilityIds } });
  }
  if (input.openAt) conditions.push(openAtFilter(input.openAt));
  const search = facilitySearchFilter(input.search);
  if (search) conditions.push(search);
  return allOf(conditions);
}

/** The conditions as one filter: one object when their fields differ (what an index check reads), else $and. */
function allOf(conditions: QueryFilter<FacilityFields>[]): QueryFilter<FacilityFields> {
  const merged: Record<string, unknown> = {};
  for (const condition of conditions) {
    for (const [path, value] of Object.entries(condition)) {
      if (path in merged) return { $and: conditions };
      merged[path] = value;
    }
  }
  return merged;
}
