import { forbidden, isMemberOf, isObjectIdHex, isStaff, type Viewer } from '@kyodo/service-kit';
import { Types } from 'mongoose';

/** Staff, or a member of the organization: who may apply for, or withdraw, an organization's application. */
export function canActFor(viewer: Viewer, organizationId: string): boolean {
  return isStaff(viewer) || isMemberOf(viewer, organizationId);
}

export function assertCanActFor(viewer: Viewer, organizationId: string): void {
  if (!canActFor(viewer, organizationId)) {
    throw forbidden(`Only staff or members of organization ${organizationId} may do this`);
  }
}

export function assertStaff(viewer: Viewer): void {
  if (!isStaff(viewer)) throw forbidden('Only staff may do this');
}

/** Drafts are the applicant's work in progress: only staff and the applicant's members see them. */
export function canSeeApplication(
  viewer: Viewer,
  application: { status: string; organizationId: unknown },
): boolean {
  return application.status !== 'DRAFT' || canActFor(viewer, String(application.organizationId));
}

/** The filter that hides other organizations' drafts from a viewer, added to every application listing. */
export function visibleApplicationsFilter(viewer: Viewer): Record<string, unknown> {
  if (isStaff(viewer)) return {};
  const memberOf = viewer.organizationIds.filter(isObjectIdHex).map((id) => new Types.ObjectId(id));
  return { $or: [{ status: { $ne: 'DRAFT' } }, { organizationId: { $in: memberOf } }] };
}
