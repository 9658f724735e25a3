/** Everything one run measured; written as bench/results/latest.json and rendered as the report. */
import type { MachineInfo } from './report/machine.js';
import type { TargetResult } from './report/targets.js';
import type { BudgetResult } from './scenarios/budget.js';
import type { FloorResult } from './scenarios/floor.js';
import type { OverheadResult } from './scenarios/overhead.js';
import type { ScreenScenarioResult } from './scenarios/screens.js';
import type { SustainedResult } from './scenarios/sustained.js';
import type { WebhookIntakeResult } from './scenarios/webhookIntake.js';
import type { Settings } from './settings.js';

export interface ContenderStatus {
  readonly key: string;
  readonly label: string;
  readonly available: boolean;
  readonly note: string | null;
}

export interface RunResults {
  readonly mode: Settings['mode'];
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationS: number;
  readonly machine: MachineInfo;
  readonly settings: Settings;
  /** The gateway's environment for throughput scenarios that differs from its defaults. */
  readonly gatewayEnvironment: Readonly<Record<string, string>>;
  readonly contenders: readonly ContenderStatus[];
  readonly screens: readonly ScreenScenarioResult[];
  readonly floors: readonly FloorResult[];
  readonly budgets: readonly BudgetResult[];
  readonly overhead: OverheadResult | null;
  /** The same for the cached gateway, every lookup a cache hit (absent from older runs). */
  readonly overheadCached?: OverheadResult | null;
  readonly sustained: SustainedResult | null;
  /** Verified webhook deliveries per second (absent from runs made before it existed). */
  readonly webhookIntake?: WebhookIntakeResult | null;
  readonly targets: readonly TargetResult[];
  /** Problems that cut a part of the run short. */
  readonly problems: readonly string[];
}

/** A light check that a parsed file is a run's results (written by this harness). */
export function isRunResults(value: unknown): value is RunResults {
  return (
    typeof value === 'object' &&
    value !== null &&
    'mode' in value &&
    'screens' in value &&
    Array.isArray(value.screens) &&
    'targets' in value &&
    Array.isArray(value.targets) &&
    'machine' in value &&
    'settings' in value
  );
}
