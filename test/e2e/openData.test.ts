// The open-data exports at /exports, as the city publishes them and as anyone downloads them: anonymous HTTP
// through the gateway on the real processes. Each export is validated against the standard's official schema
// (../shared/schemas, offline) and the facility list is re-imported with the real importer CLI.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { type DemoWorld, loadDemoWorld } from '../src/demoWorld.js';
import { type Body, type RunningGraph, startGraph } from '../src/graph.js';
import { entry } from '../src/processes.js';

const SCHEMAS = path.resolve(__dirname, '..', '..', '..', 'shared', 'schemas');
const IMPORT_CLI = entry('tools/importers/dist/src/cli/importFacilities.js');
/**
 * An official schema file. The 360Giving files name draft 2020-12 by its http:// URI, which Ajv2020 knows under
 * https://; the validator is already that draft, so the field is dropped rather than a second meta-schema loaded.
 */
function schema(file: string) {
  const { $schema: _draft, ...rest } = JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8'));
  return rest;
}

let graph: RunningGraph;
let world: DemoWorld;
let origin: string;

beforeAll(async () => {
  [graph, world] = await Promise.all([startGraph(), loadDemoWorld()]);
  origin = new URL(graph.gatewayUrl).origin;
}, 180_000);

afterAll(async () => {
  await graph?.stop();
});

const get = (pathname: string) => fetch(`${origin}${pathname}`);
const json = async (res: Response): Promise<Body> => res.json();

/** 360Giving's package schema refers to the grant schema by its published URL: register it there (offline). */
function grants360Validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const pkg = schema('360-giving-package-schema.json');
  const grantRef: string = pkg.properties.grants.items.$ref;
  ajv.addSchema({ ...schema('360-giving-schema.json'), $id: grantRef });
  return ajv.compile(pkg);
}

/** The HSDS 3.0 compiled schemas are draft 2020-12-compatible JSON Schema with extra keywords (name, core...). */
function hsdsValidator(file: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema(path.join('hsds3', file)));
}

describe('GET /exports/360giving.json', () => {
  it('publishes the fiscal year awards as a valid 360Giving 1.4 package', async () => {
    const fiscalYear = Math.max(...world.funding.awards.map((award) => award.fiscalYear));
    const res = await get(`/exports/360giving.json?fiscalYear=${fiscalYear}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = await json(res);

    const validate = grants360Validator();
    const valid = validate(body);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator does check grants: one without its required currency is refused.
    const { currency: _currency, ...withoutCurrency } = body.grants[0];
    expect(validate({ ...body, grants: [withoutCurrency] })).toBe(false);

    const awards = world.funding.awards.filter((award) => award.fiscalYear === fiscalYear);
    expect(body.grants).toHaveLength(awards.length);
    expect(body.version).toBe('1.4');
    const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(total(body.grants.map((g: { amountAwarded: number }) => g.amountAwarded))).toBe(
      total(awards.map((award) => award.amount)),
    );
    // Recipient names come from the organizations subgraph, the funder from the publisher settings.
    const names = new Set(world.organizations.map((o) => o.name));
    for (const grant of body.grants) {
      expect(names.has(grant.recipientOrganization[0].name)).toBe(true);
      expect(grant.fundingOrganization[0]).toEqual({ id: 'JP-JCN-1000020222127', name: '焼津市' });
    }
  });

  it('refuses a fiscal year that is not a year, and answers 404 for a year without awards', async () => {
    const bad = await get('/exports/360giving.json?fiscalYear=20x4');
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0]).toMatchObject({
      message: expect.stringContaining('"20x4"'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const missing = await get('/exports/360giving.json');
    expect(missing.status).toBe(400);
    const empty = await get('/exports/360giving.json?fiscalYear=1999');
    expect(empty.status).toBe(404);
    expect((await json(empty)).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('GET /exports/public-facilities.csv', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kyodo-export-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a 公共施設一覧 CSV that the importer re-imports to the same facilities', async () => {
    const res = await get('/exports/public-facilities.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\ufeff全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英語,POIコード,所在地_連結表記,建物名等(方書),緯度,経度,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,バリアフリー情報,URL,備考',
    );
    const file = path.join(dir, 'public-facilities.csv');
    writeFileSync(file, bytes);

    const { stdout } = await promisify(execFile)(process.execPath, [IMPORT_CLI, file], {
      env: { ...process.env, MONGODB_URI: graph.launched.mongodbUri },
    });
    const facilities = world.facilities.length;
    expect(stdout).toContain(`rows read: ${facilities}, valid facilities: ${facilities}, rejected rows: 0`);
    expect(stdout).toContain('2022+ header');
    // Every field the list carries comes back exactly as it was: nothing new, nothing changed.
    expect(stdout).toContain(`written: 0 new, 0 updated, ${facilities} unchanged`);
  });
});

describe('GET /exports/hsds/*', () => {
  it('lists organizations as HSDS 3.0 organizations, the city first', async () => {
    const res = await get('/exports/hsds/organizations.json');
    expect(res.status).toBe(200);
    const page = await json(res);
    const validate = hsdsValidator('organization.json');
    const invalid = page.contents.filter((item: unknown) => !validate(item));
    expect(invalid).toEqual([]);
    expect(validate({ ...page.contents[1], id: 'not-a-uuid' })).toBe(false);
    expect(page.total_items).toBe(page.contents.length);
    expect(page.contents[0]).toMatchObject({ name: '焼津市', description: '地方公共団体' });
    const active = world.organizations.filter((o) => o.active);
    expect(page.contents).toHaveLength(active.length + 1);
    // Councils are parents: every parent id points at an organization in the same file.
    const ids = new Set(page.contents.map((o: { id: string }) => o.id));
    const parents = page.contents.filter(
      (o: { parent_organization_id?: string }) => o.parent_organization_id,
    );
    expect(parents.length).toBeGreaterThan(0);
    for (const child of parents) expect(ids.has(child.parent_organization_id)).toBe(true);
  });

  it('lists facilities as HSDS services at locations that link to the organizations file', async () => {
    const [services, locations, organizations] = await Promise.all(
      ['services', 'locations', 'organizations'].map(async (name) =>
        json(await get(`/exports/hsds/${name}.json`)),
      ),
    );
    const validateService = hsdsValidator('service.json');
    expect(services.contents.filter((item: unknown) => !validateService(item))).toEqual([]);
    expect(services.contents).toHaveLength(world.facilities.length);
    expect(locations.contents).toHaveLength(world.facilities.length);

    const validateLocation = hsdsValidator('service_at_location.json');
    for (const location of locations.contents) {
      expect(validateLocation({ id: location.id, location })).toBe(true);
    }
    const organizationIds = new Set(organizations.contents.map((o: { id: string }) => o.id));
    const locationIds = new Set(locations.contents.map((l: { id: string }) => l.id));
    for (const service of services.contents) {
      expect(organizationIds.has(service.organization_id)).toBe(true);
      expect(locationIds.has(service.service_at_locations[0].location_id)).toBe(true);
    }
    const withHours = services.contents.filter((s: { schedules: unknown[] }) => s.schedules.length > 0);
    expect(withHours.length).toBeGreaterThan(0);
    expect(withHours[0].schedules[0]).toMatchObject({ freq: 'WEEKLY', timezone: 9 });
  });

  it('answers 404 with a code for an unknown export', async () => {
    const res = await get('/exports/hsds/people.json');
    expect(res.status).toBe(404);
    expect((await json(res)).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
