/**
 * One subscriber's queue of events, read as an async iterator (what graphql-js's subscription
 * execution consumes). Events pushed while nobody reads wait in a bounded buffer: a subscriber that
 * falls `capacity` events behind is ended rather than allowed to grow without bound, and learns it
 * from the end of its stream (clients resubscribe and refetch). Nothing is dropped silently.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  readonly #buffer: T[] = [];
  #waiting: ((result: IteratorResult<T, undefined>) => void) | null = null;
  #done = false;
  readonly #capacity: number;
  readonly #onEnd: (reason: 'closed' | 'overflow') => void;

  /** `onEnd` runs once, when the stream ends for any reason (unsubscribe it from its source). */
  constructor(capacity: number, onEnd: (reason: 'closed' | 'overflow') => void) {
    this.#capacity = capacity;
    this.#onEnd = onEnd;
  }

  /** True once ended: pushes are ignored. */
  get done(): boolean {
    return this.#done;
  }

  /** Hands an event to the reader, or buffers it. */
  push(value: T): void {
    if (this.#done) return;
    const waiting = this.#waiting;
    if (waiting !== null) {
      this.#waiting = null;
      waiting({ value, done: false });
      return;
    }
    if (this.#buffer.length >= this.#capacity) {
      this.#end('overflow');
      return;
    }
    this.#buffer.push(value);
  }

  next(): Promise<IteratorResult<T, undefined>> {
    const value = this.#buffer.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  /** Ends the stream (the reader stopped, or the gateway is shutting down). */
  return(): Promise<IteratorResult<T, undefined>> {
    this.#end('closed');
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #end(reason: 'closed' | 'overflow'): void {
    if (this.#done) return;
    this.#done = true;
    // A stream that ends has no reader left for its backlog (an overflowing one is told by the end).
    this.#buffer.length = 0;
    const waiting = this.#waiting;
    this.#waiting = null;
    waiting?.({ value: undefined, done: true });
    this.#onEnd(reason);
  }
}
