import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Clock, fixedClock } from '@kyodo/domain';
import { startEmbeddedMongo, type EmbeddedMongo } from '@kyodo/embedded-mongo';
import { MongoClient, type Db } from 'mongodb';
import { runImport360Giving } from '../src/cli/import360Giving.js';
import {
  EXTERNAL_GRANTS_COLLECTION,
  GrantImportRolledBackError,
  grantValidator,
  parseGrantsPackage,
  sharedDataPath,
  upsertExternalGrants,
} from '../src/index.js';

let engine: EmbeddedMongo;
let client: MongoClient;
let db: Db;
const directory = mkdtempSync(path.join(tmpdir(), 'kyodo-import-360-'));
const ALWF = sharedDataPath('360giving_alwf_grants.json');
const published = JSON.parse(readFileSync(ALWF, 'utf8')) as { grants: Record<string, unknown>[] };

beforeAll(async () => {
  engine = await startEmbeddedMongo();
  client = await MongoClient.connect(engine.uri);
  db = client.db('kyodo_funding');
});
afterAll(async () => {
  await client?.close();
  await engine?.stop();
});

/** The instant the imports run at, unless a test says otherwise (null: the CLI's own clock, from KYODO_NOW). */
const IMPORT_NOW = '2026-06-01T00:00:00+09:00';

