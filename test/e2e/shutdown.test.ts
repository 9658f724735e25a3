import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installShutdown } from '../../src/http/shutdown.js';
import { createLogger } from '../../src/observability/logger.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { graphql } from '../gql/index.js';
import { startTestGateway } from '../helpers/gateway.js';
import { startUpstreamGate, type UpstreamGate } from '../helpers/upstreamGate.js';
import { deferred, waitFor, waitForLog } from '../helpers/waitFor.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const QUERY = 'query Slow { conversations(first: 2) { nodes { id } } }';
const SLOW = graphql(`
  query Slow {
    conversations(first: 2) {
      nodes {
        id
      }
    }
  }
`);
const post = (url: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });

describe('gateway.stop()', () => {
  it('finishes an in-flight operation, refuses new connections and reports not ready', async () => {
    const gw = await startTestGateway({ gate: true });
    try {
      gw.gate.hold();
      const inflight = gw.query(SLOW);
      await gw.gate.arrived();

      const stopped = gw.gateway.stop();
      await waitFor(() => !gw.gateway.server.listening, { message: 'the server kept listening' });
      expect(await gw.gateway.readiness.check()).toMatchObject({
        ready: false,
        reason: 'shutting down',
      });
      await expect(post(gw.url)).rejects.toThrow();
      gw.gate.release();

      const result = await inflight;
      expect(result.errors).toBeUndefined();
      expect(result.data?.conversations.nodes).toHaveLength(2);
      await stopped;
    } finally {
      await gw.gate.close();
      await gw.simulator.close();
    }
  });

  it('closes what is still running after SHUTDOWN_GRACE_MS instead of waiting for it', async () => {
    const gw = await startTestGateway({ gate: true, env: { SHUTDOWN_GRACE_MS: '200' } });
    try {
      gw.gate.hold();
      const inflight = post(gw.url).then(
        (r) => r.status,
        () => 'closed',
      );
      await gw.gate.arrived();

      // Bird never answers while the gate holds: stop() can only return by giving up on it.
      await gw.gateway.stop();

      expect(await inflight).toBe('closed');
      expect(gw.gate.waiting).toBe(1);
    } finally {
      await gw.gate.close();
      await gw.simulator.close();
    }
  });
});

describe('signal handling', () => {
  it('stops once on SIGTERM and exits 0 when done; a second signal exits 1 at once', async () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    const exited = [deferred(), deferred()];
    const finish = deferred();
    let stops = 0;
    installShutdown({
      stop: () => {
        stops += 1;
        return finish.promise;
      },
      logger: createLogger('silent'),
      graceMs: 60_000,
      signals,
      exit: (code) => {
        exited[exits.length]?.resolve();
        exits.push(code);
      },
    });

    signals.emit('SIGTERM');
    expect(stops).toBe(1);
    expect(exits).toEqual([]);
    finish.resolve();
    await exited[0]?.promise;
    expect(exits).toEqual([0]);

    signals.emit('SIGINT');
    await exited[1]?.promise;
    expect(exits).toEqual([0, 1]);
    expect(stops).toBe(1);
  });
});

