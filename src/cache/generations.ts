/**
 * Generation counters per tag. An invalidation bumps its tags' counters before it touches the
 * store, so a read that started earlier sees its stamp change and never serves or keeps what it
 * fetched as current. A tag never bumped is at 0; the map is bounded, and a forgotten counter only
 * turns a stamp mismatch into a harmless miss.
 */
export class Generations {
  private readonly counters = new Map<string, number>();
  private next = 1;

  constructor(private readonly maxTags = 100_000) {}

  /** The current stamp of a set of tags. */
  stamp(tags: readonly string[]): string {
    return tags.map((t) => this.counters.get(t) ?? 0).join('.');
  }

  /** Moves every tag to a new generation. */
  bump(tags: readonly string[]): void {
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
}
