import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, VIEWER_HEADER, type Viewer, readViewer } from '@kyodo/service-kit';
import type { GatewayContext } from '../src/context.js';
import { KyodoDataSource } from '../src/dataSource.js';

const SECRET = 'data-source-test-secret';

/** A subgraph stand-in: records each request, answers after `delayMs` with `status` and a JSON body. */
function fakeSubgraph() {
  const seen: { body: string; viewer: Viewer; requestId: string | undefined }[] = [];
  const behaviour = { delayMs: 40, status: 200, cacheControl: '' as string };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({
        body,
        viewer: readViewer(req.headers, SECRET),
        requestId: req.headers['x-request-id'] as string,
      });
      setTimeout(() => {
        res.statusCode = behaviour.status;
        res.setHeader('content-type', 'application/json');
        if (behaviour.cacheControl) res.setHeader('cache-control', behaviour.cacheControl);
        res.end(JSON.stringify({ data: { echo: JSON.parse(body).query } }));
      }, behaviour.delayMs);
    });
  });
  return { server, seen, behaviour };
}

const staff: Viewer = { sub: 'staff-1', role: 'staff', organizationIds: [] };

function options(query: string, viewer: Viewer, requestId: string) {
  const context: GatewayContext = {
    viewer,
    requestId,
    trace: { requestId, operationName: null, errorCodes: [], subgraphs: {} },
  };
  const restricted: { maxAge: number; scope?: string }[] = [];
  const overallCachePolicy = {
    restrict: (hint: { maxAge: number; scope?: string }) => restricted.push(hint),
  };
  return {
    restricted,
    context,
    process: {
      kind: 'incoming operation',
      request: { query, variables: {} },
      context,
      incomingRequestContext: { overallCachePolicy },
      document: undefined,
    } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>,
  };
}

describe('KyodoDataSource fetch path', () => {
  const subgraph = fakeSubgraph();
  let source: KyodoDataSource;
  beforeAll(async () => {
    await new Promise<void>((resolve) => subgraph.server.listen(0, '127.0.0.1', resolve));
    const { port } = subgraph.server.address() as AddressInfo;
    source = new KyodoDataSource('funding', `http://127.0.0.1:${port}/graphql`, SECRET, 1000);
  });
  afterAll(async () => {
    await source.close();
    await new Promise((resolve) => subgraph.server.close(resolve));
  });
  beforeEach(() => {
    subgraph.seen.length = 0;
    Object.assign(subgraph.behaviour, { delayMs: 40, status: 200, cacheControl: '' });
  });

  it('shares one subgraph request among identical concurrent queries of the same viewer', async () => {
    const answers = await Promise.all(
      ['r1', 'r2', 'r3'].map((id) => source.process(options('query A{a}', ANONYMOUS, id).process)),
    );
    expect(answers.map((a) => a.data)).toEqual([
      { echo: 'query A{a}' },
      { echo: 'query A{a}' },
      { echo: 'query A{a}' },
    ]);
    expect(subgraph.seen).toHaveLength(1);
    expect(subgraph.seen[0]!.viewer).toEqual(ANONYMOUS);
    // Each caller gets its own parsed copy, so one request's merge cannot change another's.
    expect(answers[0]!.data).not.toBe(answers[1]!.data);
  });

  it('does not share across viewers, bodies, mutations or time', async () => {
    await Promise.all([
      source.process(options('query A{a}', ANONYMOUS, 'r1').process),
      source.process(options('query A{a}', staff, 'r2').process),
      source.process(options('query B{b}', ANONYMOUS, 'r3').process),
      source.process(options('mutation M{m}', ANONYMOUS, 'r4').process),
      source.process(options('mutation M{m}', ANONYMOUS, 'r5').process),
    ]);
    expect(subgraph.seen).toHaveLength(5);
    expect(subgraph.seen.find((s) => s.requestId === 'r2')!.viewer).toEqual(staff);
    await source.process(options('query A{a}', ANONYMOUS, 'r6').process);
    expect(subgraph.seen).toHaveLength(6);
  });

  it('signs the viewer for each fetch and passes the request id on', async () => {
    await source.process(options('{ x }', staff, 'req-7').process);
    expect(subgraph.seen[0]).toMatchObject({ viewer: staff, requestId: 'req-7' });
    expect(VIEWER_HEADER).toBe('x-kyodo-viewer');
  });

  it('narrows the request cache policy by the subgraph Cache-Control header', async () => {
    subgraph.behaviour.cacheControl = 'max-age=30, public';
    const withHeader = options('{ y }', ANONYMOUS, 'r8');
    await source.process(withHeader.process);
    expect(withHeader.restricted).toEqual([{ maxAge: 30, scope: 'PUBLIC' }]);
    subgraph.behaviour.cacheControl = '';
    const without = options('{ z }', ANONYMOUS, 'r9');
    await source.process(without.process);
    expect(without.restricted).toEqual([{ maxAge: 0 }]);
  });

  it('cuts off a slow subgraph with SUBGRAPH_TIMEOUT', async () => {
    subgraph.behaviour.delayMs = 1500;
    await expect(source.process(options('{ slow }', ANONYMOUS, 'r10').process)).rejects.toMatchObject({
      extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'funding' },
    });
  });

  it('names the HTTP status of a failing subgraph', async () => {
    subgraph.behaviour.status = 500;
    await expect(source.process(options('{ broken }', ANONYMOUS, 'r11').process)).rejects.toMatchObject({
      message: 'The funding subgraph is unavailable: it answered HTTP 500',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
  });

  it('names a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const gone = new KyodoDataSource('evaluation', `http://127.0.0.1:${port}/graphql`, SECRET, 1000);
    await expect(gone.process(options('{ q }', ANONYMOUS, 'r12').process)).rejects.toMatchObject({
      message: 'The evaluation subgraph is unavailable: ECONNREFUSED',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'evaluation' },
    });
    await gone.close();
  });
});
