/**
 * CPU time and resident memory of a process, read from /proc (Linux): utime + stime from
 * /proc/<pid>/stat and VmRSS from /proc/<pid>/status.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcSample {
  /** User + system CPU time so far, milliseconds. */
  readonly cpuMs: number;
  /** Resident set size, bytes. */
  readonly rssBytes: number;
}

let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      ticksPerSecond = 100;
    }
    if (!(ticksPerSecond > 0)) ticksPerSecond = 100;
  }
  return ticksPerSecond;
}

/** Reads the process's counters; throws when /proc has no such process. */
export function readProc(pid: number): ProcSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  return { cpuMs: ((utime + stime) * 1000) / clockTicks(), rssBytes: rssKb * 1024 };
}

/** CPU time of the whole machine, from /proc/stat, in milliseconds (summed over all cores). */
export interface MachineCpu {
  /** user + nice + system + irq + softirq. */
  readonly busyMs: number;
  /** Time the hypervisor gave this machine's cores to someone else. */
  readonly stealMs: number;
}

export function readMachineCpu(): MachineCpu {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [user, nice, system, , , irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const ms = (ticks: number | undefined) => ((ticks ?? 0) * 1000) / clockTicks();
  return {
    busyMs: ms(user) + ms(nice) + ms(system) + ms(irq) + ms(softirq),
    stealMs: ms(steal),
  };
}

/**
 * CPU time of this process plus that of its children that have exited and been reaped
 * (utime, stime, cutime, cstime of /proc/self/stat), milliseconds.
 */
export function readOwnCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
  return (ticks * 1000) / clockTicks();
}
