/**
 * Indicator arithmetic, kept free of I/O so every rule is unit-tested on its own.
 *
 * The model follows IATI's result/indicator: a baseline {year, value}, targets by year, actual values by year.
 * An indicator counts downwards (IATI `ascending="0"`) when its final target is below its baseline.
 */

export interface YearValue {
  year: number;
  value: number;
}

/** A plan may state a goal without a year (Meguro: utilisation "target 70 %"); such a target is the only one. */
export interface TargetValue {
  /** Absent or null: no year. */
  year?: number | null;
  value: number;
}

/** The direction staff stated for an indicator; absent or null: the targets decide. */
export type Direction = 'INCREASE' | 'DECREASE';

export interface IndicatorFigures {
  baseline: YearValue;
  targets: readonly TargetValue[];
  measurements: readonly YearValue[];
  direction?: Direction | null;
}

// Interpolated targets are rarely exact binary fractions; a measurement equal to the line must count as on it.
const TOLERANCE = 1e-9;

/** The measurement of the most recent year, or null when nothing has been measured. */
export function latestMeasurement<M extends YearValue>(measurements: readonly M[]): M | null {
  let latest: M | null = null;
  for (const measurement of measurements) {
    if (latest === null || measurement.year > latest.year) latest = measurement;
  }
  return latest;
}

/** The target the plan ends with: the undated goal if there is one, otherwise the target of the last year. */
export function finalTarget(targets: readonly TargetValue[]): TargetValue | null {
  const undated = targets.find((target) => target.year === null || target.year === undefined);
  if (undated) return undated;
  let last: TargetValue | null = null;
  for (const target of targets) {
    if (last === null || (target.year as number) > (last.year as number)) last = target;
  }
  return last;
}

/**
 * True when the indicator should rise, false when it should fall: the stated direction when there is one (it
 * decides for a target that equals the baseline, "keep it at"), otherwise the final target against the baseline.
 * Null when neither says.
 */
export function isAscending(
  baseline: YearValue,
  targets: readonly TargetValue[],
  direction: Direction | null = null,
): boolean | null {
  if (direction !== null) return direction === 'INCREASE';
  const final = finalTarget(targets);
  if (final === null) return null;
  return final.value >= baseline.value;
}

/**
 * Fraction of the way from the baseline to the final target reached by the latest measurement:
 * (latest - baseline) / (final target - baseline). Not clamped: past the target it exceeds 1, moving the wrong
 * way it is negative. Null when nothing is measured, there is no target, or the target equals the baseline.
 */
export function progress(figures: IndicatorFigures): number | null {
  const latest = latestMeasurement(figures.measurements);
  const final = finalTarget(figures.targets);
  if (latest === null || final === null) return null;
  const span = final.value - figures.baseline.value;
  if (span === 0) return null;
  return (latest.value - figures.baseline.value) / span;
}

/**
 * The value the plan expects in `year`: the piecewise straight line from the baseline through each dated target.
 * Before the baseline year it is the baseline, after the last target year the last target. Null when the plan
 * has no dated target (no line can be drawn).
 */
export function expectedValue(
  baseline: YearValue,
  targets: readonly TargetValue[],
  year: number,
): number | null {
  const points: YearValue[] = [baseline];
  for (const target of [...targets].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))) {
    if (target.year === null || target.year === undefined) return null;
    points.push({ year: target.year, value: target.value });
  }
  if (points.length === 1) return null;

  const first = points[0] as YearValue;
  if (year <= first.year) return first.value;
  for (let i = 1; i < points.length; i += 1) {
    const from = points[i - 1] as YearValue;
    const to = points[i] as YearValue;
    if (year <= to.year) {
      return from.value + ((to.value - from.value) * (year - from.year)) / (to.year - from.year);
    }
  }
  return (points[points.length - 1] as YearValue).value;
}

/**
 * Whether the latest measurement is at or past the planned line at its year: at or above it for an indicator
 * that should rise, at or below it for one that should fall. Null when nothing is measured or no line exists.
 */
export function onTrack(figures: IndicatorFigures): boolean | null {
  const latest = latestMeasurement(figures.measurements);
  if (latest === null) return null;
  const ascending = isAscending(figures.baseline, figures.targets, figures.direction ?? null);
  const expected = expectedValue(figures.baseline, figures.targets, latest.year);
  if (ascending === null || expected === null) return null;
  const slack = TOLERANCE * Math.max(1, Math.abs(expected));
  return ascending ? latest.value >= expected - slack : latest.value <= expected + slack;
}

/**
 * Checks a plan's shape: targets after the baseline year, at most one per year, and an undated goal only as the
 * sole target. Returns the problem, or null when the plan is sound.
 */
export function planProblem(baseline: YearValue, targets: readonly TargetValue[]): string | null {
  if (targets.some((target) => target.year === null || target.year === undefined) && targets.length > 1) {
    return 'a target without a year must be the only target';
  }
  const years = new Set<number>();
  for (const target of targets) {
    if (target.year === null || target.year === undefined) continue;
    if (target.year <= baseline.year)
      return `target year ${target.year} is not after the baseline year ${baseline.year}`;
    if (years.has(target.year)) return `two targets for ${target.year}`;
    years.add(target.year);
  }
  return null;
}

/**
 * A stated direction that contradicts the plan: the final target lies below the baseline of an indicator said to
 * increase, or above that of one said to decrease. Returns the problem, or null.
 */
export function directionProblem(
  baseline: YearValue,
  targets: readonly TargetValue[],
  direction: Direction | null,
): string | null {
  const final = finalTarget(targets);
  if (direction === null || final === null || final.value === baseline.value) return null;
  const rises = final.value > baseline.value;
  if (rises === (direction === 'INCREASE')) return null;
  return `the final target ${final.value} is ${rises ? 'above' : 'below'} the baseline ${baseline.value}, so the indicator cannot ${direction === 'INCREASE' ? 'increase' : 'decrease'} towards it`;
}
