import { readDistricts } from '@kyodo/importers';
import type { Viewer } from '@kyodo/service-kit';
import { startTestSubgraph, type TestSubgraph } from '@kyodo/service-kit/testing';
import { demoOrganizations, type DemoOrganization } from '@kyodo/seed';
import { definition, seed } from '../src/index.js';

/** The demo world the seed loads, computed independently of the service so tests can check answers against it. */
export async function demoWorld() {
  const districts = await readDistricts();
  const organizations = demoOrganizations(districts);
  const byKey = (key: string) =>
    organizations.find((organization) => organization.key === key) as DemoOrganization;
  return { districts, organizations, byKey };
}

export function startOrganizations(): Promise<TestSubgraph> {
  return startTestSubgraph(definition, { seed });
}

export const STAFF: Viewer = { sub: 'staff-1', role: 'staff', organizationIds: [] };
export const RESIDENT: Viewer = { sub: 'resident-1', role: 'resident', organizationIds: [] };
export function memberOf(...organizationIds: string[]): Viewer {
  return { sub: `member-of-${organizationIds.join('-')}`, role: 'member', organizationIds };
}

/** The error codes of a response, in order. */
export function codes(body: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

/** The `extensions` of the n-th error of a response. */
export function errorAt(body: { errors?: { extensions?: Record<string, unknown> }[] }, index = 0) {
  return body.errors?.[index]?.extensions ?? {};
}

/** Code-point order, which is how MongoDB sorts strings. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
