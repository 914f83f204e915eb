/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Every field of the description; an omitted optional field is cleared */
export type AccommodationInput = {
  address?: string | null | undefined;
  altitude?: number | null | undefined;
  /** Codes from the characteristics query */
  characteristics?: Array<string> | null | undefined;
  city: string;
  /** French required */
  description: LocalizedTextInput;
  floor?: number | null | undefined;
  kind: AccommodationKind;
  /** -90 to 90, with a longitude */
  latitude?: number | null | undefined;
  /** -180 to 180, with a latitude */
  longitude?: number | null | undefined;
  /** At least 1 and at least minCapacity */
  maxCapacity: number;
  /** 1 when omitted */
  minCapacity?: number | null | undefined;
  name: string;
  orientation?: Orientation | null | undefined;
  photos?: Array<PhotoInput> | null | undefined;
  postalCode?: string | null | undefined;
  /** Cents */
  securityDeposit?: number | null | undefined;
  /** 0 to 5; 0 (unclassified) when omitted */
  starRating?: number | null | undefined;
  surface?: number | null | undefined;
};

/** HOLIDAY_RENTAL: a furnished holiday rental ("meublé de tourisme", gîte); GUEST_ROOM: a B&B room ("chambre d'hôtes") */
export type AccommodationKind =
  | 'GUEST_ROOM'
  | 'HOLIDAY_RENTAL';

/** What the law asks of a meublé de tourisme besides its description; an omitted field is cleared */
export type AccommodationRegistrationInput = {
  /** The day its classement was decided, not after today; needs a starRating */
  classificationDecidedOn?: string | null | undefined;
  /** The commune's registration number: its INSEE code, 6 letters or digits, a 2-character key (75056 123456 AB); spaces, hyphens and case do not matter. HOLIDAY_RENTAL only */
  registrationNumber?: string | null | undefined;
  /** Whether the commune requires one; false when omitted. HOLIDAY_RENTAL only */
  registrationRequired?: boolean | null | undefined;
};

/** Must not overlap another of the owner's ranges */
export type AgeRangeInput = {
  /** Omitted: true for a new range; an updated range keeps what it had */
  countsTowardsCapacity?: boolean | null | undefined;
  label: string;
  /** minAge to 120 */
  maxAge: number;
  /** 0 to 120 */
  minAge: number;
};

export type AgeRangePriceInput = {
  ageRangeId: string;
  /** Cents per extra person of this age range per night */
  perNight: number;
};

export type AllowedStayInput = {
  arrival: string;
  nights: number;
};

/** What an API key may do; an owner’s own token may do everything */
export type ApiScope =
  /** Read the plannings of the owner’s accommodations (guests’ names only with GUESTS_READ) */
  | 'AVAILABILITY_READ'
  /** Close nights to sale and reopen them */
  | 'BLOCKS_WRITE'
  /** Read booking files; with GUESTS_READ, since a file shows its guest */
  | 'BOOKINGS_READ'
  /** See guests’ personal data (names, emails, phones) wherever the key reads */
  | 'GUESTS_READ'
  /** Manage the webhooks that tell the integrator what changed */
  | 'WEBHOOKS_MANAGE';

/** Leave daysBeforeArrival out (or null) for the balance due on arrival */
export type BalanceDueInput = {
  daysBeforeArrival?: number | null | undefined;
};

/** PAID: nothing left to pay; UNPAID: a balance is owed */
export type BalanceFilter =
  | 'PAID'
  | 'UNPAID';

/** Replaces the rules as a whole; what is left out takes its default */
export type BookingRulesInput = {
  accommodationId: string;
  closedToArrival?: Array<Weekday> | null | undefined;
  closedToDeparture?: Array<Weekday> | null | undefined;
  /** SAME_DAY by default */
  leadTime?: LeadTimeInput | null | undefined;
  /** Nights; 1 by default */
  minimumStay?: number | null | undefined;
  /** IANA time zone of the accommodation; Europe/Paris by default */
  timeZone?: string | null | undefined;
};

/** Who gives up the stay: GUEST or OWNER. What the deposit’s law makes of the money follows from it */
export type CancellingParty =
  | 'GUEST'
  | 'OWNER';

/** EQUIPMENT: in the unit; INFRASTRUCTURE: on the property; AMENITY: services and house rules */
export type CharacteristicGroup =
  | 'AMENITY'
  | 'EQUIPMENT'
  | 'INFRASTRUCTURE';

/** NONE: unclassified; UNDATED: stars given without the decision's date, read as holding; VALID; EXPIRING_SOON: ends within 90 days; EXPIRED: past its five years, the accommodation counts as unclassified */
export type ClassificationStatus =
  | 'EXPIRED'
  | 'EXPIRING_SOON'
  | 'NONE'
  | 'UNDATED'
  | 'VALID';

export type CreateDossierInput = {
  accommodationId: string;
  arrival: string;
  /** Exclusive: the day the guest leaves */
  departure: string;
  guest: GuestInput;
  /** For the owner only */
  internalNote?: string | null | undefined;
  /** Shown to the guest */
  note?: string | null | undefined;
  occupants: Array<OccupantsInput>;
  /** Optional supplements chosen; mandatory ones are always included */
  optionalSupplementIds?: Array<string> | null | undefined;
  /** Cents: the accommodation price agreed with the guest, in place of the quote’s; supplements still apply */
  price?: number | null | undefined;
  promoCode?: string | null | undefined;
};

/** ARRHES: the guest may withdraw by losing them, the owner by paying back double; ACOMPTE: commits both */
export type DepositKind =
  | 'ACOMPTE'
  | 'ARRHES';

export type DepositPolicyInput = {
  acceptedPaymentMethods: Array<PaymentMethod>;
  /** On arrival when left out */
  balanceDue?: BalanceDueInput | null | undefined;
  /** Whom cheques are made out to; your own name when left out */
  chequePayableTo?: string | null | undefined;
  /** 0 to 100, two decimals at most */
  defaultPercent: number;
  /** Days after the option is created; 10 when left out */
  depositDueDays?: number | null | undefined;
  kind: DepositKind;
  rules?: Array<DepositRuleInput> | null | undefined;
};

export type DepositRuleInput = {
  /** The rule applies when the stay starts in fewer days than this */
  daysBeforeArrivalUnder: number;
  /** 0 to 100, two decimals at most */
  percent: number;
};

/** TOURISM_AGENCY: a departmental tourism agency ("agence départementale du tourisme"); LABEL_NETWORK: a label network (Clévacances, a Gîtes de France federation) */
export type DestinationKind =
  | 'LABEL_NETWORK'
  | 'TOURISM_AGENCY';

export type DocumentArrivalInput = {
  /** An hour such as 09:00 or 18:30, on the quarter hour */
  from?: string | null | undefined;
  note?: LocalizedTextInput | null | undefined;
  /** An hour such as 09:00 or 18:30, on the quarter hour */
  to?: string | null | undefined;
};

export type DocumentDepartureInput = {
  /** An hour such as 09:00 or 18:30, on the quarter hour */
  before?: string | null | undefined;
  note?: LocalizedTextInput | null | undefined;
};

export type DocumentDescriptionInput = {
  accommodationImages?: boolean | null | undefined;
  establishmentImages?: boolean | null | undefined;
  establishmentText?: boolean | null | undefined;
};

/** A field left out keeps its value; null or empty clears it */
export type DocumentHeaderInput = {
  logoImageId?: string | null | undefined;
  name?: string | null | undefined;
  slogan?: string | null | undefined;
};

/** A part left out keeps what you saved; a text sent empty is cleared */
export type DocumentSettingsInput = {
  arrival?: DocumentArrivalInput | null | undefined;
  departure?: DocumentDepartureInput | null | undefined;
  description?: DocumentDescriptionInput | null | undefined;
  furtherInformation?: LocalizedTextInput | null | undefined;
  header?: DocumentHeaderInput | null | undefined;
  politeness?: LocalizedTextInput | null | undefined;
  printTerms?: boolean | null | undefined;
  showPriceDetail?: boolean | null | undefined;
  signatureRequest?: SignatureRequestInput | null | undefined;
  statusTexts?: StatusTextsInput | null | undefined;
  terms?: LocalizedTextInput | null | undefined;
};

export type DossierFilter = {
  accommodationId?: string | null | undefined;
  arrivalFrom?: string | null | undefined;
  arrivalTo?: string | null | undefined;
  balance?: BalanceFilter | null | undefined;
  /** Part of the guest’s name, company or email */
  guest?: string | null | undefined;
  number?: number | null | undefined;
  origin?: Origin | null | undefined;
  promoCode?: string | null | undefined;
  status?: Array<DossierStatus> | null | undefined;
};

/** ARRIVAL: by first arrival, then number (the default); CREATED_DESC: the latest made first ("dernières réservations"); CREATED_ASC: the oldest made first */
export type DossierOrder =
  | 'ARRIVAL'
  | 'CREATED_ASC'
  | 'CREATED_DESC';

/** OPTION waits for the deposit; CONFIRMED (not paid); PAID ("soldé"); CANCELLED */
export type DossierStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'OPTION'
  | 'PAID';

/** A term left out (or null) stays as it is */
export type DossierTermsInput = {
  /** When the balance falls due: not in the past, nor after the last departure */
  balanceDueDate?: string | null | undefined;
  /** When the deposit falls due: not in the past, nor after the first arrival or the balance’s due date */
  depositDueDate?: string | null | undefined;
  /** The deposit’s share of the accommodation prices: 0 to 100, two decimals at most */
  depositPercent?: number | null | undefined;
};

