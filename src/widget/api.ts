import type { DayInfo } from './calendar-grid';
import type { ClassificationStatus, IsoDate } from './format';
import type { Lang } from './i18n';

/**
 * The app's public GraphQL operations, as the widget calls them: no token, no cookie
 * (`credentials: 'omit'`), the guest's language sent so that refusals come back in it.
 */
export interface Money {
  readonly cents: number;
}

export interface AgeRange {
  readonly id: string;
  readonly label: string;
  readonly minAge: number;
  readonly maxAge: number;
  readonly countsTowardsCapacity: boolean;
}

export type SupplementUnit = 'PER_STAY' | 'PER_NIGHT' | 'PER_PERSON' | 'PER_PERSON_NIGHT';

export interface PublicAccommodation {
  readonly id: string;
  readonly name: string;
  readonly kind: 'HOLIDAY_RENTAL' | 'GUEST_ROOM';
  readonly city: string;
  readonly postalCode: string | null;
  readonly starRating: number;
  /** EXPIRED: the classement no longer holds, and its stars are not shown. */
  readonly classification: { readonly status: ClassificationStatus };
  /** A meublé de tourisme's registration number, 13 characters without spaces; every offer shows it. */
  readonly registrationNumber: string | null;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly description: string;
  readonly bookableOnline: boolean;
  readonly photos: readonly { url: string; caption: string | null }[];
  readonly ageRanges: readonly AgeRange[];
  readonly supplements: readonly { id: string; name: string; mandatory: boolean; price: Money; unit: SupplementUnit }[];
}

export interface AvailabilityDay extends DayInfo {
  readonly date: IsoDate;
}

export interface PriceRow {
  readonly label: string;
  readonly nights: number;
  readonly min: Money;
  readonly max: Money;
}

export interface Occupants {
  readonly ageRangeId: string;
  readonly count: number;
}

export interface QuoteInput {
  readonly accommodationId: string;
  readonly arrival: IsoDate;
  readonly departure: IsoDate;
  readonly occupants: readonly Occupants[];
  readonly optionalSupplementIds: readonly string[];
  readonly promoCode: string | null;
}

export interface Quote {
  readonly bookable: boolean;
  readonly reasons: readonly string[];
  readonly nights: number;
  readonly total: Money;
  readonly touristTax: Money;
  readonly deposit: { readonly amount: Money; readonly kind: string };
  readonly discounts: readonly { amount: Money; label: { fr: string | null; en: string | null } }[];
  readonly promoCode: { applied: boolean; code: string; message: string | null } | null;
}

export interface LinkedText {
  readonly text: string;
  readonly link: string | null;
}

export interface BookingTerms {
  readonly bookable: boolean;
  readonly reason: string | null;
  readonly termsText: string | null;
  readonly termsVersion: string | null;
  readonly gdprOptIn: LinkedText | null;
  readonly privacy: LinkedText | null;
  readonly onlinePayment: boolean;
  readonly preBooking: boolean;
  readonly paymentWindowMinutes: number;
}

export type BookingStatus = 'PENDING_PAYMENT' | 'EXPIRED' | 'REFUNDED' | 'OPTION' | 'CONFIRMED' | 'PAID' | 'CANCELLED';

export interface GuestBooking {
  readonly number: number | null;
  readonly status: BookingStatus;
  readonly guestToken: string;
  readonly paymentUrl: string | null;
  readonly expiresAt: string | null;
  readonly accommodationId: string;
  readonly accommodationName: string;
  readonly arrival: IsoDate;
  readonly departure: IsoDate;
  readonly total: Money;
  readonly depositDue: Money;
  readonly paid: Money;
  readonly balance: Money;
  readonly documentUrl: string | null;
  readonly guestPageUrl: string;
  readonly lang: 'FR' | 'EN';
}

export interface GuestDetails {
  readonly lastName: string;
  readonly firstName: string | null;
  readonly email: string;
  readonly phone1: string | null;
  readonly address: string | null;
  readonly postalCode: string | null;
  readonly city: string | null;
  readonly country: string | null;
}

export interface BookStayInput extends QuoteInput {
  readonly guest: GuestDetails;
  readonly acceptTerms: boolean;
  readonly marketingConsent: boolean;
  readonly payOnline: boolean;
  readonly returnUrl: string;
  readonly website: string;
  readonly destinationId: string | null;
}

export interface StayOffer {
  readonly accommodationId: string;
  readonly accommodationName: string;
  readonly arrival: IsoDate;
  readonly departure: IsoDate;
  readonly nights: number;
  readonly bookable: boolean;
  readonly quote: { readonly total: Money; readonly reasons: readonly string[] };
  readonly nearestArrivals: readonly { arrival: IsoDate; departure: IsoDate; total: Money | null }[];
}

export interface SearchInput {
  readonly ownerId?: string;
  readonly accommodationId?: string;
  readonly arrival: IsoDate;
  readonly nights: number;
}

