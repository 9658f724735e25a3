/**
 * The machine a run happened on, and how busy other work kept it: the CPU time the whole machine
 * spent during the run (/proc/stat) minus what the benchmark's own processes spent (the harness
 * and its reaped children, /proc/self/stat), as a share of what the cores could give.
 */
import { cpus, loadavg, release, totalmem } from 'node:os';
import { readMachineCpu, readOwnCpuMs, type MachineCpu } from '../procStats.js';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly kernel: string;
  readonly node: string;
  /** 1-minute load average when the run started and when it ended. */
  readonly loadAtStart: number;
  readonly loadAtEnd: number;
  /** Share of the machine's CPU capacity other processes used during the run (0–1). */
  readonly otherCpuShare: number;
  /** Share of the capacity the hypervisor gave to other machines (steal, 0–1). */
  readonly stealShare: number;
}

/** Counters taken when the run starts. */
export interface MachineStart {
  readonly at: number;
  readonly load: number;
  readonly machine: MachineCpu;
  readonly ownMs: number;
}

export function machineStart(): MachineStart {
  return {
    at: performance.now(),
    load: loadavg()[0] ?? NaN,
    machine: readMachineCpu(),
    ownMs: readOwnCpuMs(),
  };
}

/** Call after every child process has exited, so their CPU time is counted as the run's own. */
export function machineInfo(start: MachineStart): MachineInfo {
  const list = cpus();
  const cores = list.length;
  const capacityMs = (performance.now() - start.at) * cores;
  const machine = readMachineCpu();
  const own = readOwnCpuMs() - start.ownMs;
  const others = machine.busyMs - start.machine.busyMs - own;
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    kernel: release(),
    node: process.version,
    loadAtStart: start.load,
    loadAtEnd: loadavg()[0] ?? NaN,
    otherCpuShare: capacityMs > 0 ? Math.max(0, others / capacityMs) : NaN,
    stealShare: capacityMs > 0 ? (machine.stealMs - start.machine.stealMs) / capacityMs : NaN,
  };
}

/** Busy when other processes used more than a tenth of the machine's CPU during the run. */
export function wasBusy(machine: MachineInfo): boolean {
  return machine.otherCpuShare > 0.1;
}
