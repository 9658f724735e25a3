import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { authenticate } from '../http/auth.js';
import type { SimulatorHandler, SimulatorResponse } from '../http/handler.js';
import { MAX_UPLOAD_BYTES } from '../store/uploads.js';
import type { SimulatorStore } from '../store/simulatorStore.js';
import { handleControl, type SimulatorControls } from './control.js';
import {
  resetConnection,
  stallBody,
  stallHeaders,
  statusFaultResponse,
  type StallTracker,
} from './faultResponder.js';
import type { FaultInjector } from './faults.js';
import { applyLatency, type LatencyConfig } from './latency.js';
import type { RateLimiter } from './rateLimiter.js';
import { BodyTooLargeError, readBody } from './readBody.js';
import type { RequestLog } from './requestLog.js';

/** JSON bodies are small; uploads may reach Bird's 100 MiB limit plus multipart framing. */
const JSON_BODY_LIMIT = 10 * 1024 * 1024;
const UPLOAD_BODY_LIMIT = MAX_UPLOAD_BYTES + 1024 * 1024;

/** The knobs the server applies around the handler. Latency and rate limit can change at runtime. */
export interface ServerKnobs {
  readonly store: SimulatorStore;
  readonly handler: SimulatorHandler;
  readonly log: RequestLog;
  readonly faults: FaultInjector;
  readonly stalls: StallTracker;
  readonly controls: SimulatorControls;
  latency(): LatencyConfig | null;
  rateLimiter(): RateLimiter | null;
}

/**
 * The node:http server: it reads requests, serves the control API, and for Bird routes under
 * `/workspaces/` records the request, then applies a matching fault or the rate limit, waits for
 * the latency, and lets the handler answer. Other paths (uploads, media, OpenAPI) skip the knobs.
 */
export function createSimulatorServer(knobs: ServerKnobs): Server {
  const server = createServer((request, response) => {
    serve(knobs, request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, { status: 500, headers: {}, body: null });
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  return server;
}

async function serve(
  knobs: ServerKnobs,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? 'GET';
  const url = request.url ?? '/';
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query =
    queryStart === -1 ? {} : Object.fromEntries(new URLSearchParams(url.slice(queryStart + 1)));
  let rawBody: Uint8Array;
  try {
    rawBody = await readBody(
      request,
      path.startsWith('/uploads/') ? UPLOAD_BODY_LIMIT : JSON_BODY_LIMIT,
    );
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    const body = JSON.stringify({ code: 'PayloadTooLarge', message: error.message });
    send(response, {
      status: 413,
      headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' },
      body,
    });
    return;
  }
  if (path.startsWith('/__simulator/')) {
    send(response, handleControl(method, path, query, rawBody, knobs.controls));
    return;
  }
  const handle = (): Promise<SimulatorResponse> =>
    knobs.handler({ method, path, query, headers: request.headers, body: rawBody });
  if (!path.startsWith('/workspaces/')) {
    send(response, await handle());
    return;
  }

  const workspaceId = safeDecode(path.split('/', 3)[2] ?? '');
  const auth = authenticate(knobs.store, workspaceId, request.headers.authorization);
  const requestId = request.headers['x-request-id'];
  const entry = knobs.log.record({
    method,
    path,
    query,
    rawBody,
    auth: auth.outcome,
    workspaceId: auth.keyWorkspaceId,
    requestId: typeof requestId === 'string' ? requestId : null,
    status: 0,
    fault: null,
    at: Date.now(),
  });
  const fault = knobs.faults.take(method, path);
  const limiter = fault === null ? knobs.rateLimiter() : null;
  const decision = limiter?.check(workspaceId, method) ?? null;
  const delay = applyLatency(knobs.latency());
  if (delay !== null) await delay;

  if (fault !== null) {
    entry.fault = fault.label;
    const { rule } = fault;
    switch (rule.kind) {
      case 'status': {
        const answer = statusFaultResponse(rule);
        entry.status = answer.status;
        send(response, answer);
        return;
      }
      case 'reset':
        resetConnection(request);
        return;
      case 'stall-headers':
        stallHeaders(request, rule, knobs.stalls);
        return;
      case 'stall-body': {
        const answer = await handle();
        entry.status = answer.status;
        stallBody(request, response, answer, rule, knobs.stalls);
        return;
      }
    }
  }
  if (decision !== null && !decision.allowed) {
    entry.fault = 'rate-limit';
    entry.status = 429;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (limiter?.config.retryAfter === true)
      headers['retry-after'] = String(decision.retryAfterSeconds);
    send(response, {
      status: 429,
      headers,
      body: JSON.stringify({ code: 'TooManyRequests', message: 'Rate limit exceeded' }),
    });
    return;
  }
  const answer = await handle();
  entry.status = answer.status;
  send(response, answer);
}

function send(response: ServerResponse, answer: SimulatorResponse): void {
  const length =
    answer.body === null
      ? 0
      : typeof answer.body === 'string'
        ? Buffer.byteLength(answer.body)
        : answer.body.byteLength;
  response.writeHead(answer.status, { ...answer.headers, 'content-length': String(length) });
  response.end(answer.body ?? undefined);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
