/** A position in a collection ordered by (createdAt, id); what a page token encodes. */
export interface Cursor {
  readonly createdAt: number;
  readonly id: string;
}

/** Orders two keys by createdAt, then id, so that no two distinct items compare equal. */
function compareCursor(a: Cursor, b: Cursor): number {
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** One page request over a {@link SortedIndex}. */
export interface PageQuery<T> {
  /** Exclusive position to continue after (in walk direction); null for the first page. */
  readonly after: Cursor | null;
  readonly limit: number;
  /** false: newest first (Bird's default); true: oldest first. */
  readonly reverse: boolean;
  /** Only items created strictly after this instant (messages' `dateFrom`). */
  readonly createdAfter?: number;
  /** Skips items that don't match; the scan continues until `limit` matches are found. */
  readonly filter?: (item: T) => boolean;
}

/** The items of one page and whether any further item matches. */
export interface Page<T> {
  readonly items: T[];
  readonly hasMore: boolean;
}

/**
 * Items kept sorted ascending by (createdAt, id). New items are almost always the newest, so
 * insertion is an append; lookups of a page position are binary searches. A page therefore costs
 * O(log n + limit) without filters, which keeps list endpoints flat as collections grow.
 */
export class SortedIndex<T extends Cursor> {
  #items: T[];

  private constructor(items: T[]) {
    this.#items = items;
  }

  /** An empty index. */
  static empty<T extends Cursor>(): SortedIndex<T> {
    return new SortedIndex<T>([]);
  }

  /** An index over `items` in any order (sorted once, here). */
  static of<T extends Cursor>(items: readonly T[]): SortedIndex<T> {
    return new SortedIndex([...items].sort(compareCursor));
  }

  get size(): number {
    return this.#items.length;
  }

  /** All items, oldest first. The array is live; don't mutate it. */
  values(): readonly T[] {
    return this.#items;
  }

  insert(item: T): void {
    const last = this.#items.at(-1);
    if (last === undefined || compareCursor(last, item) < 0) {
      this.#items.push(item);
      return;
    }
    this.#items.splice(this.#lowerBound(item), 0, item);
  }

  /** Removes the item with the same key; returns whether it was present. */
  remove(item: Cursor): boolean {
    const index = this.#lowerBound(item);
    const found = this.#items[index];
    if (found === undefined || compareCursor(found, item) !== 0) return false;
    this.#items.splice(index, 1);
    return true;
  }

  /** The newest item matching `predicate`, scanning from the newest end. */
  newest(predicate: (item: T) => boolean): T | undefined {
    for (let i = this.#items.length - 1; i >= 0; i--) {
      const item = this.#items[i];
      if (item !== undefined && predicate(item)) return item;
    }
    return undefined;
  }

  /** How many items were created strictly after `ms`. */
  countCreatedAfter(ms: number): number {
    return this.#items.length - this.#lowerBound({ createdAt: ms, id: '\uffff' });
  }

  /** One page in walk order, continuing strictly after `query.after`. */
  page(query: PageQuery<T>): Page<T> {
    const { limit, filter } = query;
    const items: T[] = [];
    const floor =
      query.createdAfter === undefined
        ? 0
        : this.#lowerBound({ createdAt: query.createdAfter, id: '\uffff' });
    if (query.reverse) {
      let i = query.after === null ? 0 : this.#upperBound(query.after);
      if (i < floor) i = floor;
      for (; i < this.#items.length; i++) {
        const item = this.#items[i];
        if (item === undefined || (filter !== undefined && !filter(item))) continue;
        if (items.length === limit) return { items, hasMore: true };
        items.push(item);
      }
      return { items, hasMore: false };
    }
    let i = (query.after === null ? this.#items.length : this.#lowerBound(query.after)) - 1;
    for (; i >= floor; i--) {
      const item = this.#items[i];
      if (item === undefined || (filter !== undefined && !filter(item))) continue;
      if (items.length === limit) return { items, hasMore: true };
      items.push(item);
    }
    return { items, hasMore: false };
  }

  /** First index whose item is >= key. */
  #lowerBound(key: Cursor): number {
    let low = 0;
    let high = this.#items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const item = this.#items[mid];
      if (item !== undefined && compareCursor(item, key) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** First index whose item is > key. */
  #upperBound(key: Cursor): number {
    let low = 0;
    let high = this.#items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const item = this.#items[mid];
      if (item !== undefined && compareCursor(item, key) <= 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
