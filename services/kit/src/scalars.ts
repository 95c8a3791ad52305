import { isCalendarDate, toTokyoIso } from '@kyodo/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors.js';

/**
 * The shared scalars of every subgraph's SDL (`scalar DateTime`, `scalar Date`), so the four services parse and print
 * them identically. Resolver maps use them as `{ DateTime: DateTimeScalar, Date: DateScalar }`.
 */

/**
 * The years an instant or a date may name: from 1868 (the Meiji era, before which no record here can date) to 2199.
 * Anything outside is a typo or an attack on date arithmetic, refused where the value enters (each field may narrow
 * it further, e.g. bookings to BOOKING_HORIZON_DAYS).
 */
export const MIN_YEAR = 1868;
export const MAX_YEAR = 2199;

function saneYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

// Input must carry its offset: a bare local time would be ambiguous.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw badUserInput(
      `DateTime must be ISO-8601 with an offset, e.g. 2025-04-01T09:00:00+09:00; got ${JSON.stringify(value)}`,
    );
  }
  const instant = new Date(value);
  if (!saneYear(instant.getUTCFullYear())) {
    throw badUserInput(
      `DateTime must lie in the years ${MIN_YEAR} to ${MAX_YEAR}; got ${JSON.stringify(value)}`,
    );
  }
  return instant;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO-8601 date and time with an offset; output in Asia/Tokyo (+09:00).',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`Not a DateTime: ${String(value)}`);
    return toTokyoIso(date);
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw badUserInput(
      `Date must be a calendar date as YYYY-MM-DD, e.g. 2009-04-01; got ${JSON.stringify(value)}`,
    );
  }
  if (!saneYear(Number(value.slice(0, 4)))) {
    throw badUserInput(`Date must lie in the years ${MIN_YEAR} to ${MAX_YEAR}; got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A calendar date (YYYY-MM-DD), kept as that string so dates compare and sort as text. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize(value) {
    if (typeof value !== 'string' || !isCalendarDate(value))
      throw new GraphQLError(`Not a Date: ${String(value)}`);
    return value;
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
