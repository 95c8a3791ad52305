import type { ApolloServer } from '@apollo/server';
import { type Router as ExpressRouter, Router } from 'express';
import type { Logger } from 'pino';
import type { Viewer } from '@kyodo/service-kit';
import type { Authenticator } from '../auth.js';
import type { GatewayContext } from '../context.js';
import { graphqlErrorBody } from '../httpErrors.js';
import { requestIdFrom } from '../requestId.js';
import { REPORTS, type ReportDefinition, type ReportParams } from './definitions/index.js';
import type { EnumLabels } from './labels.js';
import { renderCsv } from './render/csv.js';
import { renderHtml } from './render/html.js';
import { writeXlsx } from './render/xlsx.js';
import { errorCode } from '../errorCode.js';

export const REPORT_FORMATS = ['html', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};
const DISTRICT_CODE = /^[a-z0-9-]{1,40}$/;
const FISCAL_YEAR = /^(19|20|21)\d\d$/;

class ReportRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function paramsOf(definition: ReportDefinition, query: Record<string, unknown>): ReportParams {
  const { district, fiscalYear } = query;
  if (district !== undefined && (typeof district !== 'string' || !DISTRICT_CODE.test(district))) {
    throw new ReportRequestError(
      400,
      'BAD_USER_INPUT',
      `district must be a district code like yaizu-16 (got ${JSON.stringify(district)})`,
    );
  }
  if (definition.needsDistrict && district === undefined) {
    throw new ReportRequestError(
      400,
      'BAD_USER_INPUT',
      `the ${definition.name} report needs ?district=<code>`,
    );
  }
  if (typeof fiscalYear !== 'string' || !FISCAL_YEAR.test(fiscalYear)) {
    throw new ReportRequestError(
      400,
      'BAD_USER_INPUT',
      `fiscalYear must be a year like 2025 (got ${JSON.stringify(fiscalYear ?? null)})`,
    );
  }
  return { district: district ?? null, fiscalYear: Number(fiscalYear) };
}

async function staffViewer(authenticator: Authenticator, authorization: string | undefined): Promise<Viewer> {
  let viewer: Viewer;
  try {
    viewer = await authenticator.authenticate(authorization);
  } catch (error) {
    throw new ReportRequestError(401, 'UNAUTHENTICATED', (error as Error).message);
  }
  if (viewer.role === 'anonymous') {
    throw new ReportRequestError(
      401,
      'UNAUTHENTICATED',
      'Reports are for city staff: sign in with a staff token',
    );
  }
  if (viewer.role !== 'staff') {
    throw new ReportRequestError(403, 'FORBIDDEN', 'Reports are for city staff only');
  }
  return viewer;
}

/** Most pages a paged report reads (MAX_REPORT_PAGES x its page size rows): a report is bounded like any list. */
export const MAX_REPORT_PAGES = 100;

interface PagedConnection {
  edges: unknown[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Runs the report's operation as the caller: once, or for a paged report page after page of its connection, and
 * returns the answer (a paged one with every page's edges). A GraphQL error is a ReportRequestError by its code.
 */
async function runReportOperation(
  server: ApolloServer<GatewayContext>,
  definition: ReportDefinition,
  params: ReportParams,
  viewer: Viewer,
  requestId: string,
): Promise<Record<string, unknown>> {
  const run = async (after: string | null) => {
    const response = await server.executeOperation(
      {
        query: definition.query,
        variables: { ...definition.variables(params), ...(after ? { after } : {}) },
      },
      {
        contextValue: {
          viewer,
          requestId,
          trace: { requestId, operationName: definition.name, errorCodes: [], subgraphs: {} },
        },
      },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data) {
      const first = errors?.[0];
      const code = errorCode(first, 'INTERNAL_SERVER_ERROR');
      const status = code === 'NOT_FOUND' ? 404 : code === 'BAD_USER_INPUT' ? 400 : 502;
      throw new ReportRequestError(status, code, first?.message ?? 'the report query returned no data');
    }
    return data;
  };
  const data = await run(null);
  const field = definition.pagedConnection;
  if (!field) return data;
  const connection = data[field] as PagedConnection;
  const edges = [...connection.edges];
  let pageInfo = connection.pageInfo;
  for (let page = 1; pageInfo.hasNextPage && pageInfo.endCursor; page += 1) {
    if (page >= MAX_REPORT_PAGES) {
      throw new ReportRequestError(
        400,
        'BAD_USER_INPUT',
        `The ${definition.name} report is longer than ${MAX_REPORT_PAGES} pages: narrow it with ?district=`,
      );
    }
    const next = (await run(pageInfo.endCursor))[field] as PagedConnection;
    edges.push(...next.edges);
    pageInfo = next.pageInfo;
  }
  return { ...data, [field]: { ...connection, edges, pageInfo } };
}

/**
 * Staff reports at /reports/<name>.<html|xlsx|csv>: one GraphQL operation each, run through this gateway as the
 * caller (their token, the same limits), rendered on the server and streamed.
 */
export function reportsRouter(
  server: ApolloServer<GatewayContext>,
  authenticator: Authenticator,
  labels: () => EnumLabels,
  logger: Logger,
  /** The gateway's clock (config.clock): a report's generatedAt, never the machine's wall clock. */
  clock: () => Date,
): ExpressRouter {
  const router = Router();
  router.get('/:file', async (req, res) => {
    try {
      const match = /^([a-z-]+)\.([a-z]+)$/.exec(req.params.file);
      const definition = match ? REPORTS.get(match[1] as string) : undefined;
      const format = match?.[2] as ReportFormat | undefined;
      if (!definition || !format || !REPORT_FORMATS.includes(format)) {
        throw new ReportRequestError(
          404,
          'NOT_FOUND',
          `No report at /reports/${req.params.file}; reports: ${[...REPORTS.keys()].join(', ')}; formats: ${REPORT_FORMATS.join(', ')}`,
        );
      }
      const viewer = await staffViewer(authenticator, req.headers.authorization);
      const params = paramsOf(definition, req.query);
      const requestId = requestIdFrom(req.headers['x-request-id']);
      const data = await runReportOperation(server, definition, params, viewer, requestId);
      let report;
      try {
        report = definition.build(data, params, labels());
      } catch (error) {
        if (error instanceof RangeError) throw new ReportRequestError(404, 'NOT_FOUND', error.message);
        throw error;
      }
      const filename = `${definition.name}${params.district ? `-${params.district}` : ''}-${params.fiscalYear}.${format}`;
      res
        .status(200)
        .setHeader('content-type', CONTENT_TYPES[format])
        .setHeader(
          'content-disposition',
          `${format === 'html' ? 'inline' : 'attachment'}; filename="${filename}"`,
        )
        .setHeader('cache-control', 'private, no-store');
      const generatedAt = clock();
      if (format === 'xlsx') {
        await writeXlsx(report, res, generatedAt);
        res.end();
      } else {
        res.end(format === 'html' ? await renderHtml(report, generatedAt) : renderCsv(report));
      }
    } catch (error) {
      if (res.headersSent) {
        logger.error({ err: error }, 'report failed while streaming');
        res.destroy(error as Error);
        return;
      }
      if (error instanceof ReportRequestError) {
        if (error.status === 401) res.setHeader('www-authenticate', 'Bearer');
        res.status(error.status).json(graphqlErrorBody(error.message, error.code));
        return;
      }
      logger.error({ err: error }, 'report failed');
      res.status(500).json(graphqlErrorBody('The report could not be built', 'INTERNAL_SERVER_ERROR'));
    }
  });
  return router;
}
