/**
 * `npm run bench -- --profile`: the gateway under the single-lookup load (or another screen with
 * `--profile-scenario`) with `--cpu-prof`, then the top self-time functions of the profile. For
 * finding where the request path spends its time.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startGateway } from './contenders/gateway.js';
import type { ScenarioName } from './contenders/types.js';
import { findFixtures } from './fixtures.js';
import { runLoad } from './load.js';
import { PATHS } from './paths.js';
import { formatSelfTimes, newestProfile, topSelfTime } from './profile.js';
import { startSimulatorProcess } from './simulator.js';

export const PROFILE_DIR = join(PATHS.tmp, 'profiles');

export interface ProfileOptions {
  readonly scenario: ScenarioName;
  readonly durationS: number;
  readonly connections: number;
  readonly gatewayEnv: Readonly<Record<string, string>>;
  readonly log: (line: string) => void;
}

export async function runProfile(options: ProfileOptions): Promise<void> {
  const { log } = options;
  mkdirSync(PROFILE_DIR, { recursive: true });
  const sim = await startSimulatorProcess();
  try {
    const fixtures = await findFixtures(sim);
    const gateway = await startGateway({
      fixtures,
      rateShaping: 'raised',
      cpuProfileDir: PROFILE_DIR,
      extraEnv: options.gatewayEnv,
    });
    try {
      const screen = await gateway.prepare(options.scenario, fixtures);
      if (screen?.calls == null || screen.origin === null) {
        throw new Error(`The ${options.scenario} screen has no replayable request`);
      }
      const base = {
        origin: screen.origin,
        calls: screen.calls,
        connections: options.connections,
        ...(screen.verifyBody === null ? {} : { verifyBody: screen.verifyBody }),
      };
      log(
        `Warming up, then ${options.durationS} s of ${options.scenario} with ${options.connections} connections`,
      );
      await runLoad({ ...base, durationS: 2 });
      const result = await runLoad({ ...base, durationS: options.durationS });
      log(
        `${Math.round(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors + result.non2xx + result.mismatches} errors`,
      );
    } finally {
      // The profile is written when the process exits.
      await gateway.stop();
    }
  } finally {
    await sim.stop();
  }
  const file = newestProfile(PROFILE_DIR);
  if (file === null) throw new Error(`No .cpuprofile was written to ${PROFILE_DIR}`);
  log(`Profile: ${file} (open it in Chrome DevTools or speedscope for the call tree)`);
  log('Top functions by self time:');
  log(formatSelfTimes(topSelfTime(file, PATHS.root, 25)));
}
