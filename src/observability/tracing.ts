/**
 * Traces, as the rest of the gateway sees them: an {@link OperationTrace} per GraphQL request
 * (parent of its upstream attempts), spans for webhook intake and event fan-out, and the W3C
 * `traceparent` a client sent. Tracing is on only when `OTEL_EXPORTER_OTLP_ENDPOINT` or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set; then `./otelTracing.ts`, and the OpenTelemetry SDK
 * with it, is loaded by a dynamic `import()`. Off, nothing of the SDK is loaded, and a client's
 * valid `traceparent` is passed on to Bird unchanged so its trace still reaches the upstream.
 */
import type { OperationCacheObserver } from '../cache/observer.js';
import type { ObservabilityConfig } from '../config/index.js';
import type { AttemptSpan, UpstreamTrace } from '../upstream/observer.js';

/** What an operation's span says when it ends. */
export interface OperationAttributes {
  readonly name: string | null;
  readonly type: string | null;
  readonly estimatedUpstreamCalls: number | null;
  readonly upstreamCalls: number;
  readonly upstreamAttempts: number;
  readonly errorCodes: readonly string[];
}

/** One GraphQL request's trace. */
export interface OperationTrace extends UpstreamTrace, OperationCacheObserver {
  /** The trace id, for the operation's log line; undefined when there is no trace. */
  readonly traceId: string | undefined;
  /** The operation span's W3C context (the parent of what it publishes); undefined untraced. */
  readonly traceparent: string | undefined;
  /** Describes the operation (in a batch, each operation in turn: the last one names the span). */
  annotate(attributes: OperationAttributes): void;
  /** Ends the span once the HTTP response is written with `status`. */
  end(status: number): void;
}

/** A span around other work (webhook intake, event fan-out). */
export interface SpanHandle {
  /** The span's W3C context, to carry it across the event bus; undefined when not traced. */
  readonly traceparent: string | undefined;
  end(attributes?: Readonly<Record<string, string | number | boolean>>, failed?: boolean): void;
}

export interface Tracing {
  readonly enabled: boolean;
  /** Starts the trace of a GraphQL request that carried `traceparent` (or none). */
  operation(traceparent: string | undefined): OperationTrace;
  /**
   * Starts a span; a child of `parent` (a span of this process, or the `traceparent` an event
   * carried) when given, else the root of a new trace.
   */
  span(
    name: string,
    attributes: Readonly<Record<string, string | number | boolean>>,
    parent?: SpanHandle | string,
  ): SpanHandle;
  /** Sends the spans still buffered. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

/** A W3C trace context, as parsed from a `traceparent` header. */
export interface TraceParent {
  readonly traceId: string;
  readonly spanId: string;
  readonly sampled: boolean;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$/;

/**
 * Parses a `traceparent` header (W3C Trace Context level 1); null when absent or invalid (all-zero
 * ids, version ff, or a version-00 header with trailing data).
 */
export function parseTraceparent(header: string | undefined): TraceParent | null {
  if (header === undefined || header.length > 512) return null;
  const match = TRACEPARENT.exec(header.trim());
  if (match === null) return null;
  const [whole, version = '', traceId = '', spanId = '', flags = ''] = match;
  if (version === 'ff' || (version === '00' && whole.length !== 55)) return null;
  if (/^0+$/.test(traceId) || /^0+$/.test(spanId)) return null;
  return { traceId, spanId, sampled: (parseInt(flags, 16) & 1) === 1 };
}

const NO_SPAN: SpanHandle & AttemptSpan = { traceparent: undefined, end: () => undefined };

const UNTRACED: OperationTrace = {
  traceId: undefined,
  traceparent: undefined,
  attempt: () => NO_SPAN,
  cacheHit: () => undefined,
  cacheMiss: () => undefined,
  annotate: () => undefined,
  end: () => undefined,
};

/** Tracing off: no spans; a client's trace context is forwarded to Bird as it came. */
export const NO_TRACING: Tracing = {
  enabled: false,
  operation(header) {
    const parent = parseTraceparent(header);
    if (parent === null) return UNTRACED;
    const traceparent = `00-${parent.traceId}-${parent.spanId}-${parent.sampled ? '01' : '00'}`;
    const span: AttemptSpan = { traceparent, end: () => undefined };
    return { ...UNTRACED, traceId: parent.traceId, attempt: () => span };
  },
  span: () => NO_SPAN,
  flush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};

/** Tracing as configured: the OpenTelemetry SDK when an endpoint is set, else {@link NO_TRACING}. */
export async function createTracing(config: ObservabilityConfig): Promise<Tracing> {
  if (config.tracesEndpoint === null) return NO_TRACING;
  const { OtelTracing } = await import('./otelTracing.js');
  return new OtelTracing(config.tracesEndpoint, config.serviceName);
}
