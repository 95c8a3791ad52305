import { forbidden, isMemberOf, isStaff, type Viewer } from '@kyodo/service-kit';

/** Staff act for any organization; anyone else only for organizations they are a member of. */
export function assertActsFor(viewer: Viewer, organizationId: string, action: string): void {
  if (isStaff(viewer) || isMemberOf(viewer, organizationId)) return;
  throw forbidden(`Only staff or members of organization ${organizationId} may ${action}`);
}
