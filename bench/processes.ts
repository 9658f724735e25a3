/**
 * Child processes of the benchmark: the simulator and each contender run in their own process, so
 * the load generator's CPU is never theirs. Every child is tracked and killed when the harness
 * exits, also on errors and Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';

export interface ServiceSpec {
  readonly name: string;
  /** Executable; defaults to this Node binary. */
  readonly command?: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** The service is ready when this URL answers with a status below 500. */
  readonly readyUrl: string;
  readonly readyInit?: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };
  readonly readyTimeoutMs?: number;
}

export interface Service {
  readonly name: string;
  readonly pid: number;
  /** The last lines the process printed, for error messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when killed). */
  stop(graceMs?: number): Promise<number | null>;
}

const children = new Set<ChildProcess>();

/**
 * The only variables a child inherits from the harness's environment: a setting exported in the
 * developer's shell (a token, a feature switch) must not change what is measured.
 */
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'NODE_EXTRA_CA_CERTS'] as const;

function baseEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}
let cleanupInstalled = false;

/** Kills every child still running when the harness exits or is interrupted. */
export function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const killAll = () => {
    for (const child of children) child.kill('SIGKILL');
    children.clear();
  };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping the benchmark's processes\n`);
      killAll();
      process.exit(130);
    });
  }
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  server.close();
  await once(server, 'close');
  if (port === 0) throw new Error('Could not find a free port');
  return port;
}

/** Starts a process and waits until it answers HTTP on `readyUrl`. */
export async function startService(spec: ServiceSpec): Promise<Service> {
  const child = spawn(spec.command ?? process.execPath, [...spec.args], {
    cwd: spec.cwd,
    env: { ...baseEnvironment(), ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code;
      children.delete(child);
      resolve(code);
    });
  });
  const pid = child.pid;
  const service: Service = {
    name: spec.name,
    pid: pid ?? -1,
    output: () => lines.join('\n'),
    stop: async (graceMs = 5000) => {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  if (pid === undefined) throw new Error(`${spec.name} did not start: ${service.output()}`);

  const deadline = Date.now() + (spec.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (exitCode !== undefined) {
      throw new Error(
        `${spec.name} exited (code ${exitCode}) before it was ready:\n${service.output()}`,
      );
    }
    if (await answers(spec)) return service;
    if (Date.now() > deadline) {
      await service.stop();
      throw new Error(`${spec.name} was not ready within the timeout:\n${service.output()}`);
    }
    await sleep(100);
  }
}

async function answers(spec: ServiceSpec): Promise<boolean> {
  try {
    const init = spec.readyInit ?? { method: 'GET' };
    const response = await request(spec.readyUrl, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      headersTimeout: 2000,
      bodyTimeout: 2000,
    });
    await response.body.dump();
    return response.statusCode < 500;
  } catch {
    return false;
  }
}
