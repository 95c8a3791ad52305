import { stableObjectIdHex } from '@kyodo/seed';
import type { Viewer } from '@kyodo/service-kit';
import type { TestResponse } from '@kyodo/service-kit/testing';

export const STAFF: Viewer = { sub: 'staff-1', role: 'staff', organizationIds: [] };

export function memberOf(...organizationIds: string[]): Viewer {
  return { sub: `member-${organizationIds.join('-')}`, role: 'member', organizationIds };
}

export function facilityId(no: string): string {
  return stableObjectIdHex('facility', `222127:${no}`);
}

/** The error codes of a response, in order. */
export function codes(response: TestResponse<unknown>): string[] {
  return (response.body.errors ?? []).map(
    (error: { extensions?: { code?: string } }) => error.extensions?.code ?? '',
  );
}

export function onlyData<T>(response: TestResponse<T>): T {
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors, null, 2));
  return response.body.data as T;
}
