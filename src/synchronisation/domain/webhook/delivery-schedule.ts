/**
 * When a webhook delivery that failed is tried again: soon at first, for a receiver that was
 * restarting, then further apart, every 8 hours at most, until its retry window (3 days unless
 * configured) has passed since its first attempt. Then it is given up.
 */
export const RETRY_DELAYS_MS: readonly number[] = [5, 30, 120, 600, 1_800, 3_600, 7_200, 14_400, 28_800].map((seconds) => seconds * 1000);

export const DEFAULT_RETRY_HOURS = 72;

/** The wait after the `failures`-th failed attempt of a run (1 for the first). */
export function retryDelayMs(failures: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(failures, 1), RETRY_DELAYS_MS.length) - 1];
}

export type AfterFailure = { readonly status: 'PENDING'; readonly nextAttemptAt: Date } | { readonly status: 'FAILED' };

/**
 * What becomes of a delivery whose attempt just failed: tried again after its delay, unless that
 * would fall past the window opened by its first attempt.
 */
export function afterFailure(firstAttemptAt: Date, failures: number, now: Date, retryHours: number): AfterFailure {
  const next = new Date(now.getTime() + retryDelayMs(failures));
  return next.getTime() > firstAttemptAt.getTime() + retryHours * 3_600_000 ? { status: 'FAILED' } : { status: 'PENDING', nextAttemptAt: next };
}

/**
 * An endpoint that has failed every delivery for a whole retry window is switched off, rather
 * than queue for ever what no one receives; its owner is told and may switch it on again.
 */
export function endpointGivenUp(failingSince: Date | null, now: Date, retryHours: number): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= retryHours * 3_600_000;
}
