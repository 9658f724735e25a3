/**
 * One HTTP exchange with Bird over an injected undici dispatcher: no retries, no shaping (see
 * transport.ts). Shared by all requests of the process (it owns the keep-alive connection pool);
 * knows nothing about GraphQL. Every failure leaves here as an `UpstreamFailure` classified by
 * undici's stable error codes.
 */
import { Pool, type Dispatcher } from 'undici';
import type { Cancellation } from './cancellation.js';
import { UpstreamFailure } from './failure.js';
import type { BirdErrorBody } from './types.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface UpstreamRequest {
  readonly method: HttpMethod;
  /** Full path, starting with `/workspaces/{id}`, path segments already encoded. */
  readonly path: string;
  /** Path below the workspace, for logs and error messages. */
  readonly displayPath: string;
  readonly query?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  readonly body?: unknown;
  /** Value of the upstream `Authorization` header. Never logged. */
  readonly authorization: string;
  readonly requestId: string;
  /** Workspace the call acts in (rate shaping is per workspace). */
  readonly workspaceId: string;
  /** Cancels the exchange when the operation's client goes away (undici accepts an emitter). */
  readonly signal?: Cancellation;
}

/** Time limits for one exchange (the operation deadline can make them shorter). */
export interface ExchangeTimeouts {
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
}

export interface UpstreamResponse {
  readonly status: number;
  /** Parsed JSON body; undefined for empty bodies (204). */
  readonly body: unknown;
}

export interface ExchangeOptions {
  readonly origin: string;
  readonly connections: number;
  readonly connectTimeoutMs: number;
  /** Inject a dispatcher (tests, custom agents); by default a keep-alive Pool to `origin`. */
  readonly dispatcher?: Dispatcher;
}

// Errors that happen before any byte of the request can have reached Bird.
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const TIMEOUTS = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const ABORTS = new Set(['UND_ERR_ABORTED', 'ABORT_ERR']);

function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') {
    return err.code;
  }
  if (err instanceof Error && err.name === 'AbortError') return 'ABORT_ERR';
  return undefined;
}

/** Builds `path?query` with stable parameter order, skipping null and undefined values. */
export function buildPath(req: Pick<UpstreamRequest, 'path' | 'query'>): string {
  if (req.query === undefined) return req.path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(req.query)) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const search = params.toString();
  return search === '' ? req.path : `${req.path}?${search}`;
}

/** The process-wide connection pool to Bird. */
export class HttpExchange {
  readonly origin: string;
  readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;

  constructor(options: ExchangeOptions) {
    this.origin = new URL(options.origin).origin;
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher =
      options.dispatcher ??
      new Pool(this.origin, {
        connections: options.connections,
        connect: { timeout: options.connectTimeoutMs },
        keepAliveTimeout: 30_000,
      });
  }

  /** Sends one request; resolves with any HTTP status, rejects only with `UpstreamFailure`. */
  async send(req: UpstreamRequest, timeouts: ExchangeTimeouts): Promise<UpstreamResponse> {
    const init = { method: req.method, path: req.displayPath };
    let response: Dispatcher.ResponseData;
    try {
      response = await this.dispatcher.request({
        origin: this.origin,
        path: buildPath(req),
        method: req.method,
        headers: {
          authorization: req.authorization,
          accept: 'application/json',
          'x-request-id': req.requestId,
          ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: req.body === undefined ? null : JSON.stringify(req.body),
        headersTimeout: timeouts.headersTimeoutMs,
        bodyTimeout: timeouts.bodyTimeoutMs,
        signal: req.signal ?? null,
      });
    } catch (err) {
      throw this.failure(err, init);
    }

    let text: string;
    try {
      text = await response.body.text();
    } catch (err) {
      // Headers arrived, so the request was received; the body broke or stalled.
      throw this.failure(err, { ...init, status: response.statusCode }, true);
    }
    const status = response.statusCode;
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        if (status >= 200 && status < 300) {
          throw new UpstreamFailure('invalid-response', { ...init, status, maybeSent: true });
        }
        body = null;
      }
    }
    if (status >= 200 && status < 300) return { status, body };
    throw new UpstreamFailure('status', {
      ...init,
      status,
      body: isErrorBody(body) ? body : null,
      maybeSent: true,
      ...retryAfter(response.headers['retry-after']),
    });
  }

  private failure(
    err: unknown,
    init: { method: string; path: string; status?: number },
    received = false,
  ): UpstreamFailure {
    if (err instanceof UpstreamFailure) return err;
    const code = errorCode(err);
    const base = {
      ...init,
      cause: err,
      maybeSent: received || code === undefined || !NOT_SENT.has(code),
      ...(code === undefined ? {} : { causeCode: code }),
    };
    if (code !== undefined && ABORTS.has(code)) return new UpstreamFailure('aborted', base);
    if (code !== undefined && TIMEOUTS.has(code)) return new UpstreamFailure('timeout', base);
    return new UpstreamFailure('network', base);
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }
}

function isErrorBody(body: unknown): body is BirdErrorBody {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

/** Parses `Retry-After` in both its forms (delay in seconds, or an HTTP date). */
export function retryAfter(
  header: string | string[] | undefined,
  now = Date.now(),
): { retryAfterMs?: number } {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return {};
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return { retryAfterMs: Number(trimmed) * 1000 };
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return {};
  return { retryAfterMs: Math.max(0, date - now) };
}
