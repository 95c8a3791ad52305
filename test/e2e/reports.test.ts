// Staff reports at /reports/<name>.<html|xlsx|csv>, fetched as staff tools and browsers fetch them: real HTTP
// through the gateway on the real processes. The HTML district profile is opened in headless Chromium (Debian's
// chromium, installed by .ci/run), screenshotted, and checked for drawn charts and a real Japanese font.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { type DemoWorld, loadDemoWorld } from '../src/demoWorld.js';
import { runReportCli } from '@kyodo/reports';
import { TEST_NOW } from '@kyodo/service-kit/testing';
import { type Body, JWT_SECRET, type RunningGraph, startGraph, token } from '../src/graph.js';

const CHROMIUM = '/usr/bin/chromium';

let graph: RunningGraph;
let world: DemoWorld;
let origin: string;
let staff: string;
let fiscalYear: number;
let district: string;

let startedAt: number;

beforeAll(async () => {
  startedAt = performance.now();
  [graph, world] = await Promise.all([startGraph(), loadDemoWorld()]);
  origin = new URL(graph.gatewayUrl).origin;
  staff = await token('staff');
  fiscalYear = Math.max(...world.funding.awards.map((award) => award.fiscalYear));
  // The district whose organizations received the most awards that year: every part of its profile is filled.
  const awardsByDistrict = new Map<string, number>();
  for (const award of world.funding.awards.filter((a) => a.fiscalYear === fiscalYear && a.districtCode)) {
    awardsByDistrict.set(
      award.districtCode as string,
      (awardsByDistrict.get(award.districtCode as string) ?? 0) + 1,
    );
  }
  district = [...awardsByDistrict].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
}, 180_000);

afterAll(async () => {
  await graph?.stop();
});

