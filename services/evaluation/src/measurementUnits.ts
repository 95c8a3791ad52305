import { requireFiniteNumber, requireInteger } from '@kyodo/service-kit';

/** Units whose values are counted things (people, organizations, cases, times, places...): whole and not negative. */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  '人',
  '団体',
  '件',
  '回',
  '箇所',
  '校',
  '世帯',
  '人日',
  '施設',
]);

/** The largest count any indicator can reach (the city has about 140,000 residents; a count of a billion is a typo). */
export const MAX_COUNT = 1_000_000_000;

/** The bound of a measurement in another unit (yen, hours...): finite, and within what a city could measure. */
export const MAX_MEASURE = 1e12;

/**
 * A measured value that fits its indicator's unit: a percentage from 0 to 100, a count a whole number from 0 to
 * MAX_COUNT, anything else a finite number within ±MAX_MEASURE. BAD_USER_INPUT naming "value" otherwise.
 */
export function requireMeasurement(unit: string, value: number, argumentName = 'value'): number {
  if (unit === '%') return requireFiniteNumber(value, `${argumentName}`, 0, 100);
  if (COUNT_UNITS.has(unit)) return requireInteger(value, argumentName, 0, MAX_COUNT);
  return requireFiniteNumber(value, argumentName, -MAX_MEASURE, MAX_MEASURE);
}

/** Why `value` does not fit `unit` (in the words requireMeasurement uses), or null when it does. */
export function measurementProblem(unit: string, value: number): string | null {
  try {
    requireMeasurement(unit, value, 'value');
    return null;
  } catch (error) {
    return (error as Error).message.replace(/^Argument "value" /, '');
  }
}
