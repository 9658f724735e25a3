/**
 * Generation counters per tag. An invalidation bumps its tags' counters before it touches the
 * store, so a read that started earlier sees its stamp change and never serves or keeps what it
 * fetched as current. In process the counters are {@link LocalGenerations}; shared mode keeps them
 * in Redis (src/redis/sharedGenerations.ts) so that one instance's bump is seen by every instance's
 * next read, whatever its L1 holds and however late the cache bus is.
 */
export interface Generations {
  /**
   * The current stamp of a set of tags, or null when entries of these tags must be neither served
   * nor stored right now (an invalidation of them has not reached the shared counters yet).
   */
  stamp(tags: readonly string[]): Promise<string | null>;
  /** Moves every tag to a new generation; resolves once every reader will see it. */
  bump(tags: readonly string[]): Promise<void>;
}

/**
 * Counters in this process. A tag never bumped is at 0; the map is bounded, and a forgotten counter
 * only turns a stamp mismatch into a harmless miss.
 */
export class LocalGenerations implements Generations {
  private readonly counters = new Map<string, number>();
  private next = 1;

  constructor(private readonly maxTags = 100_000) {}

  /** The current stamp of a set of tags, synchronously. */
  stampNow(tags: readonly string[]): string {
    return tags.map((t) => this.counters.get(t) ?? 0).join('.');
  }

  /** Moves every tag to a new generation, synchronously. */
  bumpNow(tags: readonly string[]): void {
    for (const tag of tags) {
      this.counters.delete(tag);
      // A global sequence, so a counter evicted and created again never repeats an old stamp.
      this.counters.set(tag, this.next++);
    }
    while (this.counters.size > this.maxTags) {
      const oldest = this.counters.keys().next();
      if (oldest.done === true) break;
      this.counters.delete(oldest.value);
    }
  }

  stamp(tags: readonly string[]): Promise<string> {
    return Promise.resolve(this.stampNow(tags));
  }

  bump(tags: readonly string[]): Promise<void> {
    this.bumpNow(tags);
    return Promise.resolve();
  }
}
