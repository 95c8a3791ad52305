import {
  expectedValue,
  finalTarget,
  isAscending,
  latestMeasurement,
  onTrack,
  planProblem,
  progress,
  type IndicatorFigures,
} from '../src/indicatorMath.js';

// Real plans from docs/domain.md.
const mitakaCertifiedNpos = {
  baseline: { year: 2010, value: 74 },
  targets: [
    { year: 2018, value: 90 },
    { year: 2014, value: 82 },
    { year: 2022, value: 98 },
  ],
};
const yamaguchiLocalActivities = {
  baseline: { year: 2006, value: 37.5 },
  targets: [
    { year: 2012, value: 45.0 },
    { year: 2017, value: 50.0 },
  ],
};
const meguroUtilisation = { baseline: { year: 2017, value: 57.57 }, targets: [{ year: null, value: 70 }] };
const meguroMembership = { baseline: { year: 1969, value: 79.5 }, targets: [] };
// A falling indicator (e.g. vacant community-centre rooms), planned to halve by 2020 then drop to 10 by 2030.
const vacancy = {
  baseline: { year: 2010, value: 40 },
  targets: [
    { year: 2020, value: 20 },
    { year: 2030, value: 10 },
  ],
};

function withMeasurements(
  plan: Omit<IndicatorFigures, 'measurements'>,
  ...measurements: [number, number][]
): IndicatorFigures {
  return { ...plan, measurements: measurements.map(([year, value]) => ({ year, value })) };
}

describe('latestMeasurement', () => {
  it('picks the most recent year regardless of order', () => {
    expect(
      latestMeasurement([
        { year: 2014, value: 1 },
        { year: 2019, value: 3 },
        { year: 2016, value: 2 },
      ]),
    ).toEqual({ year: 2019, value: 3 });
  });

  it('is null without measurements', () => {
    expect(latestMeasurement([])).toBeNull();
  });
});

describe('finalTarget and isAscending', () => {
  it('takes the last year, not the last listed', () => {
    expect(finalTarget(mitakaCertifiedNpos.targets)).toEqual({ year: 2022, value: 98 });
    expect(isAscending(mitakaCertifiedNpos.baseline, mitakaCertifiedNpos.targets)).toBe(true);
  });

  it('takes an undated goal as final', () => {
    expect(finalTarget(meguroUtilisation.targets)).toEqual({ year: null, value: 70 });
  });

  it('counts downwards when the final target is below the baseline', () => {
    expect(isAscending(vacancy.baseline, vacancy.targets)).toBe(false);
  });

  it('has no direction without a target', () => {
    expect(finalTarget([])).toBeNull();
    expect(isAscending(meguroMembership.baseline, [])).toBeNull();
  });
});

describe('progress', () => {
  it("is exactly 0.5 for Mitaka's certified NPOs measured at 86 (74 -> 98)", () => {
    expect(progress(withMeasurements(mitakaCertifiedNpos, [2014, 80], [2016, 86]))).toBe(0.5);
  });

  it('uses the latest measurement, not the largest', () => {
    expect(progress(withMeasurements(mitakaCertifiedNpos, [2018, 98], [2020, 74]))).toBe(0);
  });

  it('goes past 1 beyond the target and below 0 the wrong way', () => {
    expect(progress(withMeasurements(mitakaCertifiedNpos, [2022, 110]))).toBe(1.5);
    expect(progress(withMeasurements(mitakaCertifiedNpos, [2012, 68]))).toBe(-0.25);
  });

  it('is positive for a falling indicator that falls', () => {
    expect(progress(withMeasurements(vacancy, [2020, 25]))).toBe(0.5);
  });

  it('works against an undated goal', () => {
    expect(progress(withMeasurements(meguroUtilisation, [2019, 63.785]))).toBeCloseTo(0.5, 12);
  });

  it('is null without a measurement, without a target, or when the target equals the baseline', () => {
    expect(progress(withMeasurements(mitakaCertifiedNpos))).toBeNull();
    expect(progress(withMeasurements(meguroMembership, [2017, 47.7]))).toBeNull();
    expect(
      progress(
        withMeasurements(
          { baseline: { year: 2010, value: 5 }, targets: [{ year: 2015, value: 5 }] },
          [2012, 6],
        ),
      ),
    ).toBeNull();
  });
});

