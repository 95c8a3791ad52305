/** Entities owned by the organizations subgraph, returned as references for the gateway to resolve (see the kit). */
export {
  districtReference,
  organizationReference,
  type DistrictReference,
  type OrganizationReference,
} from '@kyodo/service-kit';
