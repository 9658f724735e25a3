/**
 * Webhook intake throughput: signed `conversation.updated` deliveries POSTed to a gateway as fast
 * as it verifies them (HMAC over the raw body, timestamp window, request-id dedupe, ordering,
 * publication). Every delivery is distinct (its own request id, a newer `updatedAt`, every other
 * one a new `lastMessage`), so each is applied and published, not short-cut as a duplicate. The
 * deliveries are signed up front in the harness, from the documented recipe.
 */
import { createHash, createHmac } from 'node:crypto';
import autocannon from 'autocannon';
import { startGateway } from '../contenders/gateway.js';
import type { BenchContext } from '../context.js';
import { findFixtures } from '../fixtures.js';
import { readProc } from '../procStats.js';
import { startSimulatorProcess } from '../simulator.js';
import { round } from '../stats.js';

export interface WebhookIntakeResult {
  readonly connections: number;
  readonly durationS: number;
  /** Deliveries answered 2xx per second (each verified before the answer). */
  readonly deliveriesPerSecond: number;
  readonly deliveries: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
  /** Gateway CPU time per delivery, microseconds. */
  readonly cpuUsPerDelivery: number | null;
  /** Deliveries sent again because the signed pool ran out (processed as duplicates). */
  readonly repeated: number;
}

const KEY = 'bench-webhook-signing-key-0123456789';
const PUBLIC_URL = 'https://gw.bench.example';
const CONNECTIONS = 16;
const CONVERSATIONS = 500;

interface SignedDelivery {
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** `count` distinct deliveries for `workspaceId`, signed for PUBLIC_URL. */
function signedPool(workspaceId: string, count: number): SignedDelivery[] {
  const path = `/webhooks/bird/${workspaceId}`;
  const url = `${PUBLIC_URL}${path}`;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const start = Date.parse('2026-01-01T00:00:00Z');
  const pool: SignedDelivery[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(start + i).toISOString();
    const conversation = {
      id: `bench-conversation-${i % CONVERSATIONS}`,
      name: 'Order #1234: where is my parcel?',
      status: 'active',
      visibility: 'public',
      accessibility: 'open',
      style: 'default',
      channelId: '199f0353-fcb8-41b2-afd6-614c6baf3850',
      featuredParticipants: [
        {
          id: 'p-contact',
          type: 'contact',
          displayName: 'Ada',
          contact: { identifierKey: 'phonenumber', identifierValue: '+31612345678' },
        },
        { id: 'p-agent', type: 'user', displayName: 'Support' },
      ],
      activeParticipantCount: 2,
      lastMessage: {
        id: `bench-message-${Math.floor(i / 2)}`,
        type: 'text',
        preview: {
          text: 'Hello, my parcel has not arrived yet and the tracking page shows nothing since Monday.',
        },
        status: 'delivered',
        createdAt: at,
      },
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: at,
    };
    const body = JSON.stringify({
      service: 'conversations',
      event: 'conversation.updated',
      payload: conversation,
    });
    const bodyHash = createHash('sha256').update(body).digest();
    const signature = createHmac('sha256', KEY)
      .update(Buffer.concat([Buffer.from(`${timestamp}\n${url}\n`), bodyHash]))
      .digest('base64');
    pool.push({
      body,
      headers: {
        'content-type': 'application/json',
        'messagebird-signature': signature,
        'messagebird-request-timestamp': timestamp,
        'messagebird-request-id': `bench-delivery-${i}`,
      },
    });
  }
  return pool;
}

/** Runs the intake scenario against its own gateway process. */
export async function runWebhookIntake(
  ctx: BenchContext,
  extraEnv: Readonly<Record<string, string>>,
  cpuProfileDir?: string,
): Promise<WebhookIntakeResult> {
  const { settings, fixtures } = ctx;
  const gateway = await startGateway({
    fixtures,
    ...(cpuProfileDir === undefined ? {} : { cpuProfileDir }),
    rateShaping: 'raised',
    extraEnv: { WEBHOOK_SIGNING_KEY: KEY, PUBLIC_URL, ...extraEnv },
    key: 'gateway-webhooks',
    label: 'this gateway (webhook intake)',
  });
  try {
    const durationS = settings.loadedS * 2;
    // Enough distinct deliveries for well over what one 2-core machine can verify in the run.
    const pool = signedPool(
      fixtures.workspaceId,
      Math.ceil((durationS + settings.warmupS) * 12_000),
    );
    let next = 0;
    const load = (seconds: number) =>
      autocannon({
        url: gateway.origin,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            path: `/webhooks/bird/${fixtures.workspaceId}`,
            setupRequest: (request) => {
              const delivery = pool[next++ % pool.length];
              return delivery === undefined ? request : { ...request, ...delivery };
            },
          },
        ],
      });
    await load(settings.warmupS);
    const before = gateway.pid === null ? null : readProc(gateway.pid).cpuMs;
    const result = await load(durationS);
    const after = gateway.pid === null ? null : readProc(gateway.pid).cpuMs;
    const ok = result['2xx'];
    return {
      connections: CONNECTIONS,
      durationS: result.duration,
      deliveriesPerSecond: Math.round(ok / result.duration),
      deliveries: ok,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      cpuUsPerDelivery:
        before === null || after === null || ok === 0
          ? null
          : round(((after - before) * 1000) / ok),
      repeated: Math.max(0, next - pool.length),
    };
  } finally {
    await gateway.stop();
  }
}

/**
 * `npm run bench -- --webhooks`: this scenario alone, over its own simulator; prints the result.
 * With `cpuProfileDir` (`--webhooks --profile`) the gateway writes a CPU profile there.
 */
export async function runWebhookIntakeAlone(
  settings: BenchContext['settings'],
  extraEnv: Readonly<Record<string, string>>,
  log: (line: string) => void,
  cpuProfileDir?: string,
): Promise<WebhookIntakeResult> {
  const sim = await startSimulatorProcess();
  try {
    const fixtures = await findFixtures(sim);
    log('Webhook intake');
    const ctx = { settings, sim, fixtures, contenders: [], log };
    const result = await runWebhookIntake(ctx, extraEnv, cpuProfileDir);
    log(
      `${result.deliveriesPerSecond} verified deliveries/s (${result.deliveries} in ${round(result.durationS)} s, ` +
        `${result.connections} connections), p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ` +
        `${result.non2xx} non-2xx, ${result.errors} errors, ${result.cpuUsPerDelivery ?? '?'} µs CPU per delivery`,
    );
    return result;
  } finally {
    await sim.stop();
  }
}
