import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import {
  InboundTraffic,
  type InboundRequest,
  type InboundResult,
} from './activity/inboundTraffic.js';
import { MessageStatusProgression, type MessageStatusKnobs } from './activity/messageStatuses.js';
import { createSimulatorHandler } from './http/handler.js';
import { conversationDto } from './render/conversation.js';
import { createSimulatorServer } from './server/httpServer.js';
import type { StallTracker } from './server/faultResponder.js';
import { FaultInjector, type FaultInjectorView } from './server/faults.js';
import { validateLatency, type LatencyConfig } from './server/latency.js';
import { RateLimiter, type RateLimitConfig } from './server/rateLimiter.js';
import { RequestLog, type RequestLogView } from './server/requestLog.js';
import type { SeedSize } from './seed/seedWorkspace.js';
import { SimulatorStore } from './store/simulatorStore.js';
import type { TenantIdentity } from './store/workspaceState.js';
import { subscriptionsFor } from './store/webhookSubscriptions.js';
import type { ConversationEvent } from './types.js';
import { WebhookDispatcher } from './webhooks/dispatcher.js';
import type { WebhookKnobs } from './webhooks/knobs.js';
import { webhookEvent } from './webhooks/payload.js';
import {
  webhooksView,
  type SimulatorMessageStatuses,
  type SimulatorWebhooks,
} from './webhooks/view.js';

export type { SimulatorMessageStatuses, SimulatorWebhooks };

/** Options of {@link startSimulator}. */
export interface SimulatorOptions {
  /** Default 0 (any free port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Seed of the data generator; default 1. */
  seed?: number;
  /** Size of the demo workspace; default ~300 contacts, 500 conversations, 10,500 messages. */
  size?: Partial<SeedSize>;
  /** Delay before each response under /workspaces/. */
  latency?: LatencyConfig;
  /** Per-workspace request rate limit; default false (off). */
  rateLimit?: RateLimitConfig | false;
  /** How many requests the log keeps; default 1000. */
  requestLogLimit?: number;
  /** Webhook delivery knobs (delay, duplicates, reordering, retries); see webhooks/knobs.ts. */
  webhooks?: Partial<WebhookKnobs>;
  /** Message status progression; default off. */
  messageStatuses?: Partial<MessageStatusKnobs>;
  /** Simulated inbound messages into the demo workspace, one every `inboundEveryMs`; default off. */
  inboundEveryMs?: number | null;
}

/** A seeded workspace and its credentials. */
export type SimulatorTenant = TenantIdentity;

