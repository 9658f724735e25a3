/**
 * Bird's webhook signature (bird-api.md §4, §7): base64 of HMAC-SHA256(signing key,
 * `timestamp + "\n" + url + "\n" + sha256(rawBody)`), where the body hash is the 32 raw bytes, not
 * hex. The body is the raw bytes as received: re-serialised JSON would not verify.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const NEWLINE = Buffer.from('\n');

/** The signature Bird computes for a delivery, as raw bytes. */
export function birdSignature(key: string, timestamp: string, url: string, body: Buffer): Buffer {
  const bodyHash = createHash('sha256').update(body).digest();
  return createHmac('sha256', key)
    .update(timestamp)
    .update(NEWLINE)
    .update(url)
    .update(NEWLINE)
    .update(bodyHash)
    .digest();
}

/** 32 bytes in base64 (standard alphabet, padding optional): anything else cannot be a signature. */
const BASE64_32_BYTES = /^[A-Za-z0-9+/]{43}=?$/;

/**
 * True when `signature` (the `messagebird-signature` header) was made by one of `keys` over this
 * timestamp, URL and body. Every key is tried, and each comparison is constant-time, so the
 * answer's timing does not reveal how much of a forged signature was right.
 */
export function verifyBirdSignature(
  keys: readonly string[],
  signature: string,
  timestamp: string,
  url: string,
  body: Buffer,
): boolean {
  // A SHA-256 HMAC in base64 is 44 characters; rejecting other shapes early leaks only the shape.
  if (!BASE64_32_BYTES.test(signature)) return false;
  const given = Buffer.from(signature, 'base64');
  let verified = false;
  for (const key of keys) {
    // No early exit: the time taken does not tell which key (if any) matched.
    if (timingSafeEqual(given, birdSignature(key, timestamp, url, body))) verified = true;
  }
  return verified;
}
