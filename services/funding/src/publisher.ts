import { ConfigError } from '@kyodo/service-kit';

/**
 * Who publishes this service's grants as 360Giving data: the funder named on every grant (the city) and the
 * publisher's 360Giving identifier prefix. Defaults describe the demo city, 焼津市, whose 法人番号 (1000020222127)
 * follows from its local government code 222127.
 */
export interface Publisher {
  funderId: string;
  funderName: string;
  /** "360G-" and the publisher's own part, without a trailing hyphen. */
  prefix: string;
}

const DEFAULTS: Publisher = {
  funderId: 'JP-JCN-1000020222127',
  funderName: '焼津市',
  prefix: '360G-KYODO-YAIZU',
};

const RULES: [keyof Publisher, string, RegExp, string][] = [
  [
    'funderId',
    'KYODO_FUNDER_ID',
    /^[A-Z]{2}-[A-Z]{2,}-\S+$/,
    'must be an org-id.guide identifier such as JP-JCN-1000020222127',
  ],
  ['funderName', 'KYODO_FUNDER_NAME', /\S/, 'must not be blank'],
  [
    'prefix',
    'KYODO_360G_PREFIX',
    /^360G-[A-Za-z0-9-]*[A-Za-z0-9]$/,
    'must start with 360G- and not end with a hyphen',
  ],
];

/** Reads and validates the publisher from the environment; a bad value is a ConfigError naming the variable. */
export function readPublisher(env: NodeJS.ProcessEnv = process.env): Publisher {
  const publisher = { ...DEFAULTS };
  const problems: string[] = [];
  for (const [field, variable, pattern, rule] of RULES) {
    const value = env[variable]?.trim();
    if (!value) continue;
    if (pattern.test(value)) publisher[field] = value;
    else problems.push(`${variable} ${rule} (got ${JSON.stringify(value)})`);
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration for the funding subgraph: ${problems.join('; ')}`);
  }
  return publisher;
}

let current: Publisher | undefined;

/** The publisher of this process, read once. */
export function publisher(): Publisher {
  current ??= readPublisher();
  return current;
}
