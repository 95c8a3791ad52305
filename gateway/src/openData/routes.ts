import { Router, type Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { graphqlErrorBody } from '../httpErrors.js';
import { externalGrants360Package } from './externalGrants360.js';
import { grants360Package } from './grants360.js';
import { type Publisher, hsdsLocations, hsdsOrganizations, hsdsServices } from './hsds.js';
import { ExportQueryError, type RunPublicOperation } from './operations.js';
import { publicFacilitiesCsv } from './publicFacilities.js';

/** How long an export may be served from memory, and how long clients and CDNs may keep it. */
export const EXPORT_MAX_AGE_SECONDS = 300;
const FISCAL_YEAR = /^(19|20|21)\d\d$/;
/** An org-id.guide identifier (e.g. GB-CHC-1015648): a funder of imported grants. */
const FUNDER_ID = /^[A-Z]{2}-[A-Z0-9]{2,}-[A-Za-z0-9._-]{1,80}$/;

interface ExportBody {
  contentType: string;
  body: string;
}
/** Cached like a body, so that asking again for an empty year costs nothing either. */
const NOTHING: ExportBody = { contentType: '', body: '' };

/**
 * Public open-data exports at /exports/...: no token, the data an anonymous GraphQL client can read, in the
 * standards' own shapes. An export costs several paged queries, so each one is built once per
 * EXPORT_MAX_AGE_SECONDS and shared by concurrent callers (lru-cache's fetch coalesces them): a flood of
 * anonymous requests costs one build, not one each.
 */
export function openDataRouter(run: RunPublicOperation, publisher: Publisher, logger: Logger): Router {
  const cache = new LRUCache<string, ExportBody, () => Promise<ExportBody | null>>({
    max: 256,
    ttl: EXPORT_MAX_AGE_SECONDS * 1000,
    fetchMethod: async (_key, _stale, { context }) => (await context()) ?? NOTHING,
  });
  const json = (value: unknown): ExportBody => ({
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify(value),
  });

  const serve = async (res: Response, key: string, build: () => Promise<ExportBody | null>) => {
    try {
      const result = await cache.fetch(key, { context: build });
      if (!result || result === NOTHING) {
        res.status(404).json(graphqlErrorBody(`Nothing to export for ${key}`, 'NOT_FOUND'));
        return;
      }
      res
        .status(200)
        .setHeader('content-type', result.contentType)
        .setHeader('cache-control', `public, max-age=${EXPORT_MAX_AGE_SECONDS}`)
        .send(result.body);
    } catch (error) {
      const codes = error instanceof ExportQueryError ? error.codes : [];
      logger.error({ err: error, export: key, codes }, 'export failed');
      res
        .status(502)
        .setHeader('cache-control', 'no-store')
        .json({
          errors: [
            {
              message: `The export ${key} could not be built: its query failed`,
              extensions: { code: 'EXPORT_FAILED', causes: codes },
            },
          ],
        });
    }
  };

  const router = Router();
  router.get('/360giving.json', async (req, res) => {
    const { fiscalYear, funder } = req.query;
    // ?funder=: an external funder's imported grants, as it published them (never mixed with the city's).
    if (funder !== undefined) {
      if (typeof funder !== 'string' || !FUNDER_ID.test(funder) || fiscalYear !== undefined) {
        res
          .status(400)
          .json(
            graphqlErrorBody(
              `funder must be one org-id.guide identifier like GB-CHC-1015648, without fiscalYear (got ${JSON.stringify(funder)})`,
              'BAD_USER_INPUT',
            ),
          );
        return;
      }
      await serve(res, `360giving.json?funder=${funder}`, async () => {
        const pkg = await externalGrants360Package(run, funder);
        return pkg && json(pkg);
      });
      return;
    }
    if (typeof fiscalYear !== 'string' || !FISCAL_YEAR.test(fiscalYear)) {
      res
        .status(400)
        .json(
          graphqlErrorBody(
            `fiscalYear must be a year like 2025 (got ${JSON.stringify(fiscalYear ?? null)})`,
            'BAD_USER_INPUT',
          ),
        );
      return;
    }
    await serve(res, `360giving.json?fiscalYear=${fiscalYear}`, async () => {
      const pkg = await grants360Package(run, Number(fiscalYear));
      return pkg && json(pkg);
    });
  });
  router.get('/public-facilities.csv', (_req, res) =>
    serve(res, 'public-facilities.csv', async () => ({
      contentType: 'text/csv; charset=utf-8',
      body: await publicFacilitiesCsv(run, publisher.name),
    })),
  );
  router.get('/hsds/organizations.json', (_req, res) =>
    serve(res, 'hsds/organizations.json', async () => json(await hsdsOrganizations(run, publisher))),
  );
  router.get('/hsds/locations.json', (_req, res) =>
    serve(res, 'hsds/locations.json', async () => json(await hsdsLocations(run, publisher))),
  );
  router.get('/hsds/services.json', (_req, res) =>
    serve(res, 'hsds/services.json', async () => json(await hsdsServices(run, publisher))),
  );
  router.use((req, res) => {
    res.status(404).json(graphqlErrorBody(`No export at /exports${req.path}`, 'NOT_FOUND'));
  });
  return router;
}
