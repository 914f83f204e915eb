import { DateTime } from 'luxon';
import { addDays, calendarDate, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import { department as departmentCode, frenchPostalCode } from '../../../shared/kernel/french-geography';
import { isUuid } from '../../../shared/kernel/ids';
import { optionalText, searchKey, TEXT_LIMITS } from '../../../shared/kernel/text';
import { searchedNights } from '../availability/stay-search';

export const SEARCH_SORTS = ['PRICE', 'DISTANCE'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const DEFAULT_RESULTS = 20;
export const MAX_RESULTS = 50;
/** A destination's area, not the country: a point and a radius beyond this are not a search. */
export const MAX_RADIUS_KM = 200;
/** Arrivals are searched in the year ahead: no owner prices further. */
export const MAX_DAYS_AHEAD = 550;
export const MAX_CHARACTERISTICS = 20;
export const MAX_GUESTS = 500;

/** A guest's search on a destination's site, as typed. */
export interface DestinationSearchInput {
  readonly arrival?: string | null;
  readonly nights?: number | null;
  /** "A week in July": any arrival in this month ("2027-07"), for `nights`; instead of `arrival`. */
  readonly month?: string | null;
  readonly guests: number;
  readonly department?: string | null;
  /** The commune's name as a guest types it ("saint-cyprien", "Saint Cyprien"). */
  readonly commune?: string | null;
  readonly postalCode?: string | null;
  readonly near?: { readonly latitude: number; readonly longitude: number; readonly radiusKm: number } | null;
  readonly kind?: string | null;
  readonly minStars?: number | null;
  readonly characteristics?: readonly string[] | null;
  readonly minPriceCents?: number | null;
  readonly maxPriceCents?: number | null;
  readonly sort?: SearchSort | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** The search checked and bounded: the one shape the read model's query takes. */
export interface DestinationSearch {
  readonly nights: number;
  /** The arrivals searched: one day, or every day of a month. */
  readonly arrivals: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly flexible: boolean;
  readonly guests: number;
  readonly department: string | null;
  /** The commune as `searchKey` spells it, as the read model keeps each accommodation's city. */
  readonly communeKey: string | null;
  readonly postalCode: string | null;
  readonly near: { readonly latitude: number; readonly longitude: number; readonly radiusKm: number } | null;
  readonly kind: string | null;
  readonly minStars: number | null;
  readonly characteristics: readonly string[];
  readonly minPriceCents: number | null;
  readonly maxPriceCents: number | null;
  readonly sort: SearchSort;
  readonly first: number;
  readonly after: SearchCursor | null;
}

/** Where a page ended: the last result's sort value and accommodation. */
export interface SearchCursor {
  readonly value: number;
  readonly accommodationId: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const encodeSearchCursor = (cursor: SearchCursor): string => Buffer.from(`v1:${cursor.value}:${cursor.accommodationId}`).toString('base64url');

function decodeSearchCursor(after: string): SearchCursor {
  const [version, value, accommodationId] = Buffer.from(after, 'base64url').toString('utf8').split(':');
  if (version !== 'v1' || !/^-?\d+(\.\d+)?$/.test(value ?? '') || !isUuid(accommodationId ?? '')) throw new InvalidInput('input.after', 'is not a cursor this search gave');
  return { value: Number(value), accommodationId };
}

function whole(field: string, value: number | null | undefined, min: number, max: number): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < min || value > max) throw new InvalidInput(field, `must be a whole number from ${min} to ${max}`);
  return value;
}

function coordinate(field: string, value: number, limit: number): number {
  if (!Number.isFinite(value) || Math.abs(value) > limit) throw new InvalidInput(field, `must be a number from -${limit} to ${limit}`);
  return value;
}

/**
 * Checks and bounds a guest's search, on the calendar of `today`: one arrival or one month of
 * arrivals, in the year and a half ahead; a page of at most 50; a radius of at most 200 km; a
 * distance sort only around a point. Each refusal names its field.
 */
export function destinationSearch(input: DestinationSearchInput, today: CalendarDate): DestinationSearch {
  const nights = searchedNights('input.nights', input.nights ?? Number.NaN);
  let arrivals: DestinationSearch['arrivals'];
  if (input.month != null) {
    if (input.arrival != null) throw new InvalidInput('input.month', 'give an arrival or a month, not both');
    if (!MONTH.test(input.month)) throw new InvalidInput('input.month', 'must be a month such as 2027-07');
    const first = `${input.month}-01`;
    const last = DateTime.fromISO(first, { zone: 'utc' }).endOf('month').toISODate() as CalendarDate;
    if (last < today) throw new InvalidInput('input.month', 'is over');
    arrivals = { from: first < today ? today : first, to: last };
  } else {
    if (input.arrival == null) throw new InvalidInput('input.arrival', 'give an arrival day, or a month for a flexible search');
    const arrival = calendarDate('input.arrival', input.arrival);
    if (arrival < today) throw new InvalidInput('input.arrival', 'is in the past');
    arrivals = { from: arrival, to: arrival };
  }
  if (arrivals.from > addDays(today, MAX_DAYS_AHEAD)) throw new InvalidInput(input.month != null ? 'input.month' : 'input.arrival', `must be within ${MAX_DAYS_AHEAD} days`);
  const guests = whole('input.guests', input.guests, 1, MAX_GUESTS) as number;

  const department = input.department == null ? null : departmentCode('input.department', input.department);
  const commune = optionalText('input.commune', input.commune, TEXT_LIMITS.name);
  const postalCode = input.postalCode == null ? null : frenchPostalCode('input.postalCode', input.postalCode.trim());

  let near: DestinationSearch['near'] = null;
  if (input.near != null) {
    const radiusKm = input.near.radiusKm;
    if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) throw new InvalidInput('input.near.radiusKm', `must be more than 0 and at most ${MAX_RADIUS_KM} km`);
    near = { latitude: coordinate('input.near.latitude', input.near.latitude, 90), longitude: coordinate('input.near.longitude', input.near.longitude, 180), radiusKm };
  }
  if (input.kind != null && !/^[A-Z_]{1,32}$/.test(input.kind)) throw new InvalidInput('input.kind', 'must be a kind of accommodation such as HOLIDAY_RENTAL');
  const sort = input.sort ?? 'PRICE';
  if (!(SEARCH_SORTS as readonly string[]).includes(sort)) throw new InvalidInput('input.sort', `must be one of ${SEARCH_SORTS.join(', ')}`);
  if (sort === 'DISTANCE' && near === null) throw new InvalidInput('input.sort', 'sorting by distance needs a point: give input.near');

  const characteristics = [...new Set(input.characteristics ?? [])];
  if (characteristics.length > MAX_CHARACTERISTICS) throw new InvalidInput('input.characteristics', `at most ${MAX_CHARACTERISTICS}`);
  if (characteristics.some((c) => !/^[A-Z0-9_]{1,64}$/.test(c))) throw new InvalidInput('input.characteristics', 'must be characteristic codes such as POOL');
  const minPriceCents = whole('input.minPrice', input.minPriceCents, 0, 100_000_000);
  const maxPriceCents = whole('input.maxPrice', input.maxPriceCents, 0, 100_000_000);
  if (minPriceCents !== null && maxPriceCents !== null && minPriceCents > maxPriceCents) throw new InvalidInput('input.minPrice', 'must not exceed input.maxPrice');

  return {
    nights,
    arrivals,
    flexible: input.month != null,
    guests,
    department,
    communeKey: commune === null ? null : searchKey(commune),
    postalCode,
    near,
    kind: input.kind ?? null,
    minStars: whole('input.minStars', input.minStars, 0, 5),
    characteristics,
    minPriceCents,
    maxPriceCents,
    sort,
    first: whole('input.first', input.first, 1, MAX_RESULTS) ?? DEFAULT_RESULTS,
    after: input.after == null ? null : decodeSearchCursor(input.after),
  };
}
