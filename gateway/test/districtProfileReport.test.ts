import { districtProfile } from '../src/reports/definitions/districtProfile.js';

/**
 * The district profile reads its nested lists (an organization's awards, the district's indicators) in one page each:
 * when a list is longer than that page it refuses to build rather than show a profile with part of it missing.
 */

const labels = new Map();
const params = { district: 'yaizu-01', fiscalYear: 2025 };
const page = <Node>(nodes: Node[], hasNextPage = false) => ({
  pageInfo: { hasNextPage },
  edges: nodes.map((node) => ({ node })),
});
const award = { amount: 100_000, program: { id: 'p1', nameJa: '地域づくり運営支援交付金' } };
const indicator = {
  nameJa: '自治会加入率',
  unit: '%',
  baseline: { year: 2021, value: 79.2 },
  targets: [{ year: null, value: 84.2 }],
  latest: { year: 2025, value: 82 },
  progress: 0.56,
  onTrack: true,
};

function district(awards: ReturnType<typeof page<typeof award>>, indicators = page([indicator])) {
  return {
    district: {
      code: 'yaizu-01',
      nameJa: '高新田自治会区域',
      organizations: {
        totalCount: 1,
        edges: [{ node: { kind: 'CIVIC_GROUP', activityFields: [], awardsConnection: awards } }],
      },
      facilities: [],
      funding: { awardedTotal: 100_000, awardCount: 1, disbursedTotal: 0 },
      indicatorsConnection: indicators,
    },
  };
}

const sectionRows = (title: string, data: ReturnType<typeof district>) =>
  districtProfile.build(data, params, labels).sections.find((section) => section.title === title)!.table.rows;

describe('the district profile', () => {
  it('sums the awards per program and lists the indicators when each list fits its page', () => {
    const data = district(page([award, award]));
    expect(sectionRows('助成（制度別）', data)).toEqual([
      { program: '地域づくり運営支援交付金', count: 2, amount: 200_000 },
    ]);
    expect(sectionRows('指標', data)).toMatchObject([{ name: '自治会加入率', latest: 82 }]);
  });

  it('refuses to build when an organization has more awards than its page holds', () => {
    expect(() => districtProfile.build(district(page([award], true)), params, labels)).toThrow(
      'the district profile shows at most 5 awards per organization in a year, and there are more',
    );
  });

  it('refuses to build when the district has more indicators than the page holds', () => {
    expect(() =>
      districtProfile.build(district(page([award]), page([indicator], true)), params, labels),
    ).toThrow('the district profile shows at most 50 indicators of a district, and there are more');
  });
});
