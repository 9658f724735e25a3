/** The report's charts: single-lookup throughput, inbox latency, RSS over the sustained run. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResults } from '../results.js';
import { barChartSvg, lineChartSvg, type Bar } from '../svg.js';

export interface Chart {
  readonly title: string;
  /** Path relative to the report. */
  readonly file: string;
}

function bars(
  results: Omit<RunResults, 'targets'>,
  scenario: string,
  latencyMs: number,
  value: (r: RunResults['screens'][number]['results'][number]) => number | null,
): Bar[] {
  const s = results.screens.find((x) => x.scenario === scenario && x.latencyMs === latencyMs);
  if (s === undefined) return [];
  return s.results.flatMap((r) => {
    const v = r.status === 'ok' ? value(r) : null;
    return v === null ? [] : [{ label: r.label, value: v, highlight: r.contender === 'gateway' }];
  });
}

/** Writes the charts under `<dir>/charts/` and returns them for the report. */
export function writeCharts(dir: string, results: Omit<RunResults, 'targets'>): Chart[] {
  const charts: Chart[] = [];
  mkdirSync(join(dir, 'charts'), { recursive: true });
  // The direct client talks to the simulator itself: no process in the middle, so it is left
  // out of the chart (the table has it) to keep the middle processes comparable at a glance.
  const lookup = bars(results, 'lookup', 0, (r) =>
    r.contender === 'rest' ? null : (r.loaded?.screensPerSecond ?? null),
  );
  if (lookup.length > 0) {
    const file = 'charts/lookup-throughput.svg';
    writeFileSync(
      join(dir, file),
      barChartSvg({
        title: 'Single lookup: requests per second (higher is better)',
        subtitle: `0 ms upstream latency, ${results.settings.connections.lookup} connections, autocannon`,
        unit: 'req/s',
        bars: lookup,
      }),
    );
    charts.push({ title: 'Single-lookup throughput per contender', file });
  }
  const inbox = bars(results, 'inbox', 50, (r) => r.unloaded?.p50 ?? null);
  const floor = results.floors.find((f) => f.latencyMs === 50);
  if (inbox.length > 0) {
    const file = 'charts/inbox-latency.svg';
    writeFileSync(
      join(dir, file),
      barChartSvg({
        title: 'Inbox screen: p50 latency, one client (lower is better)',
        subtitle: '50 ms upstream latency; floor = two sequential REST round trips',
        unit: 'ms',
        bars: [
          ...inbox,
          ...(floor === undefined ? [] : [{ label: 'critical-path floor', value: floor.p50 }]),
        ],
      }),
    );
    charts.push({ title: 'Inbox p50 latency per contender', file });
  }
  const sustained = results.sustained;
  if (sustained !== null && sustained.rssSamples.length > 1) {
    const file = 'charts/sustained-rss.svg';
    writeFileSync(
      join(dir, file),
      lineChartSvg({
        title: 'Gateway RSS during the sustained run',
        subtitle: `${sustained.operations.toLocaleString('en-US')} operations (${sustained.mix}), sampled every 250 ms`,
        xLabel: 's',
        yUnit: 'MiB',
        points: sustained.rssSamples.map(([t, rss]) => [t, rss / 2 ** 20] as const),
      }),
    );
    charts.push({ title: 'Gateway RSS during the sustained run', file });
  }
  return charts;
}
