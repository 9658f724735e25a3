/**
 * The workspace budget: the simulator enforces Bird's documented 50 GET/s for the workspace, so
 * without a cache at most 50 / 21 ≈ 2.4 inbox screens per second can be served in full. A team of
 * agents keeps the inbox open (a closed loop: each agent asks again as soon as a screen is shown,
 * a second after a failed one) while customers' messages arrive several times a second, each
 * delivered by Bird as a signed webhook to a contender that takes them. Counts, per contender,
 * the screens served in full, what the others got instead (RATE_LIMITED, other errors, HTTP
 * 429), the 429s Bird had to send, and how many served screens were stale (freshness.ts).
 * Gateways run with their default rate shaping.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { BenchContext } from '../context.js';
import { BENCH_WEBHOOK_KEY } from '../contenders/gateway.js';
import { RestApi, RestError } from '../contenders/rest/restApi.js';
import { restInbox } from '../contenders/rest/screens.js';
import type { RunningContender } from '../contenders/types.js';
import type { HttpCall } from '../http.js';
import { arrayAt, at, parseJson, stringAt } from '../json.js';
import { summarise } from '../stats.js';
import {
  checkFreshness,
  idsIn,
  type Freshness,
  type KnownMessage,
  type ServedScreen,
} from '../freshness.js';
import {
  acknowledged,
  startInboundStream,
  storedAsKnown,
  type ChangingBird,
} from '../inboundStream.js';

/** Bird's documented default limits per workspace. */
export const BIRD_LIMITS = { getPerSecond: 50, postPerSecond: 500 } as const;

/** How one screen went: `ok`, or a GraphQL error code or `HTTP <status>`; what an `ok` one showed. */
export interface Answer {
  readonly outcome: string;
  readonly ids: ReadonlySet<string> | null;
}

/** Shows one inbox screen and says how it went. */
export interface Asker {
  ask(): Promise<Answer>;
  close(): Promise<void>;
}

/** A contender of this scenario, and where Bird delivers its webhooks (null: it takes none). */
export interface BudgetContender {
  readonly contender: RunningContender;
  readonly webhookUrl: string | null;
}

/** Screens served in full and not stale; how stale the others were; webhooks not acknowledged. */
export interface BudgetFreshness extends Freshness {
  /** `webhook`: known when the contender acknowledged it; `stored`: when Bird stored it. */
  readonly reference: 'webhook' | 'stored';
  readonly messages: number;
  readonly unacknowledged: number;
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
  readonly freshness: BudgetFreshness | null;
  readonly note: string | null;
}

export interface BudgetResult {
  readonly latencyMs: number;
  readonly getPerSecond: number;
  /** Agents asking for the inbox in a closed loop. */
  readonly agents: number;
  /** One customer message every this many milliseconds. */
  readonly inboundEveryMs: number;
  readonly durationS: number;
  /** What the limit allows at most: 50 GET/s over 21 GETs per screen. */
  readonly maxScreensPerSecond: number;
  readonly results: readonly BudgetContenderResult[];
}

/** Asks a GraphQL contender for the inbox with `call`, each answer's ids read for freshness. */
export function graphqlAsker(origin: string, call: HttpCall): Asker {
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
      const parsed = parseJson(text);
      const errors = arrayAt(parsed, 'errors');
      const fail = (outcome: string): Answer => ({ outcome, ids: null });
      if (errors.length > 0) return fail(stringAt(errors[0], 'extensions', 'code') ?? 'error');
      // Mesh answers REST failures as an `Error` member of the data.
      if (text.includes('"__typename":"Error"')) return fail('Error in data');
      if (response.statusCode !== 200) return fail(`HTTP ${response.statusCode}`);
      return { outcome: 'ok', ids: idsIn(at(parsed, 'data')) };
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
        const shown = await restInbox(api);
        return { outcome: 'ok', ids: new Set(shown.map((id) => id.slice(2))) };
      } catch (error) {
        return {
          outcome: error instanceof RestError ? `HTTP ${error.status}` : 'error',
          ids: null,
        };
      } finally {
        await api.close();
      }
    },
    close: () => Promise.resolve(),
  };
}

