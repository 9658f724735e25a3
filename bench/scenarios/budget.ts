/**
 * The workspace budget: the simulator enforces Bird's documented 50 GET/s for the workspace, so at
 * most 50 / 21 ≈ 2.4 inbox screens per second can be served in full. Clients ask for about twice
 * that, at a fixed rate (an open loop: a new screen starts on schedule whether or not earlier
 * ones have finished). Counts, per contender, the screens served in full, what the others got
 * instead (RATE_LIMITED, other errors, HTTP 429), and the 429s Bird (the simulator) had to send.
 * The gateway runs with its default rate shaping.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { BenchContext } from '../context.js';
import { RestApi, RestError } from '../contenders/rest/restApi.js';
import { restInbox } from '../contenders/rest/screens.js';
import type { RunningContender } from '../contenders/types.js';
import type { HttpCall } from '../http.js';
import { arrayAt, parseJson, stringAt } from '../json.js';
import { summarise } from '../stats.js';

/** Bird's documented default limits per workspace. */
export const BIRD_LIMITS = { getPerSecond: 50, postPerSecond: 500 } as const;

/** `ok`, or what the client got instead: a GraphQL error code or `HTTP <status>`. */
type Outcome = string;

/** Shows one inbox screen and says how it went. */
interface Asker {
  ask(): Promise<Outcome>;
  close(): Promise<void>;
}

export interface BudgetContenderResult {
  readonly contender: string;
  readonly label: string;
  readonly asked: number;
  readonly served: number;
  /** Screens served in full per second, from the first ask to the last answer. */
  readonly servedPerSecond: number;
  /** How many screens ended how: `ok`, `RATE_LIMITED`, `HTTP 429`, ... */
  readonly outcomes: Readonly<Record<string, number>>;
  readonly upstreamGets: number;
  readonly upstream429: number;
  /** Latency of the screens served in full. */
  readonly servedP50: number;
  readonly note: string | null;
}

export interface BudgetResult {
  readonly latencyMs: number;
  readonly getPerSecond: number;
  /** Inbox screens asked for per second. */
  readonly demandPerSecond: number;
  readonly durationS: number;
  /** What the limit allows at most: 50 GET/s over 21 GETs per screen. */
  readonly maxScreensPerSecond: number;
  readonly results: readonly BudgetContenderResult[];
}

function graphqlAsker(origin: string, call: HttpCall): Asker {
  const pool = new Pool(origin, { connections: 16 });
  return {
    ask: async () => {
      const response = await pool.request({
        method: call.method,
        path: call.path,
        headers: call.headers,
        body: call.body ?? null,
      });
      const text = await response.body.text();
      const errors = arrayAt(parseJson(text), 'errors');
      if (errors.length > 0) return stringAt(errors[0], 'extensions', 'code') ?? 'error';
      // Mesh answers REST failures as an `Error` member of the data.
      if (text.includes('"__typename":"Error"')) return 'Error in data';
      return response.statusCode === 200 ? 'ok' : `HTTP ${response.statusCode}`;
    },
    close: () => pool.close(),
  };
}

/** Every screen is another app user, with its own 6 connections. */
function restAsker(ctx: BenchContext): Asker {
  const target = {
    origin: ctx.fixtures.simulatorUrl,
    workspaceId: ctx.fixtures.workspaceId,
    accessKey: ctx.fixtures.accessKey,
  };
  return {
    ask: async () => {
      const api = new RestApi(target);
      try {
        await restInbox(api);
        return 'ok';
      } catch (error) {
        return error instanceof RestError ? `HTTP ${error.status}` : 'error';
      } finally {
        await api.close();
      }
    },
    close: () => Promise.resolve(),
  };
}

/** How a contender's clients ask for the inbox; null when it cannot show the inbox. */
async function askerFor(ctx: BenchContext, contender: RunningContender): Promise<Asker | null> {
  if (contender.key === 'rest') return restAsker(ctx);
  const prepared = await contender.prepare('inbox', ctx.fixtures).catch(() => null);
  const call = prepared?.calls?.[0];
  const origin = prepared?.origin ?? null;
  if (call === undefined || origin === null) return null;
  return graphqlAsker(origin, call);
}

/** Starts `rate` screens per second for `durationS` seconds and waits for all of them. */
async function demand(asker: Asker, rate: number, durationS: number) {
  const outcomes: Record<string, number> = {};
  const served: number[] = [];
  const started = performance.now();
  const screens: Promise<void>[] = [];
  const count = Math.round(rate * durationS);
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const t0 = performance.now();
    screens.push(
      asker
        .ask()
        .catch(() => 'error')
        .then((outcome) => {
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          if (outcome === 'ok') served.push(performance.now() - t0);
        }),
    );
  }
  await Promise.all(screens);
  return { outcomes, served, elapsedS: (performance.now() - started) / 1000 };
}

async function budgetFor(
  ctx: BenchContext,
  contender: RunningContender,
  asker: Asker | null,
): Promise<BudgetContenderResult> {
  const base = { contender: contender.key, label: contender.label };
  if (asker === null) {
    return {
      ...base,
      asked: 0,
      served: 0,
      servedPerSecond: 0,
      outcomes: {},
      upstreamGets: 0,
      upstream429: 0,
      servedP50: NaN,
      note: 'could not show the inbox',
    };
  }
  await ctx.sim.settle();
  await sleep(1100); // let the one-second windows of both limiters empty
  await ctx.sim.clearRequests();
  const { budgetDemandPerSecond: rate, budgetS } = ctx.settings;
  const run = await demand(asker, rate, budgetS);
  await asker.close();
  const logged = await ctx.sim.requests();
  const served = run.outcomes.ok ?? 0;
  return {
    ...base,
    asked: Object.values(run.outcomes).reduce((a, b) => a + b, 0),
    served,
    servedPerSecond: served / run.elapsedS,
    outcomes: run.outcomes,
    upstreamGets: logged.filter((r) => r.method === 'GET').length,
    upstream429: logged.filter((r) => r.status === 429).length,
    servedP50: summarise(run.served).p50,
    note: null,
  };
}

/** Runs the budget scenario for the given contenders at the simulator's current latency. */
export async function runBudget(
  ctx: BenchContext,
  contenders: readonly RunningContender[],
  latencyMs: number,
): Promise<BudgetResult> {
  // Each contender's inbox request is built (and checked) before the limit is on.
  const askers: (Asker | null)[] = [];
  for (const contender of contenders) askers.push(await askerFor(ctx, contender));
  await ctx.sim.setRateLimit(BIRD_LIMITS);
  const results: BudgetContenderResult[] = [];
  try {
    for (const [i, contender] of contenders.entries()) {
      ctx.log(`  budget @ ${latencyMs} ms: ${contender.label}`);
      results.push(await budgetFor(ctx, contender, askers[i] ?? null));
    }
  } finally {
    await ctx.sim.setRateLimit(false);
  }
  return {
    latencyMs,
    getPerSecond: BIRD_LIMITS.getPerSecond,
    demandPerSecond: ctx.settings.budgetDemandPerSecond,
    durationS: ctx.settings.budgetS,
    maxScreensPerSecond: BIRD_LIMITS.getPerSecond / 21,
    results,
  };
}
