import { z } from 'zod';
import type { SimulatorResponse } from '../http/handler.js';
import { HttpError, toHttpError } from '../http/httpError.js';
import { parseBody } from '../http/validation.js';
import type { InboundRequest, InboundResult } from '../activity/inboundTraffic.js';
import { messageBodySchema } from '../schemas/messageBody.js';
import type { SimulatorMessageStatuses, SimulatorWebhooks } from '../simulator.js';
import { webhookKnobsSchema } from '../webhooks/knobs.js';
import type { FaultInjectorView } from './faults.js';
import type { LatencyConfig } from './latency.js';
import type { RateLimitConfig } from './rateLimiter.js';
import type { RequestLogView } from './requestLog.js';

/** What the control API drives; implemented by the running simulator. */
export interface SimulatorControls {
  readonly requests: RequestLogView;
  readonly faults: FaultInjectorView;
  setLatency(latency: LatencyConfig | null): void;
  setRateLimit(limit: RateLimitConfig | false): void;
  reset(): void;
  info(): unknown;
  readonly webhooks: SimulatorWebhooks;
  readonly messageStatuses: SimulatorMessageStatuses;
  simulateInbound(request: InboundRequest): InboundResult;
  setInboundRate(everyMs: number | null): void;
  inboundEveryMs(): number | null;
}

const messageStatusSchema = z
  .object({
    enabled: z.boolean(),
    stepMs: z.number().nonnegative(),
    failureRate: z.number().min(0).max(1),
  })
  .partial()
  .strict();

const inboundSchema = z
  .object({
    workspaceId: z.string().min(1).optional(),
    conversationId: z.string().min(1).optional(),
    body: messageBodySchema.optional(),
  })
  .strict();

const inboundRateSchema = z.object({ everyMs: z.number().min(10).nullable() }).strict();

const faultSchema = z.object({
  method: z.string().min(1).optional(),
  path: z.string().min(1),
  // JSON has no Infinity: "Infinity" or null mean "until cleared".
  times: z.union([z.number().int().positive(), z.literal('Infinity'), z.null()]).optional(),
  kind: z.enum(['status', 'reset', 'stall-headers', 'stall-body']),
  status: z.number().int().min(100).max(599).optional(),
  retryAfter: z.union([z.number().nonnegative(), z.string().min(1)]).optional(),
  body: z.unknown().optional(),
  stallMs: z.number().nonnegative().optional(),
});

const latencySchema = z
  .object({ fixedMs: z.number().nonnegative(), jitterMs: z.number().nonnegative().optional() })
  .nullable();

const rateLimitSchema = z.union([
  z.object({
    getPerSecond: z.number().int().positive(),
    postPerSecond: z.number().int().positive(),
    retryAfter: z.boolean().optional(),
  }),
  z.literal(false),
  z.null(),
]);

/**
 * The local control API under `/__simulator/` (no auth: a development tool bound to localhost by
 * default), so benchmarks and frontend developers can drive the knobs from another process.
 */
export function handleControl(
  method: string,
  path: string,
  query: Readonly<Record<string, string>>,
  rawBody: Uint8Array,
  controls: SimulatorControls,
): SimulatorResponse {
  try {
    return json(...route(method, path.slice('/__simulator'.length), query, rawBody, controls));
  } catch (error) {
    const httpError = toHttpError(
      error instanceof RangeError ? new HttpError(422, 'InvalidPayload', error.message) : error,
    );
    return json(httpError.status, httpError.body);
  }
}

function route(
  method: string,
  path: string,
  query: Readonly<Record<string, string>>,
  rawBody: Uint8Array,
  controls: SimulatorControls,
): [number, unknown] {
  const body = (): unknown => parseJson(rawBody);
  switch (`${method} ${path}`) {
    case 'GET /info':
      return [200, controls.info()];
    case 'GET /requests': {
      const filter = {
        ...(query.method === undefined ? {} : { method: query.method }),
        ...(query.path === undefined ? {} : { path: query.path }),
      };
      return [
        200,
        { count: controls.requests.count(filter), entries: controls.requests.entries(filter) },
      ];
    }
    case 'DELETE /requests':
      controls.requests.clear();
      return [204, null];
    case 'GET /faults':
      return [200, { pending: controls.faults.pending() }];
    case 'POST /faults': {
      const { times, ...rule } = parseBody(faultSchema, body());
      controls.faults.inject({
        ...rule,
        ...(times === undefined ? {} : { times: typeof times === 'number' ? times : Infinity }),
      });
      return [201, { pending: controls.faults.pending() }];
    }
    case 'DELETE /faults':
      controls.faults.clear();
      return [204, null];
    case 'PUT /latency': {
      const latency = parseBody(latencySchema, body());
      controls.setLatency(latency);
      return [200, { latency }];
    }
    case 'PUT /rate-limit': {
      const limit = parseBody(rateLimitSchema, body());
      controls.setRateLimit(limit ?? false);
      return [200, { rateLimit: limit ?? false }];
    }
    case 'POST /reset':
      controls.reset();
      return [204, null];
    default:
      return activityRoute(method, path, body, controls);
  }
}

/** Webhook delivery, message statuses and inbound traffic. */
function activityRoute(
  method: string,
  path: string,
  body: () => unknown,
  controls: SimulatorControls,
): [number, unknown] {
  switch (`${method} ${path}`) {
    case 'GET /webhooks':
      return [
        200,
        {
          knobs: controls.webhooks.knobs,
          pending: controls.webhooks.pending,
          attempts: controls.webhooks.attempts(),
        },
      ];
    case 'PUT /webhooks':
      return [200, { knobs: controls.webhooks.configure(parseBody(webhookKnobsSchema, body())) }];
    case 'GET /message-statuses':
      return [
        200,
        { knobs: controls.messageStatuses.knobs, pending: controls.messageStatuses.pending },
      ];
    case 'PUT /message-statuses':
      return [
        200,
        { knobs: controls.messageStatuses.configure(parseBody(messageStatusSchema, body())) },
      ];
    case 'POST /message-statuses/advance':
      return [200, { advanced: controls.messageStatuses.advance() }];
    case 'POST /inbound':
      return [201, controls.simulateInbound(parseBody(inboundSchema, body() ?? {}))];
    case 'GET /inbound':
      return [200, { everyMs: controls.inboundEveryMs() }];
    case 'PUT /inbound': {
      const { everyMs } = parseBody(inboundRateSchema, body());
      controls.setInboundRate(everyMs);
      return [200, { everyMs }];
    }
    default:
      throw new HttpError(404, 'NotFound', `No control route for ${method} /__simulator${path}`);
  }
}

function parseJson(raw: Uint8Array): unknown {
  if (raw.byteLength === 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw).toString('utf8'));
    return parsed;
  } catch {
    throw new HttpError(400, 'InvalidPayload', 'The request body is not valid JSON');
  }
}

function json(status: number, body: unknown): SimulatorResponse {
  if (status === 204) return { status, headers: {}, body: null };
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}
