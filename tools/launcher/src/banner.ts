import { exampleQuery } from '@kyodo/gateway';

export interface BannerFacts {
  gatewayUrl: string;
  mongo: string;
  staffToken: string | null;
  tokenHours: number;
  /** The launcher's clock: the example asks for the last complete fiscal year. */
  now: Date;
}

/** What `npm start` prints once the graph is ready: where it is, a staff token and a query to try. */
export function banner(facts: BannerFacts): string {
  const query = exampleQuery(facts.now);
  const body = JSON.stringify({ query });
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
    query.replace(/^/gm, '  ').trimEnd(),
    '',
    'With curl:',
    '',
    `curl -s ${facts.gatewayUrl} -H 'content-type: application/json'${auth} \\\n  --data '${body.replace(/'/g, "'\\''")}'`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
