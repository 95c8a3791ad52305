import type { RequestHandler } from 'express';
import vary from 'vary';

/**
 * What every answer of the GraphQL route carries before it is sent, whoever sends it (the Express route or the
 * cached-answer lane): CORS, then `Vary: Authorization`. An answer depends on the caller's credentials (a signed-in
 * viewer may see drafts and applications an anonymous one does not), and RFC 9111 lets a shared cache (a CDN) serve
 * a stored `public` answer to a request that carries Authorization; with Vary it keeps the anonymous copy for
 * anonymous requests only.
 */
export function graphqlRouteHeaders(cors: RequestHandler): RequestHandler {
  return (req, res, next) =>
    cors(req, res, (error?: unknown) => {
      if (error !== undefined) return next(error);
      vary(res, 'Authorization');
      next();
    });
}
