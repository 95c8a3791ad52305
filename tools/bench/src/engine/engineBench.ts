/**
 * `npm run bench -- --engine`: the database side of the hot queries, sent straight to the engine with the official
 * driver, exactly as the resolvers send them (facilitiesNear's $geoNear page and its count, the district dashboard's
 * organization page and a later page, fundingSummary's pipeline), against 1x, 10x and 100x the demo data (see
 * scaledData.ts). For each it prints the median time per query and, from explain, the keys and documents examined,
 * so growth with data size is visible. With MONGODB_URI set it runs against that server instead of an embedded
 * engine (to compare with a real MongoDB; the cpu column, this process's CPU per query, is then n/a); it creates
 * and drops its own bench_* databases there.
 */
import { definition as facilities } from '@kyodo/facilities';
import { definition as funding } from '@kyodo/funding';
import { definition as organizations } from '@kyodo/organizations';
import { buildDemoWorld, serviceSeeds, type ServiceName } from '@kyodo/seed';
import { UsageError, closeDatabase, connectDatabase, createLogger, seedDatabase } from '@kyodo/service-kit';
import { MongoClient, type Db, type Document, type ObjectId } from 'mongodb';
import mongoose from 'mongoose';
import { percentile } from '../stats.js';
import { heapLimitMiB, heapNeededMiB, heapRaised, rerunWithHeap } from './heap.js';
import { scaleDatabase } from './scaledData.js';

export interface EngineBenchOptions {
  scales: number[];
  /** Time spent per query and scale, in milliseconds (at least 5 runs). */
  budgetMs: number;
}

export function parseEngineFlags(argv: readonly string[]): EngineBenchOptions {
  const options: EngineBenchOptions = { scales: [1, 10, 100], budgetMs: 2000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = inline ?? argv[++i];
    if (flag === '--scales') {
      const scales = (value ?? '').split(',').map(Number);
      if (!value || scales.some((s) => !Number.isInteger(s) || s < 1 || s > 1000)) {
        throw new UsageError(
          `--scales must be whole numbers from 1 to 1000, comma-separated (got ${JSON.stringify(value)})`,
        );
      }
      options.scales = scales;
    } else if (flag === '--budget-ms') {
      if (!value || !/^[1-9][0-9]{0,5}$/.test(value)) {
        throw new UsageError(
          `--budget-ms must be a whole number from 1 to 999999 (got ${JSON.stringify(value)})`,
        );
      }
      options.budgetMs = Number(value);
    } else {
      throw new UsageError(`unknown argument for --engine: ${JSON.stringify(arg)}`);
    }
  }
  return options;
}

const EARTH_RADIUS_METERS = 6378100;
const YAIZU_STATION = { type: 'Point', coordinates: [138.3186, 34.8706] };

interface EngineQuery {
  name: string;
  service: 'facilities' | 'organizations' | 'funding';
  collection: string;
  /** The command as the driver sends it: a find or an aggregate. */
  find?: { filter: Document; sort?: Document; limit?: number };
  pipeline?: Document[];
}

/**
 * The hot queries; fundingSummary reads the last complete fiscal year of the demo world, the bookings list the
 * bookings of every demo facility (a long `$in` of ObjectIds, as the staff bookings list sends it).
 */
