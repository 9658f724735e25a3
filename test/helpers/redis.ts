/**
 * A real redis-server for tests (Debian's `redis-server` package; `.ci/run` installs it): started on
 * a free port without persistence, stopped after the file's tests. It can be stopped and started
 * again on the same port, which is how tests take Redis away in the middle of load.
 *
 * Without the binary the tests that use it skip with a printed reason; under CI=true they fail.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { createServer, connect } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { waitFor } from './waitFor.js';

const BINARY = '/usr/bin/redis-server';

export interface TestRedis {
  readonly port: number;
  readonly url: string;
  /** Kills the server (SIGKILL: what a crash looks like to clients). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

/** Why Redis tests cannot run here, or null when they can. Throws under CI=true. */
export function redisUnavailable(): string | null {
  if (existsSync(BINARY)) return null;
  const reason = `${BINARY} is not installed (apt-get install redis-server)`;
  if (process.env.CI === 'true') throw new Error(`Redis tests need ${reason}`);
  console.warn(`skipping Redis tests: ${reason}`);
  return reason;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function accepts(port: number): Promise<boolean> {
  const socket = connect(port, '127.0.0.1');
  try {
    await once(socket, 'connect');
    return true;
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
}

/** Starts redis-server on a free port; the caller stops it. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ];
    const started = spawn(BINARY, args, { stdio: 'ignore' });
    child = started;
    await waitFor(() => accepts(port), { message: `redis-server never listened on ${port}` });
  };
  const stop = async (): Promise<void> => {
    const running = child;
    child = null;
    if (running === null || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, start, stop };
}

/**
 * Starts Redis before the file's tests and stops it after. `redis()` returns it inside a test;
 * when Redis is unavailable `skip` holds the reason (use `describe.skipIf(skip)`).
 */
export function withRedis(): { readonly skip: string | null; redis: () => TestRedis } {
  const skip = redisUnavailable();
  let current: TestRedis | null = null;
  if (skip === null) {
    beforeAll(async () => {
      current = await startRedis();
    });
    afterAll(async () => {
      await current?.stop();
    });
  }
  return {
    skip,
    redis: () => {
      if (current === null) throw new Error('Redis is not running');
      return current;
    },
  };
}
