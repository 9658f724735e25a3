/**
 * How long and how hard each measurement runs. `full` fits in under 10 minutes on a 2-core
 * machine; `quick` takes about a minute for use while developing.
 */
import type { ScenarioName } from './contenders/types.js';

export interface LatencyPlan {
  /** Upstream latency the simulator adds to every call, milliseconds. */
  readonly latencyMs: number;
  readonly scenarios: readonly ScenarioName[];
  /** Run the workspace-budget scenario at this latency. */
  readonly budget: boolean;
}

export interface Settings {
  readonly mode: 'full' | 'quick';
  readonly plan: readonly LatencyPlan[];
  /** Unloaded latency: one client, screens back to back, for at least this long... */
  readonly unloadedMs: number;
  /** ... and at least this many screens. */
  readonly unloadedMinScreens: number;
  /** Loaded runs: seconds of measurement after `warmupS` seconds of warm-up. */
  readonly loadedS: number;
  readonly warmupS: number;
  /** Concurrent clients (connections or virtual users) per scenario under load. */
  readonly connections: Readonly<Record<ScenarioName, number>>;
  /** Seconds of demand in the workspace-budget scenario per contender ... */
  readonly budgetS: number;
  /** ... from this many agents keeping the inbox open (a support team) ... */
  readonly budgetAgents: number;
  /** ... while a customer's message arrives every this many milliseconds. */
  readonly budgetInboundEveryMs: number;
  /** Operations of the sustained run, after `sustainedWarmupOps` of warm-up. */
  readonly sustainedOps: number;
  readonly sustainedWarmupOps: number;
  readonly sustainedConnections: number;
  /** Seconds of each run at half the gateway's maximum throughput. */
  readonly overheadS: number;
  /** Run the Mesh contender (installing it when missing); quick runs leave it out. */
  readonly mesh: boolean;
  /** Only the plan's budget scenarios: no added-latency, sustained or webhook-intake run. */
  readonly budgetOnly?: boolean;
}

/** `--budget`: the workspace budget at 50 ms alone, with Hive Gateway's response cache. */
export function budgetOnly(base: Settings): Settings {
  return {
    ...base,
    plan: [{ latencyMs: 50, scenarios: [], budget: true }],
    mesh: true,
    budgetOnly: true,
  };
}

const CONNECTIONS: Readonly<Record<ScenarioName, number>> = {
  inbox: 8,
  thread: 8,
  lookup: 32,
  reply: 16,
};

export const FULL: Settings = {
  mode: 'full',
  plan: [
    // The budget (six contenders, two more gateways, Hive Gateway composed again) at 50 ms only:
    // at 0 ms it measured the same limit, and the full run must stay under 10 minutes.
    { latencyMs: 0, scenarios: ['inbox', 'thread', 'lookup', 'reply'], budget: false },
    { latencyMs: 50, scenarios: ['inbox', 'thread', 'lookup', 'reply'], budget: true },
  ],
  unloadedMs: 2000,
  unloadedMinScreens: 15,
  loadedS: 5,
  warmupS: 1,
  connections: CONNECTIONS,
  budgetS: 6,
  budgetAgents: 20,
  budgetInboundEveryMs: 250,
  sustainedOps: 100_000,
  sustainedWarmupOps: 20_000,
  sustainedConnections: 32,
  overheadS: 5,
  mesh: true,
};

export const QUICK: Settings = {
  mode: 'quick',
  plan: [
    { latencyMs: 0, scenarios: ['lookup'], budget: false },
    { latencyMs: 50, scenarios: ['inbox'], budget: true },
  ],
  unloadedMs: 800,
  unloadedMinScreens: 5,
  loadedS: 2,
  warmupS: 0.5,
  connections: CONNECTIONS,
  budgetS: 4,
  budgetAgents: 20,
  budgetInboundEveryMs: 250,
  sustainedOps: 6_000,
  sustainedWarmupOps: 2_000,
  sustainedConnections: 32,
  overheadS: 2,
  mesh: false,
};

/** The fewest upstream calls the REST API allows for each screen. */
export const REST_MINIMUM_CALLS: Readonly<Record<ScenarioName, number>> = {
  inbox: 21,
  thread: 3,
  lookup: 1,
  // POST the message, then GET the conversation it changed (SendReply's payload shows it).
  reply: 2,
};