/** A field left out keeps what you saved */
export type EmailSettingsInput = {
  /** 0 turns the balance reminder off */
  balanceReminderDays?: number | null | undefined;
  copyToOwner?: boolean | null | undefined;
  depositReminder?: boolean | null | undefined;
  footer?: LocalizedTextInput | null | undefined;
  introduction?: LocalizedTextInput | null | undefined;
  languages?: Array<Lang> | null | undefined;
  onlineBooking?: OnlineBookingEmail | null | undefined;
  subject?: LocalizedTextInput | null | undefined;
};

export type GuestInput = {
  address?: string | null | undefined;
  addressLine2?: string | null | undefined;
  city?: string | null | undefined;
  civility?: string | null | undefined;
  company?: string | null | undefined;
  country?: string | null | undefined;
  email?: string | null | undefined;
  fax?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName: string;
  phone1?: string | null | undefined;
  phone2?: string | null | undefined;
  phone3?: string | null | undefined;
  postalCode?: string | null | undefined;
};

export type IcalExportSettingsInput = {
  exportImported: boolean;
  exportOptions: boolean;
};

export type IcalFeedInput = {
  accommodationId: string;
  /** Minutes between fetches: 15 unless said, at least 5 */
  intervalMinutes?: number | null | undefined;
  /** Shown on the planning; the platform’s name when none */
  label?: string | null | undefined;
  platform: IcalPlatform;
  /** The calendar’s export address on the platform (https://, or webcal://) */
  url: string;
};

/** PENDING: not read yet; OK: the last fetch was read; FAILING: the last fetch failed, nothing was changed; SUSPICIOUS: the feed dropped many stays at once, kept until confirmed; SILENT: not read for more than three intervals */
export type IcalFeedStatus =
  | 'FAILING'
  | 'OK'
  | 'PENDING'
  | 'SILENT'
  | 'SUSPICIOUS';

/** Whose calendar a feed is, so that its habits are known: AIRBNB, BOOKING_COM, VRBO (Abritel), GOOGLE, ICLOUD, GENERIC */
export type IcalPlatform =
  | 'AIRBNB'
  | 'BOOKING_COM'
  | 'GENERIC'
  | 'GOOGLE'
  | 'ICLOUD'
  | 'VRBO';

/** A language for texts shown to guests: FR French, EN English */
export type Lang =
  | 'EN'
  | 'FR';

export type LeadTimeInput = {
  /** For DAYS_AHEAD: the least number of days between booking and arrival */
  days?: number | null | undefined;
  /** For *_UNTIL: the local hour (1–23) before which booking is allowed */
  hour?: number | null | undefined;
  kind: LeadTimeKind;
};

/** How soon before arrival a stay may be booked: same day, same day until an hour, next day, next day until an hour, or N days ahead */
export type LeadTimeKind =
  | 'DAYS_AHEAD'
  | 'NEXT_DAY'
  | 'NEXT_DAY_UNTIL'
  | 'SAME_DAY'
  | 'SAME_DAY_UNTIL';

export type LinkedTextInput = {
  /** An http(s) address */
  link?: string | null | undefined;
  /** The French is required */
  text: LocalizedTextInput;
};

export type LocalizedTextInput = {
  en?: string | null | undefined;
  fr?: string | null | undefined;
};

/** The price covers includedOccupants; each further person pays per night */
export type OccupancyInput = {
  byAgeRange?: Array<AgeRangePriceInput> | null | undefined;
  /** Cents per extra person per night, unless their age range has its own price */
  extraPerNight: number;
  includedOccupants: number;
};

export type OccupantsInput = {
  ageRangeId: string;
  count: number;
};

/** What a guest who books online receives: WITH_DOCUMENT the PDF attached, NOTIFICATION a notification of the booking */
export type OnlineBookingEmail =
  | 'NOTIFICATION'
  | 'WITH_DOCUMENT';

export type Orientation =
  | 'EAST'
  | 'NORTH'
  | 'NORTH_EAST'
  | 'NORTH_WEST'
  | 'SOUTH'
  | 'SOUTH_EAST'
  | 'SOUTH_WEST'
  | 'WEST';

/** BACK_OFFICE (the owner), ONLINE (booking engine), MARKETPLACE (booking engine, through a destination’s marketplace), CHANNEL (channel manager), ICAL (imported calendar) */
export type Origin =
  | 'BACK_OFFICE'
  | 'CHANNEL'
  | 'ICAL'
  | 'MARKETPLACE'
  | 'ONLINE';

export type PaymentInput = {
  /** Cents; negative for a refund, whose reason goes in the note */
  cents: number;
  date: string;
  method: PaymentMethod;
  note?: string | null | undefined;
};

/** CHEQUE (bank cheque), HOLIDAY_VOUCHERS (chèques vacances ANCV), TRANSFER, CASH, CARD (card number sent), ONLINE (card payment online) */
export type PaymentMethod =
  | 'CARD'
  | 'CASH'
  | 'CHEQUE'
  | 'HOLIDAY_VOUCHERS'
  | 'ONLINE'
  | 'TRANSFER';

/** STRIPE, or LOCAL: the test provider served by the app itself, which takes no money (never in production) */
export type PaymentProvider =
  | 'LOCAL'
  | 'STRIPE';

/** STRIPE needs your secret key and your webhook endpoint’s signing secret; LOCAL needs neither */
export type PaymentProviderInput = {
  provider: PaymentProvider;
  /** sk_live_…, sk_test_… or a restricted rk_… key */
  secretKey?: string | null | undefined;
  /** whsec_…: the signing secret of the endpoint you add in Stripe for <your address>/payments/webhooks/stripe */
  webhookSecret?: string | null | undefined;
};

export type PeriodInput = {
  /** First arrival date, included */
  from: string;
  /** Last arrival date, included */
  to: string;
};

/** Photos are shown in the order of the list */
export type PhotoInput = {
  caption?: LocalizedTextInput | null | undefined;
  url: string;
};

/** FREE; BLOCKED by the owner; PENDING_PAYMENT held for a guest paying the deposit online (for minutes); held by a booking file as an OPTION, CONFIRMED (not paid) or PAID; IMPORTED: taken on another platform’s calendar (an iCal feed) */
export type PlanningState =
  | 'BLOCKED'
  | 'CONFIRMED'
  | 'FREE'
  | 'IMPORTED'
  | 'OPTION'
  | 'PAID'
  | 'PENDING_PAYMENT';

/** Give either percent or cents */
export type PromoCodeInput = {
  accommodationIds: Array<string>;
  /** The stays it is valid for; null for any stay */
  allowedStays?: Array<AllowedStayInput> | null | undefined;
  /** Cents off */
  cents?: number | null | undefined;
  /** 3 to 20 letters A–Z or digits; any case, kept in capitals */
  code: string;
  /** Adds to a promotion instead of competing with it; false by default */
  combinesWithPromotions?: boolean | null | undefined;
  /** For the owner only */
  internalLabel: string;
  /** Shown to guests; French required */
  label: LocalizedTextInput;
  percent?: number | null | undefined;
  usage: PromoCodeUsage;
  /** First day it can be typed in */
  validFrom?: string | null | undefined;
  /** Last day it can be typed in */
  validTo?: string | null | undefined;
};

/** SINGLE: consumed by the first booking made with it; MULTIPLE: any number */
export type PromoCodeUsage =
  | 'MULTIPLE'
  | 'SINGLE';

export type PromotionInput = {
  accommodationIds: Array<string>;
  /** Days between booking and arrival: less than (last minute) or more than (early booking) */
  days: number;
  kind: PromotionKind;
  /** Percentage off the accommodation price, two decimals at most */
  percent: number;
  /** First day it may be booked with */
  validFrom?: string | null | undefined;
  /** Last day it may be booked with */
  validTo?: string | null | undefined;
};

/** LAST_MINUTE: stays starting in less than N days; EARLY_BOOKING: in more than N days */
export type PromotionKind =
  | 'EARLY_BOOKING'
  | 'LAST_MINUTE';

export type QuoteInput = {
  accommodationId: string;
  arrival: string;
  /** Exclusive: the day the guest leaves */
  departure: string;
  /** The language of the refusals’ messages (and reasons): else the browser’s (Accept-Language), else English */
  lang?: Lang | null | undefined;
  occupants: Array<OccupantsInput>;
  /** Optional supplements chosen; mandatory ones are always included */
  optionalSupplementIds?: Array<string> | null | undefined;
  promoCode?: string | null | undefined;
};

/** Why a stay may not be booked; UNAVAILABLE: some of its nights are taken already */
export type QuoteRefusalCode =
  | 'ARRIVAL_PASSED'
  | 'CLOSED_TO_ARRIVAL'
  | 'CLOSED_TO_DEPARTURE'
  | 'LEAD_TIME'
  | 'NOT_BOOKABLE_ONLINE'
  | 'NO_RATE'
  | 'OVER_CAPACITY'
  | 'UNAVAILABLE'
  | 'UNDER_CAPACITY'
  | 'UNDER_MINIMUM_STAY';

/** Either cents off or a percentage off (two decimals at most) */
export type RateDiscountInput = {
  cents?: number | null | undefined;
  percent?: number | null | undefined;
};

/** Only the fields you send change; send gdprOptIn or privacy as null to remove it */
export type SalesTermsInput = {
  gdprOptIn?: LinkedTextInput | null | undefined;
  onlinePayment?: boolean | null | undefined;
  /** 10 to 1440 (a day); 30 unless you set it */
  paymentWindowMinutes?: number | null | undefined;
  preBooking?: boolean | null | undefined;
  privacy?: LinkedTextInput | null | undefined;
};

/** QUEUED until the mail server takes it (retries included), then SENT, or FAILED for good */
export type SentEmailStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

