import { EXAMPLE_QUERY } from '@kyodo/gateway';

export interface BannerFacts {
  gatewayUrl: string;
  mongo: string;
  staffToken: string | null;
  tokenHours: number;
}

/** What `npm start` prints once the graph is ready: where it is, a staff token and a query to try. */
export function banner(facts: BannerFacts): string {
  const body = JSON.stringify({ query: EXAMPLE_QUERY });
  const auth = facts.staffToken ? ` \\\n  -H "authorization: Bearer ${facts.staffToken}"` : '';
  return [
    '',
    'Kyodo Graph is ready.',
    '',
    `  GraphQL endpoint  ${facts.gatewayUrl}   (open it in a browser for the IDE)`,
    `  Database          ${facts.mongo}`,
    facts.staffToken
      ? `  Staff token       (valid ${facts.tokenHours} h; more with \`npm run token -- --role staff\`)\n\n${facts.staffToken}`
      : '  Staff token       none: only KYODO_JWKS_URL is set, tokens come from your identity provider',
    '',
    'An example cross-domain query:',
    '',
    EXAMPLE_QUERY.replace(/^/gm, '  ').trimEnd(),
    '',
    'With curl:',
    '',
    `curl -s ${facts.gatewayUrl} -H 'content-type: application/json'${auth} \\\n  --data '${body.replace(/'/g, "'\\''")}'`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
