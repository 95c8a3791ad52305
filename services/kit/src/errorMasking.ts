import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import mongoose from 'mongoose';
import { isMaxTimeExpired } from './deadline.js';
import { ErrorCode } from './errors.js';

/**
 * What a client may read of an error. Errors the kit and the resolvers raise on purpose (GraphQLErrors with a code)
 * pass unchanged; everything else is reworded so no message names a mongoose model, a cast, a collection or a
 * schema path. The original is logged (errorLoggingPlugin) under the request id the client also receives.
 */

const PLAIN_KINDS: Record<string, string> = {
  ObjectId: 'an id',
  Number: 'a number',
  number: 'a number',
  Date: 'a date',
  date: 'a date',
  String: 'a text',
  string: 'a text',
  Boolean: 'true or false',
  boolean: 'true or false',
};

// Mongoose names the model and the document path; these say the same without naming internals.
const VALIDATOR_MESSAGES: Record<string, string> = {
  required: 'A required value is missing',
  enum: 'A value is not one of the allowed choices',
  min: 'A value is below its minimum',
  max: 'A value is above its maximum',
  minlength: 'A text is too short',
  maxlength: 'A text is too long',
  regexp: 'A text does not have the expected form',
};

function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The client-facing error for an error that was not raised on purpose, or null when it is one. */
export function maskedError(error: unknown): { message: string; code: string } | null {
  const original = unwrapResolverError(error);
  if (original instanceof mongoose.Error.CastError) {
    const kind = PLAIN_KINDS[original.kind] ?? 'a valid value';
    return { message: `${shown(original.value)} is not ${kind}`, code: ErrorCode.BAD_USER_INPUT };
  }
  if (original instanceof mongoose.Error.ValidationError) {
    const first = Object.values(original.errors)[0];
    const message =
      first instanceof mongoose.Error.CastError
        ? `${shown(first.value)} is not ${PLAIN_KINDS[first.kind] ?? 'a valid value'}`
        : (VALIDATOR_MESSAGES[first?.kind ?? ''] ?? 'The input is not valid');
    return { message, code: ErrorCode.BAD_USER_INPUT };
  }
  if (isMaxTimeExpired(original)) {
    return {
      message: 'The request ran out of time and its database work was stopped; ask for less or try again',
      code: ErrorCode.DEADLINE_EXCEEDED,
    };
  }
  if ((original as { code?: unknown } | null)?.code === 11000) {
    return { message: 'This conflicts with data that already exists', code: ErrorCode.CONFLICT };
  }
  return null;
}

const EXPECTED = new Set<unknown>(Object.values(ErrorCode));

/** True for errors raised on purpose (a known code), which are the client's business and are not logged. */
export function isExpectedError(error: GraphQLError): boolean {
  if (EXPECTED.has(error.extensions?.code)) return true;
  const original = unwrapResolverError(error);
  return original instanceof mongoose.Error.CastError || original instanceof mongoose.Error.ValidationError;
}

/**
 * Apollo Server's formatError for every subgraph. Codes set on purpose are kept; anything unexpected becomes
 * "Internal server error" (the stack trace stays in development responses and always in the log).
 */
export function formatSubgraphError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const masked = maskedError(error);
  if (masked) {
    return {
      message: masked.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: masked.code },
    };
  }
  const original = unwrapResolverError(error);
  const raisedOnPurpose = original instanceof GraphQLError || !(original instanceof Error);
  if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && !raisedOnPurpose) {
    const { stacktrace } = formatted.extensions as { stacktrace?: unknown };
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(stacktrace ? { stacktrace } : {}) },
    };
  }
  return formatted;
}
