/** Japanese civic calendars run on Asia/Tokyo time (UTC+9, no daylight saving). */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar year in Tokyo at `now`. */
export function tokyoYear(now: Date = new Date()): number {
  return new Date(now.getTime() + TOKYO_OFFSET_MS).getUTCFullYear();
}

/** Fiscal year N runs from April 1 of N to March 31 of N+1 (Asia/Tokyo). */
export function fiscalYearOf(now: Date = new Date()): number {
  const tokyo = new Date(now.getTime() + TOKYO_OFFSET_MS);
  return tokyo.getUTCMonth() >= 3 ? tokyo.getUTCFullYear() : tokyo.getUTCFullYear() - 1;
}
