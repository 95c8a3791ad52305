import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * A subgraph that answers 4xx with GraphQL errors has refused the request: almost always the client's value did not
 * coerce (a DateTime without offset, a Date that does not exist, an enum value it lacks), which only the subgraph,
 * owner of the scalar, can tell. That is the client's mistake, not an outage: its errors reach the client as
 * BAD_USER_INPUT with the subgraph's own message and the variable's path.
 */

/** Codes a subgraph gives to a request it refused before running it; they all mean "fix your input". */
const INPUT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

// graphql-js: Variable "$input" got invalid value "2026-12-01T10:00:00" at "input.openAt"; Expected type ...
const INVALID_VARIABLE = /^Variable "\$([^"]+)" got invalid value .*? at "([^"]+)";/s;
const INVALID_VARIABLE_AT_ROOT = /^Variable "\$([^"]+)" got invalid value /;

/** Where in the request the bad value is: the variable and, inside an input object, the path to the field. */
export function variablePath(message: string): { variable: string; path: string } | null {
  const nested = INVALID_VARIABLE.exec(message);
  if (nested) return { variable: nested[1]!, path: nested[2]! };
  const root = INVALID_VARIABLE_AT_ROOT.exec(message);
  return root ? { variable: root[1]!, path: root[1]! } : null;
}

/** The errors of a subgraph's 4xx GraphQL answer, as the client sees them; null when the body holds none. */
export function refusalErrors(
  error: unknown,
  serviceName: string,
  response: FetcherResponse | undefined,
): GraphQLError[] | null {
  if (!response || response.status < 400 || response.status >= 500) return null;
  const body = (error as { extensions?: { response?: { body?: unknown } } }).extensions?.response?.body;
  const errors = (body as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return (errors as GraphQLFormattedError[]).map((refusal) => {
    const subgraphCode = refusal.extensions?.code;
    const code =
      typeof subgraphCode === 'string' && !INPUT_CODES.has(subgraphCode) ? subgraphCode : 'BAD_USER_INPUT';
    const where = variablePath(String(refusal.message));
    return new GraphQLError(String(refusal.message), {
      extensions: {
        code,
        serviceName,
        ...(where ? { variable: where.variable, argumentName: where.path } : {}),
      },
    });
  });
}

/** Carries a refusal from didEncounterError (which must throw) to process (which answers it as errors). */
export class SubgraphRefusal extends Error {
  override name = 'SubgraphRefusal';
  constructor(readonly errors: GraphQLError[]) {
    super(errors.map((error) => error.message).join('; '));
  }
}
