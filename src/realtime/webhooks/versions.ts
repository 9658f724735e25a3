/**
 * What the intake last applied for each conversation: its `updatedAt`, or that it was deleted.
 * Bird delivers out of order and more than once (bird-api.md §7), so a change is applied only if
 * it is newer than the one known, and a deleted conversation stays deleted (a late update must not
 * bring it back). Memory is bounded: per workspace the least recently changed conversations are
 * forgotten first, and so are the least recently active workspaces.
 */

type Version = { readonly at: bigint; readonly deleted: false } | { readonly deleted: true };

export interface VersionLimits {
  /** Conversations remembered per workspace. */
  readonly perWorkspace: number;
  /** Workspaces remembered. */
  readonly workspaces: number;
}

const DEFAULT_LIMITS: VersionLimits = { perWorkspace: 50_000, workspaces: 1_000 };

/**
 * An RFC 3339 time as nanoseconds since the epoch, so two changes within the same millisecond
 * still order (Bird's timestamps carry more digits than a JavaScript Date keeps).
 */
export function timestampNanos(value: string): bigint {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(.*)$/.exec(value);
  if (match === null) return BigInt(Date.parse(value)) * 1_000_000n;
  const [, head = '', fraction = '', zone = ''] = match;
  const seconds = BigInt(Date.parse(`${head}${zone}`));
  return seconds * 1_000_000n + BigInt(fraction.padEnd(9, '0'));
}

export class ConversationVersions {
  readonly #workspaces = new Map<string, Map<string, Version>>();
  readonly #limits: VersionLimits;

  constructor(limits: Partial<VersionLimits> = {}) {
    this.#limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /**
   * Records a conversation state if it is newer than the known one. Returns false, changing
   * nothing, when it is not newer or the conversation was deleted.
   */
  advance(workspaceId: string, conversationId: string, updatedAt: string): boolean {
    const known = this.#workspace(workspaceId);
    const current = known.get(conversationId);
    if (current?.deleted === true) return false;
    const at = timestampNanos(updatedAt);
    if (current !== undefined && at <= current.at) return false;
    this.#remember(known, conversationId, { at, deleted: false });
    return true;
  }

  /** Marks a conversation deleted. Returns false when it already was. */
  delete(workspaceId: string, conversationId: string): boolean {
    const known = this.#workspace(workspaceId);
    if (known.get(conversationId)?.deleted === true) return false;
    this.#remember(known, conversationId, { deleted: true });
    return true;
  }

  #workspace(workspaceId: string): Map<string, Version> {
    let known = this.#workspaces.get(workspaceId);
    // Re-inserting keeps the map in least-recently-active order for eviction.
    if (known !== undefined) this.#workspaces.delete(workspaceId);
    known ??= new Map();
    this.#workspaces.set(workspaceId, known);
    if (this.#workspaces.size > this.#limits.workspaces) {
      const oldest = this.#workspaces.keys().next().value;
      if (oldest !== undefined) this.#workspaces.delete(oldest);
    }
    return known;
  }

  #remember(known: Map<string, Version>, conversationId: string, version: Version): void {
    known.delete(conversationId);
    known.set(conversationId, version);
    if (known.size > this.#limits.perWorkspace) {
      const oldest = known.keys().next().value;
      if (oldest !== undefined) known.delete(oldest);
    }
  }
}
