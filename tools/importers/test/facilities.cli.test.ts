import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedMongo, type EmbeddedMongo } from '@kyodo/embedded-mongo';
import iconv from 'iconv-lite';
import { MongoClient, type Db } from 'mongodb';
import { runImportFacilities } from '../src/cli/importFacilities.js';
import {
  FACILITIES_COLLECTION,
  ImportRolledBackError,
  parseFacilityFile,
  sharedDataPath,
  upsertFacilities,
} from '../src/index.js';

let engine: EmbeddedMongo;
let client: MongoClient;
let db: Db;
const directory = mkdtempSync(path.join(tmpdir(), 'kyodo-import-'));

beforeAll(async () => {
  engine = await startEmbeddedMongo();
  client = await MongoClient.connect(engine.uri);
  db = client.db('kyodo_facilities');
});
afterAll(async () => {
  await client?.close();
  await engine?.stop();
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportFacilities(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { MONGODB_URI: engine.uri },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const HEADER =
  '都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,POIコード,住所,方書,緯度,経度,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,バリアフリー情報,URL,備考';

function csv(file: string, rows: string[], encoding: 'utf8' | 'cp932' = 'utf8'): string {
  const target = path.join(directory, file);
  const text = [HEADER, ...rows].join('\r\n');
  writeFileSync(target, encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'cp932'));
  return target;
}

function row(code: string, no: string, name: string, kana: string, lat = '34.86', lng = '138.32'): string {
  return `${code},${no},静岡県,焼津市,${name},${kana},,,焼津市本町1-1,,${lat},${lng},,,,総務課,,,,【開館時間】9:00～21:00 【休館日】なし,,,,`;
}

const facilities = () => db.collection(FACILITIES_COLLECTION);

describe('npm run import:facilities', () => {
  it('imports the Yaizu list, then the community-center file updates nine facilities without duplicating them', async () => {
    const first = await run(sharedDataPath('yaizu_public_facility.csv'));
    expect(first.code).toBe(0);
    expect(first.out).toContain('rows read: 230, valid facilities: 230, rejected rows: 0');
    expect(first.out).toContain('written: 230 new, 0 updated, 0 unchanged');
    expect(await facilities().countDocuments()).toBe(230);

    const second = await run(sharedDataPath('yaizu_community_center.csv'));
    expect(second.code).toBe(0);
    expect(second.out).toContain('utf-8-bom, version 1 header');
    expect(second.out).toContain('written: 0 new, 9 updated, 0 unchanged');
    expect(await facilities().countDocuments()).toBe(230);
    const toyoda = await facilities().findOne({ municipalityCode: '222127', normalisedNo: '10989' });
    expect(toyoda).toMatchObject({
      no: '10989',
      nameJa: '豊田地域交流センター',
      kind: 'COMMUNITY_EXCHANGE_CENTER',
      address: '静岡県焼津市小土961-1',
      location: { type: 'Point', coordinates: [138.293089, 34.865244] },
      districtCode: expect.stringMatching(/^yaizu-\d\d$/),
      schedule: { holidays: 'REGULAR', closedMonthEnd: false },
    });
    // Names are stored as published; the search keys fold their width, as facilities(filter: { search }) compares.
    expect(await facilities().findOne({ normalisedNo: '10800' })).toMatchObject({
      nameJa: '消防団第１分団車庫・詰所',
      searchKeys: ['消防団第1分団車庫・詰所', 'ショウボウダンダイイチブンダンシャコツメショ'],
    });
  });

  it('is idempotent and leaves the fields the service owns alone', async () => {
    await facilities().updateOne(
      { normalisedNo: '10947' },
      { $set: { builtYear: 1978, disasterBase: true } },
    );
    const again = await run(sharedDataPath('yaizu_community_center.csv'));
    expect(again.out).toContain('written: 0 new, 0 updated, 9 unchanged');
    expect(await facilities().findOne({ normalisedNo: '10947' })).toMatchObject({
      builtYear: 1978,
      disasterBase: true,
    });
  });

  it('writes nothing when a row is rejected, and reports each with its line', async () => {
    const file = csv('rejected.csv', [
      row('222127', '900001', '新町集会所', 'シンマチシュウカイジョ'),
      row('222127', '900002', '', 'ナシ'),
      row('222127', '900003', '北町集会所', 'キタマチシュウカイジョ', '91'),
    ]);
    const result = await run(file);
    expect(result.code).toBe(1);
    expect(result.out).toContain('rejected line 3 (NO 900002): 名称 is missing');
    expect(result.out).toContain('rejected line 4 (NO 900003 北町集会所): 緯度 91 is outside -90..90');
    expect(result.err).toContain('2 rejected row(s): nothing was imported');
    expect(await facilities().countDocuments({ normalisedNo: { $in: ['900001', '900002', '900003'] } })).toBe(
      0,
    );

    const skipping = await run(file, '--skip-rejected');
    expect(skipping.code).toBe(0);
    expect(skipping.out).toContain('written: 1 new, 0 updated, 0 unchanged');
    expect(await facilities().findOne({ normalisedNo: '900001' })).toMatchObject({
      kind: 'MEETING_FACILITY',
    });
  });

  it('imports a Shift_JIS file, filling a blank code from --municipality-code', async () => {
    const file = csv('sjis.csv', [row('', '0000900010', '南町公会堂', 'ミナミマチコウカイドウ')], 'cp932');
    const result = await run(file, '--municipality-code', '222127');
    expect(result.code).toBe(0);
    expect(result.out).toContain('cp932, version 1 header');
    expect(await facilities().findOne({ normalisedNo: '900010' })).toMatchObject({
      municipalityCode: '222127',
      no: '0000900010',
      nameJa: '南町公会堂',
      kind: 'DISTRICT_HALL',
    });
  });

  it('writes nothing on --dry-run', async () => {
    const file = csv('dry.csv', [row('222127', '900020', '東町集会所', 'ヒガシマチシュウカイジョ')]);
    const result = await run(file, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out).toContain('dry run: nothing was written');
    expect(await facilities().countDocuments({ normalisedNo: '900020' })).toBe(0);
  });

  it.each([
    [[], /usage/],
    [['a.csv', 'b.csv'], /usage/],
    [['--bogus'], /Unknown option/],
    [['missing.csv'], /ENOENT|no such file/],
    [['x.csv', '--municipality-code', '22212'], /6-digit/],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('refuses a file that is not a facility list with exit code 2', async () => {
    const file = path.join(directory, 'other.csv');
    writeFileSync(file, 'a,b,c\n1,2,3\n');
    const result = await run(file);
    expect(result.code).toBe(2);
    expect(result.err).toContain('header lacks required columns');
  });
});

describe('upsertFacilities', () => {
  it('restores every facility it touched when a write fails midway', async () => {
    const rollback = client.db('rollback_test');
    const original = parseFacilityFile(
      Buffer.from([HEADER, row('222127', '1', '旧名称会館', 'キュウメイショウカイカン')].join('\n')),
    );
    await upsertFacilities(rollback, original.facilities, []);
    // A second unique index makes the third write of the next import fail after two have succeeded.
    await rollback.collection(FACILITIES_COLLECTION).createIndex({ nameKana: 1 }, { unique: true });
    const next = parseFacilityFile(
      Buffer.from(
        [
          HEADER,
          row('222127', '0001', '新名称会館', 'シンメイショウカイカン'),
          row('222127', '2', '二番会館', 'ニバンカイカン'),
          row('222127', '3', '三番会館', 'ニバンカイカン'),
        ].join('\n'),
      ),
    );
    await expect(upsertFacilities(rollback, next.facilities, [])).rejects.toBeInstanceOf(
      ImportRolledBackError,
    );
    const documents = await rollback.collection(FACILITIES_COLLECTION).find().toArray();
    expect(documents.map((doc) => [doc.normalisedNo, doc.nameJa])).toEqual([['1', '旧名称会館']]);
  });
});
