/**
 * Container healthcheck: `node gateway/dist/src/healthcheck.js URL` exits 0 when URL answers 2xx within 4 s,
 * else 1. The runtime image has no curl; node's fetch does the job.
 */
async function main(url: string | undefined): Promise<number> {
  if (!url) {
    console.error('usage: healthcheck.js URL');
    return 2;
  }
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
    if (response.ok) return 0;
    console.error(`${url} answered HTTP ${response.status}: ${await response.text()}`);
  } catch (error) {
    console.error(`${url}: ${(error as Error).message}`);
  }
  return 1;
}

void main(process.argv[2]).then((code) => process.exit(code));
