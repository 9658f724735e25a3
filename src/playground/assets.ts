/**
 * The playground's static files: GraphiQL, React and ReactDOM from their npm packages (no CDN), plus
 * the page's own script and stylesheet. They are read once per process, named after a hash of their
 * content (so they can be cached for a year), and gzipped on first request.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { PLAYGROUND_CSS, PLAYGROUND_SCRIPT } from './browserScript.js';

const gzipAsync = promisify(gzip);

/** One file the playground serves under `playground/`. */
export interface Asset {
  /** File name with its content hash, e.g. `graphiql.3f2a9c1d0b7e.js`. */
  readonly name: string;
  readonly contentType: string;
  readonly body: Buffer;
  /** Strong ETag: the content hash, quoted. */
  readonly etag: string;
  /** The gzipped body, compressed once on first use. */
  gzipped(): Promise<Buffer>;
}

/** The files the page links, in load order for scripts. */
export interface PlaygroundAssets {
  readonly react: Asset;
  readonly reactDom: Asset;
  readonly graphiql: Asset;
  readonly graphiqlCss: Asset;
  /** graphql-ws's browser client, for subscriptions over a WebSocket. */
  readonly graphqlWs: Asset;
  readonly script: Asset;
  readonly css: Asset;
  /** Every asset by file name, for routing. */
  readonly byName: ReadonlyMap<string, Asset>;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

const require = createRequire(import.meta.url);

/** Reads a file of an installed package (through its package.json, which every package exports). */
function packageFile(pkg: string, file: string): Buffer {
  return readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
}

/** Drops the trailing source map comment: the maps are not served, so browsers need not ask. */
function withoutSourceMap(body: Buffer): Buffer {
  const text = body.toString('utf8');
  const stripped = text.replace(/\n\/[/*]# sourceMappingURL=\S+?(?:\s*\*\/)?\s*$/, '\n');
  return stripped === text ? body : Buffer.from(stripped, 'utf8');
}

function asset(base: string, extension: string, contentType: string, body: Buffer): Asset {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12);
  let compressed: Promise<Buffer> | null = null;
  return {
    name: `${base}.${hash}.${extension}`,
    contentType,
    body,
    etag: `"${hash}"`,
    gzipped() {
      compressed ??= gzipAsync(body, { level: 9 });
      return compressed;
    },
  };
}

let loaded: PlaygroundAssets | null = null;

/**
 * The playground's assets, read from node_modules on first call and shared by every gateway of the
 * process (they are static and the same for all users).
 */
export function playgroundAssets(): PlaygroundAssets {
  if (loaded !== null) return loaded;
  const list = {
    react: asset('react', 'js', JS, packageFile('react', 'umd/react.production.min.js')),
    reactDom: asset(
      'react-dom',
      'js',
      JS,
      packageFile('react-dom', 'umd/react-dom.production.min.js'),
    ),
    graphiql: asset(
      'graphiql',
      'js',
      JS,
      withoutSourceMap(packageFile('graphiql', 'graphiql.min.js')),
    ),
    graphiqlCss: asset(
      'graphiql',
      'css',
      CSS,
      withoutSourceMap(packageFile('graphiql', 'graphiql.min.css')),
    ),
    graphqlWs: asset(
      'graphql-ws',
      'js',
      JS,
      withoutSourceMap(packageFile('graphql-ws', 'umd/graphql-ws.min.js')),
    ),
    script: asset('playground', 'js', JS, Buffer.from(PLAYGROUND_SCRIPT, 'utf8')),
    css: asset('playground', 'css', CSS, Buffer.from(PLAYGROUND_CSS, 'utf8')),
  };
  loaded = { ...list, byName: new Map(Object.values(list).map((a) => [a.name, a])) };
  return loaded;
}
