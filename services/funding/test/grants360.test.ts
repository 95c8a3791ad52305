import { ConfigError } from '@kyodo/service-kit';
import { fiscalYearBounds } from '@kyodo/domain';
import { readPublisher } from '../src/publisher.js';
import { errorCodes, startFundingWorld, type FundingWorld, type GraphQLBody } from './helpers.js';

let world: FundingWorld;

beforeAll(async () => {
  world = await startFundingWorld();
});

afterAll(async () => {
  await world?.subgraph.stop();
});

const GRANTS = /* GraphQL */ `
  query Grants($fiscalYear: Int!, $first: Int, $after: String) {
    grants360(fiscalYear: $fiscalYear, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          description
          currency
          amountAppliedFor
          amountAwarded
          amountDisbursed
          awardDate
          fromOpenCall
          plannedDates {
            startDate
            endDate
            duration
          }
          grantProgramme {
            code
            title
          }
          fundingOrganization {
            id
            name
          }
          recipientOrganization {
            id
            organization {
              id
            }
          }
          beneficiaryLocation {
            geoCode
            district {
              code
            }
          }
          disbursementTransaction {
            transactionDate
            value
            currency
          }
          dateModified
          award {
            id
          }
        }
      }
    }
  }
`;

describe('grants360', () => {
  it('publishes every award of a fiscal year as a 360Giving grant, mapped as STANDARDS.md says', async () => {
    const grants: GraphQLBody['data'][] = [];
    let after: string | null = null;
    do {
      const response: { body: GraphQLBody } = await world.subgraph.query(GRANTS, {
        fiscalYear: 2024,
        first: 20,
        after,
      });
      expect(response.body.errors).toBeUndefined();
      const connection = response.body.data.grants360;
      grants.push(...connection.edges.map((edge: { node: unknown }) => edge.node));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);

    const awards = world.demo.awards.filter((a) => a.fiscalYear === 2024);
    expect(grants).toHaveLength(awards.length);
    const { start, end } = fiscalYearBounds(2024);
    for (const grant of grants) {
      const award = awards.find((a) => a.id === grant.award.id)!;
      const application = world.demo.applications.find((a) => a.id === award.applicationId)!;
      const program = world.demo.programs.find((p) => p.id === award.programId)!;
      expect(grant).toEqual({
        id: `360G-KYODO-YAIZU-${award.id}`,
        title: application.title,
        description: application.plan,
        currency: 'JPY',
        amountAppliedFor: application.requestedAmount,
        amountAwarded: award.amount,
        amountDisbursed: award.disbursedTotal,
        awardDate: award.awardedOn,
        fromOpenCall: 'Yes',
        plannedDates: [{ startDate: start, endDate: end, duration: 12 }],
        grantProgramme: [{ code: program.id, title: program.nameJa }],
        fundingOrganization: [{ id: 'JP-JCN-1000020222127', name: '焼津市' }],
        recipientOrganization: [
          { id: `360G-KYODO-YAIZU-ORG-${award.organizationId}`, organization: { id: award.organizationId } },
        ],
        beneficiaryLocation: [{ geoCode: award.districtCode, district: { code: award.districtCode } }],
        disbursementTransaction: award.disbursements.map((d) => ({
          transactionDate: d.date,
          value: d.amount,
          currency: 'JPY',
        })),
        dateModified: expect.stringMatching(/\+09:00$/),
        award: { id: award.id },
      });
      const paid = grant.disbursementTransaction.reduce(
        (sum: number, t: { value: number }) => sum + t.value,
        0,
      );
      expect(paid).toBe(grant.amountDisbursed);
    }
    const dates = grants.map((g) => g.awardDate as string);
    expect(dates).toEqual([...dates].sort());
  });

  it('resolves a page of grants with a fixed number of queries, however many grants it holds', async () => {
    let body: GraphQLBody = {};
    const commands = await world.subgraph.countCommands(async () => {
      ({ body } = await world.subgraph.query(GRANTS, { fiscalYear: 2023, first: 100 }));
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.grants360.edges.length).toBeGreaterThan(30);
    // The awards page, its count, then one batch each for the applications and the programs.
    expect(commands).toBe(4);
  });

  it('rejects a bad fiscal year or page size', async () => {
    const year = await world.subgraph.query(GRANTS, { fiscalYear: 0 });
    expect(errorCodes(year.body)).toEqual(['BAD_USER_INPUT']);
    const size = await world.subgraph.query(GRANTS, { fiscalYear: 2024, first: 500 });
    expect(errorCodes(size.body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('readPublisher', () => {
  it('defaults to the demo city and takes overrides from the environment', () => {
    expect(readPublisher({})).toEqual({
      funderId: 'JP-JCN-1000020222127',
      funderName: '焼津市',
      prefix: '360G-KYODO-YAIZU',
    });
    expect(
      readPublisher({
        KYODO_FUNDER_ID: 'JP-JCN-8000020130001',
        KYODO_FUNDER_NAME: '東京都',
        KYODO_360G_PREFIX: '360G-TOKYO',
      }),
    ).toEqual({ funderId: 'JP-JCN-8000020130001', funderName: '東京都', prefix: '360G-TOKYO' });
  });

  it('refuses a bad value with a ConfigError naming the variable', () => {
    expect(() => readPublisher({ KYODO_360G_PREFIX: 'KYODO' })).toThrow(ConfigError);
    expect(() => readPublisher({ KYODO_360G_PREFIX: 'KYODO' })).toThrow(/KYODO_360G_PREFIX/);
    expect(() => readPublisher({ KYODO_FUNDER_ID: '焼津市' })).toThrow(/KYODO_FUNDER_ID/);
  });
});
