/**
 * A local OTLP/HTTP traces receiver (JSON encoding) on port 0: what a collector would get from the
 * gateway, decoded into spans with plain attribute values for assertions.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import { z } from 'zod';

const anyValue = z.looseObject({
  stringValue: z.string().optional(),
  intValue: z.union([z.number(), z.string()]).optional(),
  doubleValue: z.number().optional(),
  boolValue: z.boolean().optional(),
  arrayValue: z
    .looseObject({ values: z.array(z.looseObject({ stringValue: z.string() })) })
    .optional(),
});
const otlpSpan = z.looseObject({
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().optional(),
  name: z.string(),
  kind: z.number(),
  attributes: z.array(z.object({ key: z.string(), value: anyValue })).default([]),
  status: z.looseObject({ code: z.number().optional() }).optional(),
});
const exportRequest = z.object({
  resourceSpans: z.array(
    z.looseObject({
      resource: z.looseObject({
        attributes: z.array(z.object({ key: z.string(), value: anyValue })).default([]),
      }),
      scopeSpans: z.array(z.looseObject({ spans: z.array(otlpSpan).default([]) })),
    }),
  ),
});

export type AttributeValue = string | number | boolean | readonly string[];

export interface ReceivedSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string | undefined;
  readonly name: string;
  readonly kind: number;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly service: AttributeValue | undefined;
  /** 2 is ERROR in OTLP. */
  readonly statusCode: number;
}

export interface OtlpReceiver {
  /** Give it as `OTEL_EXPORTER_OTLP_ENDPOINT` (spans arrive at `/v1/traces`). */
  readonly url: string;
  readonly spans: readonly ReceivedSpan[];
  /** Content types of the export requests, to check the encoding. */
  readonly contentTypes: readonly string[];
  close(): Promise<void>;
}

function plain(value: z.infer<typeof anyValue>): AttributeValue {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.boolValue !== undefined) return value.boolValue;
  return value.arrayValue?.values.map((v) => v.stringValue) ?? '';
}

const attributesOf = (list: { key: string; value: z.infer<typeof anyValue> }[]) =>
  Object.fromEntries(list.map((a) => [a.key, plain(a.value)]));

/** Starts a receiver on 127.0.0.1, port 0. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const contentTypes: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      contentTypes.push(req.headers['content-type'] ?? '');
      const body = exportRequest.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      for (const resourceSpans of body.resourceSpans) {
        const service = attributesOf(resourceSpans.resource.attributes)['service.name'];
        for (const span of resourceSpans.scopeSpans.flatMap((s) => s.spans)) {
          spans.push({
            traceId: span.traceId,
            spanId: span.spanId,
            parentSpanId: span.parentSpanId === '' ? undefined : span.parentSpanId,
            name: span.name,
            kind: span.kind,
            attributes: attributesOf(span.attributes),
            service,
            statusCode: span.status?.code ?? 0,
          });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('receiver not on TCP');
  return {
    url: `http://127.0.0.1:${address.port}`,
    spans,
    contentTypes,
    async close() {
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
