import { parseEuros } from '../../format';
import type { AccommodationInput, AccommodationKind, BackOfficeAccommodationSheetQuery, Orientation, PhotoInput } from '../../graphql/graphql';

/**
 * The accommodation's sheet as the owner types it (every field a string, numbers French-style),
 * and its conversion to the API's AccommodationInput. The API replaces the whole description on
 * each update and clears what is left out, so a save always sends every field, photos included.
 */
export interface Sheet {
  name: string;
  kind: AccommodationKind;
  minCapacity: string;
  maxCapacity: string;
  address: string;
  postalCode: string;
  city: string;
  starRating: string;
  surface: string;
  floor: string;
  orientation: Orientation | '';
  securityDeposit: string;
  latitude: string;
  longitude: string;
  altitude: string;
  descriptionFr: string;
  descriptionEn: string;
  characteristics: readonly string[];
}

export type SheetField = Exclude<keyof Sheet, 'characteristics' | 'kind' | 'orientation'>;
export type Accommodation = NonNullable<BackOfficeAccommodationSheetQuery['accommodation']>;

export const ORIENTATIONS: readonly Orientation[] = ['NORTH', 'NORTH_EAST', 'EAST', 'SOUTH_EAST', 'SOUTH', 'SOUTH_WEST', 'WEST', 'NORTH_WEST'];

export function emptySheet(): Sheet {
  return {
    name: '', kind: 'HOLIDAY_RENTAL', minCapacity: '1', maxCapacity: '', address: '', postalCode: '', city: '', starRating: '0', surface: '', floor: '',
    orientation: '', securityDeposit: '', latitude: '', longitude: '', altitude: '', descriptionFr: '', descriptionEn: '', characteristics: [],
  };
}

const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value).replace('.', ','));
const euroText = (cents: number): string => (cents / 100).toFixed(2).replace('.', ',').replace(/,00$/, '');

export function sheetFromAccommodation(a: Accommodation): Sheet {
  return {
    name: a.name,
    kind: a.kind,
    minCapacity: String(a.minCapacity),
    maxCapacity: String(a.maxCapacity),
    address: a.address ?? '',
    postalCode: a.postalCode ?? '',
    city: a.city,
    starRating: String(a.starRating),
    surface: text(a.surface),
    floor: text(a.floor),
    orientation: a.orientation ?? '',
    securityDeposit: a.securityDeposit ? euroText(a.securityDeposit.cents) : '',
    latitude: text(a.latitude),
    longitude: text(a.longitude),
    altitude: text(a.altitude),
    descriptionFr: a.description.fr ?? '',
    descriptionEn: a.description.en ?? '',
    characteristics: a.characteristics.map((c) => c.code),
  };
}

export function photosOf(a: Pick<Accommodation, 'photos'>): PhotoInput[] {
  return [...a.photos].sort((x, y) => x.order - y.order).map((p) => ({ url: p.url, caption: { fr: p.caption.fr, en: p.caption.en } }));
}

/** The field the owner typed wrong, or the input to send. */
export type SheetResult = { readonly input: AccommodationInput } | { readonly invalid: SheetField };

export function inputFromSheet(sheet: Sheet, photos: PhotoInput[]): SheetResult {
  const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());
  const numbers: Partial<Record<SheetField, number | null>> = {};
  const wholes: SheetField[] = ['minCapacity', 'maxCapacity', 'floor', 'altitude', 'starRating'];
  const decimals: SheetField[] = ['surface', 'latitude', 'longitude'];
  for (const field of [...wholes, ...decimals]) {
    const raw = sheet[field].trim().replace(',', '.');
    if (raw === '') {
      numbers[field] = null;
      continue;
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || (wholes.includes(field) && !Number.isInteger(value))) return { invalid: field };
    numbers[field] = value;
  }
  if (numbers.maxCapacity === null || numbers.maxCapacity === undefined) return { invalid: 'maxCapacity' };
  let securityDeposit: number | null = null;
  if (sheet.securityDeposit.trim() !== '') {
    securityDeposit = parseEuros(sheet.securityDeposit);
    if (securityDeposit === null) return { invalid: 'securityDeposit' };
  }
  return {
    input: {
      name: sheet.name.trim(),
      kind: sheet.kind,
      minCapacity: numbers.minCapacity ?? null,
      maxCapacity: numbers.maxCapacity,
      address: optional(sheet.address),
      postalCode: optional(sheet.postalCode),
      city: sheet.city.trim(),
      starRating: numbers.starRating ?? null,
      surface: numbers.surface ?? null,
      floor: numbers.floor ?? null,
      orientation: sheet.orientation === '' ? null : sheet.orientation,
      securityDeposit,
      latitude: numbers.latitude ?? null,
      longitude: numbers.longitude ?? null,
      altitude: numbers.altitude ?? null,
      description: { fr: sheet.descriptionFr.trim(), en: optional(sheet.descriptionEn) },
      characteristics: [...sheet.characteristics],
      photos,
    },
  };
}
