import { InvalidInput } from './errors';
import { optionalText } from './text';

/** A text shown to guests in French and English; readers fall back to the French. */
export interface LocalizedText {
  readonly fr: string | null;
  readonly en: string | null;
}

/** Where a text must exist, owners write French first; English stays optional. */
export interface FrenchFirstText extends LocalizedText {
  readonly fr: string;
}

export interface LocalizedTextInput {
  readonly fr?: string | null;
  readonly en?: string | null;
}

export function localizedText(field: string, input: LocalizedTextInput | null | undefined, max: number, options: { multiline?: boolean } = {}): LocalizedText {
  return { fr: optionalText(`${field}.fr`, input?.fr, max, options), en: optionalText(`${field}.en`, input?.en, max, options) };
}

export function frenchFirstText(field: string, input: LocalizedTextInput | null | undefined, max: number, options: { multiline?: boolean } = {}): FrenchFirstText {
  const { fr, en } = localizedText(field, input, max, options);
  if (fr === null) throw new InvalidInput(`${field}.fr`, 'is required and must not be empty');
  return { fr, en };
}
