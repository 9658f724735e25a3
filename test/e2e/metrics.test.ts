import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  headersOf,
  jsonObject,
  loadPlaygroundSettings,
  operationName,
  type PageSettings,
} from '../client/playgroundPage.js';
import { startTestGateway, withGateway, type TestGateway } from '../helpers/gateway.js';
import { familyOf, scrape, type Scrape } from '../helpers/prometheus.js';

const TOKEN = 'metrics-token-for-the-test-0123456789';

const gateway = withGateway({
  env: {
    UPSTREAM_RETRY_BASE_DELAY_MS: '5',
    UPSTREAM_RETRY_MAX_DELAY_MS: '10',
    RATE_LIMIT_GET_PER_SECOND: '50',
    RATE_LIMIT_WRITE_PER_SECOND: '500',
  },
});

let settings: PageSettings | undefined;

const metricsUrl = (gw: TestGateway) => new URL('/metrics', gw.url).toString();

/** Runs a playground example by name, with its variables (some overridden). */
async function runExample(gw: TestGateway, name: string, overrides: Record<string, unknown> = {}) {
  // Loading the page looks up demo ids in Bird: done before a test injects a fault.
  settings ??= await loadPlaygroundSettings(gw.url);
  const tab = settings.tabs.find((t) => operationName(t.query) === name);
  if (tab === undefined) throw new Error(`no playground example named ${name}`);
  const variables = { ...jsonObject(tab.variables), ...overrides };
  const result = await gw.queryText(tab.query, variables, headersOf(tab.headers));
  expect(result.errors).toBeUndefined();
  return { result, variables };
}

/** Every label value of a scrape. */
const labelValues = (s: Scrape) => s.samples.flatMap((sample) => Object.values(sample.labels));

// The scripted run (inbox, reply, webhook, subscriber, 503 and retry) is in scriptedRun.test.ts.
describe('GET /metrics', () => {
  it('names an operation outside the manifest "other"', async () => {
    const gw = gateway();
    const before = await scrape(metricsUrl(gw));
    const result = await gw.queryText(
      'query Sneaky_abc123 { conversations(first: 1) { edges { cursor } } }',
    );
    expect(result.errors).toBeUndefined();
    const after = await scrape(metricsUrl(gw));
    const name = 'bird_gateway_operation_duration_seconds_count';
    expect(after.sum(name, { operation: 'other' }) - before.sum(name, { operation: 'other' })).toBe(
      1,
    );
    expect(labelValues(after)).not.toContain('Sneaky_abc123');
  });

  it('carries no secret, id or raw path in any label', async () => {
    const gw = gateway();
    const { result } = await runExample(gw, 'Inbox', { first: 5 });
    const ids = [...result.text.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1] ?? '');
    const conversations = gw.calls().map((c) => c.path);
    const values = labelValues(await scrape(metricsUrl(gw)));
    const forbidden = [gw.simulator.accessKey, gw.simulator.workspaceId, ...ids, ...conversations];
    expect(ids.length).toBeGreaterThan(5);
    for (const secret of forbidden) {
      expect(values.filter((v) => v.includes(secret))).toEqual([]);
    }
    // Nothing shaped like an id either: UUIDs, or long runs of letters and digits.
    expect(values.filter((v) => /[0-9a-f]{8}-[0-9a-f]{4}|[A-Za-z0-9]{24,}/.test(v))).toEqual([]);
  });
});

/** docs/grafana-dashboard.json: its panels' titles and queries. */
const readDashboard = () =>
  z
    .object({
      panels: z.array(
        z.object({ title: z.string(), targets: z.array(z.object({ expr: z.string() })) }),
      ),
    })
    .parse(
      JSON.parse(
        readFileSync(new URL('../../docs/grafana-dashboard.json', import.meta.url), 'utf8'),
      ),
    );

describe('the Grafana dashboard', () => {
  it('queries only metrics the gateway exports', async () => {
    const gw = gateway();
    const exported = await scrape(metricsUrl(gw));
    const dashboard = readDashboard();
    const names = dashboard.panels.flatMap((p) =>
      p.targets.flatMap((t) => [...t.expr.matchAll(/\b(?:bird_gateway|process|nodejs)_\w+/g)]),
    );
    expect(names.length).toBeGreaterThan(10);
    const unknown = names.map((m) => m[0]).filter((n) => familyOf(n, exported.types) === undefined);
    expect(unknown).toEqual([]);
  });

  it('has a panel for every bird_gateway_* metric the gateway exports', async () => {
    const gw = gateway();
    const exported = await scrape(metricsUrl(gw));
    const queried = new Set(
      readDashboard().panels.flatMap((p) =>
        p.targets.flatMap((t) =>
          [...t.expr.matchAll(/\bbird_gateway_\w+/g)].map((m) => familyOf(m[0], exported.types)),
        ),
      ),
    );
    const gatewayFamilies = [...exported.types.keys()].filter((n) => n.startsWith('bird_gateway_'));
    expect(gatewayFamilies).toContain('bird_gateway_cache_invalidations_total');
    expect(gatewayFamilies.filter((n) => !queried.has(n))).toEqual([]);
  });
});

describe('webhook deliveries', () => {
  it('counts a delivery refused for its signature as bad_signature', async () => {
    const gw = await startTestGateway({
      env: { WEBHOOK_SIGNING_KEY: 'webhook-signing-key-for-the-test' },
    });
    try {
      const response = await fetch(new URL(`/webhooks/bird/${gw.simulator.workspaceId}`, gw.url), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'messagebird-signature': 'forged',
          'messagebird-request-timestamp': String(Math.floor(Date.now() / 1000)),
        },
        body: '{}',
      });
      expect(response.status).toBe(401);
      const scraped = await scrape(metricsUrl(gw));
      expect(
        scraped.sum('bird_gateway_webhook_deliveries_total', { outcome: 'bad_signature' }),
      ).toBe(1);
    } finally {
      await gw.close();
    }
  });
});

describe('access to /metrics', () => {
  it('asks for the METRICS_TOKEN bearer token on the main port when one is set', async () => {
    const gw = await startTestGateway({ env: { METRICS_TOKEN: TOKEN } });
    try {
      const url = metricsUrl(gw);
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      const scraped = await scrape(url, { authorization: `Bearer ${TOKEN}` });
      expect(scraped.types.get('bird_gateway_operation_duration_seconds')).toBe('histogram');
    } finally {
      await gw.close();
    }
  });

  it('serves /metrics on METRICS_PORT only, not on the main port', async () => {
    const gw = await startTestGateway({ env: { METRICS_PORT: '0' } });
    try {
      const server = gw.gateway.metricsServer;
      if (server === null) throw new Error('METRICS_PORT did not create a metrics server');
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('not on TCP');
      expect((await fetch(metricsUrl(gw))).status).toBe(404);
      const scraped = await scrape(`http://127.0.0.1:${address.port}/metrics`);
      expect(scraped.types.get('bird_gateway_upstream_request_duration_seconds')).toBe('histogram');
    } finally {
      await gw.close();
    }
  });
});
