import { describe, expect, it } from 'vitest';
import { compareIds } from '../scenarios/screens.js';

describe('compareIds (the correctness guard)', () => {
  it('accepts a contender that shows the same ids in the same order', () => {
    expect(compareIds(['c:1', 'm:1', 'm:2'], ['c:1', 'm:1', 'm:2'])).toBeNull();
  });

  it('names the first position where a contender shows something else', () => {
    expect(compareIds(['c:1', 'm:1', 'm:2'], ['c:1', 'm:2', 'm:1'])).toContain(
      'item 1 differs: expected m:1, got m:2',
    );
  });

  it('rejects a contender that shows fewer items, however fast it is', () => {
    expect(compareIds(['c:1', 'm:1'], ['c:1'])).toContain('expected m:1, got (nothing)');
  });

  it('rejects a contender that shows more items than the REST truth', () => {
    expect(compareIds(['c:1'], ['c:1', 'c:2'])).toContain('got c:2');
  });
});
