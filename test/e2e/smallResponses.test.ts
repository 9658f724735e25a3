import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { requireTenant } from '../helpers/simulator.js';

/** The default inbox screen (docs/operations.md): the answer the issue measured at 31.6 KB. */
const INBOX = readFileSync(new URL('../../operations/Inbox.graphql', import.meta.url), 'utf8');
const CLOSE = readFileSync(
  new URL('../../operations/UpdateConversationStatus.graphql', import.meta.url),
  'utf8',
);

const inboxShape = z.object({
  data: z.object({
    conversations: z.object({
      edges: z.array(
        z.object({
          cursor: z.string(),
          node: z.object({
            messages: z.object({ nodes: z.array(z.unknown()) }),
          }),
        }),
      ),
      pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
    }),
  }),
});
const conversationPage = z.object({ results: z.array(z.object({ id: z.string() })) });
const errorsShape = z.object({
  errors: z.array(z.object({ extensions: z.object({ code: z.string() }).loose() })),
});

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The bytes as they came over the wire (not decompressed). */
  readonly bytes: Buffer;
}

/** One request over node:http, which (unlike fetch) leaves the body as the server encoded it. */
function send(
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string> },
): Promise<RawResponse> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers = {
    ...(body === undefined
      ? { 'apollo-require-preflight': 'true' }
      : { 'content-type': 'application/json' }),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          bytes: Buffer.concat(chunks),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

let gw: TestGateway;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  send(gw.url, { body, headers });
const getUrl = (query: string, variables?: unknown) =>
  `${gw.url}?query=${encodeURIComponent(query)}${
    variables === undefined ? '' : `&variables=${encodeURIComponent(JSON.stringify(variables))}`
  }`;
const tenantHeaders = (index: number) => {
  const tenant = requireTenant(gw.simulator, index);
  return {
    authorization: `AccessKey ${tenant.accessKey}`,
    'x-bird-workspace-id': tenant.workspaceId,
  };
};

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());
beforeEach(() => {
  gw.simulator.reset();
});

describe('response compression', () => {
  it.each([
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync],
  ] as const)(
    'sends the default inbox %s-compressed, at least 60% smaller, decompressing to the same JSON',
    async (encoding, decompress) => {
      const identity = await post({ query: INBOX });
      const compressed = await post({ query: INBOX }, { 'accept-encoding': encoding });

      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(
        inboxShape.parse(JSON.parse(identity.bytes.toString())).data.conversations.edges,
      ).toHaveLength(20);
      expect(compressed.status).toBe(200);
      expect(compressed.headers['content-encoding']).toBe(encoding);
      expect(compressed.headers.vary).toContain('Accept-Encoding');
      expect(Number(compressed.headers['content-length'])).toBe(compressed.bytes.length);
      expect(compressed.bytes.length).toBeLessThanOrEqual(identity.bytes.length * 0.4);
      expect(decompress(compressed.bytes).toString()).toBe(identity.bytes.toString());
    },
  );

  it('prefers brotli when both are accepted equally, and honours q=0', async () => {
    const both = await post({ query: INBOX }, { 'accept-encoding': 'gzip, deflate, br' });
    const noBrotli = await post({ query: INBOX }, { 'accept-encoding': 'br;q=0, gzip' });
    const neither = await post({ query: INBOX }, { 'accept-encoding': 'gzip;q=0, *;q=0' });

    expect(both.headers['content-encoding']).toBe('br');
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
    expect(neither.headers['content-encoding']).toBeUndefined();
    expect(inboxShape.safeParse(JSON.parse(neither.bytes.toString())).success).toBe(true);
  });

  it('sends answers under the size threshold as they are', async () => {
    const small = await post(
      { query: '{ conversations(first: 1) { edges { cursor } } }' },
      { 'accept-encoding': 'gzip, br' },
    );

    expect(small.status).toBe(200);
    expect(small.bytes.length).toBeLessThan(gw.config.http.compression.minBytes);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers.vary).toContain('Accept-Encoding');
  });
});

