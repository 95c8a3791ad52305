import { GraphQLError } from 'graphql';

/** The error codes every subgraph uses in `extensions.code`; clients branch on these, never on messages. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The request's time ran out (the gateway's deadline, or MongoDB's MaxTimeMSExpired) and its work was stopped. */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } });
}

export function notFound(
  typename: string,
  id: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(`${typename} ${id} was not found`, {
    extensions: { ...extensions, code: ErrorCode.NOT_FOUND, typename, id },
  });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code: ErrorCode.CONFLICT } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function unauthenticated(message = 'You must be signed in to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}
