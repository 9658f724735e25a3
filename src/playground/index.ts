/**
 * The GraphQL playground (GraphiQL) served by the gateway itself, from npm packages and with no CDN,
 * so it works offline and behind firewalls. It answers `/`, browsers opening `/graphql` (GET,
 * HTML accepted, no `query` or `extensions` parameter) and its own files under `/playground/`.
 * With `PLAYGROUND=false` it serves nothing.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/index.js';
import { playgroundAssets, type Asset, type PlaygroundAssets } from './assets.js';
import { lookupDemoIds } from './demoIds.js';
import { findOperationsDir, loadExampleOperations, type ExampleOperation } from './operations.js';
import { CONTENT_SECURITY_POLICY, playgroundSettings, renderPage } from './page.js';

/** Serves the playground page and its assets; returns false for requests it does not handle. */
export type PlaygroundHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const ASSET_PREFIX = '/playground/';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** True when the client accepts gzip (a `gzip` coding in Accept-Encoding whose q is not 0). */
function acceptsGzip(req: IncomingMessage): boolean {
  return (req.headers['accept-encoding'] ?? '').split(',').some((coding) => {
    const [name, ...params] = coding.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return name === 'gzip' && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** True when `If-None-Match` names the current ETag, so a 304 is enough. */
function fresh(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  return header !== undefined && header.split(',').some((t) => t.trim() === etag);
}

/** A browser opening the GraphQL endpoint itself, as opposed to a client sending an operation. */
function isBrowserVisit(req: IncomingMessage, search: string): boolean {
  const params = new URLSearchParams(search);
  return (
    (req.headers.accept ?? '').includes('text/html') &&
    !params.has('query') &&
    !params.has('extensions')
  );
}

async function sendAsset(req: IncomingMessage, res: ServerResponse, asset: Asset): Promise<void> {
  const headers: Record<string, string | number> = {
    'content-type': asset.contentType,
    'cache-control': `public, max-age=${YEAR_SECONDS}, immutable`,
    etag: asset.etag,
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
  };
  if (fresh(req, asset.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  let body = asset.body;
  if (acceptsGzip(req)) {
    body = await asset.gzipped();
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The page, with the examples' variables filled from the demo data when there is some. */
async function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  config: Config,
  assets: PlaygroundAssets,
  operations: readonly ExampleOperation[],
): Promise<void> {
  const ids = config.demo ? await lookupDemoIds(config.upstream) : null;
  const body = Buffer.from(renderPage(assets, playgroundSettings(config, operations, ids)), 'utf8');
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    // The page is small and its examples follow the data: always revalidate.
    'cache-control': 'no-cache',
    vary: 'Accept',
    etag,
  };
  if (fresh(req, etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Creates the playground handler for a configuration. */
export function createPlayground(config: Config): PlaygroundHandler {
  if (!config.playground) return () => false;
  const assets = playgroundAssets();
  const operationsDir = findOperationsDir();
  const operations = operationsDir === null ? [] : loadExampleOperations(operationsDir);

  const fail = (res: ServerResponse) => () => {
    if (!res.headersSent) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The playground failed to load.');
    } else {
      res.destroy();
    }
  };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '/';
    const queryStart = url.indexOf('?');
    const path = queryStart < 0 ? url : url.slice(0, queryStart);
    const search = queryStart < 0 ? '' : url.slice(queryStart);

    if (path.startsWith(ASSET_PREFIX)) {
      const asset = assets.byName.get(path.slice(ASSET_PREFIX.length));
      if (asset === undefined) return false;
      sendAsset(req, res, asset).catch(fail(res));
      return true;
    }
    if (path === '/' || (path === '/graphql' && isBrowserVisit(req, search))) {
      sendPage(req, res, config, assets, operations).catch(fail(res));
      return true;
    }
    return false;
  };
}
