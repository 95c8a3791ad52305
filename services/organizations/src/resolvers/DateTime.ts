import { badUserInput } from '@kyodo/service-kit';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** An instant as ISO-8601 in Asia/Tokyo (+09:00), the offset the API promises on output. */
export function toTokyoIso(value: Date): string {
  return `${new Date(value.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 23)}+09:00`;
}

// Input must carry its offset: a bare local time would be ambiguous.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw badUserInput(
      `DateTime must be ISO-8601 with an offset, e.g. 2025-04-01T09:00:00+09:00; got ${JSON.stringify(value)}`,
    );
  }
  return new Date(value);
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO-8601 date and time with an offset; output in Asia/Tokyo (+09:00).',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`Not a DateTime: ${String(value)}`);
    return toTokyoIso(date);
  },
  parseValue: parse,
  parseLiteral(ast) {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});
