/**
 * Maps an async iterator without an async generator: a generator waiting on its source cannot be
 * stopped until the source yields again, while a subscriber that goes away must release its source
 * at once (thousands of idle subscriptions would otherwise linger until their next event).
 */
export function mapStream<T, R>(
  source: AsyncIterator<T>,
  map: (value: T) => R | Promise<R>,
): Required<AsyncIterableIterator<R>> {
  const release = async (): Promise<IteratorResult<R, undefined>> => {
    await source.return?.();
    return { value: undefined, done: true };
  };
  return {
    async next(): Promise<IteratorResult<R, undefined>> {
      const result = await source.next();
      if (result.done === true) return { value: undefined, done: true };
      return { value: await map(result.value), done: false };
    },
    return: release,
    async throw(error?: unknown): Promise<IteratorResult<R, undefined>> {
      await release();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
