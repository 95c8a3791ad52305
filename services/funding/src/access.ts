import { canActFor, isObjectIdHex, isStaff, type Viewer } from '@kyodo/service-kit';
import { Types } from 'mongoose';

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
