import {
  availableHours,
  availableHoursOfMonth,
  isMonth,
  monthRange,
  utilisation,
  utilisationRate,
  fiscalYearBounds,
  fiscalYearOf,
  fiscalYearOfDate,
  fiscalYearRange,
  hoursOn,
  monthsOfFiscalYear,
  nextSlotBoundary,
  slotStarts,
  tokyoDate,
  tokyoDay,
  tokyoMidnightOf,
  tokyoMinutes,
  type Schedule,
} from '../src/index.js';

describe('the Tokyo calendar', () => {
  it('puts 15:30 UTC on the next Tokyo day', () => {
    const instant = new Date('2025-03-31T15:30:00Z');
    expect(tokyoDate(instant)).toBe('2025-04-01');
    expect(tokyoDay(instant)).toMatchObject({ year: 2025, month: 4, day: 1, weekday: 'TUESDAY' });
    expect(tokyoMinutes(instant)).toBe(30);
  });

  it('knows national holidays, substitute holidays included', () => {
    expect(tokyoDay(tokyoMidnightOf('2025-05-06')).holiday).toBe(true); // 振替休日
    expect(tokyoDay(tokyoMidnightOf('2025-05-07')).holiday).toBe(false);
  });
});

describe('fiscal years', () => {
  it('start on April 1 in Tokyo', () => {
    expect(fiscalYearOf(new Date('2025-03-31T14:59:59Z'))).toBe(2024);
    expect(fiscalYearOf(new Date('2025-03-31T15:00:00Z'))).toBe(2025);
    expect(fiscalYearOfDate('2026-03-31')).toBe(2025);
    expect(fiscalYearOfDate('2026-04')).toBe(2026);
    expect(fiscalYearBounds(2025)).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(fiscalYearRange(2025).start.toISOString()).toBe('2025-03-31T15:00:00.000Z');
    expect(monthsOfFiscalYear(2025)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });
});

describe('opening-hours schedules', () => {
  const schedule: Schedule = {
    days: (['TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const).map((weekday) => ({
      weekday,
      opens: '09:00',
      closes: '21:00',
    })),
    holidays: 'CLOSED',
    holidayOpens: null,
    holidayCloses: null,
    closedRanges: [
      { from: '12-29', to: '12-31' },
      { from: '01-01', to: '01-03' },
    ],
    closedNth: [],
    closedMonthEnd: false,
  };

  it('splits a fiscal year’s open hours into its months, and applies one utilisation rule to both', () => {
    const months = monthsOfFiscalYear(2025);
    const byMonth = months.map((month) => availableHoursOfMonth(schedule, month));
    expect(byMonth.reduce((a, b) => a + b, 0)).toBe(availableHours(schedule, 2025));
    // June 2025: 30 days, 5 Mondays, no holiday: 25 days of 12 hours.
    expect(byMonth[2]).toBe(300);
    expect(utilisationRate(90 * 60, 300, 1)).toBe(0.3);
    expect(utilisationRate(90 * 60, 300, 0)).toBeNull();
    expect(utilisationRate(0, 0, 1)).toBeNull();
    expect(utilisation(90 * 60, schedule, 2, 2025)).toBe(
      utilisationRate(90 * 60, availableHours(schedule, 2025), 2),
    );
  });

  it('reads months as YYYY-MM, Tokyo midnight to Tokyo midnight', () => {
    expect(monthRange('2025-12')).toEqual({
      start: new Date('2025-12-01T00:00:00+09:00'),
      end: new Date('2026-01-01T00:00:00+09:00'),
    });
    expect(['2025-04', '1999-12'].every(isMonth)).toBe(true);
    expect(['2025-4', '2025-13', '2025-00', 'June', '2025-04-01', '1800-01'].some(isMonth)).toBe(false);
  });

  it('closes on Mondays, holidays and 年末年始', () => {
    expect(hoursOn(schedule, tokyoDay(tokyoMidnightOf('2025-06-03')))).toEqual({
      opens: '09:00',
      closes: '21:00',
    });
    expect(hoursOn(schedule, tokyoDay(tokyoMidnightOf('2025-06-02')))).toBeNull();
    expect(hoursOn(schedule, tokyoDay(tokyoMidnightOf('2025-05-06')))).toBeNull();
    expect(hoursOn(schedule, tokyoDay(tokyoMidnightOf('2026-01-02')))).toBeNull();
  });

  it('adds up the open hours of a fiscal year day by day', () => {
    // 365 days, minus 52 Mondays, minus holidays and year-end closures on open days: 12 hours each.
    const hours = availableHours(schedule, 2025);
    expect(hours % 12).toBe(0);
    expect(hours / 12).toBeGreaterThan(280);
    expect(hours / 12).toBeLessThan(313);
  });
});

describe('booking slots', () => {
  it('are half hours', () => {
    const start = new Date('2025-06-03T01:00:00Z');
    expect(slotStarts(start, new Date('2025-06-03T02:30:00Z')).map((slot) => slot.toISOString())).toEqual([
      '2025-06-03T01:00:00.000Z',
      '2025-06-03T01:30:00.000Z',
      '2025-06-03T02:00:00.000Z',
    ]);
    expect(nextSlotBoundary(new Date('2025-06-03T01:00:01Z')).toISOString()).toBe('2025-06-03T01:30:00.000Z');
  });
});
