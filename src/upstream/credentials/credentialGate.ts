/**
 * One operation's view of its credential. Two rules live here:
 *
 * - A client key Bird has not accepted recently is unproven. The operation's first call goes out
 *   alone, as a probe (through the small unverified allowance, see unverifiedLimiter.ts); its
 *   other calls wait for the answer. A 2xx proves the pair for every later operation; anything
 *   else leaves it unproven. So a request with a made-up key costs Bird at most one call.
 * - The first 401 or 403 halts the operation: its calls not yet sent are never sent, and fail
 *   with that answer. A 401 also forgets the pair (a revoked key).
 *
 * Keys the gateway holds itself (Bearer tokens, anonymous mode) are trusted without a probe.
 */
import type { Cancellation } from '../cancellation.js';
import { UpstreamFailure } from '../failure.js';
import type { CredentialKey, VerifiedCredentials } from './verifiedCredentials.js';

/** How a call may go: with the workspace's shared budget, or as the operation's probe. */
export type GateMode = 'trusted' | 'probe';

type Proof = 'unknown' | 'verified' | 'unverified';

const AUTH_STATUSES = new Set([401, 403]);

/** True for a failure that says the credential (or its use for this workspace) was refused. */
export function isAuthFailure(failure: UpstreamFailure): boolean {
  return failure.kind === 'status' && AUTH_STATUSES.has(failure.status ?? 0);
}

export class CredentialGate {
  private proof: Proof;
  private lookup: Promise<void> | null = null;
  private probing = false;
  private refreshed = false;
  private halt: UpstreamFailure | null = null;
  private waiters: (() => void)[] = [];

  /** `key` is null for a key the gateway holds itself, which needs no proof. */
  constructor(
    private readonly key: CredentialKey | null,
    private readonly verified: VerifiedCredentials,
    private readonly cancellation?: Cancellation,
  ) {
    this.proof = key === null ? 'verified' : 'unknown';
    cancellation?.once('abort', () => {
      this.wake();
    });
  }

  /** The failure that halted the operation, or null. */
  get halted(): UpstreamFailure | null {
    return this.halt;
  }

  /** True when this operation's calls spend the shared budget without a probe. */
  async isTrusted(): Promise<boolean> {
    await this.prove();
    return this.proof === 'verified';
  }

  /**
   * Waits until a call may go. Rejects with the halting failure, or `aborted` when the operation's
   * client went away.
   */
  async enter(context: { method: string; path: string }): Promise<GateMode> {
    await this.prove();
    for (;;) {
      if (this.halt !== null) throw haltedCall(this.halt, context);
      if (this.cancellation?.aborted === true) {
        throw new UpstreamFailure('aborted', { ...context, maybeSent: false });
      }
      if (this.proof === 'verified') return 'trusted';
      if (!this.probing) {
        this.probing = true;
        return 'probe';
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Throws the halting failure for a call that waited (for its rate-limit turn) after enter. */
  check(context: { method: string; path: string }): void {
    if (this.halt !== null) throw haltedCall(this.halt, context);
  }

  /** Records Bird's 2xx for a call made in `mode`. */
  succeeded(mode: GateMode): void {
    if (this.key === null) return;
    if (mode === 'probe') {
      this.proof = 'verified';
      this.probing = false;
      this.wake();
    }
    if (!this.refreshed) {
      this.refreshed = true;
      this.verified.add(this.key).catch(() => undefined);
    }
  }

  /** Records a failed call made in `mode`. */
  failed(mode: GateMode, failure: UpstreamFailure): void {
    if (isAuthFailure(failure)) {
      this.halt ??= failure;
      if (this.key !== null && failure.status === 401) {
        this.verified.remove(this.key).catch(() => undefined);
      }
    } else if (mode === 'probe' && failure.init.maybeSent !== true) {
      // Refused before it reached Bird (allowance spent, breaker open, deadline): the rest of the
      // operation would be refused the same way, and must not turn into more probes.
      this.halt ??= failure;
    }
    if (mode === 'probe') {
      // Bird answered something other than 2xx or 401/403: still unproven; the next call probes.
      this.probing = false;
      this.wake();
    }
  }

  private async prove(): Promise<void> {
    if (this.proof !== 'unknown' || this.key === null) return;
    const key = this.key;
    this.lookup ??= this.verified.has(key).then(
      (known) => {
        this.proof = known ? 'verified' : 'unverified';
      },
      () => {
        this.proof = 'unverified';
      },
    );
    await this.lookup;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** The failure a call that was never sent reports after the operation was halted. */
function haltedCall(halt: UpstreamFailure, context: { method: string; path: string }) {
  return new UpstreamFailure(halt.kind, { ...halt.init, ...context, maybeSent: false });
}