async function run(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
  clock: Clock | null = fixedClock(IMPORT_NOW),
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport360Giving(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { MONGODB_URI: engine.uri, ...env },
    ...(clock === null ? {} : { clock }),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function packageFile(file: string, grants: unknown[]): string {
  const target = path.join(directory, file);
  writeFileSync(target, JSON.stringify({ grants }));
  return target;
}

const grants = () => db.collection(EXTERNAL_GRANTS_COLLECTION);
const first = published.grants[0]!;

describe('npm run import:360giving', () => {
  it('writes nothing on --dry-run', async () => {
    const result = await run([ALWF, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('grants read: 475, valid grants: 475, rejected grants: 0');
    expect(result.out).toContain('dry run: nothing was written');
    expect(await grants().countDocuments()).toBe(0);
  });

  it('imports the 475 ALWF grants under their funder and programmes, then a re-import changes nothing', async () => {
    const result = await run([ALWF]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('grants read: 475, valid grants: 475, rejected grants: 0');
    expect(result.out).toContain('funders: Andrew Lloyd Webber Foundation (GB-CHC-1015648) 475');
    expect(result.out).toContain('programmes: Theatre 159, Music 139, Scholarship 124, Heritage 38');
    expect(result.out).toContain('currencies: GBP 475');
    expect(result.out).not.toContain('fields not imported');
    expect(result.out).toContain('written: 475 new, 0 updated, 0 unchanged');
    expect(await grants().countDocuments()).toBe(475);
    const stored = await grants().findOne({ grantId: '360G-ALWF-1978' });
    expect(stored).toMatchObject({
      funderId: 'GB-CHC-1015648',
      funderName: 'Andrew Lloyd Webber Foundation',
      programTitle: 'Music',
      programCode: null,
      awardDay: '2020-11-03',
      importedAt: new Date('2026-06-01T00:00:00+09:00'),
    });
    // The published grant, field for field.
    expect(stored!.grant).toEqual(first);

    const again = await run([ALWF], {}, fixedClock('2026-07-01T00:00:00+09:00'));
    expect(again.code).toBe(0);
    expect(again.out).toContain('written: 0 new, 0 updated, 475 unchanged');
    expect((await grants().findOne({ grantId: '360G-ALWF-1978' }))!.updatedAt).toEqual(
      new Date('2026-06-01T00:00:00+09:00'),
    );
  });

  it('updates a grant the funder corrected, keyed by its id', async () => {
    const corrected = {
      ...first,
      title: 'Grant to the Royal Northern College of Music',
      amountAwarded: 16000.5,
    };
    const result = await run([packageFile('corrected.json', [corrected, published.grants[1]])]);
    expect(result.out).toContain('written: 0 new, 1 updated, 1 unchanged');
    expect(await grants().countDocuments()).toBe(475);
    expect(await grants().findOne({ grantId: first.id })).toMatchObject({
      grant: { title: corrected.title, amountAwarded: 16000.5 },
      updatedAt: new Date('2026-06-01T00:00:00+09:00'),
    });
    await run([ALWF]);
    expect((await grants().findOne({ grantId: first.id }))!.grant.title).toBe(first.title);
  });

  it('writes nothing when a grant is rejected, and names each grant id, field and reason', async () => {
    const { currency: _currency, ...withoutCurrency } = first;
    const { recipientOrganization: _recipient, ...withoutRecipient } = first;
    const file = packageFile('rejected.json', [
      { ...first, id: '360G-TEST-1' },
      { ...withoutCurrency, id: '360G-TEST-2' },
      { ...first, id: '360G-TEST-3', currency: 'XYZ', amountAwarded: -5 },
      { ...first, id: '360G-TEST-4', awardDate: '2020-02-30' },
      { ...first, id: '360G-TEST-5', awardDate: '2027-01-01' },
      { ...withoutRecipient, id: '360G-TEST-6' },
      { ...withoutRecipient, id: '360G-TEST-7', recipientIndividual: { id: 'P1', name: 'A Person' } },
      { ...first, id: '360G-TEST-7b', recipientIndividual: { id: 'P1', name: 'A Person' } },
      { ...first, id: '360G-TEST-8', fundingOrganization: [{ id: 'JP-JCN-1000020222127', name: '焼津市' }] },
      { ...first, id: '360G-TEST-1', title: 'again' },
      { ...first, id: 'ALWF-9', amountAwarded: 0 },
      { ...first, id: '360G-TEST-10', awardDate: 'last year' },
      'not a grant',
      {
        ...first,
        id: '360G-TEST-12',
        plannedDates: [{ startDate: '2020-05-01', endDate: '2020-04-01' }],
        grantProgramme: [{ title: 'A' }, { title: 'B' }],
      },
    ]);
    const result = await run([file]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('13 rejected grant(s): nothing was imported');
    const lines = result.out.split('\n');
    const line = (index: number) =>
      lines.find((l) => new RegExp(`^ {2}rejected grant #${index}[ :]`).test(l));
    expect(line(1)).toBeUndefined();
    expect(line(2)).toBe('  rejected grant #2 (360G-TEST-2): currency: is required');
    expect(line(3)).toBe(
      '  rejected grant #3 (360G-TEST-3): currency: "XYZ" must be equal to one of the allowed values',
    );
    expect(line(4)).toBe('  rejected grant #4 (360G-TEST-4): awardDate: "2020-02-30" is not a calendar date');
    expect(line(5)).toBe(
      '  rejected grant #5 (360G-TEST-5): awardDate: "2027-01-01" is after today (2026-06-01)',
    );
    expect(line(6)).toBe(
      '  rejected grant #6 (360G-TEST-6): recipientOrganization or recipientIndividual: one is required',
    );
    expect(line(7)).toContain('recipientIndividual: grants to individuals are not imported');
    expect(line(8)).toBe(
      '  rejected grant #8 (360G-TEST-7b): recipientOrganization and recipientIndividual: a grant has one or the other, not both',
    );
    expect(line(9)).toContain('fundingOrganization[0].id: JP-JCN-1000020222127 is the city itself');
    expect(line(10)).toBe('  rejected grant #10 (360G-TEST-1): id: repeats grant #1');
    expect(line(11)).toBe(
      '  rejected grant #11 (ALWF-9): id: "ALWF-9" is not 360G-<publisher prefix>-<grant id>; amountAwarded: 0 is not more than 0',
    );
    expect(line(12)).toMatch(/^ {2}rejected grant #12 \(360G-TEST-10\): awardDate: "last year" must match/);
    expect(line(13)).toBe('  rejected grant #13: (grant): is not an object');
    expect(line(14)).toBe(
      '  rejected grant #14 (360G-TEST-12): grantProgramme: names 2 programmes; a grant belongs to at most one; plannedDates[0].endDate: 2020-04-01 is before startDate 2020-05-01',
    );
    expect(await grants().countDocuments({ grantId: /^360G-TEST-/ })).toBe(0);

    const skipping = await run([file, '--skip-rejected']);
    expect(skipping.code).toBe(0);
    expect(skipping.out).toContain('grants read: 14, valid grants: 1, rejected grants: 13');
    expect(skipping.out).toContain('written: 1 new, 0 updated, 0 unchanged');
    await grants().deleteOne({ grantId: '360G-TEST-1' });
  });

  it('lists the fields it does not import', async () => {
    const file = packageFile('extra.json', [
      { ...first, id: '360G-TEST-20', classifications: [{ title: 'Arts' }] },
    ]);
    const result = await run([file, '--dry-run']);
    expect(result.out).toContain('fields not imported: classifications (1 grants)');
  });

  it.each([
    [[], /usage/],
    [['a.json', 'b.json'], /usage/],
    [['--bogus'], /Unknown option/],
    [['missing.json'], /ENOENT|no such file/],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('without a clock of its own, runs at KYODO_NOW (the process clock): no award may be after that day', async () => {
    const result = await run([ALWF, '--dry-run'], { KYODO_NOW: '2020-11-02T23:59:00+09:00' }, null);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'rejected grant #1 (360G-ALWF-1978): awardDate: "2020-11-03T00:00:00+00:00" is after today (2020-11-02)',
    );
  });

  it('refuses a file that is not a 360Giving package, a bad KYODO_NOW and a missing schema with exit code 2', async () => {
    const notJson = path.join(directory, 'not.json');
    writeFileSync(notJson, 'a,b,c\n');
    expect(await run([notJson])).toMatchObject({ code: 2, err: expect.stringContaining('not JSON') });
    const noGrants = packageFile('empty.json', []);
    writeFileSync(noGrants, '{"grant": []}');
    expect(await run([noGrants])).toMatchObject({
      code: 2,
      err: expect.stringContaining('no "grants" array'),
    });
    // The kit's process clock reads KYODO_NOW, and its refusal names the value.
    const badNow = [
      ['soon', 'must be an ISO-8601 instant with an offset, e.g. 2026-06-01T10:00:00+09:00'],
      ['2026-06-01', 'must be an ISO-8601 instant with an offset, e.g. 2026-06-01T10:00:00+09:00'],
      ['2026-02-30T10:00:00+09:00', 'is not a real date and time'],
    ];
    for (const [value, problem] of badNow) {
      expect(await run([ALWF], { KYODO_NOW: value }, null)).toEqual({
        code: 2,
        out: '',
        err: `KYODO_NOW ${problem} (got ${JSON.stringify(value)})`,
      });
    }
    expect(await run([ALWF], { KYODO_SHARED_SCHEMAS: directory })).toMatchObject({
      code: 2,
      err: expect.stringContaining('cannot read the 360Giving grant schema 360-giving-schema.json'),
    });
  });
});

describe('upsertExternalGrants', () => {
  it('restores every grant it touched when a write fails midway', async () => {
    const rollback = client.db('rollback_360_test');
    const options = { validate: grantValidator(), cityFunderId: 'JP-JCN-1', today: '2026-06-01' };
    const original = parseGrantsPackage(JSON.stringify({ grants: [first] }), options);
    await upsertExternalGrants(rollback, original.grants, new Date('2026-06-01T00:00:00+09:00'));
    // A second unique index makes the third write of the next import fail after two have succeeded.
    await rollback.collection(EXTERNAL_GRANTS_COLLECTION).createIndex({ 'grant.title': 1 }, { unique: true });
    const next = parseGrantsPackage(
      JSON.stringify({
        grants: [
          { ...first, title: 'Renamed' },
          { ...first, id: '360G-TEST-31', title: 'Two' },
          { ...first, id: '360G-TEST-32', title: 'Two' },
        ],
      }),
      options,
    );
    await expect(
      upsertExternalGrants(rollback, next.grants, new Date('2026-06-02T00:00:00+09:00')),
    ).rejects.toBeInstanceOf(GrantImportRolledBackError);
    const documents = await rollback.collection(EXTERNAL_GRANTS_COLLECTION).find().toArray();
    expect(documents.map((doc) => [doc.grantId, doc.grant.title])).toEqual([[first.id, first.title]]);
  });
});