const queries = (fiscalYear: number, facilityIds: ObjectId[]): EngineQuery[] => [
  {
    name: 'facilitiesNear page ($geoNear 3 km)',
    service: 'facilities',
    collection: 'facilities',
    pipeline: [
      {
        $geoNear: {
          near: YAIZU_STATION,
          key: 'location',
          distanceField: 'distanceMeters',
          spherical: true,
          maxDistance: 3000,
          query: {},
        },
      },
      { $sort: { distanceMeters: 1, _id: 1 } },
      { $limit: 21 },
    ],
  },
  {
    name: 'facilitiesNear totalCount ($geoWithin)',
    service: 'facilities',
    collection: 'facilities',
    // What countDocuments sends.
    pipeline: [
      {
        $match: {
          $and: [
            {},
            {
              location: {
                $geoWithin: {
                  $centerSphere: [YAIZU_STATION.coordinates, 3000 / EARTH_RADIUS_METERS],
                },
              },
            },
          ],
        },
      },
      { $group: { _id: 1, n: { $sum: 1 } } },
    ],
  },
  {
    name: 'dashboard: district organizations',
    service: 'organizations',
    collection: 'organizations',
    pipeline: [
      { $match: { active: true, districtCode: { $in: ['yaizu-16'] } } },
      { $sort: { nameKana: 1, _id: 1 } },
      { $group: { _id: '$districtCode', docs: { $push: '$$ROOT' }, totalCount: { $sum: 1 } } },
      { $project: { docs: { $slice: ['$docs', 21] }, totalCount: 1 } },
    ],
  },
  {
    name: 'organizations page (sorted, limit 21)',
    service: 'organizations',
    collection: 'organizations',
    find: { filter: { active: true, districtCode: 'yaizu-16' }, sort: { nameKana: 1, _id: 1 }, limit: 21 },
  },
  {
    name: `bookings of ${facilityIds.length} facilities ($in, by start)`,
    service: 'facilities',
    collection: 'bookings',
    find: { filter: { facilityId: { $in: facilityIds } }, sort: { start: -1, _id: -1 }, limit: 21 },
  },
  {
    name: `fundingSummary ${fiscalYear} by district`,
    service: 'funding',
    collection: 'awards',
    pipeline: [
      { $match: { fiscalYear } },
      {
        $group: {
          _id: '$districtCode',
          awardedTotal: { $sum: '$amount' },
          awardCount: { $sum: 1 },
          disbursedTotal: { $sum: '$disbursedTotal' },
        },
      },
      { $sort: { awardedTotal: -1, _id: 1 } },
    ],
  },
];

async function runQuery(db: Db, query: EngineQuery): Promise<number> {
  const collection = db.collection(query.collection);
  if (query.pipeline) return (await collection.aggregate(query.pipeline).toArray()).length;
  const { filter, sort, limit } = query.find!;
  return (await collection.find(filter, { sort, limit }).toArray()).length;
}

interface Examined {
  keys: number | null;
  docs: number | null;
}

/** Keys and documents examined, from explain (null when the server cannot explain it). */
async function examined(db: Db, query: EngineQuery): Promise<Examined> {
  try {
    const command = query.pipeline
      ? { aggregate: query.collection, pipeline: query.pipeline, cursor: {} }
      : { find: query.collection, ...query.find };
    const explain = await db.command({ explain: command, verbosity: 'executionStats' });
    const first = (explain.stages as Document[] | undefined)?.[0];
    const part = (first?.$cursor ?? first?.$geoNearCursor ?? explain) as Document;
    const stats = part.executionStats as Document | undefined;
    const count = (value: unknown) => (typeof value === 'number' ? value : null);
    return { keys: count(stats?.totalKeysExamined), docs: count(stats?.totalDocsExamined) };
  } catch {
    return { keys: null, docs: null };
  }
}

const SEEDED: { definition: { name: string; models: typeof organizations.models }; service: ServiceName }[] =
  [
    { definition: organizations, service: 'organizations' },
    { definition: facilities, service: 'facilities' },
    { definition: funding, service: 'funding' },
  ];

/** A full garbage collection, where node exposes it (`--expose-gc`, as the raised-heap child runs). */
function collectGarbage(): void {
  const { gc } = globalThis as { gc?: () => void };
  gc?.();
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
    )
    .join('\n');
}

