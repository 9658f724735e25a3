/**
 * Delivers webhooks to a gateway the way Bird does, signing them INDEPENDENTLY of the gateway's
 * code, straight from the recipe in bird-api.md §4: base64(HMAC-SHA256(key,
 * timestamp + "\n" + url + "\n" + sha256(body) as raw bytes)).
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';

/** Bird's signature of one delivery, from the documented recipe. */
export function signFromRecipe(key: string, timestamp: string, url: string, body: Buffer): string {
  const bodyHash = createHash('sha256').update(body).digest();
  const payload = Buffer.concat([Buffer.from(`${timestamp}\n${url}\n`, 'utf8'), bodyHash]);
  return createHmac('sha256', key).update(payload).digest('base64');
}

/** A conversation as Bird's webhook payload carries it. */
export function birdConversation(
  id: string,
  updatedAt: string,
  lastMessageId?: string,
): Record<string, unknown> {
  return {
    id,
    name: `Conversation ${id}`,
    status: 'active',
    visibility: 'public',
    accessibility: 'open',
    featuredParticipants: [],
    createdAt: '2026-11-30T08:00:00.000Z',
    updatedAt,
    ...(lastMessageId === undefined
      ? {}
      : {
          lastMessage: {
            id: lastMessageId,
            type: 'text',
            preview: { text: 'Hello' },
            createdAt: updatedAt,
          },
        }),
  };
}

export interface Delivery {
  readonly body: Buffer;
  /** Unix seconds, as Bird sends it. */
  readonly timestamp: string;
  readonly requestId: string;
  /** The URL the signature covers (by default the one posted to). */
  readonly signedUrl: string;
  readonly key: string;
  /** Replaces the computed signature (missing: null). */
  readonly signature?: string | null;
}

/** The body of a conversation event envelope. */
export function envelope(event: string, payload: unknown, service = 'conversations'): Buffer {
  return Buffer.from(JSON.stringify({ service, event, payload }));
}

/** Seconds since the epoch, `offsetSeconds` from now, as Bird's timestamp header. */
export function unixSeconds(offsetSeconds = 0): string {
  return String(Math.floor(Date.now() / 1000) + offsetSeconds);
}

/** A signed delivery of `body` to `url`, fresh unless overridden. */
export function delivery(
  key: string,
  url: string,
  body: Buffer,
  over: Partial<Delivery> = {},
): Delivery {
  return { body, timestamp: unixSeconds(), requestId: randomUUID(), signedUrl: url, key, ...over };
}

/** The `extensions.code` of the first error of a JSON answer, if any. */
function errorCode(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('errors' in json)) return undefined;
  const { errors } = json;
  if (!Array.isArray(errors)) return undefined;
  const first: unknown = errors[0];
  if (typeof first !== 'object' || first === null || !('extensions' in first)) return undefined;
  const { extensions } = first;
  if (typeof extensions !== 'object' || extensions === null || !('code' in extensions))
    return undefined;
  return typeof extensions.code === 'string' ? extensions.code : undefined;
}

/** POSTs a delivery to `url` with Bird's headers; answers the status and the error code if any. */
export async function deliver(
  url: string,
  d: Delivery,
  init: { headers?: Record<string, string>; body?: RequestInit['body'] } = {},
): Promise<{ status: number; code: string | undefined }> {
  const signature =
    d.signature === undefined
      ? signFromRecipe(d.key, d.timestamp, d.signedUrl, d.body)
      : d.signature;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'messagebird-request-timestamp': d.timestamp,
      'messagebird-request-id': d.requestId,
      ...(signature === null ? {} : { 'messagebird-signature': signature }),
      ...init.headers,
    },
    body: init.body ?? d.body,
    // A streamed body (no Content-Length) needs half-duplex in Node's fetch.
    duplex: 'half',
  });
  const text = await response.text();
  return { status: response.status, code: text === '' ? undefined : errorCode(JSON.parse(text)) };
}
