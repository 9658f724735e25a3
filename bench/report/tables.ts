/** Markdown tables of the report, one per scenario, all contenders side by side. */
import type { BudgetResult } from '../scenarios/budget.js';
import type { FloorResult } from '../scenarios/floor.js';
import type { ScreenScenarioResult } from '../scenarios/screens.js';
import type { TargetResult } from './targets.js';

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A number for a table: `–` when missing, 0–2 decimals by size. */
export function num(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const text =
    abs >= 100
      ? Math.round(value).toLocaleString('en-US')
      : abs >= 10
        ? value.toFixed(1)
        : value.toFixed(2);
  return `${text}${unit}`;
}

/** Long failure messages are cut for the table; the JSON keeps them whole. */
function short(text: string | null, max = 160): string {
  if (text === null) return '';
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function screenTable(s: ScreenScenarioResult, floor: FloorResult | null): string {
  const rows = s.results.map((r) => {
    const status =
      r.status === 'ok'
        ? r.note === null
          ? 'ok'
          : `ok (${short(r.note)})`
        : r.status === 'unsupported'
          ? 'n/a'
          : `${r.status.toUpperCase()}: ${short(r.note)}`;
    const calls =
      r.upstreamCalls === null
        ? '–'
        : `${r.upstreamCalls} (${num(r.upstreamCalls / s.restMinimumCalls)}×)`;
    return [
      r.label,
      calls,
      num(r.unloaded?.p50, ' ms'),
      num(r.unloaded?.p99, ' ms'),
      num(r.loaded?.screensPerSecond),
      num(r.loaded?.p50, ' ms'),
      num(r.loaded?.p99, ' ms'),
      num(r.loaded?.cpuMsPerScreen, ' ms'),
      r.loaded?.engine ?? '–',
      status,
    ];
  });
  if (floor !== null) {
    rows.push([
      'critical-path floor (2 sequential REST calls)',
      '2',
      num(floor.p50, ' ms'),
      num(floor.p99, ' ms'),
      '–',
      '–',
      '–',
      '–',
      'driver',
      'reference',
    ]);
  }
  return table(
    [
      'contender',
      `upstream calls (min ${s.restMinimumCalls})`,
      'p50, 1 client',
      'p99, 1 client',
      `screens/s, ${s.clients} clients`,
      'p50 loaded',
      'p99 loaded',
      'CPU per screen',
      'load',
      'status',
    ],
    rows,
  );
}

/** `3 of 120 (max 1,200 ms, p50 800 ms)`, or `0 of 120`. */
function staleCell(r: BudgetResult['results'][number]): string {
  const f = r.freshness;
  if (f === null) return '–';
  const lag =
    f.stale === 0 ? '' : ` (by up to ${num(f.maxLagMs, ' ms')}, p50 ${num(f.p50LagMs, ' ms')})`;
  return `${f.stale} of ${f.checked}${lag}`;
}

export function budgetTable(b: BudgetResult): string {
  return table(
    [
      'contender',
      'screens asked',
      'served in full',
      'served/s',
      'stale served screens',
      'messages known by',
      'what clients got',
      'upstream GETs',
      'upstream 429s',
      'p50 served',
    ],
    b.results.map((r) => [
      r.label,
      String(r.asked),
      String(r.served),
      num(r.servedPerSecond),
      staleCell(r),
      r.freshness === null
        ? '–'
        : r.freshness.reference === 'webhook'
          ? `webhook ack (${r.freshness.messages} messages, ${r.freshness.unacknowledged} not acked)`
          : `Bird storing it (${r.freshness.messages} messages, no webhooks)`,
      Object.entries(r.outcomes)
        .sort((a, b2) => b2[1] - a[1])
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ') ||
        (r.note ?? '–'),
      String(r.upstreamGets),
      String(r.upstream429),
      num(r.servedP50, ' ms'),
    ]),
  );
}

export function targetTable(targets: readonly TargetResult[]): string {
  return table(
    ['target', 'threshold', 'measured', 'result', 'numbers'],
    targets.map((t) => [
      t.target,
      t.threshold,
      t.value === null
        ? '–'
        : t.id.startsWith('added-p99')
          ? num(t.value, ' ms')
          : t.id === 'budget-stale'
            ? String(t.value)
            : t.id === 'rss-growth'
              ? num(t.value, '%')
              : num(t.value, '×'),
      t.pass === null ? 'not measured' : t.pass ? '**pass**' : '**FAIL**',
      t.detail,
    ]),
  );
}
