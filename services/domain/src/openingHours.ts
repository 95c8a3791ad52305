import { fiscalYearRange } from './fiscalYears.js';
import { pad2, tokyoDay, tokyoDays, type CalendarDay } from './tokyo.js';
import type { Weekday } from './weekdays.js';

/**
 * Opening hours as the city publishes them (parsed from 公共施設一覧's free text by the importer) and the schedule
 * the facilities service queries and computes with.
 */

export interface TimeRange {
  /** 'HH:MM', 24-hour clock. */
  opens: string;
  /** 'HH:MM'; '24:00' for a facility open until midnight. */
  closes: string;
}

export interface DayHours {
  weekday: Weekday;
  opens: string | null;
  closes: string | null;
  closed: boolean;
}

export const CLOSED_DAY_RULES = [
  'YEAR_END',
  'DATE_RANGE',
  'NTH_WEEKDAY',
  'MONTH_END',
  'MAINTENANCE',
  'IRREGULAR',
] as const;
export type ClosedDayRule = (typeof CLOSED_DAY_RULES)[number];

/** A closure that is not a whole weekday: 年末年始, 12/29～1/3, 第3日曜日, 館内整理日... */
export interface ClosedDay {
  rule: ClosedDayRule;
  /** As written in the source. */
  label: string;
  /** 'MM-DD', for DATE_RANGE (may wrap over the new year). */
  from?: string;
  to?: string;
  /** For NTH_WEEKDAY: the nth (1-5) weekday of each month. */
  nth?: number;
  weekday?: Weekday;
}

export interface ParsedOpeningHours {
  /** Always seven entries, Monday first. */
  days: DayHours[];
  closedOnHolidays: boolean;
  /** Hours on national holidays when the text gives them separately (土・日・祝休日は9:00～17:00). */
  holidayHours: TimeRange | null;
  closedDays: ClosedDay[];
  /** Remarks kept as written: seasonal hours (長期休暇 7:30～18:30), substitute-day rules. */
  notes: string[];
}

export interface OpeningHoursRecord {
  /** The source text, verbatim (利用可能日時特記事項, or the 利用可能曜日/開始時間/終了時間 columns joined). */
  text: string;
  parsed: ParsedOpeningHours | null;
  /** Why `parsed` is null. */
  unparsedReason: string | null;
}

export const HOLIDAY_RULES = ['REGULAR', 'CLOSED', 'SPECIAL'] as const;

/**
 * Opening hours in queryable form: open days only, closures as non-wrapping MM-DD ranges, nth-weekday and month-end
 * flags. Derived from parsed hours, never from raw text.
 */
export interface Schedule {
  days: { weekday: Weekday; opens: string; closes: string }[];
  /** REGULAR: holidays keep the weekday's hours; CLOSED; SPECIAL: holidayOpens..holidayCloses. */
  holidays: (typeof HOLIDAY_RULES)[number];
  holidayOpens: string | null;
  holidayCloses: string | null;
  /** MM-DD inclusive, from <= to (a range over the new year is split in two). */
  closedRanges: { from: string; to: string }[];
  closedNth: { nth: number; weekday: Weekday }[];
  closedMonthEnd: boolean;
}

/** The hours a schedule is open on a day, or null when it is closed all day. */
export function hoursOn(schedule: Schedule, date: CalendarDay): TimeRange | null {
  const monthDay = `${pad2(date.month)}-${pad2(date.day)}`;
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

/** 'HH:MM' to minutes since midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The open period on the Tokyo day starting at `midnight`, as instants; null when closed. */
export function openPeriod(schedule: Schedule, midnight: Date): { start: Date; end: Date } | null {
  const hours = hoursOn(schedule, tokyoDay(midnight));
  if (!hours) return null;
  return {
    start: new Date(midnight.getTime() + minutesOf(hours.opens) * 60000),
    end: new Date(midnight.getTime() + minutesOf(hours.closes) * 60000),
  };
}

/** Open hours of one room over a fiscal year, following the schedule day by day. */
export function availableHours(schedule: Schedule, fiscalYear: number): number {
  const { start, end } = fiscalYearRange(fiscalYear);
  return availableHoursBetween(schedule, start, end);
}

/** Open hours of one room over the Tokyo days from `start` (a Tokyo midnight) up to `end`, day by day. */
export function availableHoursBetween(schedule: Schedule, start: Date, end: Date): number {
  let minutes = 0;
  for (const midnight of tokyoDays(start, end)) {
    const period = openPeriod(schedule, midnight);
    if (period) minutes += (period.end.getTime() - period.start.getTime()) / 60000;
  }
  return minutes / 60;
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

/**
 * The queryable schedule of parsed hours; null when the hours are unknown. The importer derives it from the parsed
 * text, the facilities service from the hours staff enter: one derivation, so both store the same schedule.
 */
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
