/**
 * The screen driver: virtual users, each running screens back to back (a closed loop), timing
 * every screen. Used where a screen is more than one fixed request (the direct REST client, which
 * needs each answer to make the next call) and for unloaded latency, where every contender is
 * timed by the same code.
 */
import { summarise, type LatencySummary } from './stats.js';

/** Runs one screen; throws when the screen failed. */
export type Screen = () => Promise<void>;

/** A virtual user: its screen and the connections it holds. */
export interface VirtualUser {
  readonly run: Screen;
  close(): Promise<void>;
}

export interface DriveSpec {
  /** Builds one virtual user's screen function (its own connections, when it has any). */
  readonly user: () => VirtualUser;
  readonly users: number;
  readonly durationMs: number;
  /** Untimed screens per user before timing starts. */
  readonly warmupScreens?: number;
  /** Keep going after `durationMs` until this many screens were timed (latency runs). */
  readonly minScreens?: number;
  /** Hard stop, whatever `minScreens` says. */
  readonly maxDurationMs?: number;
}

export interface DriveResult {
  readonly screens: number;
  readonly failures: number;
  readonly durationS: number;
  readonly screensPerSecond: number;
  readonly latency: LatencySummary;
  /** The first failure's message, if any. */
  readonly firstError: string | null;
}

/** Drives screens and summarises them. */
export async function drive(spec: DriveSpec): Promise<DriveResult> {
  const users = Array.from({ length: spec.users }, () => spec.user());
  try {
    return await timed(spec, users);
  } finally {
    await Promise.all(users.map((user) => user.close()));
  }
}

async function timed(spec: DriveSpec, users: readonly VirtualUser[]): Promise<DriveResult> {
  await Promise.all(
    users.map(async (user) => {
      for (let i = 0; i < (spec.warmupScreens ?? 1); i++) await user.run().catch(() => undefined);
    }),
  );
  const latencies: number[] = [];
  let failures = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const until = started + spec.durationMs;
  const hardStop = started + (spec.maxDurationMs ?? spec.durationMs * 4);
  const minScreens = spec.minScreens ?? 0;
  const more = () => {
    const now = performance.now();
    return now < until || (latencies.length + failures < minScreens && now < hardStop);
  };
  await Promise.all(
    users.map(async (user) => {
      while (more()) {
        const t0 = performance.now();
        try {
          await user.run();
          latencies.push(performance.now() - t0);
        } catch (error) {
          failures += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const durationS = (performance.now() - started) / 1000;
  return {
    screens: latencies.length,
    failures,
    durationS,
    screensPerSecond: latencies.length / durationS,
    latency: summarise(latencies),
    firstError,
  };
}
