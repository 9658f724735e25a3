import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushLogs } from '../../src/observability/logDestination.js';

describe('flushLogs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls back once the flush is done', () => {
    const done = vi.fn();

    flushLogs(
      {
        flush: (finished) => {
          finished();
        },
      },
      1_000,
      done,
    );

    expect(done).toHaveBeenCalledTimes(1);
  });

  it('calls back after the timeout when the flush never finishes (a stalled reader)', () => {
    vi.useFakeTimers();
    const done = vi.fn();

    flushLogs({ flush: () => undefined }, 1_000, done);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);

    expect(done).toHaveBeenCalledTimes(1);
  });

  it('calls back once when the flush throws (a destroyed stream)', () => {
    vi.useFakeTimers();
    const done = vi.fn();

    flushLogs(
      {
        flush: () => {
          throw new Error('SonicBoom destroyed');
        },
      },
      1_000,
      done,
    );
    vi.advanceTimersByTime(5_000);

    expect(done).toHaveBeenCalledTimes(1);
  });
});
