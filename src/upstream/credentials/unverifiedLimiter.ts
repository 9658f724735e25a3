/**
 * The allowance for calls made with credentials Bird has not accepted yet: a few per second per
 * workspace, and a cap across all workspaces, so made-up keys can neither use up a workspace's
 * budget nor turn the gateway into a relay towards Bird. A call over the allowance is refused at
 * once (no queueing: a flood must not pile up in memory).
 */
import type { CredentialsConfig } from '../../config/index.js';
import { SlidingWindowShaper } from '../resilience/rateShaper.js';

const ALL = '\u0000all';

export class UnverifiedLimiter {
  private readonly perWorkspace: SlidingWindowShaper;
  private readonly global: SlidingWindowShaper;

  constructor(
    config: Pick<CredentialsConfig, 'unverifiedPerSecond' | 'unverifiedGlobalPerSecond'>,
  ) {
    const windows = (perSecond: number) =>
      new SlidingWindowShaper({
        readPerSecond: perSecond,
        writePerSecond: perSecond,
        maxWaitMs: 0,
        marginMs: 0,
        penaltyCapMs: 0,
      });
    this.perWorkspace = windows(config.unverifiedPerSecond);
    this.global = windows(config.unverifiedGlobalPerSecond);
  }

  /** Takes one call from the allowance; rejects with a `rate-limited` UpstreamFailure. */
  async acquire(workspaceId: string, context: { method: string; path: string }): Promise<void> {
    // One class for reads and writes: the allowance is about unproven keys, not Bird's classes.
    await this.perWorkspace.acquire(workspaceId, 'read', context);
    await this.global.acquire(ALL, 'read', context);
  }
}
