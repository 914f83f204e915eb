import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import type { Lang } from '../../../shared/kernel/lang';
import type { LocalizedText } from '../../../shared/kernel/localized-text';
import type { Money } from '../../../shared/kernel/money';
import type { DepositKind, PaymentMethod } from '../../../shared/kernel/payment-terms';
import type { DocumentSettings } from '../settings/document-settings';

/**
 * Everything a booking file's document says, gathered from the contexts that know it (the file
 * from Reservation, the owner and accommodations from Catalogue, the ways to pay from Paiement,
 * the wording from the owner's settings) as plain data: what `printableDossier` turns into the
 * texts of one language. Nothing here is formatted yet.
 */
export interface DocumentFacts {
  readonly lang: Lang;
  /** The day the document is made, where the accommodation is: "Foix, le 20/01/2020". */
  readonly today: CalendarDate;
  readonly settings: DocumentSettings;
  /** The establishment as described in Catalogue; null until the owner describes it. */
  readonly establishment: { readonly name: string; readonly slogan: string | null; readonly description: LocalizedText } | null;
  readonly owner: PartyFacts & { readonly email: string; readonly website: string | null };
  readonly dossier: DossierFacts;
  readonly payment: { readonly acceptedMethods: readonly PaymentMethod[]; readonly chequePayableTo: string | null };
  /** Images read from the app's image store (never fetched from a URL); null when none or unreadable. */
  readonly images: {
    readonly logo: PrintImage | null;
    readonly establishment: readonly PrintImage[];
  };
}

/** PNG or JPEG bytes: what the PDF renderer can draw. */
export interface PrintImage {
  readonly format: 'png' | 'jpg';
  readonly data: Uint8Array;
}

export interface PartyFacts {
  readonly company: string | null;
  readonly civility: string | null;
  readonly lastName: string;
  readonly firstName: string | null;
  readonly address: string | null;
  readonly addressLine2?: string | null;
  readonly postalCode: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly phones: readonly string[];
  readonly email: string | null;
}

export type DossierStatusFact = 'OPTION' | 'CONFIRMED' | 'PAID' | 'CANCELLED';

export interface DossierFacts {
  readonly number: number | null;
  readonly status: DossierStatusFact;
  readonly guest: PartyFacts;
  readonly stays: readonly StayFacts[];
  readonly globalSupplements: readonly { readonly label: string; readonly amount: Money }[];
  /** The note shown to the guest. */
  readonly note: string | null;
  readonly total: Money;
  readonly paid: Money;
  readonly balance: Money;
  /** The sum of the stays' discounts, as a positive amount: "(remise de 7,50 € déduite)". */
  readonly discount: Money;
  readonly deposit: { readonly kind: DepositKind; readonly percent: number; readonly amount: Money; readonly dueDate: CalendarDate };
  readonly balanceDueDate: CalendarDate;
  readonly touristTax: Money;
}

export interface StayFacts {
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  readonly accommodation: AccommodationSheet;
  /** Per age range, oldest first, only the ranges with someone in them. */
  readonly occupants: readonly { readonly label: string; readonly count: number }[];
  /** Before discounts: the rate's price for the nights. */
  readonly priceBeforeDiscounts: Money;
  readonly discounts: readonly { readonly label: LocalizedText; readonly amount: Money }[];
  /** After discounts: what the deposit is a share of. */
  readonly accommodationPrice: Money;
  readonly supplements: readonly { readonly label: LocalizedText; readonly amount: Money }[];
  readonly touristTax: Money;
  /** How the tax was found, night range by night range, in each language; empty for a flat amount. */
  readonly touristTaxLines: readonly { readonly fr: string; readonly en: string }[];
  /** Accommodation price and supplements. */
  readonly price: Money;
}

/** The accommodation as part 2 names it and part 3 describes it. */
export interface AccommodationSheet {
  readonly name: string;
  readonly kind: 'HOLIDAY_RENTAL' | 'GUEST_ROOM';
  readonly starRating: number;
  /** The day the classement of `starRating` was decided and its last day; null when unclassified or undated. Stars past their last day are not printed. */
  readonly classification: { readonly decidedOn: CalendarDate | null; readonly expiresOn: CalendarDate | null };
  /** A meublé de tourisme's registration number, 13 characters without spaces; null when none. */
  readonly registrationNumber: string | null;
  readonly address: string | null;
  readonly postalCode: string | null;
  readonly city: string;
  readonly capacity: { readonly min: number; readonly max: number };
  /** Square metres. */
  readonly surface: number | null;
  /** The "caution" handed over on arrival, not part of the price; printed when there is one. */
  readonly securityDeposit?: Money | null;
  /** Labels of its characteristics, in both languages. */
  readonly characteristics: readonly LocalizedText[];
  readonly description: LocalizedText;
  readonly images: readonly PrintImage[];
}
