import type { LoadResult } from './load.js';
import { percentile } from '../stats.js';

export type { CompareOptions } from './options.js';
import type { CompareOptions } from './options.js';

/** One measured window: a scenario on one gateway in one round. */
export interface Measured {
  scenario: string;
  traffic: 'identical' | 'varied';
  gateway: TargetName;
  round: number;
  result: LoadResult;
  /** Requests the four subgraphs served during the window. */
  fetches: number;
  /** % of one core per process during the window (null where it could not be read). */
  cpu: Record<string, number | null>;
}

/** The gateways compared, and `floor`: the bare server that measures what the harness adds (bareServer.ts). */
export type TargetName = 'kyodo' | 'hive' | 'hive-rust' | 'floor';

const LABEL = {
  kyodo: 'Kyodo gateway',
  hive: 'Hive Gateway',
  'hive-rust': 'Hive + Rust planner',
  floor: 'bare node:http (floor)',
} as const;
const PROCESSES = ['gateway', 'organizations', 'facilities', 'funding', 'evaluation', 'engine', 'autocannon'];

export interface Summary {
  scenario: string;
  traffic: 'identical' | 'varied';
  gateway: Measured['gateway'];
  rps: number;
  /** Percentiles of every answer of every round, pooled. */
  p50: number;
  p99: number;
  /** The lowest and highest p99/p50 of a single round (how much the tail moved between rounds). */
  roundRatios: [number, number];
  /** autocannon's whole-millisecond percentiles (median p50, worst p99), as runs before exact latencies printed. */
  histogramP50: number;
  histogramP99: number;
  fetchesPerRequest: number;
  failures: number;
  cpu: Record<string, number | null>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Ascending merge of each round's ascending latencies. */
function pooled(rounds: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(rounds.reduce((n, r) => n + r.length, 0));
  let at = 0;
  for (const r of rounds) {
    all.set(r, at);
    at += r.length;
  }
  return all.sort();
}

/**
 * Rounds folded per scenario and gateway: total requests over total time, p50 and p99 of all rounds' answers pooled,
 * the per-round p99/p50 range beside them, mean CPU. Pooled, because the fold before (median p50, worst p99) paired
 * one round's median with another's tail, so one noisy round on this shared machine set the ratio alone.
 */
export function summarize(measured: readonly Measured[], seconds: number): Summary[] {
  const groups = new Map<string, Measured[]>();
  for (const m of measured) {
    const key = `${m.scenario}\u0000${m.gateway}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()].map((ms) => {
    const requests = ms.reduce((a, m) => a + m.result.requests, 0);
    const all = pooled(ms.map((m) => m.result.latencies));
    const cpu: Record<string, number | null> = {};
    for (const p of PROCESSES) {
      const values = ms.map((m) => m.cpu[p]).filter((v): v is number => typeof v === 'number');
      cpu[p] = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
    }
    return {
      scenario: ms[0]!.scenario,
      traffic: ms[0]!.traffic,
      gateway: ms[0]!.gateway,
      rps: requests / (seconds * ms.length),
      p50: percentile(all, 50),
      p99: percentile(all, 99),
      roundRatios: [
        Math.min(...ms.map((m) => m.result.p99 / m.result.p50)),
        Math.max(...ms.map((m) => m.result.p99 / m.result.p50)),
      ],
      histogramP50: median(ms.map((m) => m.result.histogramP50)),
      histogramP99: Math.max(...ms.map((m) => m.result.histogramP99)),
      fetchesPerRequest: requests ? ms.reduce((a, m) => a + m.fetches, 0) / requests : Number.NaN,
      failures: ms.reduce((a, m) => a + m.result.failures, 0),
      cpu,
    };
  });
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n');
}

/** The goal of issue 11, checked per scenario against the summaries. */
export function goalChecks(summaries: readonly Summary[]): string[] {
  const lines: string[] = [];
  for (const scenario of new Set(summaries.map((s) => s.scenario))) {
    const of = (g: Measured['gateway']) => summaries.find((s) => s.scenario === scenario && s.gateway === g);
    const ours = of('kyodo');
    const hive = of('hive');
    const rust = of('hive-rust');
    const floor = of('floor');
    if (!ours) continue;
    const checks: [string, boolean][] = [];
    if (hive) checks.push([`>= Hive (${(ours.rps / hive.rps).toFixed(2)}x)`, ours.rps >= hive.rps]);
    if (rust && ours.traffic === 'varied')
      checks.push([`>= 0.8x Hive+Rust (${(ours.rps / rust.rps).toFixed(2)}x)`, ours.rps >= 0.8 * rust.rps]);
    // The floor's own ratio is printed beside ours: when a server doing no work at all exceeds 3x in the same run,
    // the tail is the machine's and the load generator's, and no gateway could meet it here.
    const floorNote = floor ? `; bare server ${(floor.p99 / floor.p50).toFixed(1)}x` : '';
    checks.push([
      `p99 <= 3x p50 (${(ours.p99 / ours.p50).toFixed(1)}x${floorNote})`,
      ours.p99 <= 3 * ours.p50,
    ]);
    lines.push(
      `${checks.every(([, ok]) => ok) ? 'MET ' : 'MISS'}  ${scenario}: ${checks.map(([t, ok]) => `${ok ? '' : '!'}${t}`).join(', ')}`,
    );
  }
  return lines;
}

export function formatReport(measured: readonly Measured[], options: CompareOptions): string {
  const summaries = summarize(measured, options.seconds);
  const fmt = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
  const ours = (s: Summary) => summaries.find((x) => x.scenario === s.scenario && x.gateway === 'kyodo');
  const throughput = table([
    [
      'scenario',
      'gateway',
      'req/s',
      'p50 ms',
      'p99 ms',
      'p99/p50',
      'per round',
      'whole-ms p50/p99',
      'ours/this',
      'fetches/req',
      'failures',
    ],
    ...summaries.map((s) => [
      s.scenario,
      LABEL[s.gateway],
      fmt(s.rps),
      fmt(s.p50, 2),
      fmt(s.p99, 2),
      `${fmt(s.p99 / s.p50, 1)}x`,
      `${fmt(s.roundRatios[0], 1)}-${fmt(s.roundRatios[1], 1)}x`,
      `${fmt(s.histogramP50, 0)}/${fmt(s.histogramP99, 0)}`,
      s.gateway === 'kyodo' || s.gateway === 'floor'
        ? ''
        : `${fmt((ours(s)?.rps ?? Number.NaN) / s.rps, 2)}x`,
      fmt(s.fetchesPerRequest, 2),
      String(s.failures),
    ]),
  ]);
  const cpu = table([
    ['scenario', 'gateway', ...PROCESSES],
    ...summaries.map((s) => [
      s.scenario,
      LABEL[s.gateway],
      ...PROCESSES.map((p) => fmt(s.cpu[p] ?? null, 0)),
    ]),
  ]);
  return [
    `\n${options.rounds} interleaved rounds of ${options.warmupSeconds} s warm-up + ${options.seconds} s measured per gateway`,
    `\nlatency: p50 and p99 of every answer's own time, all rounds pooled ('per round': the range of single rounds' p99/p50); the whole-ms column is autocannon's histogram (median p50, worst p99), which floors each latency`,
    `the bare node:http row is the harness floor: a server doing no work, answering the same bytes under the same load`,
    `\n${throughput}`,
    `\nCPU per process, % of one core while measured (gateway = the gateway under load, all its processes)\n${cpu}`,
    `\ngoal (issue 11)\n${goalChecks(summaries).join('\n')}\n`,
  ].join('\n');
}