describe('ETag and If-None-Match', () => {
  it('answers a repeated POST with the ETag by 304, no body, and the headers of the 200', async () => {
    const first = await post({ query: INBOX }, { 'accept-encoding': 'br' });
    const etag = first.headers.etag ?? '';
    const again = await post({ query: INBOX }, { 'accept-encoding': 'br', 'if-none-match': etag });

    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers.vary).toBe(first.headers.vary);
    expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
  });

  it('answers a repeated GET with the ETag by 304, whatever coding the first answer had', async () => {
    const url = getUrl(INBOX);
    const first = await send(url, { method: 'GET', headers: { 'accept-encoding': 'gzip' } });
    const etag = first.headers.etag ?? '';
    const again = await send(url, { method: 'GET', headers: { 'if-none-match': etag } });

    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
  });

  it('gives a new ETag, and the new data, once the data changed', async () => {
    const first = await post({ query: INBOX });
    const etag = first.headers.etag ?? '';
    const newest = await gw.rest(conversationPage, 'GET', '/conversations?limit=1');
    await gw.rest(z.unknown(), 'PATCH', `/conversations/${newest.body.results[0]?.id ?? ''}`, {
      name: 'Renamed while the client was away',
    });

    const again = await post({ query: INBOX }, { 'if-none-match': etag });

    expect(again.status).toBe(200);
    expect(again.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(again.headers.etag).not.toBe(etag);
    expect(again.bytes.toString()).toContain('Renamed while the client was away');
  });

  it('puts no ETag on mutations or on answers with errors', async () => {
    const newest = await gw.rest(conversationPage, 'GET', '/conversations?limit=1');
    const mutation = await post({
      query: CLOSE,
      variables: { id: newest.body.results[0]?.id ?? '', status: 'CLOSED' },
    });
    const failed = await post({ query: INBOX, variables: { after: 'not-a-cursor' } });

    expect(mutation.status).toBe(200);
    expect(mutation.headers.etag).toBeUndefined();
    expect(errorsShape.parse(JSON.parse(failed.bytes.toString())).errors[0]?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(failed.headers.etag).toBeUndefined();
  });

  it("runs the query with the caller's credentials and never matches another workspace's ETag", async () => {
    // The same JSON in both workspaces, from an upstream call in each.
    const empty = {
      query: '{ conversations(first: 1) { pageInfo { hasNextPage hasPreviousPage } } }',
    };
    const a = await post(empty, tenantHeaders(0));
    const b = await post(empty, tenantHeaders(1));
    gw.clearCalls();
    const bWithA = await post(empty, {
      ...tenantHeaders(1),
      'if-none-match': a.headers.etag ?? '',
    });

    expect(a.bytes.toString()).toBe(b.bytes.toString());
    expect(a.headers.etag).not.toBe(b.headers.etag);
    expect(bWithA.status).toBe(200);
    expect(bWithA.bytes.toString()).toBe(b.bytes.toString());
    expect(gw.calls().length).toBeGreaterThan(0);
    expect(a.headers['cache-control']).toBe('private, no-store');
  });
});

describe('cursors', () => {
  it('keeps every cursor of the inbox, and of its next page, within 100 characters', async () => {
    const first = inboxShape.parse(JSON.parse((await post({ query: INBOX })).bytes.toString()));
    const after = first.data.conversations.pageInfo.endCursor;
    const second = inboxShape.parse(
      JSON.parse((await post({ query: INBOX, variables: { after } })).bytes.toString()),
    );

    const cursors = [first, second].flatMap((page) => [
      ...page.data.conversations.edges.map((edge) => edge.cursor),
      page.data.conversations.pageInfo.endCursor ?? '',
    ]);
    expect(second.data.conversations.edges).toHaveLength(20);
    expect(cursors).toHaveLength(42);
    for (const cursor of cursors) expect(cursor.length, cursor).toBeLessThanOrEqual(100);
  });

  it('refuses a tampered cursor, and one from another workspace, without calling upstream', async () => {
    const page = await post({ query: INBOX }, tenantHeaders(0));
    const cursor =
      inboxShape.parse(JSON.parse(page.bytes.toString())).data.conversations.pageInfo.endCursor ??
      '';
    const flipped = `${cursor.slice(0, 10)}${cursor[10] === 'A' ? 'B' : 'A'}${cursor.slice(11)}`;
    gw.clearCalls();

    const tampered = await post({ query: INBOX, variables: { after: flipped } }, tenantHeaders(0));
    const foreign = await post({ query: INBOX, variables: { after: cursor } }, tenantHeaders(1));

    for (const result of [tampered, foreign]) {
      expect(
        errorsShape.parse(JSON.parse(result.bytes.toString())).errors[0]?.extensions.code,
      ).toBe('BAD_USER_INPUT');
    }
    expect(gw.calls()).toHaveLength(0);
  });
});
