/**
 * One benchmark run: the simulator, the contenders, then every scenario of the settings' plan,
 * the added-latency run, the sustained run, and the targets. Returns the results; nothing here
 * writes files.
 */
import type { BenchContext } from './context.js';
import { RAISED_RATE_SHAPING, startGateway } from './contenders/gateway.js';
import { startContenders } from './contenders/start.js';
import type { RunningContender } from './contenders/types.js';
import { findFixtures } from './fixtures.js';
import { machineInfo, machineStart } from './report/machine.js';
import { evaluateTargets } from './report/targets.js';
import type { RunResults } from './results.js';
import { runBudget, type BudgetResult } from './scenarios/budget.js';
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
          budgets.push(await budgetRun(ctx, plan.latencyMs, options.gatewayEnv));
        } catch (error) {
          problems.push(`The workspace budget at ${plan.latencyMs} ms failed: ${message(error)}`);
        }
      }
    }

    await sim.setLatency(0);
    ({ overhead, sustained } = await gatewayOnly(ctx, screens, problems));
    try {
      log('Webhook intake');
      webhookIntake = await runWebhookIntake(ctx, options.gatewayEnv);
    } catch (error) {
      problems.push(`The webhook intake run failed: ${message(error)}`);
    }
  } finally {
    for (const contender of contenders) await contender.stop().catch(() => undefined);
    await sim.stop();
  }

  const measured = { screens, floors, budgets, overhead, sustained, webhookIntake };
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

/** The budget scenario with a second gateway at its default rate shaping. */
async function budgetRun(
  ctx: BenchContext,
  latencyMs: number,
  extraEnv: Readonly<Record<string, string>>,
): Promise<BudgetResult> {
  const shaped = await startGateway({
    fixtures: ctx.fixtures,
    rateShaping: 'default',
    extraEnv,
    label: 'this gateway (default rate shaping)',
  });
  try {
    const others = ctx.contenders.filter(
      (c) => c.key === 'naive' || c.key === 'mesh' || c.key === 'rest',
    );
    return await runBudget(ctx, [shaped, ...others], latencyMs);
  } finally {
    await shaped.stop();
  }
}
