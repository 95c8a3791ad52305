import {
  forbidden,
  isAuthenticated,
  isMemberOf,
  isStaff,
  unauthenticated,
  type Viewer,
} from '@kyodo/service-kit';

/** Staff may change anything; anonymous viewers are told to sign in, others that they lack the right. */
export function requireStaff(viewer: Viewer, action: string): void {
  if (isStaff(viewer)) return;
  if (!isAuthenticated(viewer)) throw unauthenticated(`You must be signed in to ${action}`);
  throw forbidden(`Only city staff may ${action}`);
}

/** Staff, or a member of one of the organizations (viewer.organizationIds, signed by the gateway). */
export function requireStaffOrMember(
  viewer: Viewer,
  organizationIds: readonly string[],
  action: string,
): void {
  if (isStaff(viewer) || organizationIds.some((id) => isMemberOf(viewer, id))) return;
  if (!isAuthenticated(viewer)) throw unauthenticated(`You must be signed in to ${action}`);
  throw forbidden(`Only city staff or members of the organization may ${action}`);
}
