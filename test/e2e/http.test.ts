import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const errorBody = z.object({
  data: z.unknown().optional(),
  errors: z.array(
    z.object({ message: z.string(), extensions: z.object({ code: z.string() }).loose() }),
  ),
});

async function raw(gw: TestGateway, init: RequestInit & { path?: string; search?: string }) {
  const url = new URL(gw.url);
  if (init.path !== undefined) url.pathname = init.path;
  if (init.search !== undefined) url.search = init.search;
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const QUERY = '{ conversations(first: 1) { nodes { id } } }';
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const getQuery = (query: string) => `?query=${encodeURIComponent(query)}`;

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ env: { MAX_BODY_BYTES: '2048' } });
});
afterAll(() => gw.close());
beforeEach(() => {
  gw.simulator.reset();
});

describe('request bodies', () => {
  it('refuses a body over MAX_BODY_BYTES with 413 before reading it, declared or streamed', async () => {
    const big = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(4000)}` });
    const declared = await raw(gw, { method: 'POST', headers: JSON_HEADERS, body: big });

    // Chunked, without Content-Length: the limit applies while streaming.
    const streamed = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(gw.url, { method: 'POST', headers: JSON_HEADERS }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, text });
        });
      });
      req.on('error', reject);
      for (let i = 0; i < 8; i += 1) req.write('x'.repeat(1000));
      req.end();
    });

    for (const result of [declared, streamed]) {
      expect(result.status).toBe(413);
      expect(errorBody.parse(JSON.parse(result.text)).errors[0]?.extensions.code).toBe(
        'PAYLOAD_TOO_LARGE',
      );
    }
    expect(gw.calls()).toHaveLength(0);
  });

  it('refuses malformed JSON with 400 BAD_REQUEST', async () => {
    const result = await raw(gw, { method: 'POST', headers: JSON_HEADERS, body: '{"query": ' });

    expect(result.status).toBe(400);
    expect(errorBody.parse(JSON.parse(result.text)).errors[0]).toMatchObject({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('refuses other content types with 415, including the simple ones of cross-site forms', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/graphql']) {
      const result = await raw(gw, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ query: QUERY }),
      });

      expect(result.status, type).toBe(415);
      expect(errorBody.parse(JSON.parse(result.text)).errors[0]?.extensions.code).toBe(
        'BAD_REQUEST',
      );
    }
    expect(gw.calls()).toHaveLength(0);
  });
});

describe('batched requests', () => {
  it('runs a batch of up to MAX_BATCH_SIZE operations and refuses a bigger one', async () => {
    const batch = (n: number) =>
      JSON.stringify(Array.from({ length: n }, () => ({ query: QUERY })));

    const ten = await raw(gw, { method: 'POST', headers: JSON_HEADERS, body: batch(10) });
    expect(ten.status).toBe(200);
    expect(z.array(z.object({ data: z.unknown() })).parse(JSON.parse(ten.text))).toHaveLength(10);

    gw.clearCalls();
    const eleven = await raw(gw, { method: 'POST', headers: JSON_HEADERS, body: batch(11) });
    expect(eleven.status).toBe(400);
    expect(errorBody.parse(JSON.parse(eleven.text)).errors[0]?.message).toBe(
      'A batched request may carry at most 10 operations; this one has 11.',
    );
    expect(gw.calls()).toHaveLength(0);
  });

  it('refuses any batch when MAX_BATCH_SIZE=0', async () => {
    const solo = await startTestGateway({
      env: { MAX_BATCH_SIZE: '0' },
      sharedSimulator: gw.simulator,
    });
    try {
      const result = await raw(solo, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify([{ query: QUERY }]),
      });
      expect(result.status).toBe(400);
      expect(result.text).toContain('send one operation per request');
    } finally {
      await solo.close();
    }
  });
});

describe('responses', () => {
  it('carry their length instead of chunked encoding', async () => {
    const result = await raw(gw, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: QUERY }),
    });

    expect(result.headers.get('content-length')).toBe(String(Buffer.byteLength(result.text)));
    expect(result.headers.get('transfer-encoding')).toBeNull();
  });
});

describe('request ids', () => {
  it('returns the caller’s X-Request-Id and forwards it upstream', async () => {
    const result = await raw(gw, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'x-request-id': 'client-abc.123' },
      body: JSON.stringify({ query: QUERY }),
    });

    expect(result.headers.get('x-request-id')).toBe('client-abc.123');
    expect(gw.simulator.requests.entries().map((e) => e.requestId)).toEqual(['client-abc.123']);
  });

  it('makes a new id when the caller sends none or an unsafe one, also on refusals', async () => {
    const none = await raw(gw, { method: 'POST', headers: JSON_HEADERS, body: '{' });
    const unsafe = await raw(gw, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'x-request-id': 'bad id\twith "quotes"' },
      body: JSON.stringify({ query: QUERY }),
    });

    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(none.headers.get('x-request-id')).toMatch(uuid);
    expect(unsafe.headers.get('x-request-id')).toMatch(uuid);
    expect(gw.simulator.requests.entries()[0]?.requestId).toBe(unsafe.headers.get('x-request-id'));
  });
});

describe('Cache-Control', () => {
  const key = () => `AccessKey ${gw.simulator.accessKey}`;

  it('is private, no-store for every answer to a request with credentials', async () => {
    const answers = [
      await raw(gw, {
        method: 'POST',
        headers: { ...JSON_HEADERS, authorization: key() },
        body: JSON.stringify({ query: QUERY }),
      }),
      await raw(gw, { headers: { ...PREFLIGHT, authorization: key() }, search: getQuery(QUERY) }),
      await raw(gw, {
        method: 'POST',
        headers: { ...JSON_HEADERS, authorization: key() },
        body: '{',
      }),
      await raw(gw, {
        method: 'POST',
        headers: { ...JSON_HEADERS, authorization: 'Bearer nope' },
        body: JSON.stringify({ query: QUERY }),
      }),
    ];

    expect(answers.map((a) => a.status)).toEqual([200, 200, 400, 401]);
    for (const answer of answers)
      expect(answer.headers.get('cache-control')).toBe('private, no-store');
  });

  it('is no-store for anonymous queries, mutations and errors by default', async () => {
    const answers = [
      await raw(gw, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ query: QUERY }),
      }),
      await raw(gw, { headers: PREFLIGHT, search: getQuery(QUERY) }),
      await raw(gw, { headers: PREFLIGHT, search: getQuery('{ nope }') }),
      await raw(gw, { path: '/healthz' }),
    ];

    for (const answer of answers) expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('lets shared caches keep anonymous GET query results when CACHE_PUBLIC_MAX_AGE is set', async () => {
    const cached = await startTestGateway({
      env: { CACHE_PUBLIC_MAX_AGE: '60' },
      sharedSimulator: gw.simulator,
    });
    try {
      const ok = await raw(cached, { headers: PREFLIGHT, search: getQuery(QUERY) });
      expect(ok.headers.get('cache-control')).toBe('public, max-age=60');
      expect(ok.headers.get('vary')).toContain('Authorization');

      const failed = await raw(cached, { headers: PREFLIGHT, search: getQuery('{ nope }') });
      const post = await raw(cached, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ query: QUERY }),
      });
      const withKey = await raw(cached, {
        headers: { ...PREFLIGHT, authorization: key() },
        search: getQuery(QUERY),
      });
      expect(failed.headers.get('cache-control')).toBe('no-store');
      expect(post.headers.get('cache-control')).toBe('no-store');
      expect(withKey.headers.get('cache-control')).toBe('private, no-store');
    } finally {
      await cached.close();
    }
  });
});

describe('schema details', () => {
  it('answers introspection and suggests field names in development', async () => {
    const introspection = await gw.queryText('{ __schema { queryType { name } } }');
    const typo = await gw.queryText('{ conversatoins { nodes { id } } }');

    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(typo.errors?.[0]?.message).toContain('Did you mean');
  });

  it('hides field suggestions and introspection in production, unless INTROSPECTION=true', async () => {
    const production = await startTestGateway({
      env: { NODE_ENV: 'production' },
      sharedSimulator: gw.simulator,
    });
    const open = await startTestGateway({
      env: { NODE_ENV: 'production', INTROSPECTION: 'true' },
      sharedSimulator: gw.simulator,
    });
    try {
      const typo = await production.queryText('{ conversatoins { nodes { id } } }');
      const closed = await production.queryText('{ __schema { queryType { name } } }');
      const opened = await open.queryText('{ __schema { queryType { name } } }');

      expect(typo.status).toBe(400);
      expect(typo.errors?.[0]?.message).not.toContain('Did you mean');
      expect(closed.status).toBe(400);
      expect(closed.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(opened.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await production.close();
      await open.close();
    }
  });

  it('answers unknown paths with a JSON 404', async () => {
    const result = await raw(gw, { path: '/nope' });

    expect(result.status).toBe(404);
    expect(errorBody.parse(JSON.parse(result.text)).errors[0]?.extensions.code).toBe(
      'ROUTE_NOT_FOUND',
    );
  });
});
