import type { OrganizationKind } from '@kyodo/domain';
import type { OrganizationReference as Reference } from '@kyodo/service-kit';

export type { DistrictReference } from '@kyodo/service-kit';

/** An organization as funding holds it: by key only, plus what the gateway resolved for a field that @requires it. */
export type OrganizationReference = Reference & {
  kind?: OrganizationKind;
  /** The organization's district (null for a city-wide organization). */
  district?: { code: string } | null;
};