describe('expectedValue', () => {
  it('interpolates between the baseline and the targets, year by year', () => {
    const { baseline, targets } = yamaguchiLocalActivities;
    expect(expectedValue(baseline, targets, 2006)).toBe(37.5);
    expect(expectedValue(baseline, targets, 2009)).toBeCloseTo(41.25, 12);
    expect(expectedValue(baseline, targets, 2012)).toBe(45);
    expect(expectedValue(baseline, targets, 2015)).toBeCloseTo(48, 12);
    expect(expectedValue(baseline, targets, 2017)).toBe(50);
  });

  it('holds the last target after the plan ends and the baseline before it starts', () => {
    expect(expectedValue(mitakaCertifiedNpos.baseline, mitakaCertifiedNpos.targets, 2030)).toBe(98);
    expect(expectedValue(mitakaCertifiedNpos.baseline, mitakaCertifiedNpos.targets, 2000)).toBe(74);
  });

  it('follows each segment of a falling plan', () => {
    expect(expectedValue(vacancy.baseline, vacancy.targets, 2015)).toBe(30);
    expect(expectedValue(vacancy.baseline, vacancy.targets, 2025)).toBe(15);
  });

  it('is null without a dated target', () => {
    expect(expectedValue(meguroUtilisation.baseline, meguroUtilisation.targets, 2019)).toBeNull();
    expect(expectedValue(meguroMembership.baseline, [], 2017)).toBeNull();
  });
});

describe('onTrack', () => {
  it('is true on or above the line for a rising indicator, false below it', () => {
    // Line at 2016: 82 + (90 - 82) * 2 / 4 = 86.
    expect(onTrack(withMeasurements(mitakaCertifiedNpos, [2016, 86]))).toBe(true);
    expect(onTrack(withMeasurements(mitakaCertifiedNpos, [2016, 87]))).toBe(true);
    expect(onTrack(withMeasurements(mitakaCertifiedNpos, [2016, 85]))).toBe(false);
  });

  it('counts a value exactly on an interpolated line as on track', () => {
    // 2009 on Yamaguchi's line is 41.25 (computed in floating point).
    expect(onTrack(withMeasurements(yamaguchiLocalActivities, [2009, 41.25]))).toBe(true);
    expect(onTrack(withMeasurements(yamaguchiLocalActivities, [2009, 41.2]))).toBe(false);
  });

  it('is true on or below the line for a falling indicator, false above it', () => {
    expect(onTrack(withMeasurements(vacancy, [2015, 30]))).toBe(true);
    expect(onTrack(withMeasurements(vacancy, [2025, 14]))).toBe(true);
    expect(onTrack(withMeasurements(vacancy, [2025, 16]))).toBe(false);
  });

  it('judges the latest measurement only', () => {
    expect(onTrack(withMeasurements(vacancy, [2025, 12], [2015, 35]))).toBe(true);
    expect(onTrack(withMeasurements(vacancy, [2025, 17], [2015, 25]))).toBe(false);
  });

  it('is null without a measurement or a line', () => {
    expect(onTrack(withMeasurements(vacancy))).toBeNull();
    expect(onTrack(withMeasurements(meguroUtilisation, [2019, 65]))).toBeNull();
    expect(onTrack(withMeasurements(meguroMembership, [2017, 47.7]))).toBeNull();
  });
});

describe('planProblem', () => {
  it('accepts the real plans', () => {
    for (const plan of [
      mitakaCertifiedNpos,
      yamaguchiLocalActivities,
      meguroUtilisation,
      meguroMembership,
      vacancy,
    ]) {
      expect(planProblem(plan.baseline, plan.targets)).toBeNull();
    }
  });

  it('rejects targets at or before the baseline, duplicate years and an undated goal among dated ones', () => {
    const baseline = { year: 2010, value: 1 };
    expect(planProblem(baseline, [{ year: 2010, value: 2 }])).toMatch(/not after the baseline/);
    expect(
      planProblem(baseline, [
        { year: 2014, value: 2 },
        { year: 2014, value: 3 },
      ]),
    ).toMatch(/two targets for 2014/);
    expect(
      planProblem(baseline, [
        { year: 2014, value: 2 },
        { year: null, value: 3 },
      ]),
    ).toMatch(/only target/);
  });
});
