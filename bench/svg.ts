/**
 * A horizontal bar chart as standalone SVG, drawn by the harness (no charting dependency): one
 * bar per label, the value printed at the end of each bar.
 */

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Drawn in the accent colour (this gateway). */
  readonly highlight?: boolean;
}

export interface BarChart {
  readonly title: string;
  /** Unit printed after each value, e.g. `req/s`. */
  readonly unit: string;
  readonly bars: readonly Bar[];
  /** A short line under the title (settings, "lower is better"). */
  readonly subtitle?: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function formatValue(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Renders the chart; bars with non-finite values are left out. */
export function barChartSvg(chart: BarChart): string {
  const bars = chart.bars.filter((b) => Number.isFinite(b.value));
  const width = 720;
  const labelWidth = 260;
  const valueWidth = 110;
  const barHeight = 26;
  const gap = 10;
  const top = chart.subtitle === undefined ? 48 : 66;
  const height = top + bars.length * (barHeight + gap) + 16;
  const max = Math.max(1e-9, ...bars.map((b) => b.value));
  const plot = width - labelWidth - valueWidth - 20;
  const rows = bars.map((bar, i) => {
    const y = top + i * (barHeight + gap);
    const w = Math.max(1, (bar.value / max) * plot);
    const fill = bar.highlight === true ? '#d9480f' : '#4c6ef5';
    return [
      `<text x="${labelWidth - 10}" y="${y + barHeight / 2 + 5}" text-anchor="end">${escape(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" rx="3" fill="${fill}"/>`,
      `<text x="${(labelWidth + w + 8).toFixed(1)}" y="${y + barHeight / 2 + 5}">${escape(`${formatValue(bar.value)} ${chart.unit}`)}</text>`,
    ].join('\n  ');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="14" fill="#212529">`,
    `  <rect width="100%" height="100%" fill="#ffffff"/>`,
    `  <text x="16" y="28" font-size="17" font-weight="600">${escape(chart.title)}</text>`,
    ...(chart.subtitle === undefined
      ? []
      : [`  <text x="16" y="50" font-size="13" fill="#495057">${escape(chart.subtitle)}</text>`]),
    ...rows.map((r) => `  ${r}`),
    '</svg>',
    '',
  ].join('\n');
}

export interface LineChart {
  readonly title: string;
  readonly subtitle?: string;
  /** Label of the x axis, e.g. `seconds`. */
  readonly xLabel: string;
  /** Unit of the y axis, e.g. `MiB`. */
  readonly yUnit: string;
  readonly points: readonly (readonly [number, number])[];
}

/** Renders one series as a line over a zero-based y axis, with min and max gridlines labelled. */
export function lineChartSvg(chart: LineChart): string {
  const width = 720;
  const height = 300;
  const left = 70;
  const right = 20;
  const top = chart.subtitle === undefined ? 48 : 66;
  const bottom = 40;
  const xs = chart.points.map(([x]) => x);
  const ys = chart.points.map(([, y]) => y);
  const xMax = Math.max(1e-9, ...xs);
  const yMax = Math.max(1e-9, ...ys) * 1.1;
  const px = (x: number) => left + (x / xMax) * (width - left - right);
  const py = (y: number) => top + (1 - y / yMax) * (height - top - bottom);
  const path = chart.points
    .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${px(x).toFixed(1)},${py(y).toFixed(1)}`)
    .join(' ');
  const grid = [0, Math.min(...ys), Math.max(...ys)]
    .filter((y) => Number.isFinite(y))
    .map(
      (y) =>
        `  <line x1="${left}" x2="${width - right}" y1="${py(y).toFixed(1)}" y2="${py(y).toFixed(1)}" stroke="#dee2e6"/>\n` +
        `  <text x="${left - 6}" y="${(py(y) + 4).toFixed(1)}" text-anchor="end" font-size="12">${escape(`${formatValue(y)} ${chart.yUnit}`)}</text>`,
    );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="14" fill="#212529">`,
    `  <rect width="100%" height="100%" fill="#ffffff"/>`,
    `  <text x="16" y="28" font-size="17" font-weight="600">${escape(chart.title)}</text>`,
    ...(chart.subtitle === undefined
      ? []
      : [`  <text x="16" y="50" font-size="13" fill="#495057">${escape(chart.subtitle)}</text>`]),
    ...grid,
    `  <path d="${path}" fill="none" stroke="#d9480f" stroke-width="2"/>`,
    `  <text x="${width - right}" y="${height - 12}" text-anchor="end" font-size="12">${escape(`${formatValue(xMax)} ${chart.xLabel}`)}</text>`,
    `  <text x="${left}" y="${height - 12}" font-size="12">0</text>`,
    '</svg>',
    '',
  ].join('\n');
}
