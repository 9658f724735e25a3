import { createHash, createHmac } from 'node:crypto';

/** What a Bird webhook signature covers. */
export interface BirdWebhookSignatureInput {
  /** The subscription's signing key. */
  readonly key: string;
  /** The full URL the delivery is posted to, exactly as subscribed. */
  readonly url: string;
  /** `messagebird-request-timestamp`: Unix time in seconds, as sent. */
  readonly timestamp: number | string;
  /** The raw request body, byte for byte. */
  readonly body: string | Uint8Array;
}

/**
 * The `messagebird-signature` header of a Bird webhook delivery (bird-api.md §4 and §7): base64 of
 * HMAC-SHA256(signingKey, timestamp + "\n" + url + "\n" + SHA-256(body)), where the body hash is
 * the 32 raw bytes, not hex. Exported so tests can script deliveries that the gateway must accept.
 */
export function signBirdWebhook(input: BirdWebhookSignatureInput): string {
  const bodyHash = createHash('sha256').update(input.body).digest();
  return createHmac('sha256', input.key)
    .update(`${String(input.timestamp)}\n${input.url}\n`)
    .update(bodyHash)
    .digest('base64');
}
