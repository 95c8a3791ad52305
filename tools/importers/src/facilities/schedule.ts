import type { ParsedOpeningHours, Schedule } from '@kyodo/domain';

/** 年末年始 in municipal ordinances (地方自治法 第4条の2: 12月29日から翌年1月3日まで). */
const YEAR_END = { from: '12-29', to: '01-03' };

function splitRange(from: string, to: string): { from: string; to: string }[] {
  return from <= to
    ? [{ from, to }]
    : [
        { from, to: '12-31' },
        { from: '01-01', to },
      ];
}

/** The queryable schedule of parsed hours; null when the hours are unknown. */
export function scheduleOf(parsed: ParsedOpeningHours | null): Schedule | null {
  if (!parsed) return null;
  const closedRanges: Schedule['closedRanges'] = [];
  const closedNth: Schedule['closedNth'] = [];
  let closedMonthEnd = false;
  for (const closed of parsed.closedDays) {
    if (closed.rule === 'YEAR_END') closedRanges.push(...splitRange(YEAR_END.from, YEAR_END.to));
    else if (closed.rule === 'DATE_RANGE' && closed.from && closed.to)
      closedRanges.push(...splitRange(closed.from, closed.to));
    else if (closed.rule === 'NTH_WEEKDAY' && closed.nth && closed.weekday)
      closedNth.push({ nth: closed.nth, weekday: closed.weekday });
    else if (closed.rule === 'MONTH_END') closedMonthEnd = true;
    // MAINTENANCE and IRREGULAR closures have no dates the text states precisely: kept as notes only.
  }
  return {
    days: parsed.days.flatMap((day) =>
      day.closed || !day.opens || !day.closes
        ? []
        : [{ weekday: day.weekday, opens: day.opens, closes: day.closes }],
    ),
    holidays: parsed.closedOnHolidays ? 'CLOSED' : parsed.holidayHours ? 'SPECIAL' : 'REGULAR',
    holidayOpens: parsed.closedOnHolidays ? null : (parsed.holidayHours?.opens ?? null),
    holidayCloses: parsed.closedOnHolidays ? null : (parsed.holidayHours?.closes ?? null),
    closedRanges,
    closedNth,
    closedMonthEnd,
  };
}
