/**
 * Catalogue's public face: the only file another context may import. It names the events other
 * contexts may react to and the questions they may ask synchronously.
 */
import { AccommodationNotFound, assertOwnsAccommodation } from '../shared/kernel/accommodation-access';
import { isUuid } from '../shared/kernel/ids';
import type { LocalizedText } from '../shared/kernel/localized-text';
import type { Money } from '../shared/kernel/money';
import type { AccommodationDetails, AccommodationKind } from './domain/accommodation/accommodation-details';
import type { Classification } from '../shared/kernel/classification';
import type { OwnerDetails } from './domain/owner/owner-details';
import type { Visibility } from './domain/accommodation/accommodation.decider';
import type { SupplementUnit } from './domain/supplement/supplement-details';

export type { AccommodationEvent, Visibility } from './domain/accommodation/accommodation.decider';
export { accommodationEvents } from './domain/accommodation/accommodation.events';
export type { AccommodationDetails, AccommodationKind } from './domain/accommodation/accommodation-details';
/**
 * The classement and what it means on a day: `classifiedStarsOn` gives 0 once it has expired (an
 * expired classement is taxed and advertised as unclassified), `classificationStatus` tells an
 * owner's screens how it stands.
 */
export {
  CLASSIFICATION_WARNING_DAYS,
  classificationStatus,
  classifiedStarsOn,
  type Classification,
  type ClassificationStatus,
} from '../shared/kernel/classification';
export type { SupplementEvent } from './domain/supplement/supplement.decider';
export type { SupplementDetails, SupplementUnit } from './domain/supplement/supplement-details';
export type { EstablishmentEvent } from './domain/establishment/establishment.decider';
/** Owner streams also carry `AgeRangeDefined`, `AgeRangeChanged` and `AgeRangeRemoved`. */
export type { OwnerEvent } from './domain/owner/owner.decider';
/**
 * `destination-listing-<destinationId>-<ownerId>` streams: which of an owner's accommodations a
 * destination lists, the whole choice in each event (empty once the owner left). Bookability is
 * not checked again when an accommodation changes: a reader filters on it.
 */
export { destinationListingEvents, type DestinationListingEvent } from './domain/destination/destination-listing.events';

/** What pricing and booking need to know about an accommodation, as the owner set it. */
export interface AccommodationForBooking {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly reference: string;
  readonly name: string;
  readonly kind: AccommodationKind;
  readonly visibility: Visibility;
  readonly archived: boolean;
  readonly capacity: { readonly min: number; readonly max: number };
  /** Stars with the day they were decided and the last day they hold; see `classifiedStarsOn`. */
  readonly classification: Classification;
  /** A meublé de tourisme's registration number, 13 characters without spaces; null when none (always for a guest room). */
  readonly registrationNumber: string | null;
  /** Mandatory ones first. */
  readonly supplements: readonly SupplementOffer[];
  /** The owner's age ranges, oldest first: occupants are counted per range. */
  readonly ageRanges: readonly AgeRangeOffer[];
}

export interface SupplementOffer {
  readonly supplementId: string;
  readonly name: LocalizedText;
  readonly mandatory: boolean;
  readonly price: Money;
  readonly unit: SupplementUnit;
}

export interface AgeRangeOffer {
  readonly ageRangeId: string;
  readonly label: string;
  readonly minAge: number;
  readonly maxAge: number;
  /** False for a range left out of the capacity (a baby in a cot); prices still count it. */
  readonly countsTowardsCapacity: boolean;
}

export interface CatalogueQueries {
  /** Null when no such accommodation exists. Read models: a change shows within moments. */
  accommodationForBooking(accommodationId: string): Promise<AccommodationForBooking | null>;
  /** Whose each accommodation is; null for an id that names none. */
  ownersOfAccommodations(accommodationIds: readonly string[]): Promise<ReadonlyMap<string, string | null>>;
  /** The owner's accommodations that are not archived, in the order they were made: what an owner's whole planning shows. */
  accommodationsOfOwner(ownerId: string): Promise<OwnedAccommodation[]>;
  /** Whether the destination lists this accommodation of this owner now: what a booking through its marketplace needs. */
  listedBy(destinationId: string, ownerId: string, accommodationId: string): Promise<boolean>;
  /** Each accommodation's name and its owner's public name (company, else first and last names); absent ids are left out. */
  accommodationLabels(accommodationIds: readonly string[]): Promise<ReadonlyMap<string, AccommodationLabel>>;
}

