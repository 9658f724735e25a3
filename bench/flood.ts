/**
 * Issue 11, finding 1, measured: a token holder's inbox latency, quiet and during a bad-key flood.
 *
 *   npx tsc -p tsconfig.bench.json && node dist-bench/bench/flood.js [--seconds=10] [--forward]
 *
 * The simulator (its own process) enforces Bird's 50 GET/s; the gateway (its own process, default
 * rate shaping) holds the simulator's key behind a Bearer token. The token holder opens the inbox
 * (21 upstream calls) once a second, open loop, for `--seconds`: first alone, then while a flood
 * sends 8 requests a second, each with a new made-up access key and 30 aliased lookups (the
 * issue's attack). `--forward` switches GATEWAY_FORWARD_CLIENT_KEYS on, so the flood's keys are
 * forwarded as unproven keys instead of being refused at the door. Prints medians, p90, how many
 * inboxes came back incomplete, and the upstream calls the flood caused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { distFile, ROOT } from './paths.js';
import { freePort, installCleanup, startService } from './processes.js';
import { startSimulatorProcess } from './simulator.js';
import { round, summarise } from './stats.js';

const TOKEN = 'flood-benchmark-token-0123456789';
const INBOX = readFileSync(join(ROOT, 'operations/Inbox.graphql'), 'utf8');
const LOOKUPS = `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: conversation(id: "c-${i}") { id }`).join(' ')} }`;

interface Phase {
  readonly latencies: number[];
  incomplete: number;
  floodSent: number;
  /** Error codes the token holder saw. */
  readonly codes: Record<string, number>;
}

/** Runs `task` `perSecond` times a second for `seconds`, without waiting for earlier runs. */
async function openLoop(perSecond: number, seconds: number, task: (i: number) => Promise<void>) {
  const started = performance.now();
  const runs: Promise<void>[] = [];
  for (let i = 0; i < perSecond * seconds; i++) {
    const wait = started + (i * 1000) / perSecond - performance.now();
    if (wait > 0) await sleep(wait);
    runs.push(task(i));
  }
  await Promise.all(runs);
}

async function post(pool: Pool, query: string, headers: Record<string, string>) {
  const response = await pool.request({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.statusCode, text: await response.body.text() };
}

async function phase(pool: Pool, workspaceId: string, seconds: number, flood: boolean) {
  const result: Phase = { latencies: [], incomplete: 0, floodSent: 0, codes: {} };
  const holder = openLoop(1, seconds, async () => {
    const t0 = performance.now();
    const { status, text } = await post(pool, INBOX, { authorization: `Bearer ${TOKEN}` });
    result.latencies.push(performance.now() - t0);
    if (status !== 200 || text.includes('"errors"')) result.incomplete += 1;
    for (const [, code] of text.matchAll(/"code":"([A-Z_]+)"/g)) {
      if (code !== undefined) result.codes[code] = (result.codes[code] ?? 0) + 1;
    }
  });
  const attacker = flood
    ? openLoop(8, seconds, async (i) => {
        result.floodSent += 1;
        await post(pool, LOOKUPS, {
          authorization: `AccessKey made-up-key-${i}-${Math.random().toString(36).slice(2)}`,
          'x-bird-workspace-id': workspaceId,
        });
      })
    : Promise.resolve();
  await Promise.all([holder, attacker]);
  return result;
}

async function main() {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '10' }, forward: { type: 'boolean' } },
  });
  const seconds = Number(values.seconds);
  installCleanup();
  const sim = await startSimulatorProcess();
  const port = await freePort();
  const gateway = await startService({
    name: 'gateway',
    args: [distFile('src/main.js')],
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      BIRD_API_URL: sim.url,
      BIRD_WORKSPACE_ID: sim.workspaceId,
      BIRD_ACCESS_KEY: sim.accessKey,
      GATEWAY_TOKENS: TOKEN,
      ...(values.forward === true ? { GATEWAY_FORWARD_CLIENT_KEYS: 'true' } : {}),
    },
    readyUrl: `http://127.0.0.1:${port}/readyz`,
  });
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 32 });
  try {
    await sim.setRateLimit({ getPerSecond: 50, postPerSecond: 500 });
    await post(pool, INBOX, { authorization: `Bearer ${TOKEN}` }); // warm-up
    for (const flood of [false, true]) {
      await sleep(1100); // both rate windows empty
      await sim.clearRequests();
      const result = await phase(pool, sim.workspaceId, seconds, flood);
      const upstream = await sim.requests();
      const stats = summarise(result.latencies);
      console.log(
        `${flood ? 'flood' : 'quiet'}: inbox p50 ${round(stats.p50)} ms, p90 ${round(stats.p90)} ms, ` +
          `${result.incomplete}/${stats.samples} incomplete; flood requests ${result.floodSent}, ` +
          `upstream calls ${upstream.length} (${upstream.filter((r) => r.status === 401).length} answered 401, ` +
          `${upstream.filter((r) => r.status === 429).length} answered 429); ` +
          `holder's errors ${JSON.stringify(result.codes)}`,
      );
    }
  } finally {
    await pool.close();
    await gateway.stop();
    await sim.stop();
  }
}

await main();
