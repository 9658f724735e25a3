/**
 * {@link Tracing} with the OpenTelemetry SDK, exporting OTLP over HTTP (JSON). Loaded only when
 * tracing is configured (see ./tracing.ts). The provider is this gateway's own and is not
 * registered globally: spans are parented explicitly (the operation's span travels in its
 * context), so two gateways in one process never share a tracer, and no async-context hooks run.
 * The exporter reads the other standard variables itself (`OTEL_EXPORTER_OTLP_HEADERS`,
 * `OTEL_EXPORTER_OTLP_TIMEOUT`), and the provider the sampler (`OTEL_TRACES_SAMPLER`).
 */
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  TraceFlags,
  trace,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { AttemptInfo, AttemptResult, AttemptSpan } from '../upstream/observer.js';
import {
  parseTraceparent,
  type OperationAttributes,
  type OperationTrace,
  type SpanHandle,
  type Tracing,
} from './tracing.js';

function traceparentOf(span: Span): string {
  const { traceId, spanId, traceFlags } = span.spanContext();
  return `00-${traceId}-${spanId}-${traceFlags & TraceFlags.SAMPLED ? '01' : '00'}`;
}

/** The context a client's `traceparent` names, or a fresh root. */
function parentContext(header: string | undefined): Context {
  const parent = parseTraceparent(header);
  if (parent === null) return ROOT_CONTEXT;
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId: parent.traceId,
    spanId: parent.spanId,
    traceFlags: parent.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE,
    isRemote: true,
  });
}

class SdkSpan implements SpanHandle {
  constructor(readonly span: Span) {}

  get traceparent(): string {
    return traceparentOf(this.span);
  }

  end(attributes: Readonly<Record<string, string | number | boolean>> = {}, failed = false): void {
    this.span.setAttributes(attributes);
    if (failed) this.span.setStatus({ code: SpanStatusCode.ERROR });
    this.span.end();
  }
}

class SdkOperationTrace implements OperationTrace {
  readonly traceId: string;
  readonly traceparent: string;
  private readonly context: Context;
  private cacheHits = 0;
  private cacheMisses = 0;

  constructor(
    private readonly tracer: Tracer,
    private readonly span: Span,
  ) {
    this.traceId = span.spanContext().traceId;
    this.traceparent = traceparentOf(span);
    this.context = trace.setSpan(ROOT_CONTEXT, span);
  }

  attempt(info: AttemptInfo): AttemptSpan {
    const span = this.tracer.startSpan(
      `${info.method} ${info.route}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'http.request.method': info.method,
          'url.template': info.route,
          'http.request.resend_count': info.attempt - 1,
          'gateway.upstream.attempt': info.attempt,
        },
      },
      this.context,
    );
    return {
      traceparent: traceparentOf(span),
      end(result: AttemptResult) {
        if ('status' in result) {
          span.setAttribute('http.response.status_code', result.status);
          if (result.status >= 400) span.setStatus({ code: SpanStatusCode.ERROR });
        } else {
          span.setAttribute('error.type', result.failure);
          span.setStatus({ code: SpanStatusCode.ERROR });
        }
        span.end();
      },
    };
  }

  cacheHit(): void {
    this.cacheHits += 1;
  }

  cacheMiss(): void {
    this.cacheMisses += 1;
  }

  annotate(a: OperationAttributes): void {
    const type = a.type ?? 'unknown';
    this.span.updateName(a.name === null ? type : `${type} ${a.name}`);
    this.span.setAttributes({
      'graphql.operation.type': type,
      ...(a.name === null ? {} : { 'graphql.operation.name': a.name }),
      ...(a.estimatedUpstreamCalls === null
        ? {}
        : { 'gateway.cost.estimated_upstream_calls': a.estimatedUpstreamCalls }),
      'gateway.upstream.calls': a.upstreamCalls,
      'gateway.upstream.attempts': a.upstreamAttempts,
    });
    if (a.errorCodes.length > 0) {
      this.span.setAttribute('gateway.error.codes', [...new Set(a.errorCodes)]);
      this.span.setStatus({ code: SpanStatusCode.ERROR });
    }
  }

  end(status: number): void {
    this.span.setAttributes({
      'gateway.cache.hits': this.cacheHits,
      'gateway.cache.misses': this.cacheMisses,
      'http.response.status_code': status,
    });
    if (status >= 500) this.span.setStatus({ code: SpanStatusCode.ERROR });
    this.span.end();
  }
}

/** Tracing through a gateway-owned OpenTelemetry tracer provider. */
export class OtelTracing implements Tracing {
  readonly enabled = true;
  private readonly provider: NodeTracerProvider;
  private readonly tracer: Tracer;

  constructor(endpoint: string, serviceName: string) {
    this.provider = new NodeTracerProvider({
      resource: resourceFromAttributes({ 'service.name': serviceName }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }))],
    });
    this.tracer = this.provider.getTracer('bird-graphql-gateway');
  }

  operation(traceparent: string | undefined): OperationTrace {
    const span = this.tracer.startSpan(
      'graphql',
      { kind: SpanKind.SERVER },
      parentContext(traceparent),
    );
    return new SdkOperationTrace(this.tracer, span);
  }

  span(
    name: string,
    attributes: Readonly<Record<string, string | number | boolean>>,
    parent?: SpanHandle | string,
  ): SpanHandle {
    const context =
      parent instanceof SdkSpan
        ? trace.setSpan(ROOT_CONTEXT, parent.span)
        : parentContext(typeof parent === 'string' ? parent : undefined);
    return new SdkSpan(this.tracer.startSpan(name, { attributes }, context));
  }

  flush(): Promise<void> {
    return this.provider.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }
}
