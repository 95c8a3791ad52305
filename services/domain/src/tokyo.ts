import holidayJp from '@holiday-jp/holiday_jp';
import { WEEKDAYS, type Weekday } from './weekdays.js';

/**
 * The Tokyo calendar: every date the city publishes is an Asia/Tokyo date. Asia/Tokyo has had no daylight saving
 * time since 1951, so it is a fixed +09:00 and plain arithmetic on UTC instants is exact.
 */
export const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

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

export const pad2 = (value: number) => String(value).padStart(2, '0');

/** National holidays (振替休日 and 国民の休日 included) from @holiday-jp/holiday_jp's table. */
export function isJapaneseHoliday(year: number, month: number, day: number): boolean {
  return Object.prototype.hasOwnProperty.call(holidayJp.holidays, `${year}-${pad2(month)}-${pad2(day)}`);
}

/** The Tokyo calendar day an instant falls on. */
export function tokyoDay(instant: Date): CalendarDay {
  const shifted = new Date(instant.getTime() + TOKYO_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  return {
    year,
    month,
    day,
    // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
    weekday: WEEKDAYS[(shifted.getUTCDay() + 6) % 7]!,
    holiday: isJapaneseHoliday(year, month, day),
  };
}

/** The Tokyo date of an instant, YYYY-MM-DD. */
export function tokyoDate(instant: Date): string {
  return new Date(instant.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar year in Tokyo at an instant. */
export function tokyoYear(instant: Date): number {
  return new Date(instant.getTime() + TOKYO_OFFSET_MS).getUTCFullYear();
}

/** Minutes since Tokyo midnight of an instant. */
export function tokyoMinutes(instant: Date): number {
  return Math.floor(((instant.getTime() + TOKYO_OFFSET_MS) % DAY_MS) / 60000);
}

/** Tokyo midnight starting the day. */
export function tokyoMidnight(day: Pick<CalendarDay, 'year' | 'month' | 'day'>): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day) - TOKYO_OFFSET_MS);
}

/** Tokyo midnight starting a YYYY-MM-DD date. */
export function tokyoMidnightOf(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - TOKYO_OFFSET_MS);
}

/** Each Tokyo midnight from the day containing `from` to the day containing the instant before `to`. */
export function* tokyoDays(from: Date, to: Date): Generator<Date> {
  for (
    let midnight = tokyoMidnight(tokyoDay(from));
    midnight < to;
    midnight = new Date(midnight.getTime() + DAY_MS)
  ) {
    yield midnight;
  }
}

/** An instant as ISO-8601 in Asia/Tokyo (+09:00), the offset the API promises on output. */
export function toTokyoIso(value: Date): string {
  return `${new Date(value.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 23)}+09:00`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as YYYY-MM-DD: 2025-02-30 is refused, not rolled over to March. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A YYYY-MM-DD date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
