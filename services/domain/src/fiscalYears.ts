import { pad2, tokyoMidnight, TOKYO_OFFSET_MS } from './tokyo.js';

/** Fiscal year N (令和/年度 N) runs from April 1 of N to March 31 of N+1, Tokyo time, and is named by its first year. */

/** The fiscal year an instant falls in. */
export function fiscalYearOf(instant: Date): number {
  const tokyo = new Date(instant.getTime() + TOKYO_OFFSET_MS);
  return tokyo.getUTCMonth() >= 3 ? tokyo.getUTCFullYear() : tokyo.getUTCFullYear() - 1;
}

/** The fiscal year a YYYY-MM-DD date (or a YYYY-MM month) falls in. */
export function fiscalYearOfDate(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** First and last day of fiscal year N, YYYY-MM-DD. */
export function fiscalYearBounds(fiscalYear: number): { start: string; end: string } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

/** Fiscal year N as instants: Tokyo midnight of April 1 N, up to (excluding) Tokyo midnight of April 1 N+1. */
export function fiscalYearRange(fiscalYear: number): { start: Date; end: Date } {
  return {
    start: tokyoMidnight({ year: fiscalYear, month: 4, day: 1 }),
    end: tokyoMidnight({ year: fiscalYear + 1, month: 4, day: 1 }),
  };
}

/** The twelve YYYY-MM months of a fiscal year, April first. */
export function monthsOfFiscalYear(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((index + 3) % 12) + 1;
    return `${month >= 4 ? fiscalYear : fiscalYear + 1}-${pad2(month)}`;
  });
}

/** A YYYY-MM month (01-12, years 1900-2199), as months are named in the API. */
export function isMonth(value: string): boolean {
  return /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/.test(value);
}

/** A YYYY-MM month as instants: Tokyo midnight of its first day, up to (excluding) that of the next month's. */
export function monthRange(month: string): { start: Date; end: Date } {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return {
    start: tokyoMidnight({ year, month: number, day: 1 }),
    end: tokyoMidnight(
      number === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: number + 1, day: 1 },
    ),
  };
}
