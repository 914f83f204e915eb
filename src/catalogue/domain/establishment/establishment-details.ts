import { localizedText, type LocalizedText, type LocalizedTextInput } from '../../../shared/kernel/localized-text';
import { optionalText, requiredText, TEXT_LIMITS } from '../../../shared/kernel/text';
import { parsePhotos, type Photo, type PhotoInput } from '../photos';

export interface EstablishmentDetails {
  readonly name: string;
  readonly slogan: string | null;
  readonly description: LocalizedText;
  readonly photos: readonly Photo[];
}

export interface EstablishmentDetailsInput {
  readonly name: string;
  readonly slogan?: string | null;
  readonly description?: LocalizedTextInput | null;
  readonly photos?: readonly PhotoInput[] | null;
}

export function parseEstablishmentDetails(prefix: string, input: EstablishmentDetailsInput): EstablishmentDetails {
  return {
    name: requiredText(`${prefix}.name`, input.name, TEXT_LIMITS.name),
    slogan: optionalText(`${prefix}.slogan`, input.slogan, TEXT_LIMITS.line),
    description: localizedText(`${prefix}.description`, input.description, TEXT_LIMITS.long, { multiline: true }),
    photos: parsePhotos(`${prefix}.photos`, input.photos),
  };
}
