import { describe, expect, it } from 'vitest';
import { Cancellation, sleep } from '../../src/upstream/cancellation.js';
import { Semaphore } from '../../src/upstream/semaphore.js';
import { deferred, type Deferred } from '../helpers/waitFor.js';

describe('Semaphore', () => {
  it('never runs more tasks at once than its limit, even when callers arrive as slots free up', async () => {
    const semaphore = new Semaphore(3);
    let running = 0;
    let peak = 0;
    const gates: Deferred<void>[] = [];
    const started: Deferred<void>[] = Array.from({ length: 20 }, () => deferred());
    const task = async () => {
      running += 1;
      peak = Math.max(peak, running);
      const gate = deferred();
      started[gates.length]?.resolve();
      gates.push(gate);
      await gate.promise;
      running -= 1;
    };
    const first = Array.from({ length: 10 }, () => semaphore.run(task));
    await started[2]?.promise;
    // Free one slot, then arrive while the first wave is finishing.
    gates[0]?.resolve();
    await started[3]?.promise;
    const second = Array.from({ length: 10 }, () => semaphore.run(task));
    for (let i = 1; i < 20; i += 1) {
      await started[i]?.promise;
      gates[i]?.resolve();
    }

    await Promise.all([...first, ...second]);

    expect(peak).toBe(3);
    expect(gates).toHaveLength(20);
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
    // Longer than the test timeout: the test only passes if the abort ends it.
    const slept = sleep(600_000, cancellation);

    cancellation.abort();
    await slept;

    expect(cancellation.aborted).toBe(true);
    expect(cancellation.listenerCount('abort')).toBe(0);
  });
});
