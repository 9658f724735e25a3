/**
 * The playground's HTML page and the settings it hands to the browser script: the example operations
 * as GraphiQL tabs, with variables and headers filled in for the gateway's mode.
 */
import { createHash } from 'node:crypto';
import type { Config } from '../config/index.js';
import type { PlaygroundAssets } from './assets.js';
import type { DemoIds } from './demoIds.js';
import { exampleVariables } from './exampleVariables.js';
import { LIVE_INBOX } from './liveInbox.js';
import type { ExampleOperation } from './operations.js';

/** A GraphiQL tab, as the browser script passes it to `defaultTabs`. */
export interface PlaygroundTab {
  readonly query: string;
  /** JSON text. */
  readonly variables: string;
  /** JSON text. */
  readonly headers: string;
}

/** What the page tells the browser script (embedded as JSON). */
export interface PlaygroundSettings {
  readonly title: string;
  readonly storageNamespace: string;
  readonly tabs: readonly PlaygroundTab[];
  readonly defaultHeaders: string;
  /** Keep headers in the browser's storage: only in demo mode, where they hold no secret. */
  readonly persistHeaders: boolean;
}

/**
 * Scripts and styles come from the gateway only; inline ones are refused. `connect-src 'self'` lets
 * GraphiQL reach `/graphql` (its WebSocket too: CSP 3 lets 'self' match ws: and wss: of the same
 * host) and nothing else. Fonts and icons are data: URIs inside GraphiQL's CSS.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const FIRST_QUERY = `# Welcome to the Bird GraphQL gateway. Run this with the ▶ button (or Ctrl+Enter),
# and open the docs (top left) to browse the schema.
query FirstConversations {
  conversations(first: 5) {
    nodes {
      id
      name
      status
    }
  }
}
`;

/**
 * The headers the examples send. Only in demo mode are real credentials shown: the simulator's demo
 * key, which opens nothing but demo data. Elsewhere the page shows what to send, never a key.
 */
export function exampleHeaders(config: Config): Record<string, string> {
  if (config.demo && config.upstream.accessKey !== null && config.upstream.workspaceId !== null) {
    return {
      Authorization: `AccessKey ${config.upstream.accessKey}`,
      'X-Bird-Workspace-Id': config.upstream.workspaceId,
    };
  }
  if (config.auth.allowAnonymous) return {};
  if (config.auth.tokens.length > 0) return { Authorization: 'Bearer <gateway token>' };
  return {
    Authorization: 'AccessKey <your Bird access key>',
    'X-Bird-Workspace-Id': config.upstream.workspaceId ?? '<workspace id>',
  };
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The settings of one page load. */
export function playgroundSettings(
  config: Config,
  operations: readonly ExampleOperation[],
  ids: DemoIds | null,
): PlaygroundSettings {
  const headers = exampleHeaders(config);
  const headersText = Object.keys(headers).length === 0 ? '' : json(headers);
  const tabs =
    operations.length === 0
      ? [{ query: FIRST_QUERY, variables: '', headers: headersText }]
      : [
          ...operations.map((op) => ({
            query: op.source,
            variables: json(exampleVariables(op.name, ids)),
            headers: headersText,
          })),
          { query: LIVE_INBOX, variables: '{}', headers: headersText },
        ];
  // Saved tabs live under a name tied to the examples' text, so new examples replace old tabs
  // (ids change with the data, so variables are left out of it).
  const namespace = createHash('sha256')
    .update(json(tabs.map((t) => [t.query, t.headers])))
    .digest('base64url')
    .slice(0, 12);
  return {
    title: config.demo ? 'Bird gateway (demo)' : 'Bird gateway',
    storageNamespace: `bird-gateway:${namespace}`,
    tabs,
    defaultHeaders: headersText,
    persistHeaders: config.demo,
  };
}

/** JSON that can sit inside a `<script>` element: no `<` can close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

/**
 * The page. Asset URLs are relative (`playground/...`), so the page works at `/` and `/graphql`
 * alike and behind a path prefix.
 */
export function renderPage(assets: PlaygroundAssets, settings: PlaygroundSettings): string {
  const script = (name: string) => `<script src="playground/${name}"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${settings.title.replace(/[<&]/g, '')} — GraphQL playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="playground/${assets.graphiqlCss.name}">
<link rel="stylesheet" href="playground/${assets.css.name}">
</head>
<body>
<div id="graphiql"><p class="playground-loading">Loading the GraphQL playground…</p></div>
<noscript>The playground needs JavaScript. The GraphQL endpoint is <code>/graphql</code>.</noscript>
<script type="application/json" id="playground-config">${scriptJson(settings)}</script>
${script(assets.react.name)}
${script(assets.reactDom.name)}
${script(assets.graphiql.name)}
${script(assets.graphqlWs.name)}
${script(assets.script.name)}
</body>
</html>
`;
}
