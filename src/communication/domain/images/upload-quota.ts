import { TooManyRequests } from '../../../shared/kernel/errors';

/**
 * How many images one owner may upload: images are content-addressed and shared, with no record
 * of who sent what, so this bound is what keeps one account from filling the database. At most
 * `max` uploads in a window that opens with the first of them; each upload is at most 5 MB.
 */
export interface UploadQuota {
  readonly max: number;
  readonly windowMs: number;
}

/** Ten photos for each of ten gîtes in a sitting, at most 500 MB an hour in the worst case. */
export const IMAGE_UPLOAD_QUOTA: UploadQuota = { max: 100, windowMs: 60 * 60 * 1000 };

export interface UploadWindow {
  readonly openedAt: Date;
  readonly count: number;
}

export const windowClosed = (quota: UploadQuota, window: UploadWindow, now: Date): boolean => now.getTime() - window.openedAt.getTime() >= quota.windowMs;

/** The owner's window once one more upload is counted at `now`; refused once the quota is used. */
export function countUpload(quota: UploadQuota, window: UploadWindow | null, now: Date): UploadWindow {
  if (window === null || windowClosed(quota, window, now)) return { openedAt: now, count: 1 };
  if (window.count >= quota.max) {
    const minutes = Math.max(1, Math.ceil((window.openedAt.getTime() + quota.windowMs - now.getTime()) / 60_000));
    throw new TooManyRequests(`You may upload at most ${quota.max} images in ${quota.windowMs / 60_000} minutes: try again in ${minutes} minute${minutes > 1 ? 's' : ''}`);
  }
  return { openedAt: window.openedAt, count: window.count + 1 };
}
