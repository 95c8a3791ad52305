import { roundTo } from '@kyodo/domain';
import { buildDemoWorld, type DemoEvaluationData, type DemoWorld } from '@kyodo/seed';
import { TEST_NOW } from '@kyodo/service-kit/testing';

export type { DemoWorld };

/** The demo world the launcher seeded (dated TEST_NOW, like the graph's clocks), to check answers against. */
export function loadDemoWorld(): Promise<DemoWorld> {
  return buildDemoWorld({ now: TEST_NOW });
}

/** Great-circle distance in metres on the sphere MongoDB's 2dsphere uses (radius 6378100 m). */
/** A GeoJSON point ([lng, lat], as facilities store it) as { lat, lng }. */
export function latLng(point: { coordinates: [number, number] }): { lat: number; lng: number } {
  return { lat: point.coordinates[1], lng: point.coordinates[0] };
}

export function haversineMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6378100 * Math.asin(Math.sqrt(h));
}

/** Progress as docs/domain.md defines it: from the baseline to the final target, using the latest measurement. */
export function expectedProgress(indicator: DemoEvaluationData['indicators'][number]): number | null {
  const latest = [...indicator.measurements].sort((a, b) => b.year - a.year)[0];
  const final =
    indicator.targets.find((t) => t.year === null) ??
    [...indicator.targets].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
  if (!latest || !final || final.value === indicator.baseline.value) return null;
  return roundTo((latest.value - indicator.baseline.value) / (final.value - indicator.baseline.value), 3);
}
