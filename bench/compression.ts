/**
 * What compression, ETags and compact cursors cost per inbox answer.
 *
 * Starts the simulator (demo data) and the gateway in this process, takes the default inbox answer
 * (operations/Inbox.graphql) as it goes over the wire in each coding, then times the gateway's own
 * `compress()`, `weakETag()` and cursor encoding on that body. CPU is the process's user + system
 * time (thread pool included), averaged over many runs, so it is the cost one response adds.
 *
 *   npm run bench:compression [-- --runs=500]
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { once } from 'node:events';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { loadConfig } from '../src/config/index.js';
import { compress } from '../src/http/compression.js';
import { weakETag } from '../src/http/etag.js';
import { createLogger } from '../src/observability/logger.js';
import { CursorCodec } from '../src/pagination/cursor.js';
import { createGateway } from '../src/server.js';
import { startSimulator } from '../src/simulator/index.js';

const runs = Number(/^--runs=(\d+)$/.exec(process.argv[2] ?? '')?.[1] ?? 500);
const INBOX = readFileSync(new URL('../../operations/Inbox.graphql', import.meta.url), 'utf8');

function post(url: string, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve(Buffer.concat(chunks));
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query: INBOX }));
  });
}

/** Mean CPU and wall time of `run`, in microseconds. */
async function measure(run: () => unknown): Promise<{ cpuUs: number; wallUs: number }> {
  for (let i = 0; i < 20; i += 1) await run();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i += 1) await run();
  const wall = Number(process.hrtime.bigint() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { cpuUs: (used.user + used.system) / runs, wallUs: wall / runs };
}

async function main(): Promise<void> {
  const simulator = await startSimulator({ port: 0 });
  const config = loadConfig(
    { NODE_ENV: 'production', LOG_LEVEL: 'silent', RATE_LIMIT_GET_PER_SECOND: '0' },
    { url: simulator.url, workspaceId: simulator.workspaceId, accessKey: simulator.accessKey },
  );
  const gateway = await createGateway(config, { logger: createLogger('silent') });
  gateway.server.listen(0, '127.0.0.1');
  await once(gateway.server, 'listening');
  const address = gateway.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  const url = `http://127.0.0.1:${address.port}/graphql`;

  const body = await post(url, {});
  const wire = {
    identity: body.length,
    gzip: (await post(url, { 'accept-encoding': 'gzip' })).length,
    br: (await post(url, { 'accept-encoding': 'br' })).length,
  };
  console.log(`inbox answer on the wire (bytes): ${JSON.stringify(wire)}`);

  const brotli = (quality: number) => () =>
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
  const codec = new CursorCodec(config.cursorSecret);
  const token = Buffer.from(
    JSON.stringify(['2026-11-30T10:12:13.123456789Z', '0f549089-89b1-b779-0f54-908989b1b779']),
  ).toString('base64');
  const cases: [string, () => unknown][] = [
    ['gateway gzip (level 6, thread pool)', () => compress(body, 'gzip')],
    ['gateway brotli (quality 4, thread pool)', () => compress(body, 'br')],
    ['weak ETag (sha256 of the body)', () => weakETag(simulator.workspaceId, body)],
    [
      'cursor encode (page boundary)',
      () => codec.encode('ws', { pageToken: token, limit: 0, offset: 0, anchor: null }),
    ],
    ['for comparison: gzip level 1, sync', () => gzipSync(body, { level: 1 })],
    ['for comparison: gzip level 6, sync', () => gzipSync(body, { level: 6 })],
    ['for comparison: brotli quality 4, sync', brotli(4)],
    ['for comparison: brotli quality 5, sync', brotli(5)],
    ['for comparison: brotli quality 11, sync', brotli(11)],
  ];
  console.log(
    `\n| per inbox answer (${runs} runs) | bytes out | CPU µs | wall µs |\n| --- | ---: | ---: | ---: |`,
  );
  for (const [name, run] of cases) {
    const out: unknown = await run();
    const size = Buffer.isBuffer(out)
      ? String(out.length)
      : typeof out === 'string'
        ? String(out.length)
        : '';
    const { cpuUs, wallUs } = await measure(run);
    console.log(`| ${name} | ${size} | ${cpuUs.toFixed(0)} | ${wallUs.toFixed(0)} |`);
  }

  gateway.server.closeAllConnections();
  gateway.server.close();
  await gateway.stop();
  await simulator.close();
}

await main();
