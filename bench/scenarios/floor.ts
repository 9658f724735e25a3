/**
 * The inbox's critical-path floor: no client can show the inbox sooner than two sequential round
 * trips (the conversation list, then a message page), measured directly against the simulator.
 */
import type { BenchContext } from '../context.js';
import { RestApi } from '../contenders/rest/restApi.js';
import { inboxFloor } from '../contenders/rest/screens.js';
import { drive } from '../driver.js';

export interface FloorResult {
  readonly latencyMs: number;
  readonly p50: number;
  readonly p99: number;
  readonly samples: number;
}

export async function measureInboxFloor(
  ctx: BenchContext,
  latencyMs: number,
): Promise<FloorResult> {
  const target = {
    origin: ctx.fixtures.simulatorUrl,
    workspaceId: ctx.fixtures.workspaceId,
    accessKey: ctx.fixtures.accessKey,
  };
  const result = await drive({
    user: () => {
      const api = new RestApi(target);
      return { run: () => inboxFloor(api), close: () => api.close() };
    },
    users: 1,
    durationMs: ctx.settings.unloadedMs,
    minScreens: ctx.settings.unloadedMinScreens,
    warmupScreens: 2,
  });
  return { latencyMs, p50: result.latency.p50, p99: result.latency.p99, samples: result.screens };
}
