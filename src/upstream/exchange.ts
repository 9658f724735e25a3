/**
 * One HTTP exchange with Bird over an injected undici dispatcher: no retries, no shaping (see
 * transport.ts). Shared by all requests of the process (it owns the keep-alive connection pool);
 * knows nothing about GraphQL. Every failure leaves here as an `UpstreamFailure` classified by
 * undici's stable error codes.
 *
 * Whatever Bird (or something posing as it) sends, an exchange ends by the operation's deadline —
 * one signal covers the headers and the whole body, so a body trickling a byte at a time is cut
 * there — and holds at most `maxBodyBytes` of body in memory.
 */
import { Pool, type Dispatcher } from 'undici';
import { Cancellation } from './cancellation.js';
import { UpstreamFailure } from './failure.js';
import type { ShapeCheck } from './shapes.js';
import type { UpstreamTrace } from './observer.js';
import type { BirdErrorBody } from './types.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface UpstreamRequest {
  readonly method: HttpMethod;
  /** Full path, starting with `/workspaces/{id}`, path segments already encoded. */
  readonly path: string;
  /** Path below the workspace, for logs and error messages. */
  readonly displayPath: string;
  /** The path's template (`/conversations/{id}`), for logs: ids stay out, routes group. */
  readonly route: string;
  /** What a 2xx body must look like to be used; a body that fails is `invalid-response`. */
  readonly shape?: ShapeCheck;
  readonly query?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  readonly body?: unknown;
  /** Value of the upstream `Authorization` header. Never logged. */
  readonly authorization: string;
  readonly requestId: string;
  /** Workspace the call acts in (rate shaping is per workspace). */
  readonly workspaceId: string;
  /** Cancels the exchange when the operation's client goes away (undici accepts an emitter). */
  readonly signal?: Cancellation;
  /** The operation's trace: each attempt is a child span, and Bird gets its `traceparent`. */
  readonly trace?: UpstreamTrace;
}

/** Time limits for one exchange (the operation deadline can make them shorter). */
export interface ExchangeTimeouts {
  readonly headersTimeoutMs: number;
  /** Longest pause between two chunks of the body. */
  readonly bodyTimeoutMs: number;
  /** Epoch milliseconds at which the exchange is abandoned, whatever phase it is in. */
  readonly deadline: number;
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
  /** Largest response body read; a larger one is `invalid-response` (Content-Length checked first). */
  readonly maxBodyBytes: number;
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

/** The deadline of one exchange, and the signal that ends it (or the client going away). */
class ExchangeSignal extends Cancellation {
  expired = false;
  private readonly timer: NodeJS.Timeout;
  private readonly onCancel = () => {
    this.abort();
  };

  constructor(
    deadline: number,
    private readonly cancellation: Cancellation | undefined,
  ) {
    super();
    this.timer = setTimeout(
      () => {
        this.expired = true;
        this.abort();
      },
      Math.max(0, deadline - Date.now()),
    );
    if (cancellation?.aborted === true) this.abort();
    else cancellation?.once('abort', this.onCancel);
  }

  release(): void {
    clearTimeout(this.timer);
    this.cancellation?.removeListener('abort', this.onCancel);
  }
}

/** Raised inside the exchange when the body is over the limit. */
class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the body is larger than ${limit} bytes`);
  }
}

/** Reads a body of at most `limit` bytes; a larger one is destroyed (the socket closes). */
async function readBody(response: Dispatcher.ResponseData, limit: number): Promise<string> {
  const declared = Number(response.headers['content-length']);
  if (declared > limit) {
    response.body.destroy();
    throw new BodyTooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      response.body.destroy();
      throw new BodyTooLarge(limit);
    }
    chunks.push(chunk);
  }
  return chunks.length === 1 && chunks[0] !== undefined
    ? chunks[0].toString('utf8')
    : Buffer.concat(chunks, size).toString('utf8');
}

type Init = { method: string; path: string; status?: number };

/** The process-wide connection pool to Bird. */
export class HttpExchange {
  readonly origin: string;
  readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly maxBodyBytes: number;

  constructor(options: ExchangeOptions) {
    this.origin = new URL(options.origin).origin;
    this.maxBodyBytes = options.maxBodyBytes;
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher =
      options.dispatcher ??
      new Pool(this.origin, {
        connections: options.connections,
        connect: { timeout: options.connectTimeoutMs },
        keepAliveTimeout: 30_000,
      });
  }

  /** Sends one request; resolves with any 2xx, rejects only with `UpstreamFailure`. */
  async send(
    req: UpstreamRequest,
    timeouts: ExchangeTimeouts,
    traceparent?: string,
  ): Promise<UpstreamResponse> {
    const init: Init = { method: req.method, path: req.displayPath };
    // Serialised before anything is sent: a body that cannot be is not an upstream failure.
    const payload = req.body === undefined ? null : JSON.stringify(req.body);
    const signal = new ExchangeSignal(timeouts.deadline, req.signal);
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
          ...(traceparent === undefined ? {} : { traceparent }),
          ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: payload,
        headersTimeout: timeouts.headersTimeoutMs,
        bodyTimeout: timeouts.bodyTimeoutMs,
        signal,
      });
    } catch (err) {
      signal.release();
      throw this.failure(err, init, signal);
    }
    const status = response.statusCode;
    let text: string;
    try {
      text = await readBody(response, this.maxBodyBytes);
    } catch (err) {
      // Headers arrived, so the request was received; the body broke, stalled or was too large.
      throw this.failure(err, { ...init, status }, signal, true);
    } finally {
      signal.release();
    }
    return this.answer(req, init, response, text);
  }

  /** The parsed 2xx answer, or the failure a non-2xx or unusable one is. */
  private answer(
    req: UpstreamRequest,
    init: Init,
    response: Dispatcher.ResponseData,
    text: string,
  ): UpstreamResponse {
    const status = response.statusCode;
    const ok = status >= 200 && status < 300;
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        if (ok) throw unusable(init, status, 'it is not valid JSON');
        body = null;
      }
    }
    if (ok) {
      const problem = text === '' ? null : (req.shape?.(body) ?? null);
      if (problem !== null) throw unusable(init, status, `unexpected shape (${problem})`);
      return { status, body };
    }
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
    init: Init,
    signal: ExchangeSignal,
    received = false,
  ): UpstreamFailure {
    if (err instanceof UpstreamFailure) return err;
    if (err instanceof BodyTooLarge) {
      return unusable(init, init.status, `the body is larger than ${err.limit} bytes`);
    }
    const code = errorCode(err);
    const base = {
      ...init,
      cause: err,
      maybeSent: received || code === undefined || !NOT_SENT.has(code),
      ...(code === undefined ? {} : { causeCode: code }),
    };
    if (signal.expired) {
      return new UpstreamFailure('timeout', { ...base, causeCode: 'OPERATION_DEADLINE' });
    }
    if (code !== undefined && ABORTS.has(code)) return new UpstreamFailure('aborted', base);
    if (code !== undefined && TIMEOUTS.has(code)) return new UpstreamFailure('timeout', base);
    return new UpstreamFailure('network', base);
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }
}

/** A 2xx (or other) answer the gateway cannot use; Bird did receive the request. */
function unusable(init: Init, status: number | undefined, detail: string): UpstreamFailure {
  return new UpstreamFailure('invalid-response', {
    ...init,
    ...(status === undefined ? {} : { status }),
    maybeSent: true,
    detail,
  });
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
