import { isDeepStrictEqual } from 'node:util';
import { InvalidInput } from '../../../shared/kernel/errors';
import { frenchPostalCode } from '../../../shared/kernel/french-geography';
import { frenchFirstText, type FrenchFirstText, type LocalizedTextInput } from '../../../shared/kernel/localized-text';
import { money, type Money } from '../../../shared/kernel/money';
import { optionalText, requiredText, TEXT_LIMITS } from '../../../shared/kernel/text';
import { parsePhotos, type Photo, type PhotoInput } from '../photos';
import { parseCharacteristics } from './characteristics';

export const ACCOMMODATION_KINDS = ['HOLIDAY_RENTAL', 'GUEST_ROOM'] as const;
export type AccommodationKind = (typeof ACCOMMODATION_KINDS)[number];

export const ORIENTATIONS = ['NORTH', 'NORTH_EAST', 'EAST', 'SOUTH_EAST', 'SOUTH', 'SOUTH_WEST', 'WEST', 'NORTH_WEST'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** What the owner describes; the reference, visibility and archiving are decided elsewhere. */
export interface AccommodationDetails {
  readonly name: string;
  readonly kind: AccommodationKind;
  /** The official "classement": 0 when unclassified. */
  readonly starRating: number;
  readonly address: string | null;
  readonly postalCode: string | null;
  readonly city: string;
  readonly location: { readonly latitude: number; readonly longitude: number } | null;
  /** Metres above sea level. */
  readonly altitude: number | null;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  /** Square metres. */
  readonly surface: number | null;
  /** 0 is the ground floor. */
  readonly floor: number | null;
  readonly orientation: Orientation | null;
  /** The "caution": held on arrival, never part of the price. */
  readonly securityDeposit: Money | null;
  readonly description: FrenchFirstText;
  readonly characteristics: readonly string[];
  readonly photos: readonly Photo[];
}

export interface AccommodationDetailsInput {
  readonly name: string;
  readonly kind: string;
  readonly starRating?: number | null;
  readonly address?: string | null;
  readonly postalCode?: string | null;
  readonly city: string;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
  readonly altitude?: number | null;
  readonly minCapacity?: number | null;
  readonly maxCapacity: number;
  readonly surface?: number | null;
  readonly floor?: number | null;
  readonly orientation?: string | null;
  readonly securityDeposit?: number | null;
  readonly description: LocalizedTextInput;
  readonly characteristics?: readonly string[] | null;
  readonly photos?: readonly PhotoInput[] | null;
}

/** A large "gîte de groupe" sleeps a few dozen; beyond this a number is a typing slip. */
export const MAX_CAPACITY = 500;

/** Validates every field once, naming the first one at fault with its path under `prefix`. */
export function parseAccommodationDetails(prefix: string, input: AccommodationDetailsInput): AccommodationDetails {
  const at = (field: string) => `${prefix}.${field}`;
  const minCapacity = integer(at('minCapacity'), input.minCapacity ?? 1, 1, MAX_CAPACITY);
  const maxCapacity = integer(at('maxCapacity'), input.maxCapacity, 1, MAX_CAPACITY);
  if (minCapacity > maxCapacity) throw new InvalidInput(at('minCapacity'), `must not exceed the maximum capacity (${maxCapacity})`);
  // Accommodations let here are in France: their postal code is a French one.
  const postalCode = optional(optionalText(at('postalCode'), input.postalCode, TEXT_LIMITS.short), (code) => frenchPostalCode(at('postalCode'), code));
  return {
    name: requiredText(at('name'), input.name, TEXT_LIMITS.name),
    kind: oneOf(at('kind'), input.kind, ACCOMMODATION_KINDS),
    starRating: integer(at('starRating'), input.starRating ?? 0, 0, 5),
    address: optionalText(at('address'), input.address, TEXT_LIMITS.line),
    postalCode,
    city: requiredText(at('city'), input.city, TEXT_LIMITS.name),
    location: location(prefix, input.latitude, input.longitude),
    altitude: optional(input.altitude, (value) => integer(at('altitude'), value, -500, 9000)),
    minCapacity,
    maxCapacity,
    surface: optional(input.surface, (value) => decimal(at('surface'), value, 1, 100_000)),
    floor: optional(input.floor, (value) => integer(at('floor'), value, -10, 200)),
    orientation: optional(input.orientation, (value) => oneOf(at('orientation'), value, ORIENTATIONS)),
    securityDeposit: optional(input.securityDeposit, (cents) => money(at('securityDeposit'), cents)),
    description: frenchFirstText(at('description'), input.description, TEXT_LIMITS.long, { multiline: true }),
    characteristics: parseCharacteristics(at('characteristics'), input.characteristics),
    photos: parsePhotos(at('photos'), input.photos),
  };
}

function location(prefix: string, latitude: number | null | undefined, longitude: number | null | undefined): AccommodationDetails['location'] {
  const hasLatitude = latitude !== null && latitude !== undefined;
  const hasLongitude = longitude !== null && longitude !== undefined;
  if (!hasLatitude && !hasLongitude) return null;
  if (!hasLatitude) throw new InvalidInput(`${prefix}.latitude`, 'is required with a longitude');
  if (!hasLongitude) throw new InvalidInput(`${prefix}.longitude`, 'is required with a latitude');
  return { latitude: decimal(`${prefix}.latitude`, latitude, -90, 90), longitude: decimal(`${prefix}.longitude`, longitude, -180, 180) };
}

function optional<T, R>(value: T | null | undefined, parse: (value: T) => R): R | null {
  return value === null || value === undefined ? null : parse(value);
}

function integer(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value)) throw new InvalidInput(field, 'must be a whole number');
  if (value < min || value > max) throw new InvalidInput(field, `must be between ${min} and ${max} (got ${value})`);
  // -0 would be stored as 0, and then every re-save would look like a change.
  return value === 0 ? 0 : value;
}

function decimal(field: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) throw new InvalidInput(field, 'must be a number');
  if (value < min || value > max) throw new InvalidInput(field, `must be between ${min} and ${max} (got ${value})`);
  // -0 would be stored as 0, and then every re-save would look like a change.
  return value === 0 ? 0 : value;
}

function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new InvalidInput(field, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** Key order is not kept by every event store (jsonb sorts keys), so compare by value. */
export const sameAccommodationDetails = (a: AccommodationDetails, b: AccommodationDetails): boolean => isDeepStrictEqual(a, b);
