import { afterFailure, endpointGivenUp, RETRY_DELAYS_MS, retryDelayMs } from './delivery-schedule';

const HOUR = 3_600_000;
const start = new Date('2027-03-01T10:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);

describe('when a failed webhook delivery is tried again', () => {
  it('waits 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, then every 8 h', () => {
    expect(Array.from({ length: 12 }, (_, i) => retryDelayMs(i + 1) / 1000)).toEqual([5, 30, 120, 600, 1_800, 3_600, 7_200, 14_400, 28_800, 28_800, 28_800, 28_800]);
    expect(RETRY_DELAYS_MS).toHaveLength(9);
  });

  it('is tried again after its delay while that falls within the window opened by its first attempt', () =>
    expect(afterFailure(start, 1, start, 72)).toEqual({ status: 'PENDING', nextAttemptAt: at(5_000) }));

  it('is given up when the next attempt would fall past the window', () => {
    expect(afterFailure(start, 9, at(64 * HOUR), 72)).toEqual({ status: 'PENDING', nextAttemptAt: at(72 * HOUR) });
    expect(afterFailure(start, 10, at(72 * HOUR), 72)).toEqual({ status: 'FAILED' });
  });

  it('follows the window it is configured with', () => expect(afterFailure(start, 6, at(HOUR), 1)).toEqual({ status: 'FAILED' }));

  it('attempts 17 times in three days, the last within the window', () => {
    let now = start;
    let attempts = 1;
    for (let outcome = afterFailure(start, 1, now, 72); outcome.status === 'PENDING'; outcome = afterFailure(start, ++attempts, now, 72)) now = outcome.nextAttemptAt;
    expect(attempts).toBe(17);
    expect(now.getTime() - start.getTime()).toBeLessThanOrEqual(72 * HOUR);
  });
});

describe('when an endpoint is given up', () => {
  it('is once it has failed for the whole window, not before, nor while it has not failed', () => {
    expect(endpointGivenUp(start, at(72 * HOUR), 72)).toBe(true);
    expect(endpointGivenUp(start, at(72 * HOUR - 1), 72)).toBe(false);
    expect(endpointGivenUp(null, at(1_000 * HOUR), 72)).toBe(false);
  });
});
