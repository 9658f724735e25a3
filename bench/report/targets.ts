/**
 * The targets, each evaluated from the run's numbers and written as a ratio next to its
 * target. A target whose inputs were not measured (a contender failed, a quick run skipped it) is
 * reported as not measured, never as passed.
 */
import type { BudgetResult } from '../scenarios/budget.js';
import type { FloorResult } from '../scenarios/floor.js';
import type { OverheadResult } from '../scenarios/overhead.js';
import type { ContenderScreenResult, ScreenScenarioResult } from '../scenarios/screens.js';
import type { SustainedResult } from '../scenarios/sustained.js';
import type { WebhookIntakeResult } from '../scenarios/webhookIntake.js';
import type { ScenarioName } from '../contenders/types.js';
import { round } from '../stats.js';

export interface TargetResult {
  readonly id: string;
  readonly target: string;
  /** The measured ratio (or value) compared with the threshold. */
  readonly value: number | null;
  readonly threshold: string;
  readonly pass: boolean | null;
  /** The numbers behind the ratio. */
  readonly detail: string;
}

export interface TargetInputs {
  readonly screens: readonly ScreenScenarioResult[];
  readonly floors: readonly FloorResult[];
  readonly overhead: OverheadResult | null;
  readonly sustained: SustainedResult | null;
  readonly webhookIntake?: WebhookIntakeResult | null;
  readonly budgets?: readonly BudgetResult[];
  readonly overheadCached?: OverheadResult | null;
}

