/**
 * One benchmark run: the simulator, the contenders, then every scenario of the settings' plan,
 * the added-latency run, the sustained run, and the targets. Returns the results; nothing here
 * writes files.
 */
import type { BenchContext } from './context.js';
import {
  CACHED_WITH_WEBHOOKS,
  RAISED_RATE_SHAPING,
  startGateway,
  UNCACHED,
} from './contenders/gateway.js';
import { startHiveCached } from './contenders/mesh/hiveCached.js';
import { startContenders } from './contenders/start.js';
import type { RunningContender } from './contenders/types.js';
import { findFixtures } from './fixtures.js';
import { machineInfo, machineStart } from './report/machine.js';
import { evaluateTargets } from './report/targets.js';
import type { RunResults } from './results.js';
import { runBudget, type BudgetContender, type BudgetResult } from './scenarios/budget.js';
import { measureInboxFloor, type FloorResult } from './scenarios/floor.js';
import { runOverhead, type OverheadResult } from './scenarios/overhead.js';
import { runScreenScenario, type ScreenScenarioResult } from './scenarios/screens.js';
import { runSustained, sustainedMix, type SustainedResult } from './scenarios/sustained.js';
import { runWebhookIntake, type WebhookIntakeResult } from './scenarios/webhookIntake.js';
import type { Settings } from './settings.js';
import { startSimulatorProcess } from './simulator.js';
import { graphqlBodyOk } from './http.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface SuiteOptions {
  readonly mesh: boolean;
  /** Extra variables for the gateway under test (experiments); listed in the report. */
  readonly gatewayEnv: Readonly<Record<string, string>>;
  readonly log: (line: string) => void;
}

export async function runSuite(settings: Settings, options: SuiteOptions): Promise<RunResults> {
  const { log } = options;
  const start = machineStart();
  const startedAt = new Date();
  const t0 = performance.now();
  const screens: ScreenScenarioResult[] = [];
  const floors: FloorResult[] = [];
  const budgets: BudgetResult[] = [];
  const problems: string[] = [];
  let overhead: OverheadResult | null = null;
  let overheadCached: OverheadResult | null = null;
  let sustained: SustainedResult | null = null;
  let webhookIntake: WebhookIntakeResult | null = null;

  log('Starting the simulator');
  const sim = await startSimulatorProcess();
  let contenders: RunningContender[] = [];
  let statuses: RunResults['contenders'] = [];
  try {
    const fixtures = await findFixtures(sim);
    const started = await startContenders(
      fixtures,
      { mesh: settings.mesh && options.mesh, gatewayEnv: options.gatewayEnv },
      log,
    );
    contenders = started.running;
    statuses = started.statuses;
    const ctx: BenchContext = { settings, sim, fixtures, contenders, log };

    for (const plan of settings.plan) {
      log(`Upstream latency ${plan.latencyMs} ms`);
      await sim.setLatency(plan.latencyMs);
      for (const scenario of plan.scenarios) {
        try {
          screens.push(await runScreenScenario(ctx, scenario, plan.latencyMs));
          if (scenario === 'inbox') floors.push(await measureInboxFloor(ctx, plan.latencyMs));
        } catch (error) {
          problems.push(`${scenario} at ${plan.latencyMs} ms was cut short: ${message(error)}`);
        }
        if (scenario === 'reply') {
          // Replies added messages; restore the seed so later screens see the same data.
          await sim.reset();
          await sim.setLatency(plan.latencyMs);
        }
      }
      if (plan.budget) {
        try {
          budgets.push(
            await budgetRun(ctx, plan.latencyMs, options.gatewayEnv, settings.mesh && options.mesh),
          );
        } catch (error) {
          problems.push(`The workspace budget at ${plan.latencyMs} ms failed: ${message(error)}`);
        }
      }
    }

    if (!settings.budgetOnly) {
      await sim.setLatency(0);
      ({ overhead, sustained } = await gatewayOnly(ctx, screens, problems));
      overheadCached = await cachedOverhead(ctx, screens, problems);
      try {
        log('Webhook intake');
        webhookIntake = await runWebhookIntake(ctx, options.gatewayEnv);
      } catch (error) {
        problems.push(`The webhook intake run failed: ${message(error)}`);
      }
    }
  } finally {
    for (const contender of contenders) await contender.stop().catch(() => undefined);
    await sim.stop();
  }

  const measured = { screens, floors, budgets, overhead, overheadCached, sustained, webhookIntake };
  return {
    mode: settings.mode,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    durationS: (performance.now() - t0) / 1000,
    machine: machineInfo(start),
    settings,
    gatewayEnvironment: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      ...RAISED_RATE_SHAPING,
      ...options.gatewayEnv,
    },
    contenders: statuses,
    ...measured,
    targets: evaluateTargets(measured),
    problems,
  };
}

