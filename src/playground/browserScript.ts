/**
 * The code and styles the playground page runs in the browser, served as files (the page's
 * Content-Security-Policy allows no inline script or style). The script reads its settings from the
 * page's `<script type="application/json" id="playground-config">` (see page.ts) and mounts GraphiQL
 * from the UMD bundles the page loads before it.
 */

/** Browser script: plain ES2017 for the browsers GraphiQL supports. */
export const PLAYGROUND_SCRIPT = String.raw`(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  // Relative to the page, so the playground also works behind a path prefix: from "/" and from
  // "/graphql" alike this is ".../graphql".
  var endpoint = new URL('graphql', window.location.href).href;
  var storage = null;
  try {
    // A namespace per set of examples, so a new version's examples are not hidden by old tabs.
    storage = GraphiQL.createLocalStorage({ namespace: config.storageNamespace });
  } catch (error) {
    storage = null; // storage disabled (private mode, policies): GraphiQL then keeps state in memory
  }
  var fetcher = GraphiQL.createFetcher({ url: endpoint, enableIncrementalDelivery: false });
  var props = {
    fetcher: fetcher,
    defaultTabs: config.tabs,
    defaultHeaders: config.defaultHeaders,
    defaultEditorToolsVisibility: 'variables',
    shouldPersistHeaders: false,
  };
  if (storage !== null) props.storage = storage;
  var logo = React.createElement(GraphiQL.Logo, null, config.title);
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, props, logo),
  );
})();
`;

/** The page's own styles: GraphiQL fills the window. */
export const PLAYGROUND_CSS = `html, body { height: 100%; margin: 0; }
#graphiql { height: 100vh; }
.playground-loading { font: 16px system-ui, sans-serif; padding: 2rem; color: #555; }
`;