export async function runEngineBench(argv: readonly string[]): Promise<number> {
  // A bad flag is a UsageError: runMain prints it with the usage line and exits 2.
  const options = parseEngineFlags(argv);
  const say = (line: string) => process.stderr.write(`[bench:engine] ${line}\n`);
  const external = process.env.MONGODB_URI?.trim() || undefined;
  const heapNeeded = heapNeededMiB(options.scales);
  if (!external && !heapRaised() && heapLimitMiB() < heapNeeded) {
    say(
      `the embedded engine needs a ${heapNeeded} MiB heap at ${Math.max(...options.scales)}x: running in a child node`,
    );
    return rerunWithHeap(heapNeeded);
  }
  let stopEngine: (() => Promise<void>) | undefined;
  let uri: string;
  if (external) {
    uri = external;
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startEmbeddedMongo } = require('@kyodo/embedded-mongo') as typeof import('@kyodo/embedded-mongo');
    const engine = await startEmbeddedMongo({ port: 0 });
    uri = engine.uri;
    stopEngine = () => engine.stop();
  }
  const client = await MongoClient.connect(uri);
  const databases = new Set<string>();
  try {
    say(`seeding the demo data (1x) on ${external ? 'MONGODB_URI' : 'an embedded engine'}`);
    mongoose.set('autoCreate', false);
    const logger = createLogger('bench', 'warn');
    const world = await buildDemoWorld({ now: new Date() });
    const seeds = serviceSeeds(world);
    // The last complete fiscal year (the current one is last in the list and still in progress).
    const lastFullYear = world.fiscalYears[world.fiscalYears.length - 2] as number;
    const seededFacilities = (name: string) => client.db(`bench_seed_${name}`).collection('facilities');
    for (const { definition, service } of SEEDED) {
      const dbName = `bench_seed_${definition.name}`;
      databases.add(dbName);
      const connection = await connectDatabase(definition.name, {
        uri,
        dbName,
        models: definition.models,
        logger,
      });
      try {
        await seedDatabase(definition.models, seeds[service]);
      } finally {
        await closeDatabase(connection);
      }
    }
    const facilityIds = (
      await seededFacilities(facilities.name)
        .find({}, { projection: { _id: 1 } })
        .toArray()
    ).map((doc) => doc._id);
    const hotQueries = queries(lastFullYear, facilityIds);
    const rows: string[][] = [
      [
        'query',
        'scale',
        'docs in coll.',
        'results',
        'median ms',
        'p95 ms',
        'cpu ms',
        'keys exam.',
        'docs exam.',
      ],
    ];
    for (const scale of options.scales) {
      say(`building ${scale}x`);
      const sizes: Record<string, Record<string, number>> = {};
      const buildStarted = performance.now();
      for (const { definition } of SEEDED) {
        const dbName = `bench_${definition.name}_x${scale}`;
        databases.add(dbName);
        await client.db(dbName).dropDatabase();
        sizes[definition.name] = await scaleDatabase(
          client.db(`bench_seed_${definition.name}`),
          client.db(dbName),
          scale,
        );
      }
      const built = Object.values(sizes).reduce(
        (sum, counts) => sum + Object.values(counts).reduce((a, b) => a + b, 0),
        0,
      );
      const buildSeconds = (performance.now() - buildStarted) / 1000;
      // Copying (driver) and inserting (engine) together; the heap holds the 1x seed besides this scale.
      say(
        `built ${scale}x: ${built} documents in ${buildSeconds.toFixed(0)} s ` +
          `(${((buildSeconds * 1e6) / built).toFixed(0)} µs per document), heap used ` +
          `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
      );
      // The build leaves gigabytes of garbage at 100x; collected here (the raised-heap child exposes gc), its
      // full collections are not timed as part of the first queries.
      collectGarbage();
      for (const query of hotQueries) {
        const db = client.db(`bench_${query.service}_x${scale}`);
        for (let i = 0; i < 3; i++) await runQuery(db, query); // warm-up
        const times: number[] = [];
        let results = 0;
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        while (times.length < 5 || (performance.now() - started < options.budgetMs && times.length < 500)) {
          const t0 = performance.now();
          results = await runQuery(db, query);
          times.push(performance.now() - t0);
        }
        const cpu = process.cpuUsage(cpuBefore);
        // CPU of this process (engine + driver) per query: steadier than wall time on a busy machine.
        const cpuMs = external ? 'n/a' : ((cpu.user + cpu.system) / 1000 / times.length).toFixed(2);
        times.sort((a, b) => a - b);
        const seen = await examined(db, query);
        const shown = (n: number | null) => (n === null ? 'n/a' : String(n));
        rows.push([
          query.name,
          `${scale}x`,
          String(sizes[query.service]?.[query.collection] ?? '?'),
          String(results),
          percentile(times, 50).toFixed(2),
          percentile(times, 95).toFixed(2),
          cpuMs,
          shown(seen.keys),
          shown(seen.docs),
        ]);
      }
      // Only one scale is held at a time (with the 1x seed): the next one gets the memory back.
      for (const { definition } of SEEDED) {
        const dbName = `bench_${definition.name}_x${scale}`;
        await client.db(dbName).dropDatabase();
        databases.delete(dbName);
      }
    }
    const heap = external
      ? ''
      : `; heap limit ${heapLimitMiB()} MiB${heapRaised() ? ' (raised for the largest scale, see engine/heap.ts)' : ''}`;
    console.log(
      `\nengine: each query sent straight to the database (driver round trip included${heap})\n${table(rows)}\n`,
    );
    return 0;
  } finally {
    for (const name of databases)
      await client
        .db(name)
        .dropDatabase()
        .catch(() => undefined);
    await client.close();
    await stopEngine?.();
  }
}
