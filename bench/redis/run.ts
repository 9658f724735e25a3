/**
 * `npm run bench:redis`: three gateway processes over one simulator that enforces Bird's limits
 * (50 GET/s, 500 POST/s per workspace), with the same closed-loop load on all three at once, in
 * three set-ups: shared mode on one Redis (cache off, so every screen is shaped upstream calls),
 * the same instances without Redis (each shapes to the full limit on its own), and shared mode
 * with the response cache on. Prints a markdown table: answers by kind, upstream GETs and 429s,
 * and the most GETs the simulator saw in any one-second window.
 * Options: --seconds=S (default 10), --clients=N per instance (default 8), --margin-ms=M
 * (RATE_LIMIT_MARGIN_MS of the gateways; by default the gateway's own: 100 ms with REDIS_URL, 20 ms
 * without. A loaded machine delays a booked call on its way to the simulator, which a larger margin
 * absorbs).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startGateway } from '../contenders/gateway.js';
import { arrayAt, numberAt, parseJson, stringAt } from '../json.js';
import { installCleanup } from '../processes.js';
import { startSimulatorProcess, type SimulatorProcess } from '../simulator.js';
import { startRedisServer } from './redisServer.js';

/** An inbox of 5 conversations with their newest message: 6 GETs when nothing is cached. */
const SCREEN = `{ conversations(first: 5) { nodes { id messages(first: 1) { nodes { id } } } } }`;
const LIMIT = 50;

interface Tally {
  data: number;
  rateLimited: number;
  otherTyped: number;
  untyped: number;
}

interface Row extends Tally {
  readonly setup: string;
  readonly gets: number;
  readonly upstream429: number;
  readonly busiestSecond: number;
  readonly seconds: number;
}

/** Sends the screen in a closed loop from `clients` clients until `until`. */
async function drive(origin: string, clients: number, until: number, tally: Tally) {
  const one = async () => {
    while (Date.now() < until) {
      try {
        const response = await fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: SCREEN }),
        });
        const body = parseJson(await response.text());
        const code = stringAt(body, 'errors', 0, 'extensions', 'code');
        if (arrayAt(body, 'errors').length === 0) tally.data += 1;
        else if (code === 'RATE_LIMITED') tally.rateLimited += 1;
        else if (code !== null) tally.otherTyped += 1;
        else tally.untyped += 1;
      } catch {
        tally.untyped += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, one));
}

/** GET arrival times and 429s in the simulator's request log. */
async function upstream(sim: SimulatorProcess) {
  const response = await fetch(`${sim.url}/__simulator/requests`);
  const entries = arrayAt(parseJson(await response.text()), 'entries');
  const gets = entries.filter((e) => stringAt(e, 'method') === 'GET');
  const times = gets.map((e) => numberAt(e, 'at') ?? 0).sort((a, b) => a - b);
  let busiest = 0;
  for (let last = 0, first = 0; last < times.length; last++) {
    while ((times[last] ?? 0) - (times[first] ?? 0) >= 1000) first++;
    busiest = Math.max(busiest, last - first + 1);
  }
  const upstream429 = entries.filter((e) => numberAt(e, 'status') === 429).length;
  return { gets: gets.length, upstream429, busiestSecond: busiest };
}

async function measure(
  setup: string,
  sim: SimulatorProcess,
  env: Record<string, string>,
  options: { seconds: number; clients: number },
): Promise<Row> {
  const gateways = await Promise.all(
    [1, 2, 3].map((i) =>
      startGateway({
        fixtures: { simulatorUrl: sim.url, workspaceId: sim.workspaceId, accessKey: sim.accessKey },
        rateShaping: 'default',
        extraEnv: env,
        key: `gateway-${String(i)}`,
      }),
    ),
  );
  try {
    await sim.settle();
    const tally: Tally = { data: 0, rateLimited: 0, otherTyped: 0, untyped: 0 };
    const until = Date.now() + options.seconds * 1000;
    await Promise.all(gateways.map((gw) => drive(gw.origin, options.clients, until, tally)));
    return { setup, ...tally, ...(await upstream(sim)), seconds: options.seconds };
  } finally {
    await Promise.all(gateways.map((gw) => gw.stop()));
  }
}

function table(rows: readonly Row[]): string {
  const head =
    '| set-up (3 instances) | screens answered | RATE_LIMITED | other typed errors | untyped | upstream GETs | GET/s | upstream 429s | most GETs in any 1 s |';
  const lines = rows.map((r) =>
    [
      r.setup,
      r.data,
      r.rateLimited,
      r.otherTyped,
      r.untyped,
      r.gets,
      (r.gets / r.seconds).toFixed(1),
      r.upstream429,
      r.busiestSecond,
    ].join(' | '),
  );
  return [head, `|${' --- |'.repeat(9)}`, ...lines.map((l) => `| ${l} |`)].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      clients: { type: 'string', default: '8' },
      'margin-ms': { type: 'string' },
    },
  });
  const options = { seconds: Number(values.seconds), clients: Number(values.clients) };
  const margin = values['margin-ms'];
  installCleanup();
  const sim = await startSimulatorProcess();
  const redis = await startRedisServer();
  try {
    await sim.setRateLimit({ getPerSecond: LIMIT, postPerSecond: 500 });
    const base = {
      CACHE_TTL_SECONDS: '0',
      RATE_LIMIT_GET_PER_SECOND: String(LIMIT),
      ...(margin === undefined ? {} : { RATE_LIMIT_MARGIN_MS: margin }),
    };
    const shared = { ...base, REDIS_URL: redis.url };
    const rows = [
      await measure(
        'Redis on (shared budget)',
        sim,
        { ...shared, REDIS_KEY_PREFIX: 'a:' },
        options,
      ),
      await measure('Redis off (3 local budgets)', sim, base, options),
      await measure(
        'Redis on, cache on (L2 shared)',
        sim,
        { ...shared, REDIS_KEY_PREFIX: 'b:', CACHE_TTL_SECONDS: '300' },
        options,
      ),
    ];
    process.stdout.write(
      `Three gateway processes, one simulator enforcing ${String(LIMIT)} GET/s, ` +
        `${String(options.clients)} closed-loop clients per instance for ${String(options.seconds)} s, ` +
        `screen = 5 conversations + their newest message (6 GETs uncached), ` +
        `RATE_LIMIT_MARGIN_MS=${margin ?? 'default (100 ms with Redis, 20 without)'}, load average ${loadavg()[0]?.toFixed(1) ?? '?'}.\n\n${table(rows)}\n`,
    );
  } finally {
    await redis.stop();
    await sim.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
