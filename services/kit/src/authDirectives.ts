import { getDirective } from '@graphql-tools/utils';
import { describeAction, scopeHolders } from './access.js';
import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { forbidden, unauthenticated } from './errors.js';
import { ANONYMOUS, isAuthenticated, viewerScopes, type Viewer } from './viewer.js';

/**
 * What an element of the schema demands of the viewer. Every entry of `scopes` must hold, and each entry is an OR of
 * AND-lists, exactly as `@requiresScopes(scopes: [["a", "b"], ["c"]])` reads: (a and b) or c.
 */
export interface AccessRequirement {
  authenticated: boolean;
  scopes: string[][][];
}

type Directable = GraphQLNamedType | GraphQLField<unknown, unknown>;

// A directive not named in the @link import list is still usable under its namespaced name.
const AUTHENTICATED = ['authenticated', 'federation__authenticated'];
const REQUIRES_SCOPES = ['requiresScopes', 'federation__requiresScopes'];

function requirementOf(schema: GraphQLSchema, element: Directable): AccessRequirement {
  const authenticated = AUTHENTICATED.some((name) => (getDirective(schema, element, name) ?? []).length > 0);
  const scopes: string[][][] = [];
  for (const name of REQUIRES_SCOPES) {
    for (const args of getDirective(schema, element, name) ?? []) {
      const value: unknown = args['scopes'];
      if (Array.isArray(value))
        scopes.push(value.map((group) => (Array.isArray(group) ? group.map(String) : [])));
    }
  }
  return { authenticated, scopes };
}

function merge(...requirements: AccessRequirement[]): AccessRequirement {
  return {
    authenticated: requirements.some((r) => r.authenticated),
    scopes: requirements.flatMap((r) => r.scopes),
  };
}

function isOpen(requirement: AccessRequirement): boolean {
  return !requirement.authenticated && requirement.scopes.length === 0;
}

/**
 * Throws UNAUTHENTICATED for an anonymous viewer and FORBIDDEN for one lacking a required scope (the access policy's
 * one rule, see access.ts). `action` says in plain words what is refused, e.g. "create grant programs".
 */
export function assertAccess(viewer: Viewer, requirement: AccessRequirement, action: string): void {
  if (isOpen(requirement)) return;
  if (!isAuthenticated(viewer)) throw unauthenticated(`You must be signed in to ${action}`);
  const held = new Set(viewerScopes(viewer));
  for (const alternatives of requirement.scopes) {
    if (!alternatives.some((all) => all.every((scope) => held.has(scope)))) {
      const who = alternatives.map((all) => all.map(scopeHolders).join(' who are also ')).join(' or ');
      throw forbidden(`Only ${who} may ${action}`);
    }
  }
}

function viewerOf(context: unknown): Viewer {
  const viewer = (context as { viewer?: Viewer } | null | undefined)?.viewer;
  return viewer ?? ANONYMOUS;
}

function guard(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  requirement: AccessRequirement,
  what: string,
) {
  const guarded: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
    // Throwing makes this field null with the error; a nullable field degrades without failing its siblings.
    assertAccess(viewerOf(context), requirement, what);
    return resolve(source, args, context, info);
  };
  return guarded;
}

type ReferenceResolver = (reference: unknown, context: unknown, info: unknown) => unknown;

function guardReferenceResolver(type: GraphQLObjectType, requirement: AccessRequirement) {
  const extensions = type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } };
  const resolveReference = extensions.apollo?.subgraph?.resolveReference;
  // Without a reference resolver the representation itself is the entity; its fields are guarded anyway.
  if (!resolveReference) return;
  const guarded: ReferenceResolver = async (reference, context, info) => {
    // Rejecting (not throwing) makes only this entity null in `_entities`, not the whole list; and no database
    // work is done for a viewer who may not see the type.
    assertAccess(viewerOf(context), requirement, describeAction(type.name));
    return resolveReference(reference, context, info);
  };
  extensions.apollo!.subgraph!.resolveReference = guarded;
}

/**
 * Enforces `@authenticated` and `@requiresScopes` from the SDL inside the subgraph, so a subgraph called directly
 * (not through the gateway) leaks nothing. A field is guarded by its own directives, its parent type's and its
 * return type's, whichever path reaches it (root fields, `_entities`, or through an interface). The schema is
 * changed in place so the reference resolvers buildSubgraphSchema stored on the types are kept.
 */
export function applyAuthDirectives(schema: GraphQLSchema): GraphQLSchema {
  const typeRequirements = new Map<string, AccessRequirement>();
  const typeRequirement = (type: GraphQLNamedType): AccessRequirement => {
    let requirement = typeRequirements.get(type.name);
    if (!requirement) {
      requirement = requirementOf(schema, type);
      typeRequirements.set(type.name, requirement);
    }
    return requirement;
  };

  // Only object types: their fields are what resolves (federation forbids these directives on interfaces).
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    const parent = typeRequirement(type);
    for (const field of Object.values(type.getFields())) {
      const requirement = merge(
        parent,
        requirementOf(schema, field),
        typeRequirement(getNamedType(field.type)),
      );
      if (isOpen(requirement)) continue;
      field.resolve = guard(
        field.resolve ?? defaultFieldResolver,
        requirement,
        describeAction(type.name, field.name),
      );
    }
    if (!isOpen(parent)) guardReferenceResolver(type, parent);
  }
  return schema;
}
