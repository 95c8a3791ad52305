/** Calendar rules of the funding office: dates are Asia/Tokyo, fiscal year N runs April 1 N to March 31 N+1. */

const TOKYO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Tokyo, YYYY-MM-DD: what an application window is compared with. */
export function tokyoDate(at: Date = new Date()): string {
  return TOKYO_DATE.format(at);
}

/** The fiscal year a YYYY-MM-DD date falls in. */
export function fiscalYearOfDate(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** First and last day of fiscal year N. */
export function fiscalYearBounds(fiscalYear: number): { start: string; end: string } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

export { isCalendarDate } from '@kyodo/service-kit';
