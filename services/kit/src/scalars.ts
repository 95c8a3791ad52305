import { isCalendarDate, toTokyoIso } from '@kyodo/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors.js';

/**
 * The shared scalars of every subgraph's SDL (`scalar DateTime`, `scalar Date`), so the four services parse and print
 * them identically. Resolver maps use them as `{ DateTime: DateTimeScalar, Date: DateScalar }`.
 */

// Input must carry its offset: a bare local time would be ambiguous.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw badUserInput(
      `DateTime must be ISO-8601 with an offset, e.g. 2025-04-01T09:00:00+09:00; got ${JSON.stringify(value)}`,
    );
  }
  return new Date(value);
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
