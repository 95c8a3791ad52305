import type { GraphQLFormattedError } from 'graphql';

/**
 * Codes for the errors Apollo Server raises without one, so clients can branch on them: the automatic persisted
 * query (APQ) errors. PERSISTED_QUERY_NOT_FOUND and PERSISTED_QUERY_NOT_SUPPORTED already carry Apollo's codes; a
 * hash that does not match the query it came with is PERSISTED_QUERY_HASH_MISMATCH, as Apollo Router answers it,
 * and an APQ version other than 1 is BAD_REQUEST. Both are HTTP 400.
 */
const UNCODED: Record<string, string> = {
  'provided sha does not match query': 'PERSISTED_QUERY_HASH_MISMATCH',
  'Unsupported persisted query version': 'BAD_REQUEST',
};

export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = UNCODED[formatted.message];
  if (
    code &&
    (formatted.extensions?.code === undefined || formatted.extensions.code === 'INTERNAL_SERVER_ERROR')
  ) {
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  }
  return formatted;
}
