/**
 * The simulator in its own process, and a client for its control API (`/__simulator/`): latency,
 * rate limit, reset, and the request log that counts upstream calls.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { arrayAt, numberAt, parseJson, stringAt } from './json.js';
import { distFile } from './paths.js';
import { freePort, startService, type Service } from './processes.js';

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

/** One webhook delivery attempt, as the simulator's delivery log records it. */
export interface WebhookAttemptEntry {
  readonly event: string;
  readonly conversationId: string;
  /** The receiver's status, or 0 when the request failed. */
  readonly status: number;
  /** The simulator's clock (epoch milliseconds) when the receiver answered. */
  readonly at: number;
}

export interface SimulatorProcess {
  readonly url: string;
  readonly pid: number;
  readonly workspaceId: string;
  readonly accessKey: string;
  /** The access key's participant id. */
  readonly accessKeyId: string;
  setLatency(ms: number): Promise<void>;
  /** Bird's documented limits (`{ getPerSecond: 50, postPerSecond: 500 }`), or false for none. */
  setRateLimit(limit: { getPerSecond: number; postPerSecond: number } | false): Promise<void>;
  /** Restores the seed data (and the start-up latency and rate limit). */
  reset(): Promise<void>;
  clearRequests(): Promise<void>;
  /**
   * Waits until no request arrives for a moment (a contender may still be finishing calls of a
   * load that just ended), then clears the log, so the next count is one screen's alone.
   */
  settle(): Promise<void>;
  /** Requests under /workspaces/ since the last clear (the log keeps the last 200,000). */
  requests(): Promise<LoggedRequest[]>;
  /** A customer's message arrives now (Bird then fires `conversation.updated`). */
  inbound(conversationId?: string): Promise<{ conversationId: string; messageId: string }>;
  /**
   * Subscribes `url` to `conversation.updated` through Bird's own API (`POST
   * /webhook-subscriptions`), signed with `signingKey`. `reset()` removes subscriptions.
   */
  subscribeWebhook(url: string, signingKey: string): Promise<void>;
  /** The newest webhook delivery attempts (the simulator keeps 1,000), once none is pending. */
  webhookAttempts(): Promise<WebhookAttemptEntry[]>;
  stop(): Promise<void>;
}

const LOG_LIMIT = 200_000;

async function control(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await request(`${url}/__simulator${path}`, {
    method: method as 'GET',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.body.text();
  if (response.statusCode >= 300) {
    throw new Error(`Simulator ${method} ${path}: HTTP ${response.statusCode} ${text}`);
  }
  return text === '' ? null : parseJson(text);
}

/** Starts the simulator from dist-bench with no latency and no rate limit. */
export async function startSimulatorProcess(): Promise<SimulatorProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const service: Service = await startService({
    name: 'simulator',
    args: [distFile('src/simulator/main.js')],
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      SIM_LATENCY_MS: '0',
      SIM_RATE_LIMIT: 'off',
      SIM_REQUEST_LOG_LIMIT: String(LOG_LIMIT),
    },
    readyUrl: `${url}/__simulator/info`,
  });
  const info = await control(url, 'GET', '/info');
  const workspaceId = stringAt(info, 'workspaceId');
  const accessKey = stringAt(info, 'accessKey');
  const accessKeyId = stringAt(info, 'tenants', 0, 'accessKeyId');
  if (workspaceId === null || accessKey === null || accessKeyId === null) {
    await service.stop();
    throw new Error('The simulator did not describe its workspace at /__simulator/info');
  }
  const clearRequests = async () => {
    await control(url, 'DELETE', '/requests');
  };
  const requests = async () =>
    arrayAt(await control(url, 'GET', '/requests'), 'entries').map((entry) => ({
      method: stringAt(entry, 'method') ?? '',
      path: stringAt(entry, 'path') ?? '',
      status: numberAt(entry, 'status') ?? 0,
    }));
  return {
    url,
    pid: service.pid,
    workspaceId,
    accessKey,
    accessKeyId,
    setLatency: async (ms) => {
      await control(url, 'PUT', '/latency', ms > 0 ? { fixedMs: ms, jitterMs: 0 } : null);
    },
    setRateLimit: async (limit) => {
      await control(url, 'PUT', '/rate-limit', limit);
    },
    reset: async () => {
      await control(url, 'POST', '/reset');
    },
    clearRequests,
    requests,
    settle: async () => {
      for (let attempt = 0; attempt < 50; attempt++) {
        await clearRequests();
        await sleep(200);
        if ((await requests()).length === 0) return;
      }
      throw new Error('The simulator kept receiving requests after the load ended');
    },
    inbound: async (conversationId) => {
      const made = await control(url, 'POST', '/inbound', conversationId ? { conversationId } : {});
      const conversation = stringAt(made, 'conversationId');
      const message = stringAt(made, 'messageId');
      if (conversation === null || message === null) throw new Error('Inbound message not made');
      return { conversationId: conversation, messageId: message };
    },
    subscribeWebhook: async (target, signingKey) => {
      const response = await request(`${url}/workspaces/${workspaceId}/webhook-subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `AccessKey ${accessKey}` },
        body: JSON.stringify({
          service: 'conversations',
          event: 'conversation.updated',
          url: target,
          signingKey,
        }),
      });
      const text = await response.body.text();
      if (response.statusCode !== 201) {
        throw new Error(`Webhook subscription: HTTP ${response.statusCode} ${text}`);
      }
    },
    webhookAttempts: async () => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const log = await control(url, 'GET', '/webhooks');
        if (numberAt(log, 'pending') === 0) {
          return arrayAt(log, 'attempts').map((entry) => ({
            event: stringAt(entry, 'event') ?? '',
            conversationId: stringAt(entry, 'conversationId') ?? '',
            status: numberAt(entry, 'status') ?? 0,
            at: numberAt(entry, 'at') ?? 0,
          }));
        }
        await sleep(100);
      }
      throw new Error('Webhook deliveries were still pending after 10 s');
    },
    stop: async () => {
      await service.stop();
    },
  };
}
