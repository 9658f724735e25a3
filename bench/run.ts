/**
 * `npm run bench` (full, under 10 minutes on a 2-core machine), `npm run bench:quick` (about a
 * minute) and `npm run bench -- --profile`. Writes bench/REPORT.md, bench/charts/*.svg and
 * bench/results/latest.json (quick runs write under bench/.tmp/quick/ instead, so a quick run
 * never replaces the committed report).
 *
 * Options: --quick, --no-mesh, --scenarios=inbox,thread,lookup,reply (only those, at 0 and 50 ms),
 * --gateway-env=NAME=value (repeatable; extra variables for the gateway under test, for A/B runs),
 * --render (draw the report again from the last results, e.g. after editing bench/NOTES.md),
 * --webhooks (only the webhook intake scenario; prints its numbers, writes nothing; with --profile,
 * also the gateway's top functions by self time),
 * --budget (only the workspace budget at 50 ms, Hive Gateway's response cache included; with
 * --quick it writes under bench/.tmp/quick/),
 * --profile [--profile-scenario=lookup|inbox|thread|reply].
 * Environment: BENCH_QUICK=1, BENCH_PROFILE=1 do the same as the flags.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { placeGatewayAssets } from './assets.js';
import type { ScenarioName } from './contenders/types.js';
import { PATHS } from './paths.js';
import { installCleanup } from './processes.js';
import { formatSelfTimes, newestProfile, topSelfTime } from './profile.js';
import { PROFILE_DIR, runProfile } from './profileRun.js';
import { writeCharts } from './report/charts.js';
import { renderReport } from './report/markdown.js';
import { budgetOnly, FULL, QUICK, type Settings } from './settings.js';
import { isRunResults, type RunResults } from './results.js';
import { runWebhookIntakeAlone } from './scenarios/webhookIntake.js';
import { runSuite } from './suite.js';

const SCENARIOS: readonly ScenarioName[] = ['inbox', 'thread', 'lookup', 'reply'];

/** `--scenarios=inbox,thread` keeps only those screen scenarios (at every latency of the plan). */
function onlyScenarios(settings: Settings, list: string | undefined): Settings {
  if (list === undefined) return settings;
  const wanted = list.split(',').map((s) => s.trim());
  const unknown = wanted.filter((w) => !SCENARIOS.some((s) => s === w));
  if (unknown.length > 0) {
    throw new Error(`--scenarios: unknown ${unknown.join(', ')}; use ${SCENARIOS.join(', ')}`);
  }
  const keep = SCENARIOS.filter((s) => wanted.includes(s));
  const plan = (settings.mode === 'quick' ? FULL : settings).plan.map((p) => ({
    ...p,
    scenarios: keep,
  }));
  return { ...settings, plan };
}

/** `--gateway-env=NAME=value` (repeatable): extra variables for the gateway under test. */
function gatewayEnv(pairs: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair);
    if (match === null) throw new Error(`--gateway-env expects NAME=value, got '${pair}'`);
    env[match[1] ?? ''] = match[2] ?? '';
  }
  return env;
}

const started = performance.now();

/** Prints a progress line with the seconds since the start. */
function log(line: string): void {
  const seconds = Math.round((performance.now() - started) / 1000);
  process.stdout.write(`[${String(seconds).padStart(4)} s] ${line}\n`);
}

/** Writes the charts and REPORT.md for a run's results; returns the report's path. */
function writeReport(outDir: string, results: RunResults): string {
  const charts = writeCharts(outDir, results);
  const reportFile = join(outDir, 'REPORT.md');
  writeFileSync(reportFile, renderReport(results, charts));
  return reportFile;
}

/** `--render`: the last run's results, to redraw the report (e.g. after editing NOTES.md). */
function readResults(outDir: string): RunResults {
  const file = join(outDir, 'results', 'latest.json');
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isRunResults(parsed)) throw new Error(`${file} does not hold a benchmark run's results`);
  log(`Rendering the report again from ${relative(process.cwd(), file)}`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: process.env.BENCH_QUICK === '1' },
      profile: { type: 'boolean', default: process.env.BENCH_PROFILE === '1' },
      'profile-scenario': { type: 'string', default: 'lookup' },
      'no-mesh': { type: 'boolean', default: false },
      scenarios: { type: 'string' },
      'gateway-env': { type: 'string', multiple: true, default: [] },
      render: { type: 'boolean', default: false },
      webhooks: { type: 'boolean', default: false },
      budget: { type: 'boolean', default: false },
    },
  });
  const outDir = values.quick || values.budget ? join(PATHS.tmp, 'quick') : PATHS.bench;
  if (values.render) {
    writeReport(outDir, readResults(outDir));
    return;
  }
  installCleanup();
  placeGatewayAssets();

  if (values.webhooks) {
    const settings = values.quick ? QUICK : FULL;
    const env = gatewayEnv(values['gateway-env']);
    if (!values.profile) {
      await runWebhookIntakeAlone(settings, env, log);
      return;
    }
    mkdirSync(PROFILE_DIR, { recursive: true });
    await runWebhookIntakeAlone(settings, env, log, PROFILE_DIR);
    const file = newestProfile(PROFILE_DIR);
    if (file !== null) {
      log(`Top functions by self time (${file}):`);
      log(formatSelfTimes(topSelfTime(file, PATHS.root, 25)));
    }
    return;
  }

  if (values.profile) {
    const scenario = SCENARIOS.find((s) => s === values['profile-scenario']);
    if (scenario === undefined) {
      throw new Error(`--profile-scenario must be one of ${SCENARIOS.join(', ')}`);
    }
    await runProfile({
      scenario,
      durationS: values.quick ? 5 : 15,
      connections: 32,
      gatewayEnv: gatewayEnv(values['gateway-env']),
      log,
    });
    return;
  }

  const base = onlyScenarios(values.quick ? QUICK : FULL, values.scenarios);
  const settings = values.budget ? budgetOnly(base) : base;
  const results = await runSuite(settings, {
    mesh: !values['no-mesh'],
    gatewayEnv: gatewayEnv(values['gateway-env']),
    log,
  });

  mkdirSync(join(outDir, 'results'), { recursive: true });
  writeFileSync(join(outDir, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const reportFile = writeReport(outDir, results);

  log('');
  log('Targets:');
  for (const t of results.targets) {
    const verdict = t.pass === null ? 'not measured' : t.pass ? 'pass' : 'FAIL';
    log(`  [${verdict}] ${t.target}: ${t.detail}`);
  }
  for (const p of results.problems) log(`  problem: ${p}`);
  log(`Report: ${relative(process.cwd(), reportFile)} (${Math.round(results.durationS)} s)`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
