/**
 * The workspace budget: the simulator enforces Bird's documented 50 GET/s for the workspace and
 * clients ask for more inbox screens than that allows (each costs 21 GETs). Counts, per contender,
 * the screens served in full, what the others got instead (RATE_LIMITED, other errors, HTTP 429),
 * and the upstream 429s the simulator had to send. The gateway runs with its default rate shaping.
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

interface BudgetUser {
  run(): Promise<Outcome>;
  close(): Promise<void>;
}

export interface BudgetContenderResult {
  readonly contender: string;
  readonly label: string;
  readonly screens: number;
  readonly served: number;
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
  readonly users: number;
  readonly durationS: number;
  /** What the limit allows at most: 50 GET/s over 21 GETs per screen. */
  readonly maxScreensPerSecond: number;
  readonly results: readonly BudgetContenderResult[];
}

function graphqlUser(origin: string, call: HttpCall): BudgetUser {
  const pool = new Pool(origin, { connections: 1 });
  return {
    run: async () => {
      const response = await pool.request({
        method: call.method,
        path: call.path,
        headers: call.headers,
        body: call.body ?? null,
      });
      const body = parseJson(await response.body.text());
      const errors = arrayAt(body, 'errors');
      if (errors.length > 0) return stringAt(errors[0], 'extensions', 'code') ?? 'error';
      // Mesh answers REST failures as an `Error` member of the data.
      if (JSON.stringify(body).includes('"__typename":"Error"')) return 'Error in data';
      return response.statusCode === 200 ? 'ok' : `HTTP ${response.statusCode}`;
    },
    close: () => pool.close(),
  };
}

function restUser(ctx: BenchContext): BudgetUser {
  const api = new RestApi({
    origin: ctx.fixtures.simulatorUrl,
    workspaceId: ctx.fixtures.workspaceId,
    accessKey: ctx.fixtures.accessKey,
  });
  return {
    run: async () => {
      try {
        await restInbox(api);
        return 'ok';
      } catch (error) {
        return error instanceof RestError ? `HTTP ${error.status}` : 'error';
      }
    },
    close: () => api.close(),
  };
}

async function runUsers(users: readonly BudgetUser[], durationMs: number) {
  const outcomes: Record<string, number> = {};
  const served: number[] = [];
  const started = performance.now();
  await Promise.all(
    users.map(async (user) => {
      while (performance.now() - started < durationMs) {
        const t0 = performance.now();
        const outcome = await user.run().catch(() => 'error');
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        if (outcome === 'ok') served.push(performance.now() - t0);
      }
    }),
  );
  await Promise.all(users.map((user) => user.close()));
  return { outcomes, served, durationS: (performance.now() - started) / 1000 };
}

type UserFactory = () => BudgetUser;

/** How a contender's clients ask for the inbox; null when it cannot show the inbox. */
async function userFactory(
  ctx: BenchContext,
  contender: RunningContender,
): Promise<UserFactory | null> {
  if (contender.key === 'rest') return () => restUser(ctx);
  const prepared = await contender.prepare('inbox', ctx.fixtures).catch(() => null);
  const call = prepared?.calls?.[0];
  const origin = prepared?.origin ?? null;
  if (call === undefined || origin === null) return null;
  return () => graphqlUser(origin, call);
}

async function budgetFor(
  ctx: BenchContext,
  contender: RunningContender,
  makeUser: UserFactory | null,
): Promise<BudgetContenderResult> {
  const base = { contender: contender.key, label: contender.label };
  if (makeUser === null) {
    return {
      ...base,
      screens: 0,
      served: 0,
      servedPerSecond: 0,
      outcomes: {},
      upstreamGets: 0,
      upstream429: 0,
      servedP50: NaN,
      note: 'could not run the inbox screen',
    };
  }
  await ctx.sim.settle();
  await sleep(1100); // let the one-second windows of both limiters empty
  await ctx.sim.clearRequests();
  const users = Array.from({ length: ctx.settings.budgetUsers }, makeUser);
  const run = await runUsers(users, ctx.settings.budgetS * 1000);
  const logged = await ctx.sim.requests();
  const served = run.outcomes.ok ?? 0;
  const screens = Object.values(run.outcomes).reduce((a, b) => a + b, 0);
  return {
    ...base,
    screens,
    served,
    servedPerSecond: served / run.durationS,
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
  const factories = [];
  for (const contender of contenders) factories.push(await userFactory(ctx, contender));
  await ctx.sim.setRateLimit(BIRD_LIMITS);
  const results: BudgetContenderResult[] = [];
  try {
    for (const [i, contender] of contenders.entries()) {
      ctx.log(`  budget @ ${latencyMs} ms: ${contender.label}`);
      results.push(await budgetFor(ctx, contender, factories[i] ?? null));
    }
  } finally {
    await ctx.sim.setRateLimit(false);
  }
  return {
    latencyMs,
    getPerSecond: BIRD_LIMITS.getPerSecond,
    users: ctx.settings.budgetUsers,
    durationS: ctx.settings.budgetS,
    maxScreensPerSecond: BIRD_LIMITS.getPerSecond / 21,
    results,
  };
}