/** How a contender's clients ask for the inbox, or why it cannot show the inbox. */
async function askerFor(ctx: BenchContext, contender: RunningContender): Promise<Asker | string> {
  if (contender.key === 'rest') return restAsker(ctx);
  try {
    const prepared = await contender.prepare('inbox', ctx.fixtures);
    const call = prepared?.calls?.[0];
    const origin = prepared?.origin ?? null;
    if (call === undefined || origin === null) return 'cannot express the inbox in one request';
    return graphqlAsker(origin, call);
  } catch (error) {
    return `could not show the inbox: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export interface AgentsRun {
  readonly outcomes: Record<string, number>;
  /** Latency of the screens served in full. */
  readonly served: number[];
  readonly screens: ServedScreen[];
  readonly elapsedS: number;
}

/**
 * `agents` agents ask for the inbox for `durationS` seconds: again at once after a screen is
 * shown, after `retryMs` after a failed one (as a person reloading would).
 */
export async function runAgents(
  asker: Asker,
  agents: number,
  durationS: number,
  retryMs = 1000,
): Promise<AgentsRun> {
  const outcomes: Record<string, number> = {};
  const served: number[] = [];
  const screens: ServedScreen[] = [];
  const started = performance.now();
  const end = started + durationS * 1000;
  const agent = async () => {
    while (performance.now() < end) {
      const requestedAt = Date.now();
      const t0 = performance.now();
      const answer = await asker.ask().catch((): Answer => ({ outcome: 'error', ids: null }));
      outcomes[answer.outcome] = (outcomes[answer.outcome] ?? 0) + 1;
      if (answer.outcome === 'ok' && answer.ids !== null) {
        served.push(performance.now() - t0);
        screens.push({ requestedAt, ids: answer.ids });
      } else {
        await sleep(Math.min(retryMs, Math.max(0, end - performance.now())));
      }
    }
  };
  await Promise.all(Array.from({ length: agents }, agent));
  return { outcomes, served, screens, elapsedS: (performance.now() - started) / 1000 };
}

export interface FreshBudgetSpec {
  readonly asker: Asker;
  readonly bird: ChangingBird;
  /** Conversations the customers write into, in turn. */
  readonly conversationIds: readonly string[];
  readonly agents: number;
  readonly durationS: number;
  readonly inboundEveryMs: number;
  /** Whether Bird delivers webhooks to the contender (then they are the reference). */
  readonly webhooks: boolean;
}

/** The agents' run under the stream of changes, with every served screen checked for freshness. */
export async function runFreshBudget(
  spec: FreshBudgetSpec,
): Promise<{ run: AgentsRun; freshness: BudgetFreshness; known: KnownMessage[] }> {
  const since = Date.now();
  const stream = startInboundStream(spec.bird, spec.conversationIds, spec.inboundEveryMs);
  const run = await runAgents(spec.asker, spec.agents, spec.durationS).finally(() => stream.stop());
  const stored = await stream.stop();
  const acks = spec.webhooks
    ? acknowledged(stored, await spec.bird.webhookAttempts(), since)
    : { known: storedAsKnown(stored), unacknowledged: 0 };
  return {
    run,
    known: acks.known,
    freshness: {
      ...checkFreshness(run.screens, acks.known),
      reference: spec.webhooks ? 'webhook' : 'stored',
      messages: stored.length,
      unacknowledged: acks.unacknowledged,
    },
  };
}

async function budgetFor(
  ctx: BenchContext,
  entry: BudgetContender,
  latencyMs: number,
  conversationIds: readonly string[],
): Promise<BudgetContenderResult> {
  const { contender } = entry;
  const base = { contender: contender.key, label: contender.label };
  // The same data for every contender; its asker (and cache) is prepared before the limit is on.
  await ctx.sim.reset();
  await ctx.sim.setLatency(latencyMs);
  const asker = await askerFor(ctx, contender);
  if (typeof asker === 'string') {
    return {
      ...base,
      asked: 0,
      served: 0,
      servedPerSecond: 0,
      outcomes: {},
      upstreamGets: 0,
      upstream429: 0,
      servedP50: NaN,
      freshness: null,
      note: asker,
    };
  }
  if (entry.webhookUrl !== null) {
    await ctx.sim.subscribeWebhook(entry.webhookUrl, BENCH_WEBHOOK_KEY);
  }
  await ctx.sim.setRateLimit(BIRD_LIMITS);
  await ctx.sim.settle();
  await sleep(1100); // let the one-second windows of both limiters empty
  await ctx.sim.clearRequests();
  const { budgetAgents: agents, budgetS: durationS, budgetInboundEveryMs } = ctx.settings;
  const { run, freshness } = await runFreshBudget({
    asker,
    bird: ctx.sim,
    conversationIds,
    agents,
    durationS,
    inboundEveryMs: budgetInboundEveryMs,
    webhooks: entry.webhookUrl !== null,
  });
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
    freshness,
    note: null,
  };
}

/** The inbox's conversations, in the seed data: where the customers write. */
async function inboxConversations(ctx: BenchContext): Promise<string[]> {
  const { simulatorUrl: origin, workspaceId, accessKey } = ctx.fixtures;
  const api = new RestApi({ origin, workspaceId, accessKey });
  try {
    return (await restInbox(api)).filter((id) => id.startsWith('c:')).map((id) => id.slice(2));
  } finally {
    await api.close();
  }
}

/** Runs the budget scenario for the given contenders at `latencyMs` upstream latency. */
export async function runBudget(
  ctx: BenchContext,
  contenders: readonly BudgetContender[],
  latencyMs: number,
): Promise<BudgetResult> {
  await ctx.sim.reset();
  const conversationIds = await inboxConversations(ctx);
  const results: BudgetContenderResult[] = [];
  try {
    for (const entry of contenders) {
      ctx.log(`  budget @ ${latencyMs} ms: ${entry.contender.label}`);
      const result = await budgetFor(ctx, entry, latencyMs, conversationIds);
      const f = result.freshness;
      ctx.log(
        `    ${result.servedPerSecond.toFixed(1)} screens/s in full` +
          (f === null ? '' : `, ${f.stale} of ${f.checked} stale (${f.messages} messages)`),
      );
      results.push(result);
    }
  } finally {
    await ctx.sim.reset();
    await ctx.sim.setLatency(latencyMs);
  }
  return {
    latencyMs,
    getPerSecond: BIRD_LIMITS.getPerSecond,
    agents: ctx.settings.budgetAgents,
    inboundEveryMs: ctx.settings.budgetInboundEveryMs,
    durationS: ctx.settings.budgetS,
    maxScreensPerSecond: BIRD_LIMITS.getPerSecond / 21,
    results,
  };
}