/** A running simulator. */
export interface Simulator {
  /** e.g. `http://127.0.0.1:41234`, without a trailing slash. */
  readonly url: string;
  /** The seeded demo workspace. */
  readonly workspaceId: string;
  /** The demo workspace's access key (`Authorization: AccessKey <key>`). */
  readonly accessKey: string;
  /** [demo, second workspace with little data], for isolation tests. */
  readonly tenants: readonly SimulatorTenant[];
  /** Direct access to the data, e.g. to find seeded ids. */
  readonly store: SimulatorStore;
  readonly requests: RequestLogView;
  readonly faults: FaultInjectorView;
  setLatency(latency: LatencyConfig | null): void;
  setRateLimit(limit: RateLimitConfig | false | undefined): void;
  /** Subscribes to conversation events; returns the unsubscribe function. */
  onEvent(listener: (event: ConversationEvent) => void): () => void;
  readonly webhooks: SimulatorWebhooks;
  readonly messageStatuses: SimulatorMessageStatuses;
  /** A message from a conversation's contact arrives now (fires conversation.updated). */
  simulateInbound(request?: InboundRequest): InboundResult;
  /** One inbound message every `everyMs` into the demo workspace; null switches it off. */
  setInboundRate(everyMs: number | null): void;
  /** Restores seed data and clears the log and faults; latency and rate limit return to the options. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts a simulator over real HTTP. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const store = new SimulatorStore({ seed: options.seed, size: options.size });
  let url = '';
  const handler = createSimulatorHandler(store, { baseUrl: () => url });
  const log = new RequestLog(options.requestLogLimit ?? 1000);
  const faults = new FaultInjector();
  const stalls: StallTracker = new Set();
  let latency: LatencyConfig | null =
    options.latency === undefined ? null : validateLatency(options.latency);
  let limiter: RateLimiter | null = options.rateLimit ? new RateLimiter(options.rateLimit) : null;
  const listeners = new Set<(event: ConversationEvent) => void>();
  let closing: Promise<void> | null = null;
  const dispatcher = new WebhookDispatcher(options.webhooks, options.seed);
  const statuses = new MessageStatusProgression(options.messageStatuses, options.seed);
  const inbound = new InboundTraffic(store, options.seed);
  const startInbound = (): void => {
    inbound.setRate(options.inboundEveryMs ?? null);
  };
  startInbound();

  store.onChange((change, ws, conversation) => {
    if (change !== 'deleted') statuses.observe(ws, conversation);
    const subscriptions = subscriptionsFor(ws, `conversation.${change}`, conversation.channelId);
    if (subscriptions.length > 0)
      dispatcher.dispatch(subscriptions, webhookEvent(change, conversation));
  });

  store.onChange((change, _ws, conversation) => {
    // Rendering costs a little; skip it when nobody listens (benchmarks).
    if (listeners.size === 0) return;
    const event: ConversationEvent = {
      service: 'conversations',
      event: `conversation.${change}`,
      payload: conversationDto(conversation, change === 'deleted'),
    };
    for (const listener of listeners) {
      // A failing listener is the listener's bug; it must not fail the API call that changed data.
      try {
        listener(event);
      } catch (error) {
        console.error('Simulator event listener failed:', error);
      }
    }
  });

  const simulator: Simulator = {
    get url() {
      return url;
    },
    workspaceId: store.tenants[0]?.workspaceId ?? '',
    accessKey: store.tenants[0]?.accessKey ?? '',
    tenants: store.tenants,
    store,
    requests: log,
    faults,
    setLatency(next) {
      latency = next === null ? null : validateLatency(next);
    },
    setRateLimit(next) {
      limiter = next ? new RateLimiter(next) : null;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    webhooks: webhooksView(dispatcher, store, store.tenants[0]?.workspaceId ?? ''),
    messageStatuses: statuses,
    simulateInbound: (request) => inbound.simulate(request),
    setInboundRate: (everyMs) => {
      inbound.setRate(everyMs);
    },
    reset() {
      dispatcher.reset();
      statuses.reset();
      startInbound();
      store.reset();
      log.clear();
      faults.clear();
      latency = options.latency === undefined ? null : validateLatency(options.latency);
      limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : null;
    },
    close() {
      closing ??= (async () => {
        for (const timer of stalls) clearTimeout(timer);
        stalls.clear();
        inbound.stop();
        statuses.cancelAll();
        store.dispose();
        await dispatcher.close();
        const closed = once(server, 'close');
        server.close();
        server.closeAllConnections();
        await closed;
      })();
      return closing;
    },
  };

  const server = createSimulatorServer({
    store,
    handler,
    log,
    faults,
    stalls,
    latency: () => latency,
    rateLimiter: () => limiter,
    controls: {
      requests: log,
      faults,
      setLatency: (next) => {
        simulator.setLatency(next);
      },
      setRateLimit: (next) => {
        simulator.setRateLimit(next);
      },
      reset: () => {
        simulator.reset();
      },
      webhooks: simulator.webhooks,
      messageStatuses: simulator.messageStatuses,
      simulateInbound: (request) => simulator.simulateInbound(request),
      setInboundRate: (everyMs) => {
        simulator.setInboundRate(everyMs);
      },
      inboundEveryMs: () => inbound.everyMs,
      info: () => ({
        url,
        openApiUrl: `${url}/openapi.json`,
        workspaceId: simulator.workspaceId,
        accessKey: simulator.accessKey,
        tenants: store.tenants,
      }),
    },
  });
  server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The simulator is not listening on TCP');
  url = `http://${formatHost(address)}:${address.port}`;
  return simulator;
}

function formatHost(address: AddressInfo): string {
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}
