import { forbidden, unauthenticated } from './errors.js';
import { isAuthenticated, isMemberOf, isStaff, type Viewer } from './viewer.js';

/**
 * The one access policy of every service. The rule for the two refusals: an anonymous viewer is always
 * UNAUTHENTICATED ("sign in"), whatever the requirement; a signed-in viewer without the right is FORBIDDEN. Messages
 * say in plain words what the caller may not do: `action` is a verb phrase such as "book rooms for this
 * organization".
 */

/** Staff act for every organization; anyone else for the organizations they are a member of. */
export function canActFor(viewer: Viewer, organizationId: string): boolean {
  return isStaff(viewer) || isMemberOf(viewer, organizationId);
}

export function requireSignedIn(viewer: Viewer, action: string): void {
  if (!isAuthenticated(viewer)) throw unauthenticated(`You must be signed in to ${action}`);
}

export function requireStaff(viewer: Viewer, action: string): void {
  if (isStaff(viewer)) return;
  requireSignedIn(viewer, action);
  throw forbidden(`Only city staff may ${action}`);
}

/** Staff, or a member of one of `organizationIds` (the viewer's memberships are signed by the gateway). */
export function requireActsFor(
  viewer: Viewer,
  organizationIds: string | readonly string[],
  action: string,
): void {
  const ids = typeof organizationIds === 'string' ? [organizationIds] : organizationIds;
  if (ids.some((id) => canActFor(viewer, id))) return;
  requireSignedIn(viewer, action);
  throw forbidden(`Only city staff or members of the organization may ${action}`);
}

/** Who holds a scope, in the words a caller understands. */
export function scopeHolders(scope: string): string {
  switch (scope) {
    case 'staff':
      return 'city staff';
    case 'member':
      return 'members of an organization';
    case 'resident':
      return 'signed-in residents';
    default:
      return `callers with the "${scope}" permission`;
  }
}

function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * A schema element as an action in plain words: Mutation.createGrantProgram is "create a grant program",
 * Query.people "read people", Application.reviewNotes "see the review notes of an application", the type Person
 * "see person records".
 */
export function describeAction(typeName: string, fieldName?: string): string {
  if (fieldName === undefined) return `see ${words(typeName)} records`;
  if (typeName === 'Mutation') {
    const [verb, ...rest] = words(fieldName).split(' ');
    return rest.length > 0 ? `${verb} ${withArticle(rest.join(' '))}` : `${verb}`;
  }
  if (typeName === 'Query') return `read ${words(fieldName)}`;
  return `see the ${words(fieldName)} of ${withArticle(words(typeName))}`;
}
