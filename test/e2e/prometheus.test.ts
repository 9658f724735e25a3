/**
 * A real Prometheus (Debian's `prometheus` package) scrapes the gateway and answers a query for its
 * series. It skips when the binary is missing, except in CI (CI=true), where it must run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withGateway } from '../helpers/gateway.js';
import { waitFor } from '../helpers/waitFor.js';

const PROMETHEUS = '/usr/bin/prometheus';
const skipReason =
  existsSync(PROMETHEUS) || process.env.CI === 'true'
    ? null
    : `${PROMETHEUS} is missing (apt-get install prometheus); the test runs in CI (CI=true)`;
if (skipReason !== null) console.warn(`Skipping the Prometheus scrape test: ${skipReason}`);

const queryAnswer = z.object({
  status: z.literal('success'),
  data: z.object({
    result: z.array(
      z.object({
        metric: z.record(z.string(), z.string()),
        value: z.tuple([z.number(), z.string()]),
      }),
    ),
  }),
});

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('not on TCP');
  return address.port;
}

describe.skipIf(skipReason !== null)('a real Prometheus', () => {
  const gateway = withGateway();
  let prometheus: ChildProcess | null = null;
  let dir = '';
  let api = '';
  const output: string[] = [];

  beforeAll(async () => {
    if (!existsSync(PROMETHEUS)) {
      throw new Error(`CI=true but ${PROMETHEUS} is missing: install Debian's prometheus package`);
    }
    const target = new URL(gateway().url).host;
    dir = mkdtempSync(join(tmpdir(), 'gateway-prometheus-'));
    const config = join(dir, 'prometheus.yml');
    writeFileSync(
      config,
      [
        'global: { scrape_interval: 1s, scrape_timeout: 1s }',
        'scrape_configs:',
        '  - job_name: gateway',
        `    static_configs: [{ targets: ['${target}'] }]`,
      ].join('\n'),
    );
    const port = await freePort();
    api = `http://127.0.0.1:${port}`;
    prometheus = spawn(
      PROMETHEUS,
      [
        `--config.file=${config}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    prometheus.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    prometheus.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  });

  afterAll(async () => {
    if (prometheus !== null && prometheus.exitCode === null) {
      const exited = once(prometheus, 'exit');
      prometheus.kill('SIGTERM');
      await exited;
    }
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it("scrapes /metrics and answers queries for the gateway's series", async () => {
    const gw = gateway();
    const result = await gw.queryText(
      'query Probe { conversations(first: 1) { edges { cursor } } }',
    );
    expect(result.status).toBe(200);
    const query = async (promql: string) => {
      try {
        const response = await fetch(`${api}/api/v1/query?query=${encodeURIComponent(promql)}`);
        return response.ok ? queryAnswer.parse(await response.json()).data.result : [];
      } catch {
        return []; // not listening yet
      }
    };
    const series = await waitFor(
      async () => {
        const found = await query('bird_gateway_operation_duration_seconds_count');
        return found.length > 0 ? found : null;
      },
      {
        deadline: 60_000,
        interval: 250,
        message: `Prometheus found no series:\n${output.join('')}`,
      },
    );
    expect(series[0]?.metric).toMatchObject({ job: 'gateway', operation: 'other', type: 'query' });
    const up = await query('up{job="gateway"}');
    expect(up[0]?.value[1]).toBe('1');
    expect((await query('bird_gateway_breaker_state{state="closed"}'))[0]?.value[1]).toBe('1');
  });
});
