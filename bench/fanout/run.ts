/**
 * `npm run bench:fanout`: one gateway instance, 10,000 WebSocket subscribers (FANOUT_SUBSCRIBERS to
 * change), events published on its bus as webhook intake would (a message id only, so the gateway
 * must fetch the message). Measures, per event, the time from publication until the last
 * subscriber has it and the gateway's CPU for it; the gateway's memory per subscriber; and the
 * upstream GETs per event (target: 1, whatever the number of subscribers). The gateway runs in
 * this process (the events are published on its bus directly); the simulator and the subscribers
 * run in processes of their own.
 * Writes bench/results/fanout.json and prints a summary.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';
import { WebSocket } from 'ws';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/logger.js';
import { createGateway } from '../../src/server.js';
import { arrayAt, numberAt, parseJson, stringAt } from '../json.js';
import { distFile, PATHS } from '../paths.js';
import { installCleanup } from '../processes.js';
import { startSimulatorProcess, type SimulatorProcess } from '../simulator.js';
import { round, summarise } from '../stats.js';

const SUBSCRIBERS = Number(process.env.FANOUT_SUBSCRIBERS ?? 10_000);
const EVENTS = Number(process.env.FANOUT_EVENTS ?? 30);
const started = performance.now();
const now = () => performance.timeOrigin + performance.now();

function log(line: string): void {
  const seconds = Math.round((performance.now() - started) / 1000);
  process.stdout.write(`[${String(seconds).padStart(4)} s] ${line}\n`);
}

function gc(): void {
  const collect: unknown = Reflect.get(globalThis, 'gc');
  if (typeof collect === 'function') Reflect.apply(collect, undefined, []);
}

/**
 * Times when the gateway has handed an event's frame to the last subscriber's socket (the kernel
 * sends it from there): the gateway's own share of the latency, apart from how fast the subscriber
 * process on the same machine reads. Counts `send` calls of the `ws` module the gateway uses.
 */
function watchSends(): (count: number) => Promise<number> {
  const send: unknown = Reflect.get(WebSocket.prototype, 'send');
  if (typeof send !== 'function') throw new Error('ws has no WebSocket.prototype.send');
  let waiting: { left: number; done: (at: number) => void } | null = null;
  Object.defineProperty(WebSocket.prototype, 'send', {
    configurable: true,
    writable: true,
    value: function sendWatched(this: WebSocket, ...args: unknown[]): unknown {
      const result: unknown = Reflect.apply(send, this, args);
      if (waiting !== null && --waiting.left === 0) {
        waiting.done(now());
        waiting = null;
      }
      return result;
    },
  });
  return (count) =>
    new Promise<number>((resolve) => {
      waiting = { left: count, done: resolve };
    });
}

/** Ids of existing messages, so the gateway's fetch of each event finds one. */
async function messageRefs(sim: SimulatorProcess, count: number) {
  const get = async (path: string) => {
    const response = await request(`${sim.url}/workspaces/${sim.workspaceId}${path}`, {
      headers: { authorization: `AccessKey ${sim.accessKey}` },
    });
    return parseJson(await response.body.text());
  };
  const refs: { conversationId: string; messageId: string }[] = [];
  for (const conversation of arrayAt(await get('/conversations?limit=100'), 'results')) {
    const conversationId = stringAt(conversation, 'id');
    if (conversationId === null) continue;
    const messages = arrayAt(
      await get(`/conversations/${conversationId}/messages?limit=10`),
      'results',
    );
    for (const message of messages) {
      const messageId = stringAt(message, 'id');
      if (messageId !== null) refs.push({ conversationId, messageId });
    }
    if (refs.length >= count) return refs.slice(0, count);
  }
  throw new Error(`the simulator has fewer than ${count} messages`);
}

