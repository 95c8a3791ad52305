/**
 * The harness floor: a bare node:http server, in a process of its own, that reads each POST's body (or takes a GET)
 * and answers it with bytes set beforehand (`PUT /answer`: the Kyodo gateway's answer to the scenario's first
 * request). It does no GraphQL work at all, so the latencies the same load generator measures against it are what
 * the machine, the kernel and the load generator add on their own: the best any Node gateway could score in that
 * run.
 *
 * Run as `node bareServer.js <port>`; prints `bare server listening` when ready.
 */
import { createServer } from 'node:http';
import { UsageError, runMain } from '@kyodo/service-kit/runMain';

let answer = Buffer.from('{"data":null}');

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    if (req.method === 'PUT' && req.url === '/answer') {
      answer = Buffer.concat(chunks);
      res.statusCode = 204;
      res.end();
      return;
    }
    if (req.url === '/readiness') {
      res.statusCode = 200;
      res.end();
      return;
    }
    if (req.method !== 'POST' && req.method !== 'GET') {
      res.statusCode = 405;
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', answer.length);
    res.end(answer);
  });
});

runMain(
  () => {
    const port = Number(process.argv[2]);
    if (!Number.isInteger(port) || port <= 0)
      throw new UsageError(
        `the port must be a positive whole number (got ${JSON.stringify(process.argv[2])})`,
      );
    server.keepAliveTimeout = 60_000;
    // Serves until the bench's SIGTERM, whose default action ends the process.
    server.listen(port, '127.0.0.1', () => process.stdout.write(`bare server listening on ${port}\n`));
  },
  { name: 'bareServer', usage: 'usage: node bareServer.js <port>' },
);