export type SetRatesInput = {
  accommodationId: string;
  /** Arrival weekdays */
  arrivalDays: Array<Weekday>;
  discount?: RateDiscountInput | null | undefined;
  /** Cents */
  initialPrice: number;
  /** Stay lengths in nights */
  nights: Array<number>;
  occupancy?: OccupancyInput | null | undefined;
  /** Periods of arrival dates, both ends included */
  periods: Array<PeriodInput>;
};

export type SignUpInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  civility?: string | null | undefined;
  company?: string | null | undefined;
  country?: string | null | undefined;
  email: string;
  fax?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName: string;
  /** At least 12 characters */
  password: string;
  phone1?: string | null | undefined;
  phone2?: string | null | undefined;
  postalCode?: string | null | undefined;
  website?: string | null | undefined;
};

export type SignatureRequestInput = {
  contract?: LocalizedTextInput | null | undefined;
  option?: LocalizedTextInput | null | undefined;
};

export type StatusTextsInput = {
  confirmed?: LocalizedTextInput | null | undefined;
  option?: LocalizedTextInput | null | undefined;
  paid?: LocalizedTextInput | null | undefined;
};

export type SupplementInput = {
  /** The caller's accommodations it applies to */
  accommodationIds: Array<string>;
  mandatory: boolean;
  /** French required */
  name: LocalizedTextInput;
  /** Cents, 0 or more */
  price: number;
  unit: SupplementUnit;
};

/** How the price multiplies over a stay: once, per night, per person, or per person and night */
export type SupplementUnit =
  | 'PER_NIGHT'
  | 'PER_PERSON'
  | 'PER_PERSON_NIGHT'
  | 'PER_STAY';

/** HIDDEN: not visible; LISTED: visible without online booking; BOOKABLE: visible and bookable online (once it has prices) */
export type Visibility =
  | 'BOOKABLE'
  | 'HIDDEN'
  | 'LISTED';

/** PENDING: to be sent or tried again; DELIVERED: answered 2xx; FAILED: given up after its retry window */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

export type WebhookEndpointInput = {
  /** True unless said; switching it on again sends what was left pending and what happened since */
  enabled?: boolean | null | undefined;
  /** The public event types it receives (booking.created…), each readable with your scopes */
  eventTypes: Array<string>;
  /** Put the guest’s details in booking events; false unless said, and needs GUESTS_READ for an API key */
  includeGuestDetails?: boolean | null | undefined;
  /** Where deliveries are POSTed: http or https, on a public address */
  url: string;
};

/** A day of the week, Monday first as in France */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type BackOfficeLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type BackOfficeLogOutMutation = { logOut: boolean };

export type BackOfficeMeQueryVariables = Exact<{ [key: string]: never; }>;


export type BackOfficeMeQuery = { me: { id: string, email: string, firstName: string | null, lastName: string, company: string | null, number: number | null } };

export type BackOfficeAccommodationsListQueryVariables = Exact<{
  includeArchived: boolean;
}>;


export type BackOfficeAccommodationsListQuery = { accommodations: Array<{ id: string, name: string, reference: string, kind: AccommodationKind, minCapacity: number, maxCapacity: number, city: string, visibility: Visibility, archived: boolean }> };

export type BackOfficeAccommodationSheetQueryVariables = Exact<{
  id: string;
}>;


export type BackOfficeAccommodationSheetQuery = { accommodation: { id: string, name: string, reference: string, kind: AccommodationKind, starRating: number, address: string | null, postalCode: string | null, city: string, latitude: number | null, longitude: number | null, altitude: number | null, minCapacity: number, maxCapacity: number, surface: number | null, floor: number | null, orientation: Orientation | null, visibility: Visibility, archived: boolean, registrationNumber: string | null, registrationRequired: boolean, securityDeposit: { cents: number } | null, description: { fr: string | null, en: string | null }, photos: Array<{ url: string, order: number, caption: { fr: string | null, en: string | null } }>, characteristics: Array<{ code: string }>, classification: { decidedOn: string | null, stars: number, status: ClassificationStatus, expiresOn: string | null } } | null };

export type BackOfficeAccommodationCharacteristicsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackOfficeAccommodationCharacteristicsQuery = { characteristics: Array<{ code: string, group: CharacteristicGroup, label: { fr: string, en: string } }> };

export type BackOfficeAccommodationCommunesQueryVariables = Exact<{
  postalCode: string;
}>;


export type BackOfficeAccommodationCommunesQuery = { communes: Array<{ inseeCode: string, name: string }> };

export type BackOfficeCreateAccommodationMutationVariables = Exact<{
  input: AccommodationInput;
}>;


export type BackOfficeCreateAccommodationMutation = { createAccommodation: { id: string, name: string, reference: string, visibility: Visibility } };

export type BackOfficeUpdateAccommodationMutationVariables = Exact<{
  id: string;
  input: AccommodationInput;
}>;


export type BackOfficeUpdateAccommodationMutation = { updateAccommodation: { id: string, name: string, reference: string, kind: AccommodationKind, starRating: number, address: string | null, postalCode: string | null, city: string, latitude: number | null, longitude: number | null, altitude: number | null, minCapacity: number, maxCapacity: number, surface: number | null, floor: number | null, orientation: Orientation | null, visibility: Visibility, archived: boolean, securityDeposit: { cents: number } | null, description: { fr: string | null, en: string | null }, photos: Array<{ url: string, order: number, caption: { fr: string | null, en: string | null } }>, characteristics: Array<{ code: string }> } };

export type BackOfficeSetAccommodationVisibilityMutationVariables = Exact<{
  id: string;
  visibility: Visibility;
}>;


export type BackOfficeSetAccommodationVisibilityMutation = { setAccommodationVisibility: { id: string, visibility: Visibility } };

export type BackOfficeSetAccommodationRegistrationMutationVariables = Exact<{
  id: string;
  input: AccommodationRegistrationInput;
}>;


export type BackOfficeSetAccommodationRegistrationMutation = { setAccommodationRegistration: { id: string, registrationNumber: string | null, registrationRequired: boolean, classification: { decidedOn: string | null, stars: number, status: ClassificationStatus, expiresOn: string | null } } };

export type BackOfficeArchiveAccommodationMutationVariables = Exact<{
  id: string;
}>;


export type BackOfficeArchiveAccommodationMutation = { archiveAccommodation: { id: string, archived: boolean, visibility: Visibility } };

export type BackOfficeRestoreAccommodationMutationVariables = Exact<{
  id: string;
}>;


export type BackOfficeRestoreAccommodationMutation = { restoreAccommodation: { id: string, archived: boolean, visibility: Visibility } };

export type BackOfficeAccommodationSupplementsQueryVariables = Exact<{
  accommodationId?: string | null | undefined;
}>;


export type BackOfficeAccommodationSupplementsQuery = { supplements: Array<{ id: string, accommodationIds: Array<string>, mandatory: boolean, unit: SupplementUnit, name: { fr: string | null, en: string | null }, price: { cents: number } }> };

export type BackOfficeDefineSupplementMutationVariables = Exact<{
  input: SupplementInput;
}>;


export type BackOfficeDefineSupplementMutation = { defineSupplement: { id: string, accommodationIds: Array<string>, mandatory: boolean, unit: SupplementUnit, name: { fr: string | null, en: string | null }, price: { cents: number } } };

export type BackOfficeUpdateSupplementMutationVariables = Exact<{
  id: string;
  input: SupplementInput;
}>;


export type BackOfficeUpdateSupplementMutation = { updateSupplement: { id: string, accommodationIds: Array<string>, mandatory: boolean, unit: SupplementUnit, name: { fr: string | null, en: string | null }, price: { cents: number } } };

export type BackOfficeRemoveSupplementMutationVariables = Exact<{
  id: string;
}>;


export type BackOfficeRemoveSupplementMutation = { removeSupplement: boolean };

export type BackOfficeChangeEmailMutationVariables = Exact<{
  currentPassword: string;
  newEmail: string;
}>;


export type BackOfficeChangeEmailMutation = { changeEmail: { id: string, email: string } };

export type BackOfficeChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type BackOfficeChangePasswordMutation = { changePassword: boolean };

export type DashboardOverviewQueryVariables = Exact<{
  lang?: Lang | null | undefined;
}>;


export type DashboardOverviewQuery = { dashboard: { today: string, bookedToday: { bookings: number, revenue: { cents: number } }, revenueByMonth: Array<{ month: string, label: string, bookings: number, previousYearBookings: number, revenue: { cents: number }, previousYearRevenue: { cents: number } }>, recentActivity: { last7Days: { bookings: number, revenue: { cents: number } }, last30Days: { bookings: number, revenue: { cents: number } }, last12Months: { bookings: number, revenue: { cents: number } } }, waitingForDeposit: { count: number, amount: { cents: number }, dossiers: Array<{ id: string, number: number | null, guest: { firstName: string | null, lastName: string }, deposit: { dueDate: string, amount: { cents: number } } }> }, waitingForBalance: { count: number, amount: { cents: number }, dossiers: Array<{ id: string, number: number | null, balanceDueDate: string, guest: { firstName: string | null, lastName: string }, balance: { cents: number } }> }, origins: Array<{ origin: Origin, bookings: number, share: number, revenue: { cents: number } }>, latestBookings: Array<{ id: string, number: number | null, createdAt: string, status: DossierStatus, origin: Origin, guest: { firstName: string | null, lastName: string }, total: { cents: number }, stays: Array<{ accommodationId: string, arrival: string, departure: string }> }>, nextArrivals: Array<{ id: string, number: number | null, guest: { firstName: string | null, lastName: string }, stays: Array<{ accommodationId: string, arrival: string, departure: string }> }>, nextDepartures: Array<{ id: string, number: number | null, guest: { firstName: string | null, lastName: string }, stays: Array<{ accommodationId: string, arrival: string, departure: string }> }>, classificationWarnings: Array<{ accommodationId: string, message: string }> }, accommodations: Array<{ id: string, name: string, archived: boolean }>, ageRanges: Array<{ id: string, label: string }> };

