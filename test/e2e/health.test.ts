import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReadinessCheck } from '../../src/http/readiness.js';
import { startSimulator } from '../../src/simulator/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { waitForLog } from '../helpers/waitFor.js';

const report = z.object({
  status: z.string(),
  ready: z.boolean(),
  breaker: z.enum(['closed', 'open', 'half-open']),
  upstream: z.enum(['reachable', 'unreachable']),
  reason: z.string().nullable(),
});

async function get(gw: TestGateway, path: string) {
  const response = await fetch(new URL(path, gw.url));
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: z.record(z.string(), z.unknown()).parse(await response.json()),
  };
}

let gw: TestGateway | null = null;
afterEach(async () => {
  await gw?.close();
  gw = null;
});

describe('/healthz', () => {
  it('answers 200 while the process runs, even when Bird is down', async () => {
    gw = await startTestGateway();
    await gw.simulator.close();

    const result = await get(gw, '/healthz');

    expect(result).toEqual({ status: 200, cacheControl: 'no-store', body: { status: 'ok' } });
  });
});

describe('/readyz', () => {
  it('is ready when Bird answers and the breaker is closed', async () => {
    gw = await startTestGateway();

    const result = await get(gw, '/readyz');

    expect(result.status).toBe(200);
    expect(report.parse(result.body)).toEqual({
      status: 'ready',
      ready: true,
      breaker: 'closed',
      upstream: 'reachable',
      reason: null,
    });
  });

  it('is not ready (503) when Bird cannot be reached', async () => {
    gw = await startTestGateway({ env: { READINESS_CACHE_MS: '0' } });
    await gw.simulator.close();

    const result = await get(gw, '/readyz');

    expect(result.status).toBe(503);
    expect(report.parse(result.body)).toMatchObject({
      ready: false,
      upstream: 'unreachable',
      reason: 'Bird is not reachable',
    });
  });

  it('is not ready while the circuit breaker is open, and ready again once it closes', async () => {
    gw = await startTestGateway({
      env: {
        UPSTREAM_RETRY_ATTEMPTS: '1',
        BREAKER_MINIMUM_CALLS: '4',
        BREAKER_FAILURE_THRESHOLD_PERCENT: '50',
        BREAKER_OPEN_MS: '300',
      },
    });
    gw.simulator.faults.inject({
      path: '/workspaces/*/conversations',
      kind: 'status',
      status: 503,
      times: 6,
    });
    for (let i = 0; i < 6; i += 1)
      await gw.queryText('{ conversations(first: 1) { nodes { id } } }');

    const open = await get(gw, '/readyz');
    expect(open.status).toBe(503);
    expect(report.parse(open.body)).toMatchObject({ ready: false, breaker: 'open' });

    await waitForLog(gw.logs, 'circuit breaker half-open');
    gw.simulator.faults.clear();
    // A successful call through the half-open breaker closes it.
    expect(
      (await gw.queryText('{ conversations(first: 1) { nodes { id } } }')).errors,
    ).toBeUndefined();
    const closed = await get(gw, '/readyz');
    expect(closed.status).toBe(200);
    expect(report.parse(closed.body).breaker).toBe('closed');
  });

  it('probes Bird at most once per READINESS_CACHE_MS, outside any workspace', async () => {
    const paths: string[] = [];
    const origin: Server = createServer((req, res) => {
      paths.push(req.url ?? '');
      res.writeHead(404).end();
    });
    origin.listen(0, '127.0.0.1');
    await once(origin, 'listening');
    const address = origin.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const check = new ReadinessCheck({
      transport: { readiness: () => ({ ready: true, breaker: 'closed', reason: null }) },
      origin: `http://127.0.0.1:${port}`,
      cacheMs: 60_000,
    });
    try {
      const reports = await Promise.all([check.check(), check.check()]);
      await check.check();

      expect(reports.map((r) => r.ready)).toEqual([true, true]);
      expect(paths).toEqual(['/']);
    } finally {
      await check.close();
      origin.close();
    }
  });

  it('makes no upstream call to the workspace', async () => {
    const simulator = await startSimulator({ port: 0 });
    gw = await startTestGateway({ sharedSimulator: simulator, env: { READINESS_CACHE_MS: '0' } });
    try {
      for (let i = 0; i < 3; i += 1) expect((await get(gw, '/readyz')).status).toBe(200);
      expect(simulator.requests.entries()).toHaveLength(0);
    } finally {
      await gw.close();
      gw = null;
      await simulator.close();
    }
  });
});
