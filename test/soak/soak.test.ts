import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { waitFor } from '../helpers/waitFor.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLIENT = fileURLToPath(new URL('loadClient.mjs', import.meta.url));
/** Operations in all, paced at RATE per second (the pace is load, never an assertion). */
const AMOUNT = 6_000;
const RATE = 400;
/** Bird gets a new round of faults every FAULT_EVERY operations the gateway receives. */
const FAULT_EVERY = 100;
/** The memory is sampled every SAMPLE_EVERY operations. */
const SAMPLE_EVERY = 500;

/** Errors a client may see while Bird fails: every one is typed and expected. */
const ACCEPTABLE_CODES = [
  'UPSTREAM_ERROR',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'RATE_LIMITED',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COSTLY',
];

const summary = z.object({
  checked: z.number(),
  data: z.number(),
  errors: z.number(),
  bad: z.number(),
  codes: z.record(z.string(), z.number()),
  samples: z.array(z.unknown()),
  sent: z.number(),
  total: z.number(),
  rps: z.number(),
  socketErrors: z.number(),
  timeouts: z.number(),
  p99Ms: z.number(),
});

let gw: TestGateway;
let conversationId = '';

beforeAll(async () => {
  // warn: the helper keeps every log line in memory, which would look like a leak here.
  gw = await startTestGateway({
    env: { LOG_LEVEL: 'warn', UPSTREAM_RETRY_BASE_DELAY_MS: '5', BREAKER_OPEN_MS: '500' },
  });
  const list = await gw.rest(
    z.object({ results: z.array(z.object({ id: z.string() })) }),
    'GET',
    '/conversations?limit=1',
  );
  conversationId = list.body.results[0]?.id ?? '';
});
afterAll(() => gw.close());

// A full collection before each memory sample, so the samples show what is retained rather than
// when V8 last collected. (The test process is started without --expose-gc.)
setFlagsFromString('--expose-gc');
const gc = z.function().parse(runInNewContext('gc'));

/** Median of a list of numbers. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

describe('soak', () => {
  it(
    `stays up, flat in memory and correct through ${AMOUNT} operations while Bird fails`,
    async () => {
      const op = (query: string, variables: Record<string, unknown>, expect: string) => ({
        body: JSON.stringify({ query, variables }),
        expect,
      });
      const requests = [
        op('query L($n: Int) { conversations(first: $n) { nodes { id name } } }', { n: 3 }, 'list'),
        op('query L($n: Int) { conversations(first: $n) { nodes { id name } } }', { n: 1 }, 'list'),
        op(
          'query T($id: ID!) { conversation(id: $id) { id messages(first: 5) { nodes { id previewText } } } }',
          { id: conversationId },
          'thread',
        ),
        op('query L { conversations(first: 2) { nodes { id name } } }', {}, 'list'),
        op('query Bad { conversations { nodes { nope } } }', {}, 'refused'),
      ];

      // Bird misbehaves all along: bursts of 503s, resets, slow and stalled answers. Faults and
      // memory samples follow the gateway's request count, so the run means the same on any machine.
      gw.simulator.setLatency({ fixedMs: 2, jitterMs: 20 });
      let injected = 0;
      const injectFaults = () => {
        const { faults: f } = gw.simulator;
        injected += 3 + 1 + 1 + 1;
        f.inject({
          method: 'GET',
          path: '/workspaces/*/conversations',
          kind: 'status',
          status: 503,
          times: 3,
        });
        f.inject({
          method: 'GET',
          path: '/workspaces/*/conversations/*/messages',
          kind: 'reset',
          times: 1,
        });
        f.inject({
          method: 'GET',
          path: '/workspaces/*/conversations/*',
          kind: 'status',
          status: 502,
          times: 1,
        });
        f.inject({
          method: 'GET',
          path: '/workspaces/*/conversations/*/messages',
          kind: 'stall-body',
          stallMs: 100,
          times: 1,
        });
      };

      const memory: { rss: number; heap: number }[] = [];
      let received = 0;
      const onRequest = () => {
        received += 1;
        if (received % FAULT_EVERY === 0) injectFaults();
        if (received % SAMPLE_EVERY === 0) {
          // After the request's own work is queued: the sample sees what is retained.
          setImmediate(() => {
            gc();
            const { rss, heapUsed } = process.memoryUsage();
            memory.push({ rss: rss / 2 ** 20, heap: heapUsed / 2 ** 20 });
          });
        }
      };
      gw.gateway.server.on('request', onRequest);

      const child = spawn(process.execPath, [CLIENT], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          SOAK_URL: gw.url,
          SOAK_AMOUNT: String(AMOUNT),
          SOAK_RATE: String(RATE),
          SOAK_CONNECTIONS: '20',
          SOAK_REQUESTS: JSON.stringify(requests),
          SOAK_CODES: JSON.stringify(ACCEPTABLE_CODES),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => {
        child.once('exit', resolve);
      });
      gw.gateway.server.off('request', onRequest);
      const pending = gw.simulator.faults.pending().reduce((n, rule) => n + (rule.times ?? 1), 0);
      gw.simulator.faults.clear();
      gw.simulator.setLatency(null);

      expect(code).toBe(0);
      const result = summary.parse(JSON.parse(output.trim().split('\n').at(-1) ?? '{}'));
      const faultsHit = injected - pending;
      console.info(
        'soak',
        JSON.stringify({
          ...result,
          faultsHit,
          rss: memory.map((s) => Math.round(s.rss)),
          heap: memory.map((s) => Math.round(s.heap)),
        }),
      );

      // Every response was correct data or a typed error, and the load really ran.
      expect(result.samples).toEqual([]);
      expect(result.bad).toBe(0);
      expect(result.socketErrors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.total).toBe(AMOUNT);
      expect(result.checked).toBe(AMOUNT);
      expect(result.data).toBeGreaterThan(result.total * 0.5);
      // Bird really failed under the load (most failures are absorbed by retries).
      expect(faultsHit).toBeGreaterThan((AMOUNT / FAULT_EVERY) * 3);

      // Memory is flat after warm-up: retained heap and RSS stay within generous bounds.
      expect(memory).toHaveLength(AMOUNT / SAMPLE_EVERY);
      const warm = memory.slice(2, 5);
      const end = memory.slice(-3);
      expect(median(end.map((s) => s.heap)) - median(warm.map((s) => s.heap))).toBeLessThan(16);
      expect(median(end.map((s) => s.rss)) - median(warm.map((s) => s.rss))).toBeLessThan(48);

      // And the gateway still serves.
      const health = await fetch(new URL('/healthz', gw.url));
      expect(health.status).toBe(200);
      // An open breaker lets a probe through once BREAKER_OPEN_MS has passed.
      await waitFor(() => gw.gateway.transport.readiness().breaker !== 'open');
      const after = await gw.queryText('{ conversations(first: 1) { nodes { id } } }');
      expect(after.errors).toBeUndefined();
    },
    (AMOUNT / RATE + 60) * 1000,
  );
});