export type DashboardCreateDossierMutationVariables = Exact<{
  input: CreateDossierInput;
}>;


export type DashboardCreateDossierMutation = { createDossier: { id: string, number: number | null, guest: { lastName: string } } };

export type DossiersAccommodationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DossiersAccommodationsQuery = { accommodations: Array<{ id: string, name: string, archived: boolean }> };

export type DossiersDayMovementsQueryVariables = Exact<{
  date: string;
}>;


export type DossiersDayMovementsQuery = { arrivals: Array<{ id: string, number: number | null, status: DossierStatus, guest: { lastName: string, firstName: string | null, company: string | null, phone1: string | null }, stays: Array<{ id: string, accommodationId: string, arrival: string, departure: string }> }>, departures: Array<{ id: string, number: number | null, status: DossierStatus, guest: { lastName: string, firstName: string | null, company: string | null, phone1: string | null }, stays: Array<{ id: string, accommodationId: string, arrival: string, departure: string }> }> };

export type DossiersSendDocumentMutationVariables = Exact<{
  id: string;
  lang?: Lang | null | undefined;
}>;


export type DossiersSendDocumentMutation = { sendDossierDocument: { id: string, status: DossierStatus, emails: Array<{ id: string, status: SentEmailStatus }> } };

export type DossiersFileQueryVariables = Exact<{
  id: string;
}>;


export type DossiersFileQuery = { dossier: { id: string, number: number | null, status: DossierStatus, origin: Origin, createdAt: string, contractSigned: boolean, promoCode: string | null, note: string | null, internalNote: string | null, cancelledAt: string | null, cancelledBy: CancellingParty | null, cancellationReason: string | null, balanceDueDate: string, guestErasedAt: string | null, total: { cents: number }, paid: { cents: number }, balance: { cents: number }, deposit: { dueDate: string, kind: DepositKind, percent: number, amount: { cents: number } }, discount: { label: string | null, percent: number | null, amount: { cents: number } } | null, guest: { civility: string | null, lastName: string, firstName: string | null, company: string | null, email: string | null, phone1: string | null, phone2: string | null, phone3: string | null, fax: string | null, address: string | null, addressLine2: string | null, postalCode: string | null, city: string | null, country: string | null }, stays: Array<{ id: string, accommodationId: string, arrival: string, departure: string, priceOverridden: boolean, occupants: Array<{ ageRangeId: string, count: number }>, accommodationPrice: { cents: number }, price: { cents: number }, touristTax: { cents: number }, supplements: Array<{ amount: { cents: number }, label: { fr: string | null, en: string | null } }>, discounts: Array<{ amount: { cents: number }, label: { fr: string | null, en: string | null } }> }>, globalSupplements: Array<{ id: string, label: string, amount: { cents: number } }>, payments: Array<{ id: string, date: string, method: PaymentMethod, note: string | null, amount: { cents: number } }>, emails: Array<{ id: string, at: string, kind: string, recipient: string, status: SentEmailStatus, subject: string, to: string | null, error: string | null, copy: boolean, attempts: number }>, cancellationSettlement: { by: CancellingParty, depositKind: DepositKind, damagesMayBeOwed: boolean, explanationFr: string, explanationEn: string, compensation: { cents: number }, deposit: { cents: number }, guestStillOwes: { cents: number }, owedToGuest: { cents: number }, ownerKeeps: { cents: number }, price: { cents: number }, received: { cents: number }, refunded: { cents: number }, stillToRefund: { cents: number } } | null } | null, ageRanges: Array<{ id: string, label: string, minAge: number, maxAge: number }>, accommodations: Array<{ id: string, name: string }> };

export type DossiersConfirmMutationVariables = Exact<{
  id: string;
}>;


export type DossiersConfirmMutation = { confirmDossier: { id: string, status: DossierStatus } };

export type DossiersMarkContractSignedMutationVariables = Exact<{
  id: string;
}>;


export type DossiersMarkContractSignedMutation = { markContractSigned: { id: string, status: DossierStatus, contractSigned: boolean } };

export type DossiersCancelMutationVariables = Exact<{
  id: string;
  by?: CancellingParty | null | undefined;
  reason?: string | null | undefined;
}>;


export type DossiersCancelMutation = { cancelDossier: { id: string, status: DossierStatus } };

export type DossiersDeleteMutationVariables = Exact<{
  id: string;
}>;


export type DossiersDeleteMutation = { deleteDossier: boolean };

export type DossiersChangeGuestMutationVariables = Exact<{
  id: string;
  guest: GuestInput;
}>;


export type DossiersChangeGuestMutation = { changeDossierGuest: { id: string, status: DossierStatus } };

export type DossiersHistoryQueryVariables = Exact<{
  id: string;
}>;


export type DossiersHistoryQuery = { dossierHistory: Array<{ eventId: string, type: string, occurredAt: string, actor: string, data: unknown, stream: string }> };

export type DossiersListQueryVariables = Exact<{
  filter?: DossierFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: DossierOrder | null | undefined;
}>;


export type DossiersListQuery = { dossiers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, number: number | null, status: DossierStatus, origin: Origin, guest: { lastName: string, firstName: string | null, company: string | null }, stays: Array<{ id: string, accommodationId: string, arrival: string, departure: string }>, total: { cents: number }, paid: { cents: number }, balance: { cents: number } }> } };

export type DossiersSetNotesMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
  internalNote?: string | null | undefined;
}>;


export type DossiersSetNotesMutation = { setDossierNotes: { id: string, status: DossierStatus, note: string | null, internalNote: string | null } };

export type DossiersRecordPaymentMutationVariables = Exact<{
  dossierId: string;
  input: PaymentInput;
}>;


export type DossiersRecordPaymentMutation = { recordPayment: { id: string, status: DossierStatus, paid: { cents: number }, balance: { cents: number } } };

export type DossiersChangeStayMutationVariables = Exact<{
  id: string;
  accommodationId?: string | null | undefined;
  arrival: string;
  departure: string;
}>;


export type DossiersChangeStayMutation = { changeDossierStay: { id: string, status: DossierStatus } };

export type DossiersChangeOccupantsMutationVariables = Exact<{
  id: string;
  accommodationId?: string | null | undefined;
  occupants: Array<OccupantsInput> | OccupantsInput;
}>;


export type DossiersChangeOccupantsMutation = { changeDossierOccupants: { id: string, status: DossierStatus } };

export type DossiersSetStayPriceMutationVariables = Exact<{
  id: string;
  accommodationId?: string | null | undefined;
  cents: number;
}>;


export type DossiersSetStayPriceMutation = { setDossierStayPrice: { id: string, status: DossierStatus } };

export type DossiersAddGlobalSupplementMutationVariables = Exact<{
  id: string;
  label: string;
  cents: number;
}>;


export type DossiersAddGlobalSupplementMutation = { addGlobalSupplement: { id: string, status: DossierStatus } };

export type DossiersSetTermsMutationVariables = Exact<{
  id: string;
  input: DossierTermsInput;
}>;


export type DossiersSetTermsMutation = { setDossierTerms: { id: string, status: DossierStatus } };

export type BackOfficeLogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type BackOfficeLogInMutation = { logIn: { owner: { id: string } } };

export type PlanningOwnerPlanningQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PlanningOwnerPlanningQuery = { ownerPlanning: Array<{ accommodationId: string, name: string, days: Array<{ date: string, state: PlanningState, holdId: string | null, dossierId: string | null, guestLabel: string | null, reason: string | null, conflict: boolean, nightlyPrice: { cents: number } | null }> }> };

export type PlanningBlockExtentQueryVariables = Exact<{
  accommodationId: string;
  from: string;
  to: string;
}>;


export type PlanningBlockExtentQuery = { planning: Array<{ date: string, holdId: string | null }> };

export type PlanningFileSummaryQueryVariables = Exact<{
  id: string;
}>;


export type PlanningFileSummaryQuery = { dossier: { id: string, number: number | null, status: DossierStatus, total: { cents: number }, stays: Array<{ accommodationId: string, arrival: string, departure: string }> } | null };

export type PlanningAgeRangesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanningAgeRangesQuery = { ageRanges: Array<{ id: string, label: string, minAge: number, maxAge: number }> };

export type PlanningQuoteQueryVariables = Exact<{
  input: QuoteInput;
}>;


export type PlanningQuoteQuery = { quote: { discountedAccommodationPrice: { cents: number }, total: { cents: number }, refusals: Array<{ code: QuoteRefusalCode }> } };

export type PlanningCreateDossierMutationVariables = Exact<{
  input: CreateDossierInput;
}>;


export type PlanningCreateDossierMutation = { createDossier: { id: string } };

export type PlanningBlockNightsMutationVariables = Exact<{
  accommodationId: string;
  from: string;
  to: string;
  reason?: string | null | undefined;
}>;


export type PlanningBlockNightsMutation = { blockNights: { id: string, from: string, to: string } };

export type PlanningUnblockNightsMutationVariables = Exact<{
  accommodationId: string;
  from: string;
  to: string;
}>;


export type PlanningUnblockNightsMutation = { unblockNights: number };

export type BackOfficeRatesAccommodationsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackOfficeRatesAccommodationsQuery = { accommodations: Array<{ id: string, name: string, reference: string }> };

export type BackOfficeRatesLastEntryQueryVariables = Exact<{
  accommodationId: string;
}>;


