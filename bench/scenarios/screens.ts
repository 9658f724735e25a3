/**
 * The screen scenarios (inbox, thread, single lookup, reply) at one upstream latency: every
 * contender runs the screen once, its upstream calls are counted from the simulator's request log
 * and its answer is compared with the direct REST client's; only then is it timed, unloaded and
 * under load. A contender that answers differently is reported as wrong, never timed.
 */
import type { BenchContext } from '../context.js';
import type {
  PreparedScreen,
  RunningContender,
  ScenarioName,
  ScreenIds,
} from '../contenders/types.js';
import { REST_MINIMUM_CALLS } from '../settings.js';
import {
  measureLoaded,
  measureUnloaded,
  type LoadedResult,
  type UnloadedResult,
} from './measure.js';

export interface ContenderScreenResult {
  readonly contender: string;
  readonly label: string;
  readonly status: 'ok' | 'unsupported' | 'wrong' | 'failed';
  readonly note: string | null;
  readonly upstreamCalls: number | null;
  readonly unloaded: UnloadedResult | null;
  readonly loaded: LoadedResult | null;
}

export interface ScreenScenarioResult {
  readonly scenario: ScenarioName;
  readonly latencyMs: number;
  readonly restMinimumCalls: number;
  readonly clients: number;
  readonly results: readonly ContenderScreenResult[];
}

/** Null when equal; otherwise where the two differ. */
export function compareIds(truth: ScreenIds, got: ScreenIds): string | null {
  const length = Math.max(truth.length, got.length);
  for (let i = 0; i < length; i++) {
    if (truth[i] !== got[i]) {
      return `item ${i} differs: expected ${truth[i] ?? '(nothing)'}, got ${got[i] ?? '(nothing)'} (${got.length} items vs ${truth.length})`;
    }
  }
  return null;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Checked {
  readonly screen: PreparedScreen | null;
  readonly calls: number;
}

async function checkedRun(
  ctx: BenchContext,
  contender: RunningContender,
  scenario: ScenarioName,
): Promise<Checked> {
  await ctx.sim.settle();
  const screen = await contender.prepare(scenario, ctx.fixtures);
  const calls = (await ctx.sim.requests()).length;
  return { screen, calls };
}

async function runContender(
  ctx: BenchContext,
  contender: RunningContender,
  scenario: ScenarioName,
  truth: ScreenIds,
  clients: number,
): Promise<ContenderScreenResult> {
  const base = { contender: contender.key, label: contender.label };
  let checked: Checked;
  try {
    checked = await checkedRun(ctx, contender, scenario);
  } catch (error) {
    return {
      ...base,
      status: 'failed',
      note: message(error),
      upstreamCalls: null,
      unloaded: null,
      loaded: null,
    };
  }
  const { screen, calls } = checked;
  if (screen === null) {
    return {
      ...base,
      status: 'unsupported',
      note: 'cannot express this screen',
      upstreamCalls: null,
      unloaded: null,
      loaded: null,
    };
  }
  const difference = compareIds(truth, screen.ids);
  if (difference !== null) {
    return {
      ...base,
      status: 'wrong',
      note: difference,
      upstreamCalls: calls,
      unloaded: null,
      loaded: null,
    };
  }
  try {
    const unloaded = await measureUnloaded(screen, ctx.settings);
    const loaded = await measureLoaded(screen, clients, ctx.settings, contender.pid);
    const note = loaded.errors > 0 ? `${loaded.errors} failed screens under load` : null;
    return { ...base, status: 'ok', note, upstreamCalls: calls, unloaded, loaded };
  } catch (error) {
    return {
      ...base,
      status: 'failed',
      note: message(error),
      upstreamCalls: calls,
      unloaded: null,
      loaded: null,
    };
  }
}

/** Runs one screen scenario for every contender at the simulator's current latency. */
export async function runScreenScenario(
  ctx: BenchContext,
  scenario: ScenarioName,
  latencyMs: number,
): Promise<ScreenScenarioResult> {
  const clients = ctx.settings.connections[scenario];
  const [rest] = ctx.contenders;
  if (rest === undefined) throw new Error('No contenders');
  const truthRun = await checkedRun(ctx, rest, scenario);
  if (truthRun.screen === null) throw new Error(`The REST client cannot run ${scenario}`);
  const truth = truthRun.screen.ids;
  const results: ContenderScreenResult[] = [];
  for (const contender of ctx.contenders) {
    if (contender.scenarios !== undefined && !contender.scenarios.includes(scenario)) continue;
    ctx.log(`  ${scenario} @ ${latencyMs} ms: ${contender.label}`);
    const result = await runContender(ctx, contender, scenario, truth, clients);
    if (result.status !== 'ok' || result.note !== null) {
      ctx.log(`    ${result.status}${result.note === null ? '' : `: ${result.note}`}`);
    }
    results.push(result);
  }
  return {
    scenario,
    latencyMs,
    restMinimumCalls: REST_MINIMUM_CALLS[scenario],
    clients,
    results,
  };
}
