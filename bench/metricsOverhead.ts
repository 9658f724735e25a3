/**
 * `npm run bench:metrics`: what `/metrics` costs the gateway. The single-lookup load runs against
 * one gateway process, alternately unscraped and with `/metrics` scraped every second (as a
 * Prometheus with a 1 s interval would), several rounds each; the report is the median throughput
 * of each and their ratio. The target is a loss under 5%. On a busy machine throughput swings more
 * than that between runs, so the gateway's own CPU time is reported too: per lookup in each mode,
 * and per scrape (20 scrapes with no load); at saturation a 1/s scrape takes `cpuMsPerScrape` of
 * each 1,000 ms the gateway's one thread has, which bounds the throughput it can cost.
 * Options: --rounds=N, --seconds=S.
 */
import { parseArgs } from 'node:util';
import { startGateway } from './contenders/gateway.js';
import { findFixtures } from './fixtures.js';
import { runLoad } from './load.js';
import { readProc } from './procStats.js';
import { installCleanup } from './processes.js';
import { startSimulatorProcess } from './simulator.js';

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Scrapes `url` every second until stopped; returns the scrape durations in ms. */
function scrapeEverySecond(url: string): { stop(): number[] } {
  const durations: number[] = [];
  const timer = setInterval(() => {
    const started = performance.now();
    void fetch(url)
      .then((r) => r.text())
      .then(() => durations.push(performance.now() - started));
  }, 1000);
  return {
    stop() {
      clearInterval(timer);
      return durations;
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '10' },
    },
  });
  installCleanup();
  const sim = await startSimulatorProcess();
  const fixtures = await findFixtures(sim);
  const gateway = await startGateway({ fixtures, rateShaping: 'raised' });
  try {
    const screen = await gateway.prepare('lookup', fixtures);
    if (screen?.calls == null || screen.origin === null) throw new Error('no lookup screen');
    const load = () =>
      runLoad({
        origin: screen.origin ?? '',
        calls: screen.calls ?? [],
        connections: 32,
        durationS: Number(values.seconds),
        ...(screen.verifyBody === null ? {} : { verifyBody: screen.verifyBody }),
      });
    const pid = gateway.pid ?? 0;
    /** Runs the load; returns its throughput and the gateway's CPU ms per request. */
    const measured = async () => {
      const before = readProc(pid).cpuMs;
      const result = await load();
      return { rps: result.rps, cpuMs: (readProc(pid).cpuMs - before) / result.requests };
    };
    await load(); // warm-up: JIT, connection pools
    const plain: number[] = [];
    const scraped: number[] = [];
    const plainCpu: number[] = [];
    const scrapedCpu: number[] = [];
    const scrapeMs: number[] = [];
    const runPlain = async () => {
      const a = await measured();
      plain.push(a.rps);
      plainCpu.push(a.cpuMs);
    };
    const runScraped = async () => {
      const scraper = scrapeEverySecond(`${screen.origin}/metrics`);
      const b = await measured();
      scraped.push(b.rps);
      scrapedCpu.push(b.cpuMs);
      scrapeMs.push(...scraper.stop());
    };
    // The order alternates (ABBA...): whatever drifts during a run (heap, caches) is not charged
    // to one mode.
    for (let round = 0; round < Number(values.rounds); round += 1) {
      const order = round % 2 === 0 ? [runPlain, runScraped] : [runScraped, runPlain];
      for (const run of order) await run();
    }
    const idleBefore = readProc(pid).cpuMs;
    for (let i = 0; i < 20; i += 1) await (await fetch(`${screen.origin}/metrics`)).text();
    const cpuMsPerScrape = (readProc(pid).cpuMs - idleBefore) / 20;
    const ratio = median(scraped) / median(plain);
    process.stdout.write(
      `${JSON.stringify(
        {
          lookupRps: { unscraped: plain, scrapedEverySecond: scraped },
          medianRps: { unscraped: median(plain), scraped: median(scraped) },
          throughputRatio: Math.round(ratio * 1000) / 1000,
          lossPercent: Math.round((1 - ratio) * 1000) / 10,
          scrapeMsMedian: Math.round(median(scrapeMs) * 10) / 10,
          cpuMsPerLookup: {
            unscraped: Math.round(median(plainCpu) * 1000) / 1000,
            scraped: Math.round(median(scrapedCpu) * 1000) / 1000,
          },
          cpuMsPerScrape: Math.round(cpuMsPerScrape * 100) / 100,
          scrapeShareOfOneCorePerSecond: `${Math.round(cpuMsPerScrape * 10) / 100}%`,
          target: 'loss < 5%',
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await gateway.stop();
    await sim.stop();
  }
}

await main();