export type BackOfficeRatesLastEntryQuery = { lastRatesEntry: { accommodationId: string, arrivalDays: Array<Weekday>, nights: Array<number>, setAt: string, periods: Array<{ from: string, to: string }>, initialPrice: { cents: number }, discount: { percent: number | null, amount: { cents: number } | null } | null, salePrice: { cents: number } } | null };

export type BackOfficeRatesSetMutationVariables = Exact<{
  input: SetRatesInput;
}>;


export type BackOfficeRatesSetMutation = { setRates: { count: number } };

export type BackOfficeRatesListQueryVariables = Exact<{
  accommodationId: string;
  from: string;
  to: string;
  nights?: number | null | undefined;
  arrivalDays?: Array<Weekday> | Weekday | null | undefined;
}>;


export type BackOfficeRatesListQuery = { rates: Array<{ id: string, arrival: string, departure: string, arrivalDay: Weekday, nights: number, discountPercentSet: number | null, initialPrice: { cents: number }, discount: { cents: number }, salePrice: { cents: number } }> };

export type BackOfficeRatesDeleteMutationVariables = Exact<{
  accommodationId: string;
  ids: Array<string> | string;
}>;


export type BackOfficeRatesDeleteMutation = { deleteRates: number };

export type BackOfficeRatesPromotionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackOfficeRatesPromotionsQuery = { promotions: Array<{ id: string, kind: PromotionKind, percent: number, days: number, validFrom: string | null, validTo: string | null, accommodationIds: Array<string> }> };

export type BackOfficeRatesCreatePromotionMutationVariables = Exact<{
  input: PromotionInput;
}>;


export type BackOfficeRatesCreatePromotionMutation = { createPromotion: { id: string } };

export type BackOfficeRatesRemovePromotionMutationVariables = Exact<{
  id: string;
}>;


export type BackOfficeRatesRemovePromotionMutation = { removePromotion: boolean };

export type BackOfficeRatesPromoCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type BackOfficeRatesPromoCodesQuery = { promoCodes: Array<{ id: string, code: string, internalLabel: string, percent: number | null, usage: PromoCodeUsage, used: boolean, combinesWithPromotions: boolean, validFrom: string | null, validTo: string | null, accommodationIds: Array<string>, label: { fr: string | null, en: string | null }, amount: { cents: number } | null }> };

export type BackOfficeRatesCreatePromoCodeMutationVariables = Exact<{
  input: PromoCodeInput;
}>;


export type BackOfficeRatesCreatePromoCodeMutation = { createPromoCode: { id: string, code: string } };

export type BackOfficeRatesRemovePromoCodeMutationVariables = Exact<{
  id: string;
}>;


export type BackOfficeRatesRemovePromoCodeMutation = { removePromoCode: boolean };

export type SalesChannelsAccommodationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SalesChannelsAccommodationsQuery = { accommodations: Array<{ id: string, name: string, city: string, visibility: Visibility }> };

export type SalesChannelsApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SalesChannelsApiKeysQuery = { apiKeys: Array<{ id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type SalesChannelsCreateApiKeyMutationVariables = Exact<{
  name: string;
  scopes: Array<ApiScope> | ApiScope;
}>;


export type SalesChannelsCreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string } } };

export type SalesChannelsRevokeApiKeyMutationVariables = Exact<{
  id: string;
}>;


export type SalesChannelsRevokeApiKeyMutation = { revokeApiKey: boolean };

export type SalesChannelsMyDestinationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SalesChannelsMyDestinationsQuery = { myDestinations: Array<{ joinedAt: string, destination: { id: string, name: string, kind: DestinationKind, area: Array<string>, website: string }, accommodations: Array<{ id: string, name: string, bookable: boolean }> }> };

export type SalesChannelsFindDestinationsQueryVariables = Exact<{
  department?: string | null | undefined;
}>;


export type SalesChannelsFindDestinationsQuery = { destinations: Array<{ id: string, name: string, kind: DestinationKind, area: Array<string>, website: string }> };

export type SalesChannelsJoinDestinationMutationVariables = Exact<{
  destinationId: string;
  accommodationIds: Array<string> | string;
}>;


export type SalesChannelsJoinDestinationMutation = { joinDestination: { destination: { id: string } } };

export type SalesChannelsSetDestinationListingMutationVariables = Exact<{
  destinationId: string;
  accommodationIds: Array<string> | string;
}>;


export type SalesChannelsSetDestinationListingMutation = { setDestinationListing: { destination: { id: string } } };

export type SalesChannelsLeaveDestinationMutationVariables = Exact<{
  destinationId: string;
}>;


export type SalesChannelsLeaveDestinationMutation = { leaveDestination: boolean };

export type SalesChannelsIcalExportQueryVariables = Exact<{
  accommodationId: string;
}>;


export type SalesChannelsIcalExportQuery = { icalExportUrl: string, icalExportSettings: { exportOptions: boolean, exportImported: boolean } };

export type SalesChannelsSetIcalExportSettingsMutationVariables = Exact<{
  accommodationId: string;
  input: IcalExportSettingsInput;
}>;


export type SalesChannelsSetIcalExportSettingsMutation = { setIcalExportSettings: { exportOptions: boolean, exportImported: boolean } };

export type SalesChannelsRegenerateIcalExportUrlMutationVariables = Exact<{
  accommodationId: string;
}>;


export type SalesChannelsRegenerateIcalExportUrlMutation = { regenerateIcalExportUrl: string };

export type SalesChannelsSyncIcalFeedMutationVariables = Exact<{
  id: string;
  lang?: Lang | null | undefined;
}>;


export type SalesChannelsSyncIcalFeedMutation = { syncIcalFeed: { id: string, status: IcalFeedStatus } };

export type SalesChannelsConfirmIcalFeedMutationVariables = Exact<{
  id: string;
  lang?: Lang | null | undefined;
}>;


export type SalesChannelsConfirmIcalFeedMutation = { confirmIcalFeed: { id: string, status: IcalFeedStatus } };

export type SalesChannelsRemoveIcalFeedMutationVariables = Exact<{
  id: string;
}>;


export type SalesChannelsRemoveIcalFeedMutation = { removeIcalFeed: boolean };

export type SalesChannelsIcalFeedsQueryVariables = Exact<{
  accommodationId: string;
  lang?: Lang | null | undefined;
}>;


export type SalesChannelsIcalFeedsQuery = { icalFeeds: Array<{ id: string, label: string, platform: IcalPlatform, url: string, status: IcalFeedStatus, lastError: string | null, lastSuccessAt: string | null, lastAttemptAt: string | null, nextFetchAt: string | null, eventCount: number | null, bookedCount: number | null, closedCount: number | null, exportUrl: string, intervalMinutes: number, problems: Array<{ code: string, line: number, message: string }>, suspicion: { reason: string, lost: number, seen: number, needed: number } | null }> };

export type SalesChannelsAddIcalFeedMutationVariables = Exact<{
  input: IcalFeedInput;
  lang?: Lang | null | undefined;
}>;


export type SalesChannelsAddIcalFeedMutation = { addIcalFeed: { id: string, label: string, platform: IcalPlatform, url: string, status: IcalFeedStatus, lastError: string | null, lastSuccessAt: string | null, lastAttemptAt: string | null, nextFetchAt: string | null, eventCount: number | null, bookedCount: number | null, closedCount: number | null, exportUrl: string, intervalMinutes: number, problems: Array<{ code: string, line: number, message: string }>, suspicion: { reason: string, lost: number, seen: number, needed: number } | null } };

export type SalesChannelsSyncConflictsQueryVariables = Exact<{
  accommodationId: string;
}>;


export type SalesChannelsSyncConflictsQuery = { syncConflicts: Array<{ id: string, feedId: string, arrival: string, departure: string, label: string | null, since: string, heldBy: { kind: string, dossierId: string | null, arrival: string, departure: string } }>, icalFeeds: Array<{ id: string, label: string }> };

export type SalesChannelsWebhookDeliveriesQueryVariables = Exact<{
  endpointId: string;
}>;


export type SalesChannelsWebhookDeliveriesQuery = { webhookDeliveries: { nodes: Array<{ id: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, createdAt: string, deliveredAt: string | null, lastAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null }> } };

export type SalesChannelsRedeliverWebhookMutationVariables = Exact<{
  deliveryId: string;
}>;


export type SalesChannelsRedeliverWebhookMutation = { redeliverWebhook: { id: string, status: WebhookDeliveryStatus, nextAttemptAt: string | null } };

export type SalesChannelsRemoveWebhookEndpointMutationVariables = Exact<{
  id: string;
}>;


export type SalesChannelsRemoveWebhookEndpointMutation = { removeWebhookEndpoint: boolean };

export type SalesChannelsRotateWebhookSecretMutationVariables = Exact<{
  id: string;
}>;


export type SalesChannelsRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, previousSecretExpiresAt: string | null } } };

export type SalesChannelsEnableWebhookEndpointMutationVariables = Exact<{
  id: string;
  input: WebhookEndpointInput;
}>;


export type SalesChannelsEnableWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, enabled: boolean, disabledAt: string | null } };

export type SalesChannelsWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type SalesChannelsWebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, eventTypes: Array<string>, enabled: boolean, disabledAt: string | null, includeGuestDetails: boolean, createdAt: string, previousSecretExpiresAt: string | null }> };

export type SalesChannelsCreateWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type SalesChannelsCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string } } };

export type SettingsAgeRangesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsAgeRangesQuery = { ageRanges: Array<{ id: string, label: string, minAge: number, maxAge: number, countsTowardsCapacity: boolean }> };

export type SettingsDefineAgeRangeMutationVariables = Exact<{
  input: AgeRangeInput;
}>;


