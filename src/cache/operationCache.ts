/**
 * One operation's view of the {@link ResponseCache}: its tenant scope, whether its credential may
 * read cached answers at all, and its hits and misses (reported in `extensions.cache`).
 *
 * A credential not proven by Bird (a client key not in the verified set) reads and writes nothing:
 * its calls go upstream, so a wrong key is refused by Bird even when a right key's answer is cached.
 */
import type { BirdClient, Credentials } from '../upstream/client.js';
import { credentialKey } from '../upstream/credentials/verifiedCredentials.js';
import type { BirdConversation } from '../upstream/types.js';
import { tags as entryTags, type EntrySpec } from './entries.js';
import { NO_CACHE_OBSERVER, type OperationCacheObserver } from './observer.js';
import { CLAIM_MS, SHORT_TTL_MS, type ResponseCache } from './responseCache.js';
import type { StoredEntry } from './store.js';

export interface CacheStats {
  hits: number;
  misses: number;
}

export class OperationCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  /** Full keys this operation read (for the next admission of the same operation). */
  readonly touched = new Set<string>();
  /** Missing keys this operation reserved a call for (released when it answers). */
  private readonly claimed: string[] = [];
  private trusted: Promise<boolean> | null = null;
  private readonly scope: string | null;

  constructor(
    private readonly shared: ResponseCache | null,
    private readonly credentials: Credentials | null,
    private readonly client: BirdClient,
    /** The operation's own hits and misses go on its span. */
    private readonly operation: OperationCacheObserver = NO_CACHE_OBSERVER,
  ) {
    this.scope =
      shared === null || credentials === null
        ? null
        : shared.scope(
            credentials.workspaceId,
            credentialKey(credentials.workspaceId, credentials.authorization).digest,
          );
  }

  /** False when there is no cache for this operation at all (off, or no credentials). */
  get enabled(): boolean {
    return this.scope !== null;
  }

  /** True when this operation may use cached answers (asked again until it is). */
  async usable(): Promise<boolean> {
    if (this.scope === null) return false;
    this.trusted ??= this.client.isTrusted();
    const trusted = await this.trusted;
    if (!trusted) this.trusted = null;
    return trusted;
  }

  /** The full key of an entry in this operation's scope. */
  keyOf(spec: EntrySpec): string | null {
    return this.scope === null ? null : `${this.scope}|${spec.key}`;
  }

  /** The cached answer for `spec`, or `load`'s (stored unless an invalidation raced it). */
  async read<T>(spec: EntrySpec, load: () => Promise<T>): Promise<T> {
    const shared = this.shared;
    const key = this.keyOf(spec);
    if (shared === null || key === null || this.credentials === null) return load();
    const ws = this.credentials.workspaceId;
    const tags = spec.tags.map((t) => shared.tag(ws, t));
    const ttl = spec.short ? Math.min(shared.ttlMs, SHORT_TTL_MS) : shared.ttlMs;
    const gens = shared.generations;
    // The read counts as of its start: an entry stamped with the generations of now is current.
    const stamp = await gens.stamp(tags);
    if (stamp === null) {
      // An invalidation of these tags is not shared yet: nothing cached may be trusted.
      this.count(spec, false);
      return load();
    }
    if (!(await this.usable())) {
      // Unproven: Bird answers first. Once it accepted the key, what it answered may be kept.
      const value = await load();
      this.count(spec, false);
      if ((await this.usable()) && stamp === (await gens.stamp(tags))) {
        shared.watch(ws);
        await shared.store.set(key, tags, ttl, { value, stamp });
      }
      return value;
    }
    shared.watch(ws);
    this.touched.add(key);
    // An object: the compiler does not see a closure assign a plain variable.
    const run = { loaded: false };
    const loadStamped = async (): Promise<StoredEntry<T>> => {
      run.loaded = true;
      return { value: await load(), stamp };
    };
    const loaded = (): boolean => run.loaded;
    let entry = await shared.store.getOrLoad(key, tags, ttl, loadStamped, false);
    if (!loaded() && entry.stamp !== stamp) {
      // Stored before an invalidation of its tags (or by a read stamped differently): read again.
      entry = await shared.store.getOrLoad(key, tags, ttl, loadStamped, true);
      if (!loaded() && entry.stamp !== stamp) {
        this.count(spec, false);
        return load();
      }
    }
    // Fetched while an invalidation ran: never kept, though this read (older) may still use it.
    if (run.loaded && entry.stamp !== (await gens.stamp(tags))) await shared.store.delete(key);
    this.count(spec, !run.loaded);
    return entry.value;
  }

  /** Counts a read for the operation (`extensions.cache`, its span) and the gateway's metrics. */
  private count(spec: EntrySpec, hit: boolean): void {
    const observer = this.shared?.observer ?? NO_CACHE_OBSERVER;
    if (hit) {
      this.stats.hits += 1;
      this.operation.cacheHit();
      observer.cacheHit(spec.kind);
    } else {
      this.stats.misses += 1;
      this.operation.cacheMiss();
      observer.cacheMiss(spec.kind);
    }
  }

  /**
   * The upstream calls an operation will really make: what it read last time minus what is cached
   * now, plus the calls it made outside the cache; `estimate` when it has not run yet. A missing
   * key that an operation admitted earlier is loading costs nothing more: this one will share that
   * load. The others are claimed, so that twenty screens after one invalidation reserve its calls
   * once, not twenty times (which queued and refused screens a cache should serve).
   */
  async expectedCalls(operation: string, estimate: number): Promise<number> {
    const hint = this.scope === null ? undefined : this.shared?.hints.get(this.hintKey(operation));
    if (hint === undefined || this.shared === null || !(await this.usable())) return estimate;
    const claims = this.shared.claims;
    const store = this.shared.store;
    // At once: with a Redis L2 each answer may be a round trip.
    const stored = await Promise.all(hint.keys.map((key) => store.has(key)));
    let missing = hint.uncached;
    for (const [i, key] of hint.keys.entries()) {
      if (stored[i] === true) continue;
      const claim = claims.get(key);
      if (claim !== undefined && claim.owner !== this && claim.until > Date.now()) continue;
      claims.set(key, { owner: this, until: Date.now() + CLAIM_MS });
      this.claimed.push(key);
      missing += 1;
    }
    return Math.min(estimate, missing);
  }

  /** Releases this operation's claims (it has answered, or was refused). */
  private release(): void {
    const claims = this.shared?.claims;
    for (const key of this.claimed.splice(0)) {
      if (claims?.get(key)?.owner === this) claims.delete(key);
    }
  }

  /** Records what an operation read, for its next admission, and releases its claims. */
  remember(operation: string, calls: number): void {
    this.release();
    if (this.shared === null || this.scope === null || this.touched.size === 0) return;
    const hints = this.shared.hints;
    hints.delete(this.hintKey(operation));
    const uncached = Math.max(0, calls - this.stats.misses);
    hints.set(this.hintKey(operation), { keys: [...this.touched], uncached });
    if (hints.size > 10_000) {
      const oldest = hints.keys().next();
      if (oldest.done !== true) hints.delete(oldest.value);
    }
  }

  private hintKey(operation: string): string {
    return `${this.scope ?? ''}|${operation}`;
  }

  /** Remembers conversations read (so older events can be told apart). */
  saw(conversations: readonly BirdConversation[]): void {
    if (this.shared === null || this.credentials === null) return;
    for (const c of conversations) this.shared.saw(this.credentials.workspaceId, c);
  }

  /** Read-your-writes: a conversation this operation created or changed. */
  async conversationWritten(conversation: BirdConversation): Promise<void> {
    if (this.shared === null || this.credentials === null) return;
    await this.shared.conversationWritten(this.credentials.workspaceId, conversation);
  }

  /** Read-your-writes: a conversation this operation deleted. */
  async conversationDeleted(conversationId: string): Promise<void> {
    if (this.shared === null || this.credentials === null) return;
    await this.shared.onEvent({
      type: 'conversation.deleted',
      workspaceId: this.credentials.workspaceId,
      eventId: `mutation:deleteConversation:${conversationId}`,
      source: 'mutation',
      conversationId,
    });
  }

  /** Read-your-writes: a conversation whose participants this operation changed. */
  async participantsWritten(conversationId: string): Promise<void> {
    if (this.shared === null || this.credentials === null) return;
    await this.shared.invalidate(this.credentials.workspaceId, [
      entryTags.conversation(conversationId),
      entryTags.conversations,
    ]);
  }

  /** Read-your-writes: a message this operation sent, changed or deleted. */
  async messageWritten(conversationId: string, id: string): Promise<void> {
    if (this.shared === null || this.credentials === null) return;
    await this.shared.messageWritten(this.credentials.workspaceId, conversationId, id);
  }
}
