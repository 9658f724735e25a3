import { allowBlockRuleRoutes } from '../routes/allowBlockRules.js';
import { conversationRoutes } from '../routes/conversations.js';
import { mediaRoutes } from '../routes/media.js';
import { MediaPresigner } from '../media/presign.js';
import { BIRD_MEDIA_ORIGIN } from '../seed/bodies.js';
import { messageRoutes } from '../routes/messages.js';
import { openApiRoutes } from '../routes/openapi.js';
import { participantConversationRoutes } from '../routes/participantConversations.js';
import { participantRoutes } from '../routes/participants.js';
import { settingRoutes } from '../routes/settings.js';
import { uploadRoutes } from '../routes/uploads.js';
import { webhookSubscriptionRoutes } from '../routes/webhookSubscriptions.js';
import type { SimulatorStore } from '../store/simulatorStore.js';
import { authenticate, authError } from './auth.js';
import { HttpError, toHttpError } from './httpError.js';
import { JsonText } from './jsonBody.js';
import type { Route, RouteResult } from './route.js';
import { Router } from './router.js';

/** A request as the handler sees it: no socket, already read. */
export interface SimulatorRequest {
  readonly method: string;
  /** The path without query string, e.g. `/workspaces/<id>/conversations`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  /** Header names in any case; arrays (repeated headers) are joined with `, `. */
  readonly headers?: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body?: string | Uint8Array;
}

/** The handler's answer; `body` is serialised JSON text, raw bytes (media) or null (204). */
export interface SimulatorResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | null;
}

/** Answers one request. Never rejects: failures become Bird-shaped error responses. */
export type SimulatorHandler = (request: SimulatorRequest) => Promise<SimulatorResponse>;

/** Options of {@link createSimulatorHandler}. */
export interface SimulatorHandlerOptions {
  /** This simulator's origin for the URLs it hands out; a function when known only after listen. */
  readonly baseUrl?: string | (() => string);
  /** Called with unexpected errors (answered as a masked 500). Defaults to console.error. */
  readonly onError?: (error: unknown) => void;
}

/** Every route the simulator serves, Bird's and its own. */
export const ROUTES: readonly Route[] = [
  ...conversationRoutes,
  ...messageRoutes,
  ...uploadRoutes,
  ...mediaRoutes,
  ...participantRoutes,
  ...participantConversationRoutes,
  ...settingRoutes,
  ...allowBlockRuleRoutes,
  ...webhookSubscriptionRoutes,
  ...openApiRoutes,
];

const EMPTY_BODY = new Uint8Array(0);
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' } as const;

/**
 * Builds the request handler over a store: authentication, routing, body parsing, validation and
 * Bird's error shapes. It needs no socket, so tests can drive it directly; the HTTP server adds
 * the knobs (latency, faults, rate limits, request log) around it.
 */
export function createSimulatorHandler(
  store: SimulatorStore,
  options: SimulatorHandlerOptions = {},
): SimulatorHandler {
  const router = new Router(ROUTES);
  const media = new MediaPresigner();
  const baseUrlOption = options.baseUrl ?? 'http://127.0.0.1';
  const baseUrl = typeof baseUrlOption === 'string' ? () => baseUrlOption : baseUrlOption;
  const onError =
    options.onError ??
    ((error: unknown) => {
      console.error(error);
    });

  return async (request) => {
    try {
      const answer = respond(await dispatch(request));
      return request.path.startsWith('/workspaces/') ? onOwnMediaHost(answer, baseUrl()) : answer;
    } catch (error) {
      const httpError = toHttpError(error);
      if (httpError.status === 500) onError(error);
      return respond({
        status: httpError.status,
        body: httpError.body,
        headers: httpError.headers,
      });
    }
  };

  async function dispatch(request: SimulatorRequest): Promise<RouteResult> {
    const headers = normaliseHeaders(request.headers);
    const path = request.path;
    let ws = null;
    if (path.startsWith('/workspaces/')) {
      const workspaceId = decodeSegment(path.split('/', 3)[2] ?? '');
      const auth = authenticate(store, workspaceId, headers.authorization);
      if (auth.outcome !== 'ok') throw authError(auth.outcome);
      ws = auth.ws;
    }
    const match = router.match(request.method.toUpperCase(), path);
    if (match.kind === 'not-found')
      throw new HttpError(404, 'NotFound', `No route for ${request.method} ${path}`);
    if (match.kind === 'method-not-allowed') {
      throw new HttpError(
        405,
        'MethodNotAllowed',
        `${request.method} is not allowed on ${path}`,
        undefined,
        {
          allow: match.allow.join(', '),
        },
      );
    }
    const rawBody =
      typeof request.body === 'string' ? Buffer.from(request.body) : (request.body ?? EMPTY_BODY);
    const body = match.route.bodyKind === 'json' ? parseJson(rawBody) : undefined;
    return match.route.handle(
      { query: request.query ?? {}, headers, body, rawBody, baseUrl: baseUrl(), store, media },
      ws,
      match.params,
    );
  }
}

function respond(result: RouteResult): SimulatorResponse {
  const { status, body } = result;
  if (status === 204 || body === undefined)
    return { status, headers: { ...result.headers }, body: null };
  if (body instanceof Uint8Array) return { status, headers: { ...result.headers }, body };
  const text = body instanceof JsonText ? body.text : JSON.stringify(body);
  return { status, headers: { ...JSON_HEADERS, ...result.headers }, body: text };
}

/**
 * The simulator serves media.api.bird.com's paths itself, so media URLs in its answers point at
 * its own origin: a client following them reaches the simulator, with the same access-key rule.
 */
function onOwnMediaHost(answer: SimulatorResponse, baseUrl: string): SimulatorResponse {
  if (typeof answer.body !== 'string' || !answer.body.includes(BIRD_MEDIA_ORIGIN)) return answer;
  return { ...answer, body: answer.body.replaceAll(BIRD_MEDIA_ORIGIN, baseUrl) };
}

/** Parses a JSON body; an empty body is `undefined` (validation then reports what is missing). */
function parseJson(raw: Uint8Array): unknown {
  if (raw.byteLength === 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(
      Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8'),
    );
    return parsed;
  } catch {
    throw new HttpError(400, 'InvalidPayload', 'The request body is not valid JSON');
  }
}

function normaliseHeaders(headers: SimulatorRequest['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  if (headers === undefined) return result;
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    result[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
  }
  return result;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