export type SettingsDefineAgeRangeMutation = { defineAgeRange: { id: string, label: string, minAge: number, maxAge: number, countsTowardsCapacity: boolean } };

export type SettingsUpdateAgeRangeMutationVariables = Exact<{
  id: string;
  input: AgeRangeInput;
}>;


export type SettingsUpdateAgeRangeMutation = { updateAgeRange: { id: string, label: string, minAge: number, maxAge: number, countsTowardsCapacity: boolean } };

export type SettingsRemoveAgeRangeMutationVariables = Exact<{
  id: string;
}>;


export type SettingsRemoveAgeRangeMutation = { removeAgeRange: boolean };

export type SettingsContractLatestDossierQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsContractLatestDossierQuery = { dossiers: { nodes: Array<{ id: string, number: number | null }> } };

export type SettingsContractQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsContractQuery = { documentSettings: { showPriceDetail: boolean, printTerms: boolean, header: { name: string | null, slogan: string | null }, arrival: { from: string | null, to: string | null, note: { fr: string | null, en: string | null } }, departure: { before: string | null, note: { fr: string | null, en: string | null } }, furtherInformation: { fr: string | null, en: string | null }, politeness: { fr: string | null, en: string | null }, signatureRequest: { option: { fr: string | null, en: string | null }, contract: { fr: string | null, en: string | null } }, statusTexts: { option: { fr: string | null, en: string | null }, confirmed: { fr: string | null, en: string | null }, paid: { fr: string | null, en: string | null } }, description: { accommodationImages: boolean, establishmentImages: boolean, establishmentText: boolean } } };

export type SettingsSetContractMutationVariables = Exact<{
  input: DocumentSettingsInput;
}>;


export type SettingsSetContractMutation = { setDocumentSettings: { printTerms: boolean, showPriceDetail: boolean } };

export type SettingsDepositPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsDepositPolicyQuery = { depositPolicy: { kind: DepositKind, defaultPercent: number, depositDueDays: number, acceptedPaymentMethods: Array<PaymentMethod>, chequePayableTo: string | null, rules: Array<{ daysBeforeArrivalUnder: number, percent: number }>, balanceDue: { onArrival: boolean, daysBeforeArrival: number | null } } };

export type SettingsSetDepositPolicyMutationVariables = Exact<{
  input: DepositPolicyInput;
}>;


export type SettingsSetDepositPolicyMutation = { setDepositPolicy: { kind: DepositKind, defaultPercent: number, depositDueDays: number, acceptedPaymentMethods: Array<PaymentMethod>, chequePayableTo: string | null, rules: Array<{ daysBeforeArrivalUnder: number, percent: number }>, balanceDue: { onArrival: boolean, daysBeforeArrival: number | null } } };

export type SettingsEmailsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsEmailsQuery = { emailSettings: { languages: Array<Lang>, copyToOwner: boolean, depositReminder: boolean, balanceReminderDays: number | null, onlineBooking: OnlineBookingEmail, subject: { fr: string | null, en: string | null }, introduction: { fr: string | null, en: string | null }, footer: { fr: string | null, en: string | null } } };

export type SettingsSetEmailsMutationVariables = Exact<{
  input: EmailSettingsInput;
}>;


export type SettingsSetEmailsMutation = { setEmailSettings: { languages: Array<Lang>, copyToOwner: boolean, depositReminder: boolean, balanceReminderDays: number | null, onlineBooking: OnlineBookingEmail, subject: { fr: string | null, en: string | null }, introduction: { fr: string | null, en: string | null }, footer: { fr: string | null, en: string | null } } };

export type SettingsLeadTimeAccommodationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsLeadTimeAccommodationsQuery = { accommodations: Array<{ id: string, name: string }> };

export type SettingsLeadTimeRulesQueryVariables = Exact<{
  accommodationId: string;
}>;


export type SettingsLeadTimeRulesQuery = { bookingRules: { accommodationId: string, closedToArrival: Array<Weekday>, closedToDeparture: Array<Weekday>, minimumStay: number, timeZone: string, leadTime: { kind: LeadTimeKind, days: number | null, hour: number | null } } };

export type SettingsSetBookingRulesMutationVariables = Exact<{
  input: BookingRulesInput;
}>;


export type SettingsSetBookingRulesMutation = { setBookingRules: { accommodationId: string, closedToArrival: Array<Weekday>, closedToDeparture: Array<Weekday>, minimumStay: number, timeZone: string, leadTime: { kind: LeadTimeKind, days: number | null, hour: number | null } } };

export type SettingsSalesTermsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsSalesTermsQuery = { salesTerms: { onlinePayment: boolean, onlinePaymentReady: boolean, preBooking: boolean, paymentWindowMinutes: number, privacy: { link: string | null, text: { fr: string | null, en: string | null } } | null, gdprOptIn: { link: string | null, text: { fr: string | null, en: string | null } } | null } };

export type SettingsSetSalesTermsMutationVariables = Exact<{
  input: SalesTermsInput;
}>;


export type SettingsSetSalesTermsMutation = { setSalesTerms: { onlinePayment: boolean, onlinePaymentReady: boolean, preBooking: boolean, paymentWindowMinutes: number, privacy: { link: string | null, text: { fr: string | null, en: string | null } } | null, gdprOptIn: { link: string | null, text: { fr: string | null, en: string | null } } | null } };

export type SettingsPaymentQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPaymentQuery = { paymentProvider: { provider: PaymentProvider, byDefault: boolean, connectedAt: string | null, keyHint: string | null } | null, salesTerms: { onlinePayment: boolean, onlinePaymentReady: boolean } };

export type SettingsConnectPaymentProviderMutationVariables = Exact<{
  input: PaymentProviderInput;
}>;


export type SettingsConnectPaymentProviderMutation = { connectPaymentProvider: { provider: PaymentProvider, byDefault: boolean, connectedAt: string | null, keyHint: string | null } };

export type SettingsDisconnectPaymentProviderMutationVariables = Exact<{ [key: string]: never; }>;


export type SettingsDisconnectPaymentProviderMutation = { disconnectPaymentProvider: boolean };

export type SettingsTermsOfSaleQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsTermsOfSaleQuery = { documentSettings: { printTerms: boolean, terms: { fr: string | null, en: string | null }, termsModel: { fr: string | null, en: string | null } } };

export type SettingsSetTermsOfSaleMutationVariables = Exact<{
  input: DocumentSettingsInput;
}>;


export type SettingsSetTermsOfSaleMutation = { setDocumentSettings: { printTerms: boolean, terms: { fr: string | null, en: string | null } } };

export type BackOfficeSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type BackOfficeSignUpMutation = { signUp: { owner: { id: string } } };


