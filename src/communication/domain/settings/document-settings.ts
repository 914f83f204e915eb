import { InvalidInput } from '../../../shared/kernel/errors';
import { localizedText, type LocalizedText, type LocalizedTextInput } from '../../../shared/kernel/localized-text';
import { optionalText, TEXT_LIMITS } from '../../../shared/kernel/text';

/**
 * How an owner's booking-file document reads (the manual's "Personnalisation des contrats"), in
 * four parts. Every text is plain text in French and English: the PDF prints it as it is and the
 * emails escape it, so no markup an owner types is ever interpreted.
 */
export interface DocumentSettings {
  /** Part 1, the header: null takes the establishment's name and slogan as described in Catalogue. */
  readonly header: { readonly name: string | null; readonly slogan: string | null; readonly logoImageId: string | null };
  /** Part 2, the summary. */
  readonly showPriceDetail: boolean;
  readonly arrival: { readonly from: HourOfDay | null; readonly to: HourOfDay | null; readonly note: LocalizedText };
  readonly departure: { readonly before: HourOfDay | null; readonly note: LocalizedText };
  /** "Informations complémentaires": always printed (the tourist tax, the keys…). */
  readonly furtherInformation: LocalizedText;
  /** An option is a proposal to return signed with the deposit; a confirmed file, a contract. */
  readonly signatureRequest: { readonly option: LocalizedText; readonly contract: LocalizedText };
  readonly politeness: LocalizedText;
  readonly statusTexts: { readonly option: LocalizedText; readonly confirmed: LocalizedText; readonly paid: LocalizedText };
  /** Part 3: the accommodation's sheet is always printed; these add to it. */
  readonly description: { readonly establishmentText: boolean; readonly establishmentImages: boolean; readonly accommodationImages: boolean };
  /** Part 4, the general terms of sale (CGV): null until the owner writes them. */
  readonly terms: LocalizedText;
  /** On by default: attaching the terms is mandatory (the manual). */
  readonly printTerms: boolean;
}

/** "09:00": an hour of the day, on the quarter hour at most. */
export type HourOfDay = string;

const none: LocalizedText = { fr: null, en: null };

/** What an owner who set nothing gets: the manual's wording, the common hours of a gîte. */
export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  header: { name: null, slogan: null, logoImageId: null },
  showPriceDetail: true,
  arrival: { from: '16:00', to: '20:00', note: none },
  departure: { before: '10:00', note: none },
  furtherInformation: {
    fr: 'La taxe de séjour est à régler en plus, sur place.',
    en: 'The tourist tax is paid on top, on arrival.',
  },
  signatureRequest: {
    option: {
      fr: "Si cette proposition vous convient, merci de nous en retourner un exemplaire daté et signé, accompagné de l'acompte, avant la date indiquée.",
      en: 'If this proposal suits you, please return a dated and signed copy with the deposit before the date shown.',
    },
    contract: {
      fr: 'Merci de nous retourner un exemplaire de ce contrat daté et signé, précédé de la mention « Lu et approuvé ».',
      en: 'Please return a dated and signed copy of this contract, preceded by the words "Read and approved".',
    },
  },
  politeness: {
    fr: "Dans l'attente de vous accueillir, nous vous prions d'agréer nos salutations distinguées.",
    en: 'We look forward to welcoming you. Kind regards.',
  },
  statusTexts: { option: none, confirmed: none, paid: none },
  description: { establishmentText: false, establishmentImages: false, accommodationImages: true },
  terms: none,
  printTerms: true,
};

export interface DocumentSettingsInput {
  readonly header?: { readonly name?: string | null; readonly slogan?: string | null; readonly logoImageId?: string | null } | null;
  readonly showPriceDetail?: boolean | null;
  readonly arrival?: { readonly from?: string | null; readonly to?: string | null; readonly note?: LocalizedTextInput | null } | null;
  readonly departure?: { readonly before?: string | null; readonly note?: LocalizedTextInput | null } | null;
  readonly furtherInformation?: LocalizedTextInput | null;
  readonly signatureRequest?: { readonly option?: LocalizedTextInput | null; readonly contract?: LocalizedTextInput | null } | null;
  readonly politeness?: LocalizedTextInput | null;
  readonly statusTexts?: { readonly option?: LocalizedTextInput | null; readonly confirmed?: LocalizedTextInput | null; readonly paid?: LocalizedTextInput | null } | null;
  readonly description?: { readonly establishmentText?: boolean | null; readonly establishmentImages?: boolean | null; readonly accommodationImages?: boolean | null } | null;
  readonly terms?: LocalizedTextInput | null;
  readonly printTerms?: boolean | null;
}

