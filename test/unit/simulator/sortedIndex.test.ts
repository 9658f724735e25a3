import { describe, expect, it } from 'vitest';
import { SortedIndex } from '../../../src/simulator/store/sortedIndex.js';

const item = (createdAt: number, id: string) => ({ createdAt, id });

describe('SortedIndex', () => {
  const index = SortedIndex.of([
    item(3, 'c'),
    item(1, 'a'),
    item(2, 'b'),
    item(2, 'a'),
    item(5, 'e'),
  ]);

  it('orders by createdAt, then id', () => {
    expect(index.values().map((i) => `${i.createdAt}${i.id}`)).toEqual([
      '1a',
      '2a',
      '2b',
      '3c',
      '5e',
    ]);
  });

  it('pages newest first and continues strictly after the cursor', () => {
    const first = index.page({ after: null, limit: 2, reverse: false });
    expect(first.items.map((i) => i.id)).toEqual(['e', 'c']);
    expect(first.hasMore).toBe(true);
    const second = index.page({ after: item(3, 'c'), limit: 10, reverse: false });
    expect(second.items.map((i) => `${i.createdAt}${i.id}`)).toEqual(['2b', '2a', '1a']);
    expect(second.hasMore).toBe(false);
  });

  it('pages oldest first with reverse and continues after a cursor that no longer exists', () => {
    expect(
      index
        .page({ after: item(2, 'aa'), limit: 2, reverse: true })
        .items.map((i) => `${i.createdAt}${i.id}`),
    ).toEqual(['2b', '3c']);
  });

  it('reports hasMore only when a further item matches the filter', () => {
    const page = index.page({
      after: null,
      limit: 1,
      reverse: false,
      filter: (i) => i.id !== 'a' && i.id !== 'b',
    });
    expect(page.items.map((i) => i.id)).toEqual(['e']);
    expect(page.hasMore).toBe(true);
    const last = index.page({
      after: item(5, 'e'),
      limit: 1,
      reverse: false,
      filter: (i) => i.id === 'c',
    });
    expect(last.hasMore).toBe(false);
  });

  it('limits to items created after an instant and counts them', () => {
    expect(index.countCreatedAfter(2)).toBe(2);
    expect(
      index.page({ after: null, limit: 10, reverse: true, createdAfter: 2 }).items.map((i) => i.id),
    ).toEqual(['c', 'e']);
    expect(
      index
        .page({ after: null, limit: 10, reverse: false, createdAfter: 2 })
        .items.map((i) => i.id),
    ).toEqual(['e', 'c']);
  });

  it('appends new newest items and inserts and removes older ones in place', () => {
    const growing = SortedIndex.empty<{ createdAt: number; id: string }>();
    growing.insert(item(10, 'x'));
    growing.insert(item(20, 'y'));
    growing.insert(item(15, 'z'));
    expect(growing.values().map((i) => i.id)).toEqual(['x', 'z', 'y']);
    expect(growing.remove(item(15, 'z'))).toBe(true);
    expect(growing.remove(item(15, 'z'))).toBe(false);
    expect(growing.newest((i) => i.id === 'x')?.id).toBe('x');
    expect(growing.size).toBe(2);
  });
});
