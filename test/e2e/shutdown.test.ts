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
import { startTestGateway } from '../helpers/gateway.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const QUERY = 'query Slow { conversations(first: 2) { nodes { id } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const post = (url: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });

describe('gateway.stop()', () => {
  it('finishes an in-flight operation, refuses new connections and reports not ready', async () => {
    const gw = await startTestGateway();
    try {
      gw.simulator.setLatency({ fixedMs: 600 });
      const inflight = gw.queryText(QUERY);
      await sleep(150);

      const stopped = gw.gateway.stop();
      await sleep(50);
      expect(await gw.gateway.readiness.check()).toMatchObject({
        ready: false,
        reason: 'shutting down',
      });
      await expect(post(gw.url)).rejects.toThrow();

      const result = await inflight;
      expect(result.errors).toBeUndefined();
      expect(result.data?.conversations.nodes).toHaveLength(2);
      await stopped;
    } finally {
      await gw.simulator.close();
    }
  });

  it('closes what is still running after SHUTDOWN_GRACE_MS instead of waiting for it', async () => {
    const gw = await startTestGateway({ env: { SHUTDOWN_GRACE_MS: '200' } });
    try {
      gw.simulator.setLatency({ fixedMs: 5_000 });
      const inflight = post(gw.url).then(
        (r) => r.status,
        () => 'closed',
      );
      await sleep(100);

      const started = Date.now();
      await gw.gateway.stop();

      expect(Date.now() - started).toBeLessThan(2_000);
      expect(await inflight).toBe('closed');
    } finally {
      gw.simulator.setLatency(null);
      await gw.simulator.close();
    }
  });
});

describe('signal handling', () => {
  it('stops once on SIGTERM and exits 0 when done; a second signal exits 1 at once', async () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    let finish = () => {};
    const stop = () =>
      new Promise<void>((resolve) => {
        finish = resolve;
      });
    installShutdown({
      stop,
      logger: createLogger('silent'),
      graceMs: 1_000,
      signals,
      exit: (code) => exits.push(code),
    });

    signals.emit('SIGTERM');
    await sleep(20);
    expect(exits).toEqual([]);
    finish();
    await sleep(20);
    expect(exits).toEqual([0]);

    signals.emit('SIGINT');
    await sleep(20);
    expect(exits).toEqual([0, 1]);
  });
});

describe('SIGTERM to the built gateway process', () => {
  let build = '';
  let simulator: Simulator;

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
  }, 120_000);

  afterAll(async () => {
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
        BIRD_API_URL: simulator.url,
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
    simulator.setLatency({ fixedMs: 800 });
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
    });

    const inflight = post(url);
    await sleep(200);
    child.kill('SIGTERM');
    const response = await inflight;
    const code = await exited;

    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('data.conversations.nodes.length', 2);
    expect(code).toBe(0);
    expect(lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    simulator.setLatency(null);
  });
});