async function main(): Promise<void> {
  installCleanup();
  const sim = await startSimulatorProcess();
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: '0',
    BIRD_API_URL: sim.url,
    BIRD_WORKSPACE_ID: sim.workspaceId,
    BIRD_ACCESS_KEY: sim.accessKey,
    GATEWAY_ALLOW_ANONYMOUS: 'true',
    RATE_LIMIT_GET_PER_SECOND: '0',
    RATE_LIMIT_WRITE_PER_SECOND: '0',
  });
  const gateway = await createGateway(config, { logger: createLogger('warn') });
  gateway.server.listen(0, '127.0.0.1');
  await once(gateway.server, 'listening');
  const address = gateway.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  const refs = await messageRefs(sim, EVENTS);

  gc();
  const before = process.memoryUsage();
  const child = fork(distFile('bench/fanout/subscribers.js'), [], { stdio: 'inherit' });
  const delivered = new Map<string, (lastAt: number) => void>();
  const connected = new Promise<number>((resolve, reject) => {
    child.on('message', (message: unknown) => {
      const type = stringAt(message, 'type');
      if (type === 'connected') resolve(numberAt(message, 'rssBytes') ?? NaN);
      if (type === 'failed') reject(new Error(stringAt(message, 'error') ?? 'failed'));
      if (type === 'delivered') {
        const id = stringAt(message, 'id') ?? '';
        delivered.get(id)?.(numberAt(message, 'lastAt') ?? NaN);
      }
    });
  });
  log(`connecting ${SUBSCRIBERS} WebSocket subscribers`);
  child.send({ type: 'start', url: `ws://127.0.0.1:${address.port}/graphql`, count: SUBSCRIBERS });
  const clientRss = await connected;
  while (gateway.subscriptions.size < SUBSCRIBERS) await new Promise((r) => setTimeout(r, 50));
  gc();
  const after = process.memoryUsage();
  log(`${gateway.subscriptions.size} subscriptions open`);

  const sent = watchSends();
  const latencies: number[] = [];
  const sending: number[] = [];
  const cpu: number[] = [];
  const gets: number[] = [];
  for (const [i, ref] of refs.entries()) {
    await sim.clearRequests();
    const arrived = new Promise<number>((resolve) => delivered.set(ref.messageId, resolve));
    // Subscribers the gateway dropped (a peer too starved to answer pings) are not waited for.
    const open = gateway.subscriptions.size;
    if (open < SUBSCRIBERS) log(`only ${open} of ${SUBSCRIBERS} subscriptions are still open`);
    await new Promise<void>((resolve) => {
      child.send({ type: 'expect', id: ref.messageId, count: open }, () => {
        resolve();
      });
    });
    const lastSend = sent(open);
    const publishedAt = now();
    const cpuBefore = process.cpuUsage();
    gateway.events.publish({
      type: 'message.added',
      workspaceId: sim.workspaceId,
      eventId: `bench-${i}`,
      source: 'webhook',
      conversationId: ref.conversationId,
      messageId: ref.messageId,
    });
    latencies.push((await arrived) - publishedAt);
    sending.push((await lastSend) - publishedAt);
    // This process's CPU from publication to the last delivery: the gateway's work for the event
    // (the harness only counts IPC messages meanwhile). Less sensitive to a busy machine than time.
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    gets.push((await sim.requests()).filter((r) => r.method === 'GET').length);
    log(
      `event ${i + 1}/${refs.length}: ${Math.round(latencies.at(-1) ?? NaN)} ms to the last subscriber ` +
        `(${Math.round(sending.at(-1) ?? NaN)} ms to the gateway's last send)`,
    );
  }

  const latency = summarise(latencies);
  const cpuPerEvent = summarise(cpu);
  const sendLatency = summarise(sending);
  const results = {
    subscribers: SUBSCRIBERS,
    events: refs.length,
    eventToLastSubscriberMs: {
      p50: round(latency.p50),
      p99: round(latency.p99),
      max: round(latency.max),
    },
    eventToLastGatewaySendMs: { p50: round(sendLatency.p50), p99: round(sendLatency.p99) },
    gatewayCpuPerEventMs: { p50: round(cpuPerEvent.p50), p99: round(cpuPerEvent.p99) },
    gatewayMemoryPerSubscriberBytes: {
      rss: Math.round((after.rss - before.rss) / SUBSCRIBERS),
      heap: Math.round((after.heapUsed - before.heapUsed) / SUBSCRIBERS),
    },
    subscriberProcessRssBytes: clientRss,
    upstreamGetsPerEvent: { min: Math.min(...gets), max: Math.max(...gets) },
  };
  mkdirSync(join(PATHS.bench, 'results'), { recursive: true });
  writeFileSync(
    join(PATHS.bench, 'results', 'fanout.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  log(JSON.stringify(results, null, 2));

  child.disconnect();
  await gateway.stop();
  gateway.server.closeAllConnections();
  await sim.stop();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Fan-out benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
