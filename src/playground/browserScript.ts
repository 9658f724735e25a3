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
  var http = GraphiQL.createFetcher({ url: endpoint, enableIncrementalDelivery: false });
  var wsEndpoint = endpoint.replace(/^http/, 'ws');
  // The document's operations as [{ type, name }], read from its text: top-level definitions only
  // (braces and parentheses tracked), comments and strings skipped. A small scanner, because the
  // page has no GraphQL parser of its own.
  function operationsOf(text) {
    var found = [];
    var token = /"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|#[^\n]*|[{}()]|[A-Za-z_]\w*/g;
    var depth = 0;
    var pending = null; // an operation keyword seen at the top level, waiting for its name
    var match;
    while ((match = token.exec(text)) !== null) {
      var t = match[0];
      if (t === '{' && depth === 0) {
        // A selection set at the top level: the pending definition's, or a shorthand query.
        var definition = pending || { type: 'query', name: null };
        if (definition.type !== 'fragment') found.push(definition);
        pending = null;
      }
      if (t === '{' || t === '(') {
        depth += 1;
      } else if (t === '}' || t === ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth === 0 && /^[A-Za-z_]/.test(t)) {
        if (t === 'query' || t === 'mutation' || t === 'subscription' || t === 'fragment') {
          pending = { type: t, name: null };
        } else if (pending !== null && pending.name === null) {
          pending.name = t;
        }
      }
    }
    return found;
  }
  // The operation a run means. GraphiQL learns a new tab's (or an edit's) operation name only after
  // a 100 ms debounce, so a quick run can carry the previous tab's name: a name the document does
  // not define is replaced by its only operation's. Unknown (several operations, none named) is null.
  function selectedOperation(params) {
    var operations = operationsOf(params.query || '');
    var name = params.operationName;
    for (var i = 0; i < operations.length; i += 1) {
      if (name && operations[i].name === name) return operations[i];
    }
    return operations.length === 1 ? operations[0] : null;
  }
  // Subscriptions go over graphql-ws with the headers editor's credentials in connection_init
  // (browsers cannot set headers on a WebSocket); one connection per subscription.
  function subscribe(params, headers) {
    return {
      subscribe: function (sink) {
        var client = graphqlWs.createClient({
          url: wsEndpoint,
          connectionParams: headers || {},
          retryAttempts: 0,
        });
        var stop = client.subscribe(params, {
          next: function (value) { sink.next(value); },
          error: function (error) {
            var closed = error && typeof error.code === 'number';
            sink.error(closed ? new Error('WebSocket closed: ' + error.code + ' ' + error.reason) : error);
          },
          complete: function () { sink.complete(); },
        });
        return {
          unsubscribe: function () {
            stop();
            client.dispose();
          },
        };
      },
    };
  }
  var props = {
    fetcher: function (params, options) {
      var operation = selectedOperation(params);
      if (operation !== null && params.operationName && operation.name !== params.operationName) {
        params = Object.assign({}, params, { operationName: operation.name || undefined });
      }
      return operation !== null && operation.type === 'subscription'
        ? subscribe(params, options && options.headers)
        : http(params, options);
    },
    defaultTabs: config.tabs,
    defaultHeaders: config.defaultHeaders,
    defaultEditorToolsVisibility: 'variables',
    shouldPersistHeaders: config.persistHeaders,
    storage: null,
  };
  var saved = null;
  try {
    // A namespace per set of examples, so a new version's examples are not hidden by old tabs.
    var storage = GraphiQL.createLocalStorage({ namespace: config.storageNamespace });
    saved = JSON.parse(storage.getItem('graphiql:tabState') || 'null');
    var active = saved && saved.tabs && saved.tabs[saved.activeTabIndex];
    if (active) {
      // GraphiQL 3 finds the tab to reopen by comparing the saved editor contents with each tab, and
      // saves variables only once they are edited: without this it would open a duplicate tab.
      storage.setItem('graphiql:query', active.query || '');
      storage.setItem('graphiql:variables', active.variables || '');
      storage.setItem('graphiql:headers', active.headers || '');
    }
    props.storage = storage;
  } catch (error) {
    saved = null; // storage disabled (private mode, policies): GraphiQL keeps state in memory
  }
  // GraphiQL 3 opens the first of defaultTabs without its variables: hand them over on a first visit.
  if (!saved && config.tabs.length > 0) props.variables = config.tabs[0].variables;
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
