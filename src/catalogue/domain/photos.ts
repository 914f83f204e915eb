import { InvalidInput } from '../../shared/kernel/errors';
import { localizedText, type LocalizedText, type LocalizedTextInput } from '../../shared/kernel/localized-text';
import { TEXT_LIMITS } from '../../shared/kernel/text';
import { httpUrl } from '../../shared/kernel/url';

/** A photo hosted elsewhere; its place in the list is the order guests see. */
export interface Photo {
  readonly url: string;
  readonly caption: LocalizedText;
}

export interface PhotoInput {
  readonly url: string;
  readonly caption?: LocalizedTextInput | null;
}

export const MAX_PHOTOS = 50;
const MAX_URL_LENGTH = 2000;

export function parsePhotos(field: string, input: readonly PhotoInput[] | null | undefined): Photo[] {
  const photos = input ?? [];
  if (photos.length > MAX_PHOTOS) throw new InvalidInput(field, `must hold at most ${MAX_PHOTOS} photos (got ${photos.length})`);
  return photos.map((photo, i) => {
    const url = httpUrl(`${field}[${i}].url`, photo.url, MAX_URL_LENGTH);
    if (url === null) throw new InvalidInput(`${field}[${i}].url`, 'is required and must not be empty');
    return { url, caption: localizedText(`${field}[${i}].caption`, photo.caption, TEXT_LIMITS.line) };
  });
}
