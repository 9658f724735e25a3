/** What every scenario gets: settings, the simulator, the fixtures and the running contenders. */
import type { Fixtures, RunningContender } from './contenders/types.js';
import type { Settings } from './settings.js';
import type { SimulatorProcess } from './simulator.js';

export interface BenchContext {
  readonly settings: Settings;
  readonly sim: SimulatorProcess;
  readonly fixtures: Fixtures;
  /** The direct REST client first: its answers are the truth the others are checked against. */
  readonly contenders: readonly RunningContender[];
  readonly log: (line: string) => void;
}
