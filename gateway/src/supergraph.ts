import type { SupergraphManager } from '@apollo/gateway';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { supergraphForGateway } from './securityFeatures.js';

/**
 * Loads the composed supergraph from a file (never by introspecting subgraphs at runtime). With `pollMs` > 0 it
 * re-reads the file and hands a changed supergraph to the gateway, so `npm run compose` takes effect without a
 * restart; a file that does not load is logged and the running supergraph is kept.
 */
export function fileSupergraphManager(path: string, pollMs: number, logger: Logger): SupergraphManager {
  const digest = (sdl: string) => createHash('sha256').update(sdl).digest('hex');
  return {
    async initialize({ update }) {
      let supergraphSdl: string;
      try {
        supergraphSdl = supergraphForGateway(await readFile(path, 'utf8'));
      } catch (error) {
        throw new Error(
          `Cannot read the supergraph at ${path} (run \`npm run compose\`): ${(error as Error).message}`,
        );
      }
      let current = digest(supergraphSdl);
      let timer: NodeJS.Timeout | undefined;
      if (pollMs > 0) {
        const poll = async () => {
          try {
            const next = await readFile(path, 'utf8');
            const nextDigest = digest(next);
            if (nextDigest !== current) {
              update(supergraphForGateway(next));
              current = nextDigest;
              logger.info({ supergraph: path }, 'supergraph file changed: new schema loaded');
            }
          } catch (error) {
            logger.error(
              { err: error, supergraph: path },
              'supergraph file changed but could not be loaded; keeping the current schema',
            );
          } finally {
            timer = setTimeout(() => void poll(), pollMs);
            timer.unref();
          }
        };
        timer = setTimeout(() => void poll(), pollMs);
        timer.unref();
      }
      return {
        supergraphSdl,
        async cleanup() {
          clearTimeout(timer);
        },
      };
    },
  };
}