/** About twenty pages of A4: the longest terms of sale seen in the field fit three times. */
export const MAX_TERMS_LENGTH = 60_000;

/**
 * The whole settings as the owner sends them: a part left out keeps what `current` has, a text
 * sent empty is cleared. Validates every field, naming the first one at fault under `prefix`.
 */
export function parseDocumentSettings(prefix: string, input: DocumentSettingsInput, current: DocumentSettings): DocumentSettings {
  const at = (field: string) => `${prefix}.${field}`;
  const text = (field: string, value: LocalizedTextInput | null | undefined, was: LocalizedText, max: number = TEXT_LIMITS.long) =>
    value === undefined || value === null ? was : localizedText(at(field), value, max, { multiline: true });
  const flag = (value: boolean | null | undefined, was: boolean) => value ?? was;
  const { header, arrival, departure, signatureRequest, statusTexts, description } = input;
  const parsed: DocumentSettings = {
    header: header
      ? {
          name: header.name === undefined ? current.header.name : optionalText(at('header.name'), header.name, TEXT_LIMITS.name),
          slogan: header.slogan === undefined ? current.header.slogan : optionalText(at('header.slogan'), header.slogan, TEXT_LIMITS.line),
          logoImageId: header.logoImageId === undefined ? current.header.logoImageId : imageId(at('header.logoImageId'), header.logoImageId),
        }
      : current.header,
    showPriceDetail: flag(input.showPriceDetail, current.showPriceDetail),
    arrival: arrival
      ? {
          from: hourOfDay(at('arrival.from'), arrival.from, current.arrival.from),
          to: hourOfDay(at('arrival.to'), arrival.to, current.arrival.to),
          note: text('arrival.note', arrival.note, current.arrival.note, TEXT_LIMITS.line),
        }
      : current.arrival,
    departure: departure
      ? { before: hourOfDay(at('departure.before'), departure.before, current.departure.before), note: text('departure.note', departure.note, current.departure.note, TEXT_LIMITS.line) }
      : current.departure,
    furtherInformation: text('furtherInformation', input.furtherInformation, current.furtherInformation),
    signatureRequest: signatureRequest
      ? {
          option: text('signatureRequest.option', signatureRequest.option, current.signatureRequest.option),
          contract: text('signatureRequest.contract', signatureRequest.contract, current.signatureRequest.contract),
        }
      : current.signatureRequest,
    politeness: text('politeness', input.politeness, current.politeness),
    statusTexts: statusTexts
      ? {
          option: text('statusTexts.option', statusTexts.option, current.statusTexts.option),
          confirmed: text('statusTexts.confirmed', statusTexts.confirmed, current.statusTexts.confirmed),
          paid: text('statusTexts.paid', statusTexts.paid, current.statusTexts.paid),
        }
      : current.statusTexts,
    description: description
      ? {
          establishmentText: flag(description.establishmentText, current.description.establishmentText),
          establishmentImages: flag(description.establishmentImages, current.description.establishmentImages),
          accommodationImages: flag(description.accommodationImages, current.description.accommodationImages),
        }
      : current.description,
    terms: text('terms', input.terms, current.terms, MAX_TERMS_LENGTH),
    printTerms: flag(input.printTerms, current.printTerms),
  };
  const { from, to } = parsed.arrival;
  if (from !== null && to !== null && to < from) throw new InvalidInput(at('arrival.to'), `must not be before arrival.from (${from})`);
  return parsed;
}

const HOUR = /^([01]\d|2[0-3]):(00|15|30|45)$/;

/** Left out keeps `was`; null or empty clears it. */
function hourOfDay(field: string, value: string | null | undefined, was: HourOfDay | null): HourOfDay | null {
  if (value === undefined) return was;
  if (value === null || value.trim() === '') return null;
  if (!HOUR.test(value.trim())) throw new InvalidInput(field, `must be an hour such as 09:00 or 18:30, on the quarter hour (got "${value}")`);
  return value.trim();
}

const IMAGE_ID = /^[0-9a-f]{64}$/;

/** Images are named by the SHA-256 of their bytes (see the image store). */
function imageId(field: string, value: string | null): string | null {
  if (value === null || value === '') return null;
  if (!IMAGE_ID.test(value)) throw new InvalidInput(field, 'must be the id of an image uploaded with POST /images');
  return value;
}