export interface AccommodationLabel {
  readonly name: string;
  readonly ownerName: string;
}

/** An accommodation as lists of an owner's name it. */
export interface OwnedAccommodation {
  readonly accommodationId: string;
  readonly reference: string;
  readonly name: string;
  readonly kind: AccommodationKind;
  readonly classification: Classification;
}

/** Inject with `@Inject(CATALOGUE_QUERIES)`; CatalogueModule provides it. */
export const CATALOGUE_QUERIES = Symbol('CatalogueQueries');

/** The owner as documents and emails present them. */
export interface OwnerForDocuments extends Pick<OwnerDetails, 'company' | 'civility' | 'lastName' | 'firstName' | 'address' | 'postalCode' | 'city' | 'country' | 'website'> {
  readonly ownerId: string;
  readonly email: string;
  readonly phones: readonly string[];
  /** The owner's age ranges, oldest first: occupants are counted per range. */
  readonly ageRanges: readonly { readonly ageRangeId: string; readonly label: string }[];
  /** Null until the owner describes it. */
  readonly establishment: { readonly name: string; readonly slogan: string | null; readonly description: LocalizedText; readonly photoUrls: readonly string[] } | null;
}

/** An accommodation as a document describes it. */
export interface AccommodationForDocuments extends Pick<AccommodationDetails, 'name' | 'kind' | 'starRating' | 'address' | 'postalCode' | 'city' | 'surface' | 'securityDeposit'> {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly capacity: { readonly min: number; readonly max: number };
  /** `starRating` with the day it was decided and the last day it holds: a document prints stars that hold on its day. */
  readonly classification: Classification;
  /** 13 characters without spaces; null when none (always for a guest room). Print it with `printedRegistrationNumber` (shared/kernel). */
  readonly registrationNumber: string | null;
  /** The labels of its characteristics, in the catalogue's order. */
  readonly characteristics: readonly LocalizedText[];
  readonly description: LocalizedText;
  /** In the order guests see them. */
  readonly photoUrls: readonly string[];
}

export interface CatalogueForDocuments {
  /** Null when no such owner exists. */
  ownerForDocuments(ownerId: string): Promise<OwnerForDocuments | null>;
  /** The accommodations named that exist, by id. */
  accommodationsForDocuments(accommodationIds: readonly string[]): Promise<ReadonlyMap<string, AccommodationForDocuments>>;
}

/** Inject with `@Inject(CATALOGUE_FOR_DOCUMENTS)`; CatalogueModule provides it. */
export const CATALOGUE_FOR_DOCUMENTS = Symbol('CatalogueForDocuments');

/**
 * Reads of one accommodation's prices or planning are its owner's alone: NOT_FOUND when no such
 * accommodation exists or it is another owner's (the same answer, so ids cannot be probed), naming `accommodationId`.
 */
export async function assertCallerOwns(catalogue: CatalogueQueries, ownerId: string, accommodationId: string): Promise<void> {
  const owners = isUuid(accommodationId) ? await catalogue.ownersOfAccommodations([accommodationId]) : new Map<string, string | null>();
  assertOwnsAccommodation(accommodationId, owners.get(accommodationId) ?? null, ownerId, 'accommodationId');
}

/**
 * The accommodation as a guest may see it: hidden or archived, it does not exist for anyone but
 * its owner (NOT_FOUND naming `field`, as for an unknown id, so ids cannot be probed).
 */
export async function visibleAccommodation(catalogue: CatalogueQueries, accommodationId: string, viewerOwnerId: string | null, field: string): Promise<AccommodationForBooking> {
  const accommodation = isUuid(accommodationId) ? await catalogue.accommodationForBooking(accommodationId) : null;
  const shown = accommodation !== null && (accommodation.ownerId === viewerOwnerId || shownToGuests(accommodation));
  if (!accommodation || !shown) throw new AccommodationNotFound(accommodationId, field);
  return accommodation;
}

/** Whether guests may see it at all: listed or bookable, and not archived. */
export const shownToGuests = (accommodation: AccommodationForBooking): boolean => accommodation.visibility !== 'HIDDEN' && !accommodation.archived;

/** Whether guests may book it online, not only see it. */
export const bookableOnline = (accommodation: AccommodationForBooking): boolean => accommodation.visibility === 'BOOKABLE' && !accommodation.archived;
