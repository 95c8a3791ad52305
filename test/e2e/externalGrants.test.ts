// Another funder's 360Giving grants, imported with the real importer CLI (spawned, into the running graph's
// funding database), read through the gateway, kept apart from the city's own funding, and published again at
// /exports/360giving.json?funder= still valid against the official schemas (../shared/schemas, offline).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { type Body, type RunningGraph, startGraph } from '../src/graph.js';
import { entry } from '../src/processes.js';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const FILE = path.join(SHARED, 'data', '360giving_alwf_grants.json');
const IMPORT_CLI = entry('tools/importers/dist/src/cli/import360Giving.js');
const FUNDER = 'GB-CHC-1015648';
const published = JSON.parse(readFileSync(FILE, 'utf8')) as { grants: { id: string }[] };

function schema(file: string) {
  const { $schema: _draft, ...rest } = JSON.parse(readFileSync(path.join(SHARED, 'schemas', file), 'utf8'));
  return rest;
}

/** The package schema refers to the grant schema by its published URL: register it there. */
function packageValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const pkg = schema('360-giving-package-schema.json');
  ajv.addSchema({ ...schema('360-giving-schema.json'), $id: pkg.properties.grants.items.$ref });
  return ajv.compile(pkg);
}

let graph: RunningGraph;
let origin: string;

beforeAll(async () => {
  graph = await startGraph();
  origin = new URL(graph.gatewayUrl).origin;
}, 180_000);

afterAll(async () => {
  await graph?.stop();
});

async function importer(...argv: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [IMPORT_CLI, ...argv], {
    env: { ...process.env, MONGODB_URI: graph.launched.mongodbUri },
  });
  return stdout;
}

async function data(query: string, variables: Record<string, unknown> = {}): Promise<Body> {
  const res = await graph.query(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

/** What the city's own funding shows: none of it may move when another funder's grants arrive. */
const CITY_FUNDING = `query ($fiscalYear: Int!) {
  grantPrograms { id budget awardedTotal remainingBudget }
  fundingSummary(fiscalYear: $fiscalYear, groupBy: PROGRAM) { totals { awardedTotal awardCount disbursedTotal } }
  grants360(fiscalYear: $fiscalYear, first: 100) { totalCount }
  districts { code funding(fiscalYear: $fiscalYear) { awardedTotal awardCount } }
}`;

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('an external funder imported from 360Giving', () => {
  let cityBefore: Body;
  let fiscalYear: number;

  beforeAll(async () => {
    const programs = await data('{ grantPrograms { fiscalYear } }');
    fiscalYear = Math.max(...programs.grantPrograms.map((p: { fiscalYear: number }) => p.fiscalYear));
    cityBefore = await data(CITY_FUNDING, { fiscalYear });
  });

  it('is imported by the CLI, dry run first, and a re-import changes nothing', async () => {
    const dry = await importer(FILE, '--dry-run');
    expect(dry).toContain('grants read: 475, valid grants: 475, rejected grants: 0');
    expect(dry).toContain('dry run: nothing was written');
    expect((await data('{ externalGrants { totalCount } }')).externalGrants.totalCount).toBe(0);

    expect(await importer(FILE)).toContain('written: 475 new, 0 updated, 0 unchanged');
    expect(await importer(FILE)).toContain('written: 0 new, 0 updated, 475 unchanged');
  });

  it('reads through the gateway: the funder, its programmes and its grants', async () => {
    const { externalFunders } = await data(`{
      externalFunders { id name grantCount programs { code title grantCount awardedTotals { currency amount } } }
    }`);
    expect(externalFunders).toHaveLength(1);
    expect(externalFunders[0]).toMatchObject({
      id: FUNDER,
      name: 'Andrew Lloyd Webber Foundation',
      grantCount: 475,
    });
    const programs = externalFunders[0].programs;
    expect(programs.map((p: { title: string }) => p.title)).toEqual([
      'Andrew Lloyd Webber Foundation Grant',
      'Dance',
      'Fine Arts',
      'Heritage',
      'Music',
      'Scholarship',
      'Theatre',
    ]);
    expect(programs.find((p: { title: string }) => p.title === 'Theatre')).toMatchObject({
      code: null,
      grantCount: 159,
      awardedTotals: [{ currency: 'GBP', amount: expect.any(Number) }],
    });

    const { externalGrant } = await data(`{
      externalGrant(id: "360G-ALWF-1978") {
        id title currency amountAwarded awardDate funder { id } program { title grantCount }
        recipientOrganization { id name postalCode } plannedDates { duration } importedAt
      }
    }`);
    expect(externalGrant).toMatchObject({
      id: '360G-ALWF-1978',
      title: 'Grant to Royal Northern College of Music',
      currency: 'GBP',
      amountAwarded: 15000,
      awardDate: '2020-11-03T00:00:00+00:00',
      funder: { id: FUNDER },
      program: { title: 'Music', grantCount: 139 },
      recipientOrganization: [
        { id: 'GB-EDU-133843', name: 'Royal Northern College of Music', postalCode: 'M13 9RD' },
      ],
      plannedDates: [{ duration: 36 }],
    });

    const list = `query ($filter: ExternalGrantFilter, $after: String) {
      externalGrants(filter: $filter, first: 100, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id awardDate } }
      }
    }`;
    const year = await data(list, { filter: { funderId: FUNDER, awardYear: 2017 } });
    expect(year.externalGrants.totalCount).toBe(88);
    const theatre = await data(list, { filter: { funderId: FUNDER, programTitle: 'Theatre' } });
    expect(theatre.externalGrants.totalCount).toBe(159);
    // Every page in order, newest award first, each grant once.
    const seen: string[] = [];
    let after: string | null = null;
    let previous = '9999';
    do {
      const page: Body = (await data(list, { filter: { funderId: FUNDER }, after })).externalGrants;
      for (const { node } of page.edges) {
        expect(node.awardDate.slice(0, 10) <= previous).toBe(true);
        previous = node.awardDate.slice(0, 10);
        seen.push(node.id);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(475);

    const refused = await graph.query(
      '{ externalGrants(filter: { programTitle: "Theatre" }) { totalCount } }',
    );
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await graph.query(
      '{ externalGrant(id: "360G-NONE-1") { id } externalFunder(id: "GB-CHC-0") { id } }',
    );
    expect(missing.body.errors.map((e: Body) => e.extensions.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  it('leaves the city’s programs, budgets, summaries and district totals as they were', async () => {
    expect(await data(CITY_FUNDING, { fiscalYear })).toEqual(cityBefore);
  });

  it('comes back out at /exports/360giving.json?funder= as published, valid against the 360Giving schema', async () => {
    const res = await fetch(`${origin}/exports/360giving.json?funder=${FUNDER}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body: Body = await res.json();
    const validate = packageValidator();
    expect(validate(body)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(body.version).toBe('1.4');
    // Every grant exactly as the funder published it: the round trip loses and adds nothing.
    expect([...body.grants].sort(byId)).toEqual([...published.grants].sort(byId));

    const unknown = await fetch(`${origin}/exports/360giving.json?funder=GB-CHC-0000000`);
    expect(unknown.status).toBe(404);
    const bad = await fetch(`${origin}/exports/360giving.json?funder=${encodeURIComponent('x"; drop')}`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const both = await fetch(`${origin}/exports/360giving.json?funder=${FUNDER}&fiscalYear=2024`);
    expect(both.status).toBe(400);
  });
});
