/**
 * Reads a V8 .cpuprofile (written by `node --cpu-prof`) and ranks functions by self time: each
 * node's hit count times the sampling interval, summed per function name and script.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { arrayAt, numberAt, parseJson, stringAt } from './json.js';

export interface SelfTime {
  readonly functionName: string;
  /** Script and line, shortened to the part below node_modules/ or the repository. */
  readonly location: string;
  readonly selfMs: number;
  readonly share: number;
}

/** The newest .cpuprofile file in a directory, or null. */
export function newestProfile(dir: string): string | null {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f));
  files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ?? null;
}

function shorten(url: string, root: string): string {
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const withoutScheme = url.replace(/^file:\/\//, '');
  return withoutScheme.startsWith(root) ? withoutScheme.slice(root.length + 1) : withoutScheme;
}

/** Top functions by self time. */
export function topSelfTime(file: string, root: string, limit = 25): SelfTime[] {
  const profile = parseJson(readFileSync(file, 'utf8'));
  const nodes = arrayAt(profile, 'nodes');
  const samples = arrayAt(profile, 'samples').length;
  const start = numberAt(profile, 'startTime') ?? 0;
  const end = numberAt(profile, 'endTime') ?? 0;
  // Microseconds per sample, averaged over the profile (V8 samples at a near-fixed interval).
  const intervalMs = samples > 0 ? (end - start) / samples / 1000 : 0;
  const totals = new Map<string, { functionName: string; location: string; hits: number }>();
  let allHits = 0;
  for (const node of nodes) {
    const hits = numberAt(node, 'hitCount') ?? 0;
    if (hits === 0) continue;
    const functionName = stringAt(node, 'callFrame', 'functionName') || '(anonymous)';
    const url = stringAt(node, 'callFrame', 'url') ?? '';
    const line = (numberAt(node, 'callFrame', 'lineNumber') ?? -1) + 1;
    const location = url === '' ? '' : `${shorten(url, root)}:${line}`;
    const key = `${functionName}\u0000${location}`;
    const entry = totals.get(key) ?? { functionName, location, hits: 0 };
    entry.hits += hits;
    totals.set(key, entry);
    allHits += hits;
  }
  return [...totals.values()]
    .sort((a, b) => b.hits - a.hits)
    .slice(0, limit)
    .map((e) => ({
      functionName: e.functionName,
      location: e.location,
      selfMs: e.hits * intervalMs,
      share: allHits === 0 ? 0 : e.hits / allHits,
    }));
}

/** A fixed-width table for the terminal. */
export function formatSelfTimes(rows: readonly SelfTime[]): string {
  const lines = rows.map(
    (r, i) =>
      `${String(i + 1).padStart(2)}. ${r.selfMs.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.functionName}  ${r.location}`,
  );
  return [' #     self      %   function  location', ...lines].join('\n');
}