/** Added latency at half the cached gateway's maximum lookup throughput (every lookup a hit). */
async function cachedOverhead(
  ctx: BenchContext,
  screens: readonly ScreenScenarioResult[],
  problems: string[],
): Promise<OverheadResult | null> {
  const cached = ctx.contenders.find((c) => c.key === 'gateway-cached');
  const rest = ctx.contenders.find((c) => c.key === 'rest');
  const maxRps = screens
    .find((s) => s.scenario === 'lookup' && s.latencyMs === 0)
    ?.results.find((r) => r.contender === 'gateway-cached')?.loaded?.screensPerSecond;
  if (cached === undefined || rest === undefined || maxRps === undefined) return null;
  try {
    const lookup = await cached.prepare('lookup', ctx.fixtures);
    const direct = await rest.prepare('lookup', ctx.fixtures);
    if (lookup === null || direct === null) return null;
    ctx.log('Added latency at half the cached gateway’s maximum throughput');
    return await runOverhead(lookup, direct, maxRps, ctx.settings);
  } catch (error) {
    problems.push(`The cached added-latency run failed: ${message(error)}`);
    return null;
  }
}

/** The added-latency and sustained runs, against the gateway at 0 ms upstream latency. */
async function gatewayOnly(
  ctx: BenchContext,
  screens: readonly ScreenScenarioResult[],
  problems: string[],
): Promise<{ overhead: OverheadResult | null; sustained: SustainedResult | null }> {
  const { contenders, fixtures, settings, log } = ctx;
  const gateway = contenders.find((c) => c.key === 'gateway');
  const rest = contenders.find((c) => c.key === 'rest');
  if (gateway === undefined || rest === undefined) return { overhead: null, sustained: null };
  let overhead: OverheadResult | null = null;
  let sustained: SustainedResult | null = null;
  const maxRps = screens
    .find((s) => s.scenario === 'lookup' && s.latencyMs === 0)
    ?.results.find((r) => r.contender === 'gateway')?.loaded?.screensPerSecond;
  try {
    const gwLookup = await gateway.prepare('lookup', fixtures);
    const directLookup = await rest.prepare('lookup', fixtures);
    if (maxRps !== undefined && gwLookup !== null && directLookup !== null) {
      log('Added latency at half the maximum throughput');
      overhead = await runOverhead(gwLookup, directLookup, maxRps, settings);
    }
  } catch (error) {
    problems.push(`The added-latency run failed: ${message(error)}`);
  }
  try {
    const gwLookup = await gateway.prepare('lookup', fixtures);
    const gwThread = await gateway.prepare('thread', fixtures);
    if (gwLookup?.origin != null && gwThread !== null && gateway.pid !== null) {
      log(`Sustained run: ${settings.sustainedOps} operations`);
      sustained = await runSustained(
        gwLookup.origin,
        gateway.pid,
        sustainedMix(gwLookup, gwThread),
        graphqlBodyOk,
        settings,
      );
    }
  } catch (error) {
    problems.push(`The sustained run failed: ${message(error)}`);
  }
  return { overhead, sustained };
}

/**
 * The budget scenario with two more gateways at their default rate shaping, cached and uncached,
 * both taking Bird's webhooks, and Hive Gateway with its response cache when Mesh is in the run.
 */
async function budgetRun(
  ctx: BenchContext,
  latencyMs: number,
  extraEnv: Readonly<Record<string, string>>,
  hive: boolean,
): Promise<BudgetResult> {
  const started: { stop(): Promise<void> }[] = [];
  const webhookUrl = (origin: string) => `${origin}/webhooks/bird/${ctx.fixtures.workspaceId}`;
  try {
    const entries: BudgetContender[] = [];
    for (const [key, label, env] of [
      ['gateway-cached', 'this gateway (cached)', CACHED_WITH_WEBHOOKS],
      [
        'gateway-uncached',
        'this gateway (CACHE_TTL_SECONDS=0)',
        { ...CACHED_WITH_WEBHOOKS, ...UNCACHED },
      ],
    ] as const) {
      const gateway = await startGateway({
        fixtures: ctx.fixtures,
        rateShaping: 'default',
        extraEnv: { ...env, ...extraEnv },
        key,
        label,
      });
      started.push(gateway);
      entries.push({ contender: gateway, webhookUrl: webhookUrl(gateway.origin) });
    }
    if (hive) {
      const hiveStart = await startHiveCached(ctx.fixtures);
      if (hiveStart.ok) {
        started.push(hiveStart.contender);
        entries.push({ contender: hiveStart.contender, webhookUrl: null });
      } else {
        ctx.log(`  Hive Gateway with its response cache is left out: ${hiveStart.error}`);
      }
    }
    for (const c of ctx.contenders) {
      if (c.key === 'naive' || c.key === 'mesh' || c.key === 'rest') {
        entries.push({ contender: c, webhookUrl: null });
      }
    }
    return await runBudget(ctx, entries, latencyMs);
  } finally {
    for (const s of started) await s.stop().catch(() => undefined);
  }
}
