import { readFileSync } from 'node:fs';

/** Variables that may also be given as `<NAME>_FILE`, the path of a file holding the value (Docker and k8s secrets). */
export const FILE_VARIABLES = [
  'KYODO_INTERNAL_SECRET',
  'KYODO_JWT_SECRET',
  'MONGODB_URI',
  'MONGODB_PASSWORD',
] as const;

/** A `<NAME>_FILE` that cannot be read; the message names the variable and the path, never the contents. */
export class SecretFileError extends Error {
  override name = 'SecretFileError';
}

/**
 * The environment with each `<NAME>_FILE` replaced by the contents of that file (trailing newline trimmed), so
 * secrets travel as files (`/run/secrets/...`) instead of plain environment values. Setting both is an error.
 */
export function withSecretFiles(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const resolved: NodeJS.ProcessEnv = { ...env };
  for (const name of FILE_VARIABLES) {
    const file = env[`${name}_FILE`]?.trim();
    if (!file) continue;
    if (env[name]?.trim()) throw new SecretFileError(`Set ${name} or ${name}_FILE, not both`);
    try {
      resolved[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      throw new SecretFileError(
        `${name}_FILE names ${JSON.stringify(file)}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  return resolved;
}

/**
 * A connection string with MONGODB_PASSWORD put in as the password of the user it names
 * (`mongodb://organizations@host/...`), so the URI itself can be plain configuration and only the password secret.
 */
export function withMongoPassword(uri: string, password: string | undefined): string {
  if (password === undefined || password === '') return uri;
  const match = /^(mongodb(?:\+srv)?:\/\/)([^@/:]+)@/.exec(uri);
  if (!match)
    throw new Error('MONGODB_PASSWORD is set but MONGODB_URI names no user (mongodb://<user>@host/...)');
  return `${match[1]}${match[2]}:${encodeURIComponent(password)}@${uri.slice(match[0].length)}`;
}
