import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino } from 'pino';
import { REQUEST_ID_HEADER, requestLogger } from '../src/index.js';
import type { LoggedRequest } from '../src/logger.js';

/** A logger writing its lines into an array, and a request/response pair the middleware can serve. */
function setup(level: string) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const serve = (url: string, statusCode: number, requestId?: string) => {
    const req = Object.assign(new EventEmitter(), {
      url,
      method: 'POST',
      headers: requestId ? { [REQUEST_ID_HEADER]: requestId } : {},
      readableAborted: false,
    });
    const headers: Record<string, unknown> = {};
    const res = Object.assign(new EventEmitter(), {
      statusCode,
      writableEnded: true,
      setHeader: (name: string, value: unknown) => (headers[name] = value),
    });
    let nextCalled = false;
    requestLogger(logger)(
      req as unknown as IncomingMessage,
      res as unknown as ServerResponse,
      () => (nextCalled = true),
    );
    res.emit('finish');
    res.emit('close');
    return { req: req as unknown as LoggedRequest, headers, nextCalled };
  };
  return { lines, serve };
}

describe('requestLogger', () => {
  it('echoes the request id and logs one debug line per request, with its child logger tagged', () => {
    const { lines, serve } = setup('debug');
    const { req, headers, nextCalled } = serve('/graphql', 200, 'from-gateway-7');
    expect(nextCalled).toBe(true);
    expect(headers[REQUEST_ID_HEADER]).toBe('from-gateway-7');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 20,
        msg: 'request completed',
        requestId: 'from-gateway-7',
        req: { method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
    req.log.info('from a resolver');
    expect(lines[1]).toMatchObject({ msg: 'from a resolver', requestId: 'from-gateway-7' });
  });

  it('logs nothing for a success below the level, but always a failure, and never the health probes', () => {
    const { lines, serve } = setup('info');
    serve('/graphql', 200);
    serve('/health', 500);
    const { req } = serve('/graphql', 503, 'bad id with spaces');
    expect(req.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'request errored',
        requestId: req.id,
        res: { statusCode: 503 },
        err: expect.objectContaining({ message: 'failed with status code 503' }),
      }),
    ]);
  });
});
