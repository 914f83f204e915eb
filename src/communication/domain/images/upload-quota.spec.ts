import { TooManyRequests } from '../../../shared/kernel/errors';
import { thrownAs } from '../../../../test/support/thrown';
import { countUpload, type UploadQuota, type UploadWindow } from './upload-quota';

const quota: UploadQuota = { max: 3, windowMs: 60 * 60 * 1000 };
const at = (minutes: number) => new Date(Date.UTC(2027, 6, 3, 10, minutes));

function uploads(...minutes: number[]): UploadWindow | null {
  return minutes.reduce<UploadWindow | null>((window, minute) => countUpload(quota, window, at(minute)), null);
}

describe('an owner’s image uploads', () => {
  it('are counted in a window that opens with the first one', () => expect(uploads(0, 10, 20)).toEqual({ openedAt: at(0), count: 3 }));

  it('are refused beyond the quota until the window closes, saying when to try again', () => {
    const full = uploads(0, 10, 20);
    const refused = thrownAs(TooManyRequests, () => countUpload(quota, full, at(48)));
    expect(refused.message).toBe('You may upload at most 3 images in 60 minutes: try again in 12 minutes');
  });

  it('start a new window once an hour has passed since the first', () => expect(countUpload(quota, uploads(0, 10, 20), at(60))).toEqual({ openedAt: at(60), count: 1 }));
});
