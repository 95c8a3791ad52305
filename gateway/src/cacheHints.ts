import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';

interface CacheHint {
  maxAge: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

function isRestrictable(policy: unknown): policy is { restrict(hint: CacheHint): void } {
  return (
    typeof policy === 'object' &&
    policy !== null &&
    'restrict' in policy &&
    typeof policy.restrict === 'function'
  );
}

/**
 * Narrows the incoming request's cache policy by a subgraph answer's Cache-Control header, as
 * RemoteGraphQLDataSource does: `max-age=N` sets the hint's maxAge (none means 0, not cacheable), `private` or
 * `public` its scope. The subgraphs' cache control plugin writes that header from their @cacheControl hints.
 */
export function restrictCachePolicy(
  options: GraphQLDataSourceProcessOptions,
  cacheControl: string | string[] | undefined,
): void {
  // Health checks and schema loads have no incoming request, so no policy to narrow.
  if (!('incomingRequestContext' in options)) return;
  // The gateway interface types the policy as any; Apollo Server's CachePolicy has restrict().
  const policy: unknown = options.incomingRequestContext.overallCachePolicy;
  if (!isRestrictable(policy)) return;
  const header = Array.isArray(cacheControl) ? cacheControl.join(',') : (cacheControl ?? '');
  const hint: CacheHint = { maxAge: 0 };
  for (const directive of header.toLowerCase().split(',')) {
    const [name, value] = directive.trim().split('=');
    if (name === 'max-age' && value !== undefined && /^[0-9]+$/.test(value)) hint.maxAge = Number(value);
    else if (name === 'private') hint.scope = 'PRIVATE';
    else if (name === 'public') hint.scope = 'PUBLIC';
  }
  policy.restrict(hint);
}
