import {
  scheduleOf,
  WEEKDAYS,
  type ClosedDay,
  type OpeningHoursRecord,
  type Schedule,
  type Weekday,
} from '@kyodo/domain';
import { badUserInput, requireInteger, requireText } from '@kyodo/service-kit';
import type { ClosedDayInput, OpeningHoursInput } from './generated/graphql.js';

/**
 * Opening hours as staff enter them (OpeningHoursInput), checked and stored in the shape the importer stores parsed
 * hours in (OpeningHoursRecord, with nothing unparsed), and the queryable schedule derived by the one derivation both
 * use (@kyodo/domain's scheduleOf).
 */

const TEXT_MAX = 500;
const LABEL_MAX = 100;
const NOTE_MAX = 200;
const MAX_ITEMS = 20;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function invalid(argumentName: string, message: string) {
  return badUserInput(`Argument "${argumentName}" ${message}`, { argumentName });
}

function requireTime(value: string, argumentName: string): string {
  if (!TIME.test(value)) throw invalid(argumentName, `must be a time HH:MM (00:00..24:00), got ${value}`);
  return value;
}

/** opens < closes, both HH:MM; a facility cannot open at midnight's end. */
function requireRange(
  opens: string,
  closes: string,
  argumentName: string,
): { opens: string; closes: string } {
  requireTime(opens, `${argumentName}.opens`);
  requireTime(closes, `${argumentName}.closes`);
  if (opens === '24:00') throw invalid(`${argumentName}.opens`, 'must be before 24:00');
  if (opens >= closes) throw invalid(`${argumentName}.closes`, `must be after opens (${opens})`);
  return { opens, closes };
}

function requireMonthDay(value: string | null | undefined, argumentName: string): string {
  const match = value ? MONTH_DAY.exec(value) : null;
  if (!match || Number(match[2]) > DAYS_IN_MONTH[Number(match[1]) - 1]!) {
    throw invalid(argumentName, `must be a calendar day MM-DD, got ${value ?? 'nothing'}`);
  }
  return value!;
}

function requireItems(values: readonly string[] | null | undefined, argumentName: string): string[] {
  const items = values ?? [];
  if (items.length > MAX_ITEMS) throw invalid(argumentName, `must have at most ${MAX_ITEMS} items`);
  return items.map((item, index) => requireText(item, `${argumentName}[${index}]`, { max: NOTE_MAX }));
}

function closedDay(input: ClosedDayInput, argumentName: string): ClosedDay {
  const label = requireText(input.label, `${argumentName}.label`, { max: LABEL_MAX });
  const given = (value: unknown) => value !== null && value !== undefined;
  if (input.rule === 'DATE_RANGE') {
    if (given(input.nth) || given(input.weekday))
      throw invalid(argumentName, 'of rule DATE_RANGE takes from and to only');
    return {
      rule: input.rule,
      label,
      from: requireMonthDay(input.from, `${argumentName}.from`),
      to: requireMonthDay(input.to, `${argumentName}.to`),
    };
  }
  if (input.rule === 'NTH_WEEKDAY') {
    if (given(input.from) || given(input.to))
      throw invalid(argumentName, 'of rule NTH_WEEKDAY takes nth and weekday only');
    if (!given(input.nth) || !given(input.weekday))
      throw invalid(argumentName, 'of rule NTH_WEEKDAY needs nth and weekday');
    return {
      rule: input.rule,
      label,
      nth: requireInteger(input.nth, `${argumentName}.nth`, 1, 5),
      weekday: input.weekday,
    };
  }
  if (given(input.from) || given(input.to) || given(input.nth) || given(input.weekday)) {
    throw invalid(argumentName, `of rule ${input.rule} takes no from, to, nth or weekday`);
  }
  return { rule: input.rule, label };
}

/** The stored record and schedule of the hours staff entered; both null for null (hours not known). */
export function openingHoursOf(
  input: OpeningHoursInput | null,
  argumentName: string,
): { openingHours: OpeningHoursRecord | null; schedule: Schedule | null } {
  if (input === null) return { openingHours: null, schedule: null };
  const text = requireText(input.text, `${argumentName}.text`, { max: TEXT_MAX });
  const byWeekday = new Map<Weekday, { opens: string; closes: string }>();
  input.days.forEach((day, index) => {
    const path = `${argumentName}.days[${index}]`;
    if (byWeekday.has(day.weekday)) throw invalid(path, `repeats ${day.weekday}`);
    byWeekday.set(day.weekday, requireRange(day.opens, day.closes, path));
  });
  const closedOnHolidays = input.closedOnHolidays ?? false;
  const holidayHours = input.holidayHours
    ? requireRange(input.holidayHours.opens, input.holidayHours.closes, `${argumentName}.holidayHours`)
    : null;
  if (closedOnHolidays && holidayHours) {
    throw invalid(`${argumentName}.holidayHours`, 'cannot be given for a facility closed on holidays');
  }
  const closedDays = input.closedDays ?? [];
  if (closedDays.length > MAX_ITEMS)
    throw invalid(`${argumentName}.closedDays`, `must have at most ${MAX_ITEMS} items`);
  const parsed = {
    days: WEEKDAYS.map((weekday) => {
      const hours = byWeekday.get(weekday);
      return hours
        ? { weekday, opens: hours.opens, closes: hours.closes, closed: false }
        : { weekday, opens: null, closes: null, closed: true };
    }),
    closedOnHolidays,
    holidayHours,
    closedDays: closedDays.map((day, index) => closedDay(day, `${argumentName}.closedDays[${index}]`)),
    notes: requireItems(input.notes, `${argumentName}.notes`),
  };
  return { openingHours: { text, parsed, unparsedReason: null }, schedule: scheduleOf(parsed) };
}

export { requireItems };