export const BackOfficeLogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeLogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"}}]}}]} as unknown as DocumentNode<BackOfficeLogOutMutation, BackOfficeLogOutMutationVariables>;
export const BackOfficeMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<BackOfficeMeQuery, BackOfficeMeQueryVariables>;
export const BackOfficeAccommodationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeAccommodationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<BackOfficeAccommodationsListQuery, BackOfficeAccommodationsListQueryVariables>;
export const BackOfficeAccommodationSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeAccommodationSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"starRating"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude"}},{"kind":"Field","name":{"kind":"Name","value":"minCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"surface"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"orientation"}},{"kind":"Field","name":{"kind":"Name","value":"securityDeposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"caption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"characteristics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]}}]} as unknown as DocumentNode<BackOfficeAccommodationSheetQuery, BackOfficeAccommodationSheetQueryVariables>;
export const BackOfficeAccommodationCharacteristicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeAccommodationCharacteristics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"characteristics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<BackOfficeAccommodationCharacteristicsQuery, BackOfficeAccommodationCharacteristicsQueryVariables>;
export const BackOfficeAccommodationCommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeAccommodationCommunes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postalCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postalCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BackOfficeAccommodationCommunesQuery, BackOfficeAccommodationCommunesQueryVariables>;
export const BackOfficeCreateAccommodationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeCreateAccommodation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccommodationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]} as unknown as DocumentNode<BackOfficeCreateAccommodationMutation, BackOfficeCreateAccommodationMutationVariables>;
export const BackOfficeUpdateAccommodationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeUpdateAccommodation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccommodationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"starRating"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude"}},{"kind":"Field","name":{"kind":"Name","value":"minCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"surface"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"orientation"}},{"kind":"Field","name":{"kind":"Name","value":"securityDeposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"caption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"characteristics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<BackOfficeUpdateAccommodationMutation, BackOfficeUpdateAccommodationMutationVariables>;
export const BackOfficeSetAccommodationVisibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeSetAccommodationVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Visibility"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccommodationVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"visibility"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]} as unknown as DocumentNode<BackOfficeSetAccommodationVisibilityMutation, BackOfficeSetAccommodationVisibilityMutationVariables>;
export const BackOfficeSetAccommodationRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeSetAccommodationRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccommodationRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccommodationRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]}}]} as unknown as DocumentNode<BackOfficeSetAccommodationRegistrationMutation, BackOfficeSetAccommodationRegistrationMutationVariables>;
export const BackOfficeArchiveAccommodationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeArchiveAccommodation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveAccommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]} as unknown as DocumentNode<BackOfficeArchiveAccommodationMutation, BackOfficeArchiveAccommodationMutationVariables>;
export const BackOfficeRestoreAccommodationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeRestoreAccommodation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreAccommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]} as unknown as DocumentNode<BackOfficeRestoreAccommodationMutation, BackOfficeRestoreAccommodationMutationVariables>;
export const BackOfficeAccommodationSupplementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeAccommodationSupplements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accommodationIds"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<BackOfficeAccommodationSupplementsQuery, BackOfficeAccommodationSupplementsQueryVariables>;
export const BackOfficeDefineSupplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeDefineSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accommodationIds"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<BackOfficeDefineSupplementMutation, BackOfficeDefineSupplementMutationVariables>;
export const BackOfficeUpdateSupplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeUpdateSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accommodationIds"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<BackOfficeUpdateSupplementMutation, BackOfficeUpdateSupplementMutationVariables>;
export const BackOfficeRemoveSupplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeRemoveSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<BackOfficeRemoveSupplementMutation, BackOfficeRemoveSupplementMutationVariables>;
export const BackOfficeChangeEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeChangeEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newEmail"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<BackOfficeChangeEmailMutation, BackOfficeChangeEmailMutationVariables>;
export const BackOfficeChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<BackOfficeChangePasswordMutation, BackOfficeChangePasswordMutationVariables>;
export const DashboardOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"bookedToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenueByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousYearBookings"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last7Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"last30Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"last12Months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingForDeposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingForBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"origins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestBookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextArrivals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextDepartures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classificationWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ageRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const DashboardCreateDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCreateDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCreateDossierMutation, DashboardCreateDossierMutationVariables>;
export const DossiersAccommodationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossiersAccommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<DossiersAccommodationsQuery, DossiersAccommodationsQueryVariables>;
export const DossiersDayMovementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossiersDayMovements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrivals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone1"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone1"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}}]}}]}}]}}]} as unknown as DocumentNode<DossiersDayMovementsQuery, DossiersDayMovementsQueryVariables>;
export const DossiersSendDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersSendDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendDossierDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DossiersSendDocumentMutation, DossiersSendDocumentMutationVariables>;
export const DossiersFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossiersFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contractSigned"}},{"kind":"Field","name":{"kind":"Name","value":"promoCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"internalNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"guestErasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone1"}},{"kind":"Field","name":{"kind":"Name","value":"phone2"}},{"kind":"Field","name":{"kind":"Name","value":"phone3"}},{"kind":"Field","name":{"kind":"Name","value":"fax"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}},{"kind":"Field","name":{"kind":"Name","value":"priceOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"occupants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageRangeId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodationPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"touristTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"globalSupplements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"copy"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellationSettlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"depositKind"}},{"kind":"Field","name":{"kind":"Name","value":"damagesMayBeOwed"}},{"kind":"Field","name":{"kind":"Name","value":"explanationFr"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guestStillOwes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owedToGuest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerKeeps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stillToRefund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ageRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DossiersFileQuery, DossiersFileQueryVariables>;
export const DossiersConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DossiersConfirmMutation, DossiersConfirmMutationVariables>;
export const DossiersMarkContractSignedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersMarkContractSigned"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markContractSigned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractSigned"}}]}}]}}]} as unknown as DocumentNode<DossiersMarkContractSignedMutation, DossiersMarkContractSignedMutationVariables>;
export const DossiersCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CancellingParty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DossiersCancelMutation, DossiersCancelMutationVariables>;
export const DossiersDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DossiersDeleteMutation, DossiersDeleteMutationVariables>;
export const DossiersChangeGuestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersChangeGuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guest"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GuestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeDossierGuest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"guest"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guest"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DossiersChangeGuestMutation, DossiersChangeGuestMutationVariables>;
export const DossiersHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossiersHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}}]}}]}}]} as unknown as DocumentNode<DossiersHistoryQuery, DossiersHistoryQueryVariables>;
export const DossiersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossiersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossiersListQuery, DossiersListQueryVariables>;
export const DossiersSetNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersSetNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"internalNote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDossierNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"internalNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"internalNote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"internalNote"}}]}}]}}]} as unknown as DocumentNode<DossiersSetNotesMutation, DossiersSetNotesMutationVariables>;
export const DossiersRecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersRecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}}]}}]} as unknown as DocumentNode<DossiersRecordPaymentMutation, DossiersRecordPaymentMutationVariables>;
export const DossiersChangeStayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersChangeStay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arrival"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeDossierStay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"arrival"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arrival"}}},{"kind":"Argument","name":{"kind":"Name","value":"departure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departure"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DossiersChangeStayMutation, DossiersChangeStayMutationVariables>;
export const DossiersChangeOccupantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersChangeOccupants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occupants"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OccupantsInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeDossierOccupants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"occupants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occupants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DossiersChangeOccupantsMutation, DossiersChangeOccupantsMutationVariables>;
export const DossiersSetStayPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersSetStayPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDossierStayPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DossiersSetStayPriceMutation, DossiersSetStayPriceMutationVariables>;
export const DossiersAddGlobalSupplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersAddGlobalSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGlobalSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"cents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DossiersAddGlobalSupplementMutation, DossiersAddGlobalSupplementMutationVariables>;
export const DossiersSetTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossiersSetTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDossierTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DossiersSetTermsMutation, DossiersSetTermsMutationVariables>;
export const BackOfficeLogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeLogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BackOfficeLogInMutation, BackOfficeLogInMutationVariables>;
export const PlanningOwnerPlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningOwnerPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerPlanning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"holdId"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"guestLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conflict"}},{"kind":"Field","name":{"kind":"Name","value":"nightlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanningOwnerPlanningQuery, PlanningOwnerPlanningQueryVariables>;
export const PlanningBlockExtentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningBlockExtent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"holdId"}}]}}]}}]} as unknown as DocumentNode<PlanningBlockExtentQuery, PlanningBlockExtentQueryVariables>;
export const PlanningFileSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningFileSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}}]}}]}}]}}]} as unknown as DocumentNode<PlanningFileSummaryQuery, PlanningFileSummaryQueryVariables>;
export const PlanningAgeRangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningAgeRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}}]}}]}}]} as unknown as DocumentNode<PlanningAgeRangesQuery, PlanningAgeRangesQueryVariables>;
export const PlanningQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discountedAccommodationPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PlanningQuoteQuery, PlanningQuoteQueryVariables>;
export const PlanningCreateDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanningCreateDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanningCreateDossierMutation, PlanningCreateDossierMutationVariables>;
export const PlanningBlockNightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanningBlockNights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockNights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<PlanningBlockNightsMutation, PlanningBlockNightsMutationVariables>;
export const PlanningUnblockNightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanningUnblockNights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockNights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<PlanningUnblockNightsMutation, PlanningUnblockNightsMutationVariables>;
export const BackOfficeRatesAccommodationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeRatesAccommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<BackOfficeRatesAccommodationsQuery, BackOfficeRatesAccommodationsQueryVariables>;
export const BackOfficeRatesLastEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeRatesLastEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastRatesEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDays"}},{"kind":"Field","name":{"kind":"Name","value":"nights"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initialPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}}]}}]} as unknown as DocumentNode<BackOfficeRatesLastEntryQuery, BackOfficeRatesLastEntryQueryVariables>;
export const BackOfficeRatesSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeRatesSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<BackOfficeRatesSetMutation, BackOfficeRatesSetMutationVariables>;
export const BackOfficeRatesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeRatesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nights"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arrivalDays"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Weekday"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"nights"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nights"}}},{"kind":"Argument","name":{"kind":"Name","value":"arrivalDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arrivalDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDay"}},{"kind":"Field","name":{"kind":"Name","value":"nights"}},{"kind":"Field","name":{"kind":"Name","value":"initialPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountPercentSet"}},{"kind":"Field","name":{"kind":"Name","value":"salePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}}]}}]} as unknown as DocumentNode<BackOfficeRatesListQuery, BackOfficeRatesListQueryVariables>;
export const BackOfficeRatesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeRatesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<BackOfficeRatesDeleteMutation, BackOfficeRatesDeleteMutationVariables>;
export const BackOfficeRatesPromotionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeRatesPromotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"accommodationIds"}}]}}]}}]} as unknown as DocumentNode<BackOfficeRatesPromotionsQuery, BackOfficeRatesPromotionsQueryVariables>;
export const BackOfficeRatesCreatePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeRatesCreatePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BackOfficeRatesCreatePromotionMutation, BackOfficeRatesCreatePromotionMutationVariables>;
export const BackOfficeRatesRemovePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeRatesRemovePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<BackOfficeRatesRemovePromotionMutation, BackOfficeRatesRemovePromotionMutationVariables>;
export const BackOfficeRatesPromoCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeRatesPromoCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"internalLabel"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"combinesWithPromotions"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"accommodationIds"}}]}}]}}]} as unknown as DocumentNode<BackOfficeRatesPromoCodesQuery, BackOfficeRatesPromoCodesQueryVariables>;
export const BackOfficeRatesCreatePromoCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeRatesCreatePromoCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromoCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromoCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<BackOfficeRatesCreatePromoCodeMutation, BackOfficeRatesCreatePromoCodeMutationVariables>;
export const BackOfficeRatesRemovePromoCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeRatesRemovePromoCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePromoCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<BackOfficeRatesRemovePromoCodeMutation, BackOfficeRatesRemovePromoCodeMutationVariables>;
export const SalesChannelsAccommodationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesChannelsAccommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsAccommodationsQuery, SalesChannelsAccommodationsQueryVariables>;
export const SalesChannelsApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesChannelsApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsApiKeysQuery, SalesChannelsApiKeysQueryVariables>;
export const SalesChannelsCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelsCreateApiKeyMutation, SalesChannelsCreateApiKeyMutationVariables>;
export const SalesChannelsRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SalesChannelsRevokeApiKeyMutation, SalesChannelsRevokeApiKeyMutationVariables>;
export const SalesChannelsMyDestinationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesChannelsMyDestinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDestinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bookable"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelsMyDestinationsQuery, SalesChannelsMyDestinationsQueryVariables>;
export const SalesChannelsFindDestinationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesChannelsFindDestinations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsFindDestinationsQuery, SalesChannelsFindDestinationsQueryVariables>;
export const SalesChannelsJoinDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsJoinDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"destinationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accommodationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelsJoinDestinationMutation, SalesChannelsJoinDestinationMutationVariables>;
export const SalesChannelsSetDestinationListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsSetDestinationListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDestinationListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"destinationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accommodationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelsSetDestinationListingMutation, SalesChannelsSetDestinationListingMutationVariables>;
export const SalesChannelsLeaveDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsLeaveDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"destinationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}}}]}]}}]} as unknown as DocumentNode<SalesChannelsLeaveDestinationMutation, SalesChannelsLeaveDestinationMutationVariables>;
export const SalesChannelsIcalExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesChannelsIcalExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"icalExportUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"icalExportSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportOptions"}},{"kind":"Field","name":{"kind":"Name","value":"exportImported"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsIcalExportQuery, SalesChannelsIcalExportQueryVariables>;
export const SalesChannelsSetIcalExportSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsSetIcalExportSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IcalExportSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIcalExportSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportOptions"}},{"kind":"Field","name":{"kind":"Name","value":"exportImported"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsSetIcalExportSettingsMutation, SalesChannelsSetIcalExportSettingsMutationVariables>;
export const SalesChannelsRegenerateIcalExportUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsRegenerateIcalExportUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateIcalExportUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}}]}]}}]} as unknown as DocumentNode<SalesChannelsRegenerateIcalExportUrlMutation, SalesChannelsRegenerateIcalExportUrlMutationVariables>;
export const SalesChannelsSyncIcalFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsSyncIcalFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncIcalFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsSyncIcalFeedMutation, SalesChannelsSyncIcalFeedMutationVariables>;
export const SalesChannelsConfirmIcalFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsConfirmIcalFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmIcalFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsConfirmIcalFeedMutation, SalesChannelsConfirmIcalFeedMutationVariables>;
export const SalesChannelsRemoveIcalFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsRemoveIcalFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeIcalFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SalesChannelsRemoveIcalFeedMutation, SalesChannelsRemoveIcalFeedMutationVariables>;
export const SalesChannelsIcalFeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesChannelsIcalFeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"icalFeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextFetchAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedCount"}},{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspicion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelsIcalFeedsQuery, SalesChannelsIcalFeedsQueryVariables>;
export const SalesChannelsAddIcalFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsAddIcalFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IcalFeedInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIcalFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextFetchAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"bookedCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedCount"}},{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspicion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelsAddIcalFeedMutation, SalesChannelsAddIcalFeedMutationVariables>;
export const SalesChannelsSyncConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesChannelsSyncConflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedId"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"heldBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"icalFeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsSyncConflictsQuery, SalesChannelsSyncConflictsQueryVariables>;
export const SalesChannelsWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesChannelsWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelsWebhookDeliveriesQuery, SalesChannelsWebhookDeliveriesQueryVariables>;
export const SalesChannelsRedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsRedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsRedeliverWebhookMutation, SalesChannelsRedeliverWebhookMutationVariables>;
export const SalesChannelsRemoveWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsRemoveWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SalesChannelsRemoveWebhookEndpointMutation, SalesChannelsRemoveWebhookEndpointMutationVariables>;
export const SalesChannelsRotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsRotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelsRotateWebhookSecretMutation, SalesChannelsRotateWebhookSecretMutationVariables>;
export const SalesChannelsEnableWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsEnableWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsEnableWebhookEndpointMutation, SalesChannelsEnableWebhookEndpointMutationVariables>;
export const SalesChannelsWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesChannelsWebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"includeGuestDetails"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]} as unknown as DocumentNode<SalesChannelsWebhookEndpointsQuery, SalesChannelsWebhookEndpointsQueryVariables>;
export const SalesChannelsCreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesChannelsCreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<SalesChannelsCreateWebhookEndpointMutation, SalesChannelsCreateWebhookEndpointMutationVariables>;
export const SettingsAgeRangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsAgeRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"countsTowardsCapacity"}}]}}]}}]} as unknown as DocumentNode<SettingsAgeRangesQuery, SettingsAgeRangesQueryVariables>;
export const SettingsDefineAgeRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDefineAgeRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgeRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineAgeRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"countsTowardsCapacity"}}]}}]}}]} as unknown as DocumentNode<SettingsDefineAgeRangeMutation, SettingsDefineAgeRangeMutationVariables>;
export const SettingsUpdateAgeRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateAgeRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgeRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgeRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"countsTowardsCapacity"}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateAgeRangeMutation, SettingsUpdateAgeRangeMutationVariables>;
export const SettingsRemoveAgeRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRemoveAgeRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgeRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SettingsRemoveAgeRangeMutation, SettingsRemoveAgeRangeMutationVariables>;
export const SettingsContractLatestDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsContractLatestDossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CREATED_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsContractLatestDossierQuery, SettingsContractLatestDossierQueryVariables>;
export const SettingsContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slogan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"showPriceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"politeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatureRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodationImages"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentImages"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printTerms"}}]}}]}}]} as unknown as DocumentNode<SettingsContractQuery, SettingsContractQueryVariables>;
export const SettingsSetContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSetContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDocumentSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printTerms"}},{"kind":"Field","name":{"kind":"Name","value":"showPriceDetail"}}]}}]}}]} as unknown as DocumentNode<SettingsSetContractMutation, SettingsSetContractMutationVariables>;
export const SettingsDepositPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsDepositPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPercent"}},{"kind":"Field","name":{"kind":"Name","value":"depositDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysBeforeArrivalUnder"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onArrival"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeArrival"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"chequePayableTo"}}]}}]}}]} as unknown as DocumentNode<SettingsDepositPolicyQuery, SettingsDepositPolicyQueryVariables>;
export const SettingsSetDepositPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSetDepositPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepositPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepositPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPercent"}},{"kind":"Field","name":{"kind":"Name","value":"depositDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysBeforeArrivalUnder"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onArrival"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeArrival"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"chequePayableTo"}}]}}]}}]} as unknown as DocumentNode<SettingsSetDepositPolicyMutation, SettingsSetDepositPolicyMutationVariables>;
export const SettingsEmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsEmails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"copyToOwner"}},{"kind":"Field","name":{"kind":"Name","value":"depositReminder"}},{"kind":"Field","name":{"kind":"Name","value":"balanceReminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"onlineBooking"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"footer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsEmailsQuery, SettingsEmailsQueryVariables>;
export const SettingsSetEmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSetEmails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEmailSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"copyToOwner"}},{"kind":"Field","name":{"kind":"Name","value":"depositReminder"}},{"kind":"Field","name":{"kind":"Name","value":"balanceReminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"onlineBooking"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"footer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSetEmailsMutation, SettingsSetEmailsMutationVariables>;
export const SettingsLeadTimeAccommodationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsLeadTimeAccommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SettingsLeadTimeAccommodationsQuery, SettingsLeadTimeAccommodationsQueryVariables>;
export const SettingsLeadTimeRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsLeadTimeRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"closedToArrival"}},{"kind":"Field","name":{"kind":"Name","value":"closedToDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"minimumStay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"leadTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsLeadTimeRulesQuery, SettingsLeadTimeRulesQueryVariables>;
export const SettingsSetBookingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSetBookingRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBookingRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accommodationId"}},{"kind":"Field","name":{"kind":"Name","value":"closedToArrival"}},{"kind":"Field","name":{"kind":"Name","value":"closedToDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"minimumStay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"leadTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSetBookingRulesMutation, SettingsSetBookingRulesMutationVariables>;
export const SettingsSalesTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsSalesTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlinePayment"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePaymentReady"}},{"kind":"Field","name":{"kind":"Name","value":"preBooking"}},{"kind":"Field","name":{"kind":"Name","value":"paymentWindowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gdprOptIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSalesTermsQuery, SettingsSalesTermsQueryVariables>;
export const SettingsSetSalesTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSetSalesTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSalesTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlinePayment"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePaymentReady"}},{"kind":"Field","name":{"kind":"Name","value":"preBooking"}},{"kind":"Field","name":{"kind":"Name","value":"paymentWindowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gdprOptIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSetSalesTermsMutation, SettingsSetSalesTermsMutationVariables>;
export const SettingsPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"byDefault"}},{"kind":"Field","name":{"kind":"Name","value":"connectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyHint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlinePayment"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePaymentReady"}}]}}]}}]} as unknown as DocumentNode<SettingsPaymentQuery, SettingsPaymentQueryVariables>;
export const SettingsConnectPaymentProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsConnectPaymentProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectPaymentProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"byDefault"}},{"kind":"Field","name":{"kind":"Name","value":"connectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyHint"}}]}}]}}]} as unknown as DocumentNode<SettingsConnectPaymentProviderMutation, SettingsConnectPaymentProviderMutationVariables>;
export const SettingsDisconnectPaymentProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDisconnectPaymentProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disconnectPaymentProvider"}}]}}]} as unknown as DocumentNode<SettingsDisconnectPaymentProviderMutation, SettingsDisconnectPaymentProviderMutationVariables>;
export const SettingsTermsOfSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsTermsOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printTerms"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termsModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTermsOfSaleQuery, SettingsTermsOfSaleQueryVariables>;
export const SettingsSetTermsOfSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSetTermsOfSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDocumentSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printTerms"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSetTermsOfSaleMutation, SettingsSetTermsOfSaleMutationVariables>;
export const BackOfficeSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BackOfficeSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BackOfficeSignUpMutation, BackOfficeSignUpMutationVariables>;