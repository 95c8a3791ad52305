import type { ErrorRequestHandler } from 'express';

/** The body of an error the gateway answers itself, shaped like a GraphQL response so clients need one parser. */
export function graphqlErrorBody(
  message: string,
  code: string,
): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/**
 * Answers what body-parser refuses before Apollo Server sees it: an oversized body (413 PAYLOAD_TOO_LARGE) and
 * a body that is not JSON (400 BAD_REQUEST). Anything else is a bug: 500 without details.
 */
export function bodyErrorHandler(bodyLimit: string): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, next) => {
    if (res.headersSent) return next(error);
    switch (error.type) {
      case 'entity.too.large':
        res
          .status(413)
          .json(
            graphqlErrorBody(`The request body is larger than the ${bodyLimit} limit`, 'PAYLOAD_TOO_LARGE'),
          );
        return;
      case 'entity.parse.failed':
        res
          .status(400)
          .json(graphqlErrorBody(`The request body is not valid JSON: ${error.message}`, 'BAD_REQUEST'));
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        res.status(415).json(graphqlErrorBody(error.message, 'UNSUPPORTED_MEDIA_TYPE'));
        return;
      case 'request.aborted':
        res.status(400).json(graphqlErrorBody('The request was aborted', 'BAD_REQUEST'));
        return;
      default:
        res.locals.error = error;
        res.status(500).json(graphqlErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
    }
  };
}