describe('SIGTERM to the built gateway process', () => {
  let build = '';
  let simulator: Simulator;
  let gate: UpstreamGate;

  beforeAll(async () => {
    // Compile into a scratch directory shaped like the project (dist/ next to schema.graphql), so
    // the shared dist/ of other work is left alone.
    build = mkdtempSync(join(tmpdir(), 'gateway-build-'));
    const tsc = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/typescript/bin/tsc'),
        '-p',
        join(ROOT, 'tsconfig.build.json'),
        '--outDir',
        join(build, 'dist'),
      ],
      { encoding: 'utf8' },
    );
    if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
    for (const file of ['package.json', 'schema.graphql', 'operations']) {
      cpSync(join(ROOT, file), join(build, file), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(build, 'node_modules'), 'dir');
    simulator = await startSimulator({ port: 0 });
    gate = await startUpstreamGate(simulator.url);
  }, 120_000);

  afterAll(async () => {
    await gate.close();
    await simulator.close();
    if (build !== '') rmSync(build, { recursive: true, force: true });
  });

  it('lets the in-flight operation finish, then exits 0', async () => {
    const child: ChildProcess = spawn(process.execPath, [join(build, 'dist/src/main.js')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: '0',
        LOG_LEVEL: 'info',
        BIRD_API_URL: gate.url,
        BIRD_WORKSPACE_ID: simulator.workspaceId,
        BIRD_ACCESS_KEY: simulator.accessKey,
        GATEWAY_ALLOW_ANONYMOUS: 'true',
        RATE_LIMIT_GET_PER_SECOND: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        for (const line of chunk
          .toString()
          .split('\n')
          .filter((l) => l !== '')) {
          lines.push(line);
          const ready = /"url":"(http:[^"]+)"/.exec(line);
          if (ready?.[1] !== undefined) resolve(ready[1]);
        }
      });
      child.once('exit', (code) => {
        reject(new Error(`exited early with ${String(code)}`));
      });
    });
    // 'close', not 'exit': only then has everything the process wrote to stdout been read.
    const exited = new Promise<number | null>((resolve) => {
      child.once('close', resolve);
    });
    gate.hold();

    const inflight = post(url);
    await gate.arrived();
    child.kill('SIGTERM');
    await waitForLog(lines, 'shutting down');
    gate.release();
    const response = await inflight;
    const code = await exited;

    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('data.conversations.nodes.length', 2);
    expect(code).toBe(0);
    expect(lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
  });

  /** Starts the built gateway with its logs on a pipe; resolves once it is ready. */
  async function startBuilt(
    env: Record<string, string>,
  ): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(process.execPath, [join(build, 'dist/src/main.js')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: '0',
        LOG_LEVEL: 'info',
        BIRD_API_URL: gate.url,
        BIRD_WORKSPACE_ID: simulator.workspaceId,
        BIRD_ACCESS_KEY: simulator.accessKey,
        GATEWAY_ALLOW_ANONYMOUS: 'true',
        RATE_LIMIT_GET_PER_SECOND: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const ready = /"url":"(http:[^"]+)"/.exec(chunk.toString());
        if (ready?.[1] !== undefined) resolve(ready[1]);
      });
      child.once('exit', (code) => {
        reject(new Error(`exited early with ${String(code)}`));
      });
    });
    return { child, url };
  }

  /** The exit code, or a failure if the process is still running `deadlineMs` later. */
  function exitWithin(child: ChildProcess, deadlineMs: number): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`still running ${deadlineMs} ms after the signal`));
      }, deadlineMs);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  // The parent that reads the gateway's logs goes away: its end of the pipe closes, and every
  // log line the gateway writes from then on fails with EPIPE.
  it('exits 0 on SIGTERM after the reader of its logs went away', async () => {
    const grace = 1_000;
    const { child } = await startBuilt({ SHUTDOWN_GRACE_MS: String(grace) });
    child.stdout?.destroy();

    child.kill('SIGTERM');

    expect(await exitWithin(child, grace + 5_000)).toBe(0);
  });

  it('exits 1 on a second signal while an operation runs, with nobody reading its logs', async () => {
    const grace = 20_000;
    const { child, url } = await startBuilt({ SHUTDOWN_GRACE_MS: String(grace) });
    gate.hold();
    try {
      const inflight = post(url).catch(() => null);
      await gate.arrived();
      child.stdout?.destroy();

      child.kill('SIGTERM');
      const readyz = url.replace('/graphql', '/readyz');
      // Stopping: /readyz answers 503, or the listener is already closed.
      await waitFor(async () => (await fetch(readyz).catch(() => null))?.status !== 200);
      child.kill('SIGTERM');

      expect(await exitWithin(child, 5_000)).toBe(1);
      await inflight;
    } finally {
      gate.release();
    }
  });
});