function find(
  screens: readonly ScreenScenarioResult[],
  scenario: ScenarioName,
  latencyMs: number,
  contender: string,
): ContenderScreenResult | null {
  const s = screens.find((r) => r.scenario === scenario && r.latencyMs === latencyMs);
  const r = s?.results.find((c) => c.contender === contender);
  return r?.status === 'ok' ? r : null;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

function target(
  id: string,
  text: string,
  threshold: string,
  value: number | null,
  pass: (v: number) => boolean,
  detail: string,
): TargetResult {
  return { id, target: text, threshold, value, pass: value === null ? null : pass(value), detail };
}

function callTargets(screens: readonly ScreenScenarioResult[]): TargetResult[] {
  const seen = new Set<ScenarioName>();
  const out: TargetResult[] = [];
  for (const s of screens) {
    if (seen.has(s.scenario)) continue;
    const gw = s.results.find((r) => r.contender === 'gateway');
    if (gw?.upstreamCalls == null) continue;
    seen.add(s.scenario);
    out.push(
      target(
        `calls-${s.scenario}`,
        `Upstream calls per ${s.scenario} screen equal the REST minimum (${s.restMinimumCalls})`,
        '= 1.00×',
        gw.upstreamCalls / s.restMinimumCalls,
        (v) => v <= 1,
        `${gw.upstreamCalls} calls vs ${s.restMinimumCalls}`,
      ),
    );
  }
  return out;
}

/** Evaluates every target the run has numbers for. */
export function evaluateTargets(inputs: TargetInputs): TargetResult[] {
  const { screens, floors, overhead, sustained } = inputs;
  const out = callTargets(screens);

  const inbox = find(screens, 'inbox', 50, 'gateway');
  const rest = find(screens, 'inbox', 50, 'rest');
  const floor = floors.find((f) => f.latencyMs === 50) ?? null;
  const gwP50 = inbox?.unloaded?.p50 ?? null;
  out.push(
    target(
      'inbox-floor',
      'Inbox latency at 50 ms upstream within 1.15× of the critical-path floor (two round trips)',
      '≤ 1.15×',
      gwP50 !== null && floor !== null ? gwP50 / floor.p50 : null,
      (v) => v <= 1.15,
      gwP50 !== null && floor !== null
        ? `gateway p50 ${fmt(gwP50, 1)} ms vs floor p50 ${fmt(floor.p50, 1)} ms`
        : 'not measured',
    ),
  );
  const restP50 = rest?.unloaded?.p50 ?? null;
  out.push(
    target(
      'inbox-vs-rest',
      'Inbox at 50 ms upstream at least 2× faster than the direct REST client',
      '≥ 2.00×',
      gwP50 !== null && restP50 !== null ? restP50 / gwP50 : null,
      (v) => v >= 2,
      gwP50 !== null && restP50 !== null
        ? `REST p50 ${fmt(restP50, 1)} ms vs gateway p50 ${fmt(gwP50, 1)} ms`
        : 'not measured',
    ),
  );

  const rps = (key: string) => find(screens, 'lookup', 0, key)?.loaded?.screensPerSecond ?? null;
  const gwRps = rps('gateway');
  const proxyRps = rps('proxy');
  const naiveRps = rps('naive');
  out.push(
    target(
      'lookup-vs-proxy',
      'Single-lookup throughput (0 ms, 32 connections) at least 40% of the bare proxy',
      '≥ 0.40×',
      gwRps !== null && proxyRps !== null ? gwRps / proxyRps : null,
      (v) => v >= 0.4,
      gwRps !== null && proxyRps !== null
        ? `${fmt(gwRps, 0)} vs ${fmt(proxyRps, 0)} req/s`
        : 'not measured',
    ),
  );
  out.push(
    target(
      'lookup-vs-naive',
      'Single-lookup throughput at least 3× the naive server',
      '≥ 3.00×',
      gwRps !== null && naiveRps !== null ? gwRps / naiveRps : null,
      (v) => v >= 3,
      gwRps !== null && naiveRps !== null
        ? `${fmt(gwRps, 0)} vs ${fmt(naiveRps, 0)} req/s`
        : 'not measured',
    ),
  );
  out.push(
    target(
      'added-p99',
      'p99 added latency under 10 ms at half the gateway’s maximum throughput',
      '< 10 ms',
      overhead === null ? null : overhead.addedP99,
      (v) => v < 10,
      overhead === null
        ? 'not measured'
        : `at ${overhead.rate} req/s: gateway p99 ${round(overhead.gateway.p99)} ms, direct p99 ${round(overhead.direct.p99)} ms`,
    ),
  );
  out.push(
    target(
      'rss-growth',
      'RSS growth under 10% across the sustained run (after warm-up)',
      '< 10%',
      sustained === null ? null : sustained.rssGrowth * 100,
      (v) => v < 10,
      sustained === null
        ? 'not measured'
        : `lowest RSS ${fmt(sustained.rssBeforeBytes / 2 ** 20, 1)} MiB in the first tenth → ${fmt(sustained.rssAfterBytes / 2 ** 20, 1)} MiB in the last tenth of ${sustained.operations} operations`,
    ),
  );
  out.push(...cacheTargets(inputs));
  const intake = inputs.webhookIntake ?? null;
  out.push(
    target(
      'webhook-intake',
      'Webhook intake of at least 2,000 verified deliveries per second',
      '≥ 2000/s',
      intake === null || intake.non2xx + intake.errors > 0 ? null : intake.deliveriesPerSecond,
      (v) => v >= 2000,
      intake === null
        ? 'not measured'
        : `${intake.deliveries} deliveries in ${fmt(intake.durationS, 1)} s on ${intake.connections} connections, p99 ${intake.p99Ms} ms, ${intake.non2xx} non-2xx`,
    ),
  );
  return out;
}

/** The response cache's targets (issue 14): the budget with fresh screens, the cached lookup. */
function cacheTargets(inputs: TargetInputs): TargetResult[] {
  const out: TargetResult[] = [];
  const budgets = inputs.budgets ?? [];
  const budget = budgets.find((b) => b.latencyMs === 50) ?? budgets[budgets.length - 1] ?? null;
  const row = (key: string) => budget?.results.find((r) => r.contender === key) ?? null;
  const cached = row('gateway-cached');
  const uncached = row('gateway-uncached');
  const where =
    budget === null
      ? ''
      : ` (${budget.agents} agents, a message every ${budget.inboundEveryMs} ms, ${budget.latencyMs} ms upstream)`;
  out.push(
    target(
      'budget-cached-vs-uncached',
      `Workspace budget at 50 GET/s: inbox screens served in full per second, cached gateway at least 10× the uncached one${where}`,
      '≥ 10.00×',
      cached !== null && uncached !== null && uncached.servedPerSecond > 0
        ? cached.servedPerSecond / uncached.servedPerSecond
        : null,
      (v) => v >= 10,
      cached !== null && uncached !== null
        ? `${fmt(cached.servedPerSecond, 1)} vs ${fmt(uncached.servedPerSecond, 1)} screens/s`
        : 'not measured',
    ),
  );
  const f = cached?.freshness ?? null;
  out.push(
    target(
      'budget-stale',
      'Workspace budget: the cached gateway serves no stale screen (each shows every message acknowledged > 100 ms before it was asked for)',
      '= 0',
      f === null || f.messages === 0 ? null : f.stale,
      (v) => v === 0,
      f === null
        ? 'not measured'
        : `${f.stale} stale of ${f.checked} served; ${f.messages} messages, ${f.unacknowledged} webhooks not acknowledged`,
    ),
  );
  const rps = (key: string) =>
    find(inputs.screens, 'lookup', 0, key)?.loaded?.screensPerSecond ?? null;
  const cachedRps = rps('gateway-cached');
  for (const [id, other, label, min] of [
    ['lookup-cached-vs-proxy', 'proxy', 'the bare proxy', 1],
    ['lookup-cached-vs-naive', 'naive', 'the naive server', 3],
  ] as const) {
    const otherRps = rps(other);
    out.push(
      target(
        id,
        `Cached single-lookup throughput (0 ms, 32 connections, every lookup a cache hit) at least ${min}× ${label}`,
        `≥ ${fmt(min)}×`,
        cachedRps !== null && otherRps !== null ? cachedRps / otherRps : null,
        (v) => v >= min,
        cachedRps !== null && otherRps !== null
          ? `${fmt(cachedRps, 0)} vs ${fmt(otherRps, 0)} req/s`
          : 'not measured',
      ),
    );
  }
  const o = inputs.overheadCached ?? null;
  out.push(
    target(
      'added-p99-cached',
      'p99 added latency under 10 ms at half the cached gateway’s maximum throughput',
      '< 10 ms',
      o === null ? null : o.addedP99,
      (v) => v < 10,
      o === null
        ? 'not measured'
        : `at ${o.rate} req/s: cached gateway p99 ${round(o.gateway.p99)} ms, direct p99 ${round(o.direct.p99)} ms`,
    ),
  );
  return out;
}
