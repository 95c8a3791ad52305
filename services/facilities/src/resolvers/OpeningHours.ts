import type { OpeningHoursResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';

/** The stored record keeps the importer's shape ({text, parsed, unparsedReason}); the API flattens it. */
export const OpeningHours: OpeningHoursResolvers<Context> = {
  text: (hours) => hours.text,
  days: (hours) => hours.parsed?.days ?? null,
  unparsedReason: (hours) => hours.unparsedReason ?? null,
  closedOnHolidays: (hours) => hours.parsed?.closedOnHolidays ?? null,
  holidayHours: (hours) => hours.parsed?.holidayHours ?? null,
  closedDays: (hours) => hours.parsed?.closedDays ?? [],
  notes: (hours) => hours.parsed?.notes ?? [],
};
