import { toKatakana } from '@kyodo/domain';
import { badUserInput } from './errors.js';
import { cleanText } from './inputText.js';

/**
 * The input validators every service uses. Each throws BAD_USER_INPUT naming the argument (its path in the input,
 * e.g. "input.title"), before anything is read or written.
 */

function invalid(argumentName: string, message: string) {
  return badUserInput(`Argument "${argumentName}" ${message}`, { argumentName });
}

export interface TextOptions {
  /** The most characters (code points) allowed after trimming. */
  max: number;
  /**
   * NFKC also folds full-width letters and digits and half-width kana (names and readings are stored so); NFC,
   * the default, keeps what was typed.
   */
  normalization?: 'NFC' | 'NFKC';
}

function normalized(value: string, argumentName: string, options: TextOptions): string {
  const text = cleanText(value, argumentName)
    .normalize(options.normalization ?? 'NFC')
    .trim();
  if (text.length === 0) throw invalid(argumentName, 'must not be empty');
  if ([...text].length > options.max)
    throw invalid(argumentName, `must be at most ${options.max} characters`);
  return text;
}

/** Clean, trimmed, non-empty text of at most `options.max` characters. */
export function requireText(value: string, argumentName: string, options: TextOptions): string {
  return normalized(value, argumentName, options);
}

/** Like requireText, but null, absent or blank is null. */
export function optionalText(
  value: string | null | undefined,
  argumentName: string,
  options: TextOptions,
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return normalized(value, argumentName, options);
}

// Katakana, the prolonged sound mark, the middle dot and spaces: how readings (フリガナ) are written.
const KATAKANA_READING = /^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]+$/u;

/** A reading in katakana (hiragana is converted; half-width kana widened); letters, digits and symbols are refused. */
export function requireKatakana(value: string, argumentName: string, max = 200): string {
  const reading = toKatakana(requireText(value, argumentName, { max, normalization: 'NFKC' }));
  if (!KATAKANA_READING.test(reading))
    throw invalid(argumentName, 'must be a reading in katakana or hiragana');
  return reading;
}

export function requireInteger(value: number, argumentName: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(argumentName, `must be a whole number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export function requireFiniteNumber(value: number, argumentName: string, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw invalid(argumentName, `must be a number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/** The fiscal years the API answers for: anything else is a typo, not a question. */
export const MIN_FISCAL_YEAR = 1990;
export const MAX_FISCAL_YEAR = 2100;

export function requireFiscalYear(value: number, argumentName = 'fiscalYear'): number {
  return requireInteger(value, argumentName, MIN_FISCAL_YEAR, MAX_FISCAL_YEAR);
}

/** An optional fiscal year: null stays null, anything else must be a plausible year. */
export function optionalFiscalYear(
  value: number | null | undefined,
  argumentName = 'fiscalYear',
): number | null {
  return value === null || value === undefined ? null : requireFiscalYear(value, argumentName);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How far ahead a room may be booked: five years (1,827 days), the span of the longest plan a booking belongs to
 * (a council's five-year plan). A booking beyond it (year 9999) is a typo or an attack on the calendar, never a
 * plan; each booking also claims its slots, so an unbounded horizon would let anyone fill the calendar for ever.
 */
export const BOOKING_HORIZON_DAYS = 1827;

/** An instant from `notBefore` to `notAfter` (inclusive). */
export function requireInstantBetween(
  value: Date,
  argumentName: string,
  notBefore: Date,
  notAfter: Date,
  why: string,
): Date {
  if (Number.isNaN(value.getTime()) || value < notBefore || value > notAfter) {
    throw invalid(argumentName, why);
  }
  return value;
}

/** An instant that lies no later than `horizonDays` after `now` (bookings: BOOKING_HORIZON_DAYS). */
export function requireWithinHorizon(
  value: Date,
  argumentName: string,
  now: Date,
  horizonDays: number,
): Date {
  return requireInstantBetween(
    value,
    argumentName,
    new Date(0),
    new Date(now.getTime() + horizonDays * DAY_MS),
    `must be within ${horizonDays} days from now`,
  );
}

/** The earliest calendar date the registers accept (the oldest associations date from the Meiji era). */
export const EARLIEST_DATE = '1868-01-01';

/** A calendar date (YYYY-MM-DD, as the Date scalar gives it) from EARLIEST_DATE up to `today` (YYYY-MM-DD). */
export function requireDateNotInFuture(value: string, argumentName: string, today: string): string {
  if (value > today) throw invalid(argumentName, `must not be in the future (today is ${today})`);
  if (value < EARLIEST_DATE) throw invalid(argumentName, `must not be before ${EARLIEST_DATE}`);
  return value;
}
