/**
 * A tiny HTTP receiver on port 0 for webhook deliveries, with a signature check written from the
 * recipe in bird-api.md §4 on WebCrypto, independently of the simulator's node:crypto signer.
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';

/** One request the receiver got. */
export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: Uint8Array;
  /** The body parsed as JSON. */
  readonly json: unknown;
  /** The status the receiver answered. */
  readonly answered: number;
}

/** A running receiver. */
export interface Receiver {
  /** The URL to subscribe, e.g. `http://127.0.0.1:41234/hooks/bird`. */
  readonly url: string;
  readonly received: readonly Received[];
  /** Resolves once `count` requests have arrived in total; rejects after `deadlineMs`. */
  waitFor(count: number, deadlineMs?: number): Promise<readonly Received[]>;
  close(): Promise<void>;
}

/**
 * Starts a receiver. `answer(n)` gives the status of the n-th request (0-based); default 204.
 */
export async function startReceiver(answer: (n: number) => number = () => 204): Promise<Receiver> {
  const received: Received[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = new Uint8Array(Buffer.concat(chunks));
      const status = answer(received.length);
      let json: unknown = undefined;
      try {
        json = JSON.parse(Buffer.from(rawBody).toString('utf8'));
      } catch {
        json = undefined;
      }
      received.push({ headers: request.headers, rawBody, json, answered: status });
      response.writeHead(status).end();
      for (const wake of waiters) wake();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Receiver is not on TCP');
  return {
    url: `http://127.0.0.1:${address.port}/hooks/bird`,
    received,
    waitFor(count, deadlineMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (received.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve([...received]);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Expected ${count} webhook requests, got ${received.length}`));
        }, deadlineMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/**
 * Bird's recipe: base64(HMAC-SHA256(key, timestamp + "\n" + url + "\n" + SHA-256(body) as raw
 * bytes)), checked with WebCrypto's constant-time verify.
 */
export async function verifyBirdSignature(
  key: string,
  url: string,
  received: Received,
): Promise<boolean> {
  const signature = received.headers['messagebird-signature'];
  const timestamp = received.headers['messagebird-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return false;
  const encoder = new TextEncoder();
  const bodyHash = new Uint8Array(await crypto.subtle.digest('SHA-256', received.rawBody));
  const prefix = encoder.encode(`${timestamp}\n${url}\n`);
  const signed = new Uint8Array(prefix.length + bodyHash.length);
  signed.set(prefix);
  signed.set(bodyHash, prefix.length);
  const hmacKey = await crypto.subtle.importKey(
    'raw',
    encoder.encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  return crypto.subtle.verify('HMAC', hmacKey, Buffer.from(signature, 'base64'), signed);
}
