import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS } from '../../src/playground/operations.js';
import { z } from 'zod';
import { jsonObject, operationName, settingsOf } from '../client/playgroundPage.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** The files the page links (stylesheets and scripts), as absolute URLs. */
function linkedAssets(html: string, page: string): URL[] {
  return [...html.matchAll(/(?:href|src)="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((ref) => !ref.startsWith('data:'))
    .map((ref) => new URL(ref, page));
}

describe('playground in demo mode', () => {
  let gw: TestGateway;
  let root: string;
  beforeAll(async () => {
    gw = await startTestGateway();
    root = new URL('/', gw.url).href;
  });
  afterAll(() => gw.close());

  it('serves GraphiQL at / with a Content-Security-Policy that admits no other origin', async () => {
    const response = await fetch(root);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    expect(html).toContain('id="graphiql"');
    // Everything the page loads comes from the gateway itself: no CDN.
    const assets = linkedAssets(html, root);
    expect(assets.map((a) => a.pathname)).toEqual([
      expect.stringMatching(/^\/playground\/graphiql\.[\w-]+\.css$/),
      expect.stringMatching(/^\/playground\/playground\.[\w-]+\.css$/),
      expect.stringMatching(/^\/playground\/react\.[\w-]+\.js$/),
      expect.stringMatching(/^\/playground\/react-dom\.[\w-]+\.js$/),
      expect.stringMatching(/^\/playground\/graphiql\.[\w-]+\.js$/),
      expect.stringMatching(/^\/playground\/graphql-ws\.[\w-]+\.js$/),
      expect.stringMatching(/^\/playground\/playground\.[\w-]+\.js$/),
    ]);
    expect(assets.every((a) => a.origin === new URL(root).origin)).toBe(true);
  });

  it('serves the playground to a browser opening /graphql, and its files resolve from there too', async () => {
    const response = await fetch(gw.url, { headers: { accept: HTML } });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const asset of linkedAssets(html, gw.url)) {
      expect((await fetch(asset)).status, asset.pathname).toBe(200);
    }
  });

  it('leaves GET /graphql with a query, or without HTML in Accept, to the GraphQL endpoint', async () => {
    const withQuery = await fetch(`${gw.url}?query=${encodeURIComponent('{__typename}')}`, {
      headers: { accept: HTML, 'apollo-require-preflight': 'true' },
    });
    expect(withQuery.headers.get('content-type')).toMatch(
      /^application\/(graphql-response\+)?json/,
    );
    expect(jsonObject(await withQuery.text())).toMatchObject({ data: { __typename: 'Query' } });

    const api = await fetch(gw.url, { headers: { accept: 'application/json' } });
    expect(api.headers.get('content-type')).not.toMatch(/text\/html/);
  });

  it('offers the example operations as tabs, with the demo workspace’s headers and real ids', async () => {
    const settings = settingsOf(await (await fetch(root)).text());

    expect(settings.tabs.map((t) => operationName(t.query))).toEqual([
      ...EXAMPLE_OPERATIONS,
      'LiveInbox',
    ]);
    const demoHeaders = {
      Authorization: `AccessKey ${gw.simulator.accessKey}`,
      'X-Bird-Workspace-Id': gw.simulator.workspaceId,
    };
    for (const tab of settings.tabs) expect(jsonObject(tab.headers)).toEqual(demoHeaders);
    const thread = settings.tabs[1];
    // The examples name conversations by global id, as clients get them from `Conversation.id`.
    const id = jsonObject(thread?.variables ?? '').id;
    const found = await gw.queryText(
      'query ($id: ID!) { node(id: $id) { __typename ... on Conversation { birdId } } }',
      { id },
    );
    const node = z
      .object({ node: z.object({ __typename: z.literal('Conversation'), birdId: z.string() }) })
      .parse(found.data).node;
    const conversation = await gw.rest(z.unknown(), 'GET', `/conversations/${node.birdId}`);
    expect(conversation.status).toBe(200);
  });

  it('serves its files with a content hash, a year of caching, ETag revalidation and gzip', async () => {
    const html = await (await fetch(root)).text();
    const graphiql = linkedAssets(html, root).find((a) => /graphiql\.[\w-]+\.js$/.test(a.pathname));
    if (graphiql === undefined) throw new Error('the page links no GraphiQL script');

    const plain = await fetch(graphiql, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(body.toString('utf8')).toContain('window.GraphiQL');

    const etag = plain.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const revalidated = await fetch(graphiql, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);

    const gzipped = await rawGet(graphiql, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.body.length).toBeLessThan(body.length / 3);
    expect(gunzipSync(gzipped.body).equals(body)).toBe(true);
  });

  it('answers 404 for a file it does not have, and HEAD without a body', async () => {
    expect((await fetch(new URL('/playground/graphiql.nothash.js', root))).status).toBe(404);

    const head = await fetch(root, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('playground outside demo mode', () => {
  it('never puts the gateway’s access key in the page, and shows what to send instead', async () => {
    const gw = await startTestGateway({
      live: true,
      env: {
        BIRD_WORKSPACE_ID: 'bf89833c-380c-488a-ae9d-64477b455d74',
        BIRD_ACCESS_KEY: 'sim-demo-access-key',
        GATEWAY_TOKENS: 'a-gateway-token-of-some-length',
      },
    });
    try {
      const html = await (await fetch(new URL('/', gw.url))).text();
      const settings = settingsOf(html);

      expect(html).not.toContain('sim-demo-access-key');
      expect(html).not.toContain('a-gateway-token-of-some-length');
      expect(jsonObject(settings.tabs[0]?.headers ?? '')).toEqual({
        Authorization: 'Bearer <gateway token>',
      });
      expect(jsonObject(settings.tabs[1]?.variables ?? '')).toMatchObject({
        id: '<conversation id>',
      });
    } finally {
      await gw.close();
    }
  });

  it('is off with PLAYGROUND=false: / is not found and browsers opening /graphql get no page', async () => {
    const gw = await startTestGateway({ env: { PLAYGROUND: 'false' } });
    try {
      expect((await fetch(new URL('/', gw.url))).status).toBe(404);
      const browser = await fetch(gw.url, { headers: { accept: HTML } });
      expect(browser.headers.get('content-type')).not.toMatch(/text\/html/);
    } finally {
      await gw.close();
    }
  });

  it('is off by default in production', async () => {
    const gw = await startTestGateway({ env: { NODE_ENV: 'production' } });
    try {
      expect(gw.config.playground).toBe(false);
      expect((await fetch(new URL('/', gw.url))).status).toBe(404);
    } finally {
      await gw.close();
    }
  });
});

/** A GET that returns the body as sent (fetch would decode gzip by itself). */
function rawGet(url: URL, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({ headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    },
  );
}
