import { describe, expect, it } from 'vitest';
import { Cancellation, sleep } from '../../src/upstream/cancellation.js';
import { Semaphore } from '../../src/upstream/semaphore.js';

describe('Semaphore', () => {
  it('never runs more tasks at once than its limit, even when callers arrive as slots free up', async () => {
    const semaphore = new Semaphore(3);
    let running = 0;
    let peak = 0;
    const task = async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running -= 1;
    };
    const first = Array.from({ length: 10 }, () => semaphore.run(task));
    // Arrive while the first wave is finishing.
    await new Promise((resolve) => setTimeout(resolve, 1));
    const second = Array.from({ length: 10 }, () => semaphore.run(task));

    await Promise.all([...first, ...second]);

    expect(peak).toBe(3);
  });

  it('frees the slot of a failed task', async () => {
    const semaphore = new Semaphore(1);

    await expect(semaphore.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');

    expect(await semaphore.run(() => Promise.resolve('next'))).toBe('next');
  });
});

describe('Cancellation', () => {
  it('ends a sleep early when aborted', async () => {
    const cancellation = new Cancellation();
    const started = Date.now();
    setTimeout(() => {
      cancellation.abort();
    }, 10);

    await sleep(5_000, cancellation);

    expect(cancellation.aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(cancellation.listenerCount('abort')).toBe(0);
  });
});
