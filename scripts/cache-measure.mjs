/* global process, fetch, console */
// Usage: npm run build && node scripts/cache-measure.mjs "$PWD"
// Quick manual measure: inbox screens served in full per second under 50 GET/s, cached vs not,
// with inbound messages (simulator events → cache, as webhook intake would) and a freshness check.
import { once } from 'node:events';
const root = process.argv[2];
const { startSimulator } = await import(`${root}/dist/src/simulator/index.js`);
const { createGateway } = await import(`${root}/dist/src/server.js`);
const { loadConfig } = await import(`${root}/dist/src/config/index.js`);
const { createLogger } = await import(`${root}/dist/src/observability/logger.js`);
import { Writable } from 'node:stream';
const INBOX = `{ conversations(first: 20) { edges { node { id lastMessage { id } messages(first: 5) { nodes { id } } } } } }`;
async function run(ttl) {
  const sim = await startSimulator({ port: 0 });
  sim.setRateLimit({ getPerSecond: 50, postPerSecond: 500 });
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'error',
    BIRD_API_URL: sim.url,
    CACHE_TTL_SECONDS: String(ttl),
    WEBHOOK_SIGNING_KEY: 'a-signing-key-of-enough-length',
  });
  const gw = await createGateway(config, {
    logger: createLogger(
      'error',
      new Writable({
        write(_c, _e, d) {
          d();
        },
      }),
    ),
  });
  // Webhook intake stand-in: acknowledged events reach the cache.
  const acked = []; // [time, lastMessageId, convId]
  sim.onEvent((e) => {
    if (e.event === 'conversation.updated') {
      void gw.cache?.onEvent({
        type: 'conversation.updated',
        workspaceId: sim.workspaceId,
        eventId: String(Math.random()),
        source: 'webhook',
        conversation: e.payload,
      });
      acked.push([Date.now(), e.payload.lastMessage?.id, e.payload.id]);
    }
  });
  gw.server.listen(0, '127.0.0.1');
  await once(gw.server, 'listening');
  const url = `http://127.0.0.1:${gw.server.address().port}/graphql`;
  sim.setInboundRate(250); // 4 new messages per second
  const headers = {
    'content-type': 'application/json',
    authorization: `AccessKey ${sim.accessKey}`,
    'x-bird-workspace-id': sim.workspaceId,
  };
  const end = Date.now() + 6000;
  let ok = 0,
    other = 0,
    stale = 0;
  async function agent() {
    while (Date.now() < end) {
      const asked = Date.now();
      const r = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: INBOX }),
      });
      const j = await r.json();
      if (j.errors || !j.data) {
        other++;
        continue;
      }
      ok++;
      const byId = new Map(j.data.conversations.edges.map((e) => [e.node.id, e.node]));
      // Every message acknowledged >100 ms before the ask must show (for conversations on screen).
      const latest = new Map();
      for (const [t, m, c] of acked) if (t < asked - 100) latest.set(c, m);
      for (const [c, m] of latest) {
        const n = byId.get(c);
        if (n && !n.messages.nodes.some((x) => x.id === m) && n.lastMessage?.id !== m) {
          stale++;
          break;
        }
      }
    }
  }
  const t0 = Date.now();
  await Promise.all(Array.from({ length: 20 }, agent));
  const s = (Date.now() - t0) / 1000;
  sim.setInboundRate(null);
  console.log(
    JSON.stringify({
      ttl,
      servedPerSecond: +(ok / s).toFixed(1),
      refusedOrFailed: other,
      staleScreens: stale,
      acked: acked.length,
    }),
  );
  await gw.stop();
  gw.server.close();
  await sim.close();
}
await run(0);
await run(300);
process.exit(0);
