import { type DemoFacility, loadDemoWorld as loadSharedDemoWorld } from '@kyodo/importers';
import {
  type DemoEvaluationData,
  type DemoFunding,
  type DemoOrganization,
  demoEvaluationData,
  evaluationSourcesOf,
} from '@kyodo/seed';

export interface DemoWorld {
  organizations: DemoOrganization[];
  facilities: DemoFacility[];
  funding: DemoFunding;
  evaluation: DemoEvaluationData;
}

/**
 * The seed every subgraph loaded, rebuilt here from the same shared demo world and generators, so the tests know
 * what the right answer is without asking any service.
 */
export async function loadDemoWorld(): Promise<DemoWorld> {
  const world = await loadSharedDemoWorld();
  const { organizations, facilities, funding } = world;
  return { organizations, facilities, funding, evaluation: demoEvaluationData(evaluationSourcesOf(world)) };
}

/** Great-circle distance in metres on the sphere MongoDB's 2dsphere uses (radius 6378100 m). */
export function haversineMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6378100 * Math.asin(Math.sqrt(h));
}

/** Progress as DOMAIN.md defines it: from the baseline to the final target, using the latest measurement. */
export function expectedProgress(indicator: DemoEvaluationData['indicators'][number]): number | null {
  const latest = [...indicator.measurements].sort((a, b) => b.year - a.year)[0];
  const final =
    indicator.targets.find((t) => t.year === null) ??
    [...indicator.targets].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
  if (!latest || !final || final.value === indicator.baseline.value) return null;
  return (latest.value - indicator.baseline.value) / (final.value - indicator.baseline.value);
}