/** A refusal or failure, with the server's message (in the guest's language when it has one). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly field: string | null,
  ) {
    super(message);
  }
}

const ACCOMMODATION = `query($id: ID!, $lang: Lang) { publicAccommodation(id: $id, lang: $lang) {
  id name kind city postalCode starRating classification { status } registrationNumber minCapacity maxCapacity description bookableOnline
  photos { url caption } ageRanges { id label minAge maxAge countsTowardsCapacity }
  supplements { id name mandatory price { cents } unit } } }`;

const AVAILABILITY = `query($id: ID!, $from: Date!, $to: Date!) { availability(accommodationId: $id, from: $from, to: $to) { date state arrivalAllowed departureAllowed } }`;

const PRICE_TABLE = `query($id: ID!, $from: Date!, $to: Date!, $lang: Lang) { priceTable(accommodationId: $id, from: $from, to: $to, lang: $lang) { label nights min { cents } max { cents } } }`;

const QUOTE = `query($input: QuoteInput!) { quote(input: $input) { bookable reasons nights total { cents } touristTax { cents }
  deposit { amount { cents } kind } discounts { amount { cents } label { fr en } } promoCode { applied code message } } }`;

const TERMS = `query($id: ID!, $lang: Lang) { bookingTerms(accommodationId: $id, lang: $lang) { bookable reason termsText termsVersion
  gdprOptIn { text link } privacy { text link } onlinePayment preBooking paymentWindowMinutes } }`;

const BOOKING_FIELDS = `number status guestToken paymentUrl expiresAt accommodationId accommodationName arrival departure
  total { cents } depositDue { cents } paid { cents } balance { cents } documentUrl guestPageUrl lang`;

const BOOK_STAY = `mutation($input: BookStayInput!) { bookStay(input: $input) { ${BOOKING_FIELDS} } }`;

const GUEST_BOOKING = `query($token: String!) { guestBooking(token: $token) { ${BOOKING_FIELDS} } }`;

const SEARCH = `query($input: StaySearchInput!) { searchStays(input: $input) { accommodationId accommodationName arrival departure nights bookable
  quote { total { cents } reasons } nearestArrivals { arrival departure total { cents } } } }`;

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export class BookingApi {
  constructor(
    private readonly endpoint: string,
    private readonly lang: Lang,
  ) {}

  private get gqlLang(): 'FR' | 'EN' {
    return this.lang === 'en' ? 'EN' : 'FR';
  }

  async accommodation(id: string): Promise<PublicAccommodation | null> {
    return (await this.call<{ publicAccommodation: PublicAccommodation | null }>(ACCOMMODATION, { id, lang: this.gqlLang })).publicAccommodation;
  }

  async availability(id: string, from: IsoDate, to: IsoDate): Promise<AvailabilityDay[]> {
    return (await this.call<{ availability: AvailabilityDay[] }>(AVAILABILITY, { id, from, to })).availability;
  }

  async priceTable(id: string, from: IsoDate, to: IsoDate): Promise<PriceRow[]> {
    return (await this.call<{ priceTable: PriceRow[] }>(PRICE_TABLE, { id, from, to, lang: this.gqlLang })).priceTable;
  }

  async quote(input: QuoteInput): Promise<Quote> {
    return (await this.call<{ quote: Quote }>(QUOTE, { input: { ...input, lang: this.gqlLang } })).quote;
  }

  async terms(id: string): Promise<BookingTerms> {
    return (await this.call<{ bookingTerms: BookingTerms }>(TERMS, { id, lang: this.gqlLang })).bookingTerms;
  }

  /** The key makes a retry of the same booking (a lost answer, a double click) book once. */
  async bookStay(input: BookStayInput, idempotencyKey: string): Promise<GuestBooking> {
    return (await this.call<{ bookStay: GuestBooking }>(BOOK_STAY, { input: { ...input, lang: this.gqlLang } }, { 'Idempotency-Key': idempotencyKey })).bookStay;
  }

  async guestBooking(token: string): Promise<GuestBooking | null> {
    return (await this.call<{ guestBooking: GuestBooking | null }>(GUEST_BOOKING, { token })).guestBooking;
  }

  async search(input: SearchInput): Promise<StayOffer[]> {
    return (await this.call<{ searchStays: StayOffer[] }>(SEARCH, { input: { ...input, lang: this.gqlLang } })).searchStays;
  }

  private async call<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        mode: 'cors',
        credentials: 'omit',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new ApiError('', 'NETWORK', null);
    }
    let answer: Answer<T>;
    try {
      answer = (await response.json()) as Answer<T>;
    } catch {
      throw new ApiError('', 'NETWORK', null);
    }
    const error = answer.errors?.[0];
    if (error) throw new ApiError(error.message, error.extensions?.code ?? null, error.extensions?.field ?? null);
    if (!answer.data) throw new ApiError('', 'NETWORK', null);
    return answer.data;
  }
}