const get = (pathname: string, bearer: string | null = staff) =>
  fetch(`${origin}${pathname}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
const errorOf = async (res: Response): Promise<Body> => ((await res.json()) as Body).errors[0];

async function workbookOf(res: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook;
}

describe('when a report says it was made', () => {
  it('dates HTML and XLSX by the gateway clock (KYODO_NOW from the launcher), not the machine', async () => {
    // The graph's processes start their clocks at TEST_NOW and run forward: a report made now is dated after
    // TEST_NOW by at most the time the processes have been up.
    const upperBound = TEST_NOW.getTime() + (performance.now() - startedAt) + 1000;
    const html = await (await get(`/reports/funding.html?fiscalYear=${fiscalYear}`)).text();
    const stamp = /<footer>Kyodo Graph (\S+) 作成<\/footer>/.exec(html)?.[1];
    expect(stamp).toBeDefined();
    const dated = new Date(stamp as string).getTime();
    expect(dated).toBeGreaterThanOrEqual(TEST_NOW.getTime());
    expect(dated).toBeLessThanOrEqual(upperBound);
    const workbook = await workbookOf(await get(`/reports/funding.xlsx?fiscalYear=${fiscalYear}`));
    expect(workbook.created.getTime()).toBeGreaterThanOrEqual(TEST_NOW.getTime());
    expect(workbook.created.getTime()).toBeLessThanOrEqual(upperBound);
    expect(workbook.modified.getTime()).toBe(workbook.created.getTime());
  });
});

describe('who may read reports', () => {
  it('refuses anonymous callers (401), bad tokens (401) and residents or members (403)', async () => {
    const url = `/reports/funding.csv?fiscalYear=${fiscalYear}`;
    const anonymous = await get(url, null);
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).extensions.code).toBe('UNAUTHENTICATED');
    expect((await get(url, 'not-a-jwt')).status).toBe(401);
    const resident = await get(url, await token('resident'));
    expect(resident.status).toBe(403);
    expect(await errorOf(resident)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const member = await get(
      url,
      await token('member', { organizationIds: [world.organizations[0]?.id as string] }),
    );
    expect(member.status).toBe(403);
  });

  it('names what is wrong with a request', async () => {
    const unknown = await get('/reports/salaries.html?fiscalYear=2025');
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).message).toContain('district-profile');
    expect((await get('/reports/funding.pdf?fiscalYear=2025')).status).toBe(404);
    const noDistrict = await get(`/reports/district-profile.html?fiscalYear=${fiscalYear}`);
    expect(noDistrict.status).toBe(400);
    expect((await errorOf(noDistrict)).message).toContain('?district=');
    const badYear = await get('/reports/funding.csv?fiscalYear=next');
    expect(badYear.status).toBe(400);
    expect((await errorOf(badYear)).message).toContain('"next"');
    const noSuchDistrict = await get(
      `/reports/district-profile.csv?district=yaizu-99&fiscalYear=${fiscalYear}`,
    );
    expect(noSuchDistrict.status).toBe(404);
    expect(await errorOf(noSuchDistrict)).toMatchObject({
      message: 'District yaizu-99 was not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('the funding report', () => {
  it('gives the year and the year before per program, district and kind, matching the awards', async () => {
    const res = await get(`/reports/funding.xlsx?fiscalYear=${fiscalYear}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="funding-${fiscalYear}.xlsx"`);
    const workbook = await workbookOf(res);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['制度別', '地区別', '団体の種類別']);
    const sheet = workbook.getWorksheet('制度別') as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual([
      '制度',
      '予算額（円）',
      '件数',
      `交付決定額 ${fiscalYear}年度（円）`,
      '交付済額（円）',
      `交付決定額 ${fiscalYear - 1}年度（円）`,
    ]);
    let awarded = 0;
    sheet.eachRow((row, index) => {
      if (index === 1) return;
      const value = row.getCell(4).value;
      expect(typeof value).toBe('number');
      awarded += value as number;
    });
    const expected = world.funding.awards
      .filter((a) => a.fiscalYear === fiscalYear)
      .reduce((sum, a) => sum + a.amount, 0);
    expect(awarded).toBe(expected);
    expect(sheet.getRow(2).getCell(4).numFmt).toBe('"¥"#,##0');
  });

  it('is a CSV Excel opens: UTF-8 with BOM, CRLF, each section titled', async () => {
    const res = await get(`/reports/funding.csv?fiscalYear=${fiscalYear}`);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(`助成の実績 ${fiscalYear}年度`);
    expect(lines).toEqual(expect.arrayContaining(['制度別', '地区別', '団体の種類別']));
  });
});

describe('the indicator and facility reports', () => {
  it('lists every city indicator with its baseline and targets', async () => {
    const res = await get(`/reports/indicator-progress.xlsx?fiscalYear=${fiscalYear}`);
    expect(res.status).toBe(200);
    const sheet = (await workbookOf(res)).getWorksheet('進捗') as ExcelJS.Worksheet;
    const city = world.evaluation.indicators.filter((indicator) => indicator.scope === 'CITY');
    expect(sheet.rowCount - 1).toBe(city.length);
  });

  it('lists the bookable facilities with utilisation and twelve months of visitors', async () => {
    const res = await get(`/reports/facility-utilisation.xlsx?fiscalYear=${fiscalYear}`);
    expect(res.status).toBe(200);
    const workbook = await workbookOf(res);
    const facilities = workbook.getWorksheet('施設別') as ExcelJS.Worksheet;
    expect(facilities.rowCount - 1).toBe(world.facilities.filter((f) => f.bookable).length);
    const months = workbook.getWorksheet('月別利用者数') as ExcelJS.Worksheet;
    expect((months.getRow(1).values as unknown[]).length - 1).toBe(13);
  });

  it('gives each facility and each room its utilisation per month, as the API computes it from bookings', async () => {
    const res = await get(`/reports/facility-utilisation.xlsx?fiscalYear=${fiscalYear}`);
    expect(res.status).toBe(200);
    const workbook = await workbookOf(res);
    const bookable = world.facilities.filter((f) => f.bookable);
    const byFacility = workbook.getWorksheet('施設別・月別稼働率') as ExcelJS.Worksheet;
    expect(byFacility.rowCount - 1).toBe(bookable.length);
    expect((byFacility.getRow(1).values as unknown[]).slice(2)).toEqual([
      `${fiscalYear}-04`,
      `${fiscalYear}-05`,
      `${fiscalYear}-06`,
      `${fiscalYear}-07`,
      `${fiscalYear}-08`,
      `${fiscalYear}-09`,
      `${fiscalYear}-10`,
      `${fiscalYear}-11`,
      `${fiscalYear}-12`,
      `${fiscalYear + 1}-01`,
      `${fiscalYear + 1}-02`,
      `${fiscalYear + 1}-03`,
    ]);
    const rooms = workbook.getWorksheet('部屋別・月別稼働率') as ExcelJS.Worksheet;
    expect(rooms.rowCount - 1).toBe(bookable.reduce((sum, f) => sum + f.rooms.length, 0));

    // The busiest room of the year: its row carries the API's monthly figures, in percent.
    const counts = new Map<string, number>();
    for (const booking of world.bookings) counts.set(booking.roomId, (counts.get(booking.roomId) ?? 0) + 1);
    const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const facility = bookable.find((f) => f.rooms.some((room) => room.id === busiest))!;
    const room = facility.rooms.find((r) => r.id === busiest)!;
    const api = await graph.query(
      `query ($id: ID!, $fiscalYear: Int!) { facility(id: $id) { nameJa rooms { id name monthlyUtilization(fiscalYear: $fiscalYear) { utilization } } } }`,
      { id: facility.id, fiscalYear },
      staff,
    );
    const served = api.body.data.facility.rooms.find((r: { id: string }) => r.id === busiest);
    const row = rooms
      .getRows(2, rooms.rowCount - 1)!
      .find((r) => r.getCell(1).value === api.body.data.facility.nameJa && r.getCell(2).value === room.name)!;
    const cells = (row.values as unknown[]).slice(4);
    expect(cells).toEqual(
      served.monthlyUtilization.map((m: { utilization: number | null }) =>
        m.utilization === null ? undefined : Math.round(m.utilization * 1000) / 10,
      ),
    );
    expect(cells.some((value) => typeof value === 'number' && value > 0)).toBe(true);

    // The HTML draws the facilities' months as a heat map: one rect per facility and month with a figure (a
    // facility whose hours are unknown has none).
    let figures = 0;
    byFacility.eachRow((row, number) => {
      if (number > 1) figures += (row.values as unknown[]).filter((v) => typeof v === 'number').length;
    });
    expect(figures).toBeGreaterThan(bookable.length * 6);
    const html = await (await get(`/reports/facility-utilisation.html?fiscalYear=${fiscalYear}`)).text();
    const heatmap = html.slice(html.indexOf('施設別・月別稼働率'), html.indexOf('部屋別・月別稼働率'));
    expect(heatmap).toContain('<svg');
    const rects = heatmap.slice(heatmap.indexOf('mark-rect'));
    expect((rects.slice(0, rects.indexOf('</g>')).match(/<path/g) ?? []).length).toBe(figures);
  });
});

describe('npm run report', () => {
  it('downloads a report from the running gateway into a file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyodo-report-'));
    try {
      const out: string[] = [];
      const code = await runReportCli(['funding', '--fiscal-year', String(fiscalYear), '--format', 'xlsx'], {
        out: (line) => out.push(line),
        err: (line) => out.push(line),
        env: { KYODO_GATEWAY_URL: origin, KYODO_JWT_SECRET: JWT_SECRET, INIT_CWD: dir },
        interactive: false,
      });
      expect(out).toEqual([expect.stringMatching(/^report: wrote .*funding-\d{4}\.xlsx \([\d,]+ bytes\)$/)]);
      expect(code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      const bytes = readFileSync(path.join(dir, `funding-${fiscalYear}.xlsx`));
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      expect(workbook.worksheets).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the district profile as a page', () => {
  it('is one self-contained HTML page with charts as inline SVG and the district figures', async () => {
    const res = await get(`/reports/district-profile.html?district=${district}&fiscalYear=${fiscalYear}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="ja">/);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('@media print');
    const organizations = world.organizations.filter((o) => o.districtCode === district && o.active);
    expect(html).toContain(`団体 ${organizations.length}`);
  });

  it('renders in headless Chromium: charts drawn, Japanese in a real CJK font, not a blank page', async () => {
    // .ci/run installs Debian's chromium and fonts-noto-cjk when they are missing.
    expect(existsSync(CHROMIUM)).toBe(true);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
      await page.setExtraHTTPHeaders({ authorization: `Bearer ${staff}` });
      const response = await page.goto(
        `${origin}/reports/district-profile.html?district=${district}&fiscalYear=${fiscalYear}`,
      );
      expect(response?.status()).toBe(200);
      // Drawn marks: bars and the line of the monthly chart have a real size on the page.
      const marks = await page.$$eval(
        'svg .mark-rect path, svg .mark-line path',
        (paths) =>
          paths.filter((p) => (p as unknown as { getBBox(): { width: number } }).getBBox().width > 0).length,
      );
      expect(marks).toBeGreaterThan(0);
      // The font Chromium actually used for the Japanese title (DevTools: platform fonts of the node).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.map((font) => font.familyName).join(', ')).toMatch(/CJK|Noto Sans JP|Hiragino|Gothic/);
      // Kept in the temp folder for a person to look at.
      const png = await page.screenshot({ path: path.join(tmpdir(), 'kyodo-district-profile.png') });
      const screenshot = PNG.sync.read(png);
      // Not blank: a real page has many distinct colours (text, bars, table rules).
      const colours = new Set<number>();
      for (let i = 0; i < screenshot.data.length; i += 4 * 97) colours.add(screenshot.data.readUInt32BE(i));
      expect(colours.size).toBeGreaterThan(20);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
