import type { ParsedOpeningHours, Weekday } from './hours.js';
import { WEEKDAYS } from './hours.js';

/**
 * Opening hours in the form the facilities service queries and computes with: open days only, closures as
 * non-wrapping MM-DD ranges, nth-weekday and month-end flags. Derived from parsed hours, never from raw text.
 */
export interface Schedule {
  days: { weekday: Weekday; opens: string; closes: string }[];
  /** REGULAR: holidays keep the weekday's hours; CLOSED; SPECIAL: holidayOpens..holidayCloses. */
  holidays: 'REGULAR' | 'CLOSED' | 'SPECIAL';
  holidayOpens: string | null;
  holidayCloses: string | null;
  /** MM-DD inclusive, from <= to (a range over the new year is split in two). */
  closedRanges: { from: string; to: string }[];
  closedNth: { nth: number; weekday: Weekday }[];
  closedMonthEnd: boolean;
}

/** 年末年始 in municipal ordinances (地方自治法 第4条の2: 12月29日から翌年1月3日まで). */
const YEAR_END = { from: '12-29', to: '01-03' };

function splitRange(from: string, to: string): { from: string; to: string }[] {
  return from <= to
    ? [{ from, to }]
    : [
        { from, to: '12-31' },
        { from: '01-01', to },
      ];
}

/** The queryable schedule of parsed hours; null when the hours are unknown. */
export function scheduleOf(parsed: ParsedOpeningHours | null): Schedule | null {
  if (!parsed) return null;
  const closedRanges: Schedule['closedRanges'] = [];
  const closedNth: Schedule['closedNth'] = [];
  let closedMonthEnd = false;
  for (const closed of parsed.closedDays) {
    if (closed.rule === 'YEAR_END') closedRanges.push(...splitRange(YEAR_END.from, YEAR_END.to));
    else if (closed.rule === 'DATE_RANGE' && closed.from && closed.to)
      closedRanges.push(...splitRange(closed.from, closed.to));
    else if (closed.rule === 'NTH_WEEKDAY' && closed.nth && closed.weekday)
      closedNth.push({ nth: closed.nth, weekday: closed.weekday });
    else if (closed.rule === 'MONTH_END') closedMonthEnd = true;
    // MAINTENANCE and IRREGULAR closures have no dates the text states precisely: kept as notes only.
  }
  return {
    days: parsed.days.flatMap((day) =>
      day.closed || !day.opens || !day.closes
        ? []
        : [{ weekday: day.weekday, opens: day.opens, closes: day.closes }],
    ),
    holidays: parsed.closedOnHolidays ? 'CLOSED' : parsed.holidayHours ? 'SPECIAL' : 'REGULAR',
    holidayOpens: parsed.closedOnHolidays ? null : (parsed.holidayHours?.opens ?? null),
    holidayCloses: parsed.closedOnHolidays ? null : (parsed.holidayHours?.closes ?? null),
    closedRanges,
    closedNth,
    closedMonthEnd,
  };
}

export interface CalendarDay {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
  weekday: Weekday;
  /** A national holiday (国民の祝日・振替休日・国民の休日). */
  holiday: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The hours the facility is open on a day, or null when it is closed all day. */
export function hoursOn(schedule: Schedule, date: CalendarDay): { opens: string; closes: string } | null {
  const monthDay = `${pad(date.month)}-${pad(date.day)}`;
  if (schedule.closedRanges.some((range) => range.from <= monthDay && monthDay <= range.to)) return null;
  if (
    schedule.closedNth.some((rule) => rule.weekday === date.weekday && Math.ceil(date.day / 7) === rule.nth)
  )
    return null;
  const lastDay = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  if (schedule.closedMonthEnd && date.day === lastDay) return null;
  if (date.holiday && schedule.holidays === 'CLOSED') return null;
  if (date.holiday && schedule.holidays === 'SPECIAL' && schedule.holidayOpens && schedule.holidayCloses) {
    return { opens: schedule.holidayOpens, closes: schedule.holidayCloses };
  }
  const day = schedule.days.find((entry) => entry.weekday === date.weekday);
  return day ? { opens: day.opens, closes: day.closes } : null;
}

export { WEEKDAYS };
