import { hoursOn, type CalendarDay } from '@kyodo/domain';
import { parseOpeningHours, scheduleOf } from '../src/index.js';

function schedule(text: string) {
  const result = scheduleOf(parseOpeningHours(text).parsed);
  if (!result) throw new Error(`not parsed: ${text}`);
  return result;
}

function day(date: string, weekday: CalendarDay['weekday'], holiday = false): CalendarDay {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth, weekday, holiday };
}

describe('scheduleOf and hoursOn', () => {
  it('is null when the hours are unknown', () => {
    expect(scheduleOf(parseOpeningHours('【開館時間】不定期').parsed)).toBeNull();
  });

  it('splits a closure over the new year into two ranges and reads 年末年始 as 12/29-1/3', () => {
    expect(schedule('【開館時間】9:00～21:30 【休館日】12月29日から翌年１月３日まで').closedRanges).toEqual([
      { from: '12-29', to: '12-31' },
      { from: '01-01', to: '01-03' },
    ]);
    const yearEnd = schedule('【開館時間】8:30～21:00 【休館日】毎週月曜日、年末年始');
    expect(hoursOn(yearEnd, day('2030-12-28', 'SATURDAY'))).toEqual({ opens: '08:30', closes: '21:00' });
    expect(hoursOn(yearEnd, day('2030-12-29', 'SUNDAY'))).toBeNull();
    expect(hoursOn(yearEnd, day('2031-01-03', 'FRIDAY'))).toBeNull();
    expect(hoursOn(yearEnd, day('2031-01-04', 'SATURDAY'))).toEqual({ opens: '08:30', closes: '21:00' });
    expect(hoursOn(yearEnd, day('2031-01-06', 'MONDAY'))).toBeNull();
  });

  it('closes on the nth weekday, at month end and on holidays, and keeps holiday hours', () => {
    const welfare = schedule('【開館時間】9：00～21：30 【休館日】月の第3日曜日、祝日');
    expect(hoursOn(welfare, day('2030-06-09', 'SUNDAY'))).toEqual({ opens: '09:00', closes: '21:30' });
    expect(hoursOn(welfare, day('2030-06-16', 'SUNDAY'))).toBeNull();
    expect(hoursOn(welfare, day('2030-11-04', 'MONDAY', true))).toBeNull();
    const library = schedule(
      '【開館時間】9:00～19:00 (土・日・祝休日は9:00～17:00) 【休館日】月曜日 (祝休日の場合は、翌平日) 月末日 (土・日・祝休日の場合は、直前の平日)',
    );
    expect(hoursOn(library, day('2030-05-10', 'FRIDAY'))).toEqual({ opens: '09:00', closes: '19:00' });
    expect(hoursOn(library, day('2030-05-03', 'FRIDAY', true))).toEqual({ opens: '09:00', closes: '17:00' });
    expect(hoursOn(library, day('2030-05-31', 'FRIDAY'))).toBeNull();
    expect(hoursOn(library, day('2030-06-03', 'MONDAY'))).toBeNull();
  });
});
