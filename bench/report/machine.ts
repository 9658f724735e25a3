/** The machine a run happened on, and how busy it was. */
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly kernel: string;
  readonly node: string;
  /** 1-minute load average when the run started and when it ended. */
  readonly loadAtStart: number;
  readonly loadAtEnd: number;
}

export function machineInfo(loadAtStart: number): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    kernel: release(),
    node: process.version,
    loadAtStart,
    loadAtEnd: loadavg()[0] ?? NaN,
  };
}

/** The 1-minute load average now. */
export function currentLoad(): number {
  return loadavg()[0] ?? NaN;
}

/**
 * Busy when other work was running: the load average before the benchmark started is above a
 * quarter of the cores (the benchmark itself then pushes it to about the core count).
 */
export function wasBusy(machine: MachineInfo): boolean {
  return machine.loadAtStart > machine.cores * 0.25;
}
