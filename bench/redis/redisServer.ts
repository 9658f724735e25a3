/**
 * A redis-server for `npm run bench:redis`: Debian's binary on a free port, no persistence, killed
 * when the benchmark ends (or is interrupted).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../processes.js';

const BINARY = '/usr/bin/redis-server';

export interface RedisServer {
  readonly url: string;
  stop(): Promise<void>;
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

/** Starts redis-server; throws with the reason when it is not installed or never listens. */
export async function startRedisServer(): Promise<RedisServer> {
  if (!existsSync(BINARY))
    throw new Error(`${BINARY} is not installed (apt-get install redis-server)`);
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const child = spawn(BINARY, args, { stdio: 'ignore' });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  for (let attempt = 0; !(await accepts(port)); attempt++) {
    if (attempt > 100) throw new Error(`redis-server never listened on ${String(port)}`);
    await sleep(50);
  }
  return {
    url: `redis://127.0.0.1:${String(port)}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      kill();
      await exited;
    },
  };
}
