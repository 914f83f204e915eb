import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import type { LocalizedText } from '../../../shared/kernel/localized-text';
import { euros, percentOf, sumOf, type Money } from '../../../shared/kernel/money';
import type { DepositTerms, Payment } from '../../../shared/kernel/payment-terms';
import type { RecordedExemptions, TouristTaxDetail } from '../../../shared/kernel/tourist-tax';
import type { Guest } from './guest';

export const DOSSIER_STATUSES = ['OPTION', 'CONFIRMED', 'PAID', 'CANCELLED'] as const;
/** OPTION waits for the deposit; CONFIRMED is "confirmé non soldé"; PAID is "soldé". */
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const ORIGINS = ['BACK_OFFICE', 'ONLINE', 'MARKETPLACE', 'CHANNEL', 'ICAL'] as const;
/**
 * Where the booking came from: the owner's back office, the online engine, the engine reached
 * through a destination's marketplace (the file names the destination), a channel manager, an
 * imported calendar.
 */
export type Origin = (typeof ORIGINS)[number];

/** Where a file comes from: a marketplace booking names its destination, and only it does. */
export type BookingSource = { readonly origin: Exclude<Origin, 'MARKETPLACE'>; readonly destinationId: null } | { readonly origin: 'MARKETPLACE'; readonly destinationId: string };

/** A guest booked it through the engine, on the owner's site or a destination's: the guest's own emails and page follow. */
export const bookedByGuest = (origin: Origin): boolean => origin === 'ONLINE' || origin === 'MARKETPLACE';

export interface Occupants {
  readonly ageRangeId: string;
  readonly count: number;
}

export interface PricedLine {
  readonly label: LocalizedText;
  readonly amount: Money;
}

/**
 * A stay's price as frozen when it was made or last changed: later rate changes never touch a
 * file. `accommodationPrice` is after discounts (or the owner's own price) and is what the
 * deposit is a share of; supplements come on top; the tourist tax stays apart.
 */
export interface StayPricing {
  readonly accommodationPrice: Money;
  /** True when the owner set `accommodationPrice` by hand: re-pricing keeps it. */
  readonly overridden: boolean;
  readonly discounts: readonly PricedLine[];
  readonly supplements: readonly (PricedLine & { readonly supplementId: string })[];
  readonly touristTax: Money;
}

/** One accommodation's nights in the file; `holdId` is its hold on that accommodation's planning. */
export interface DossierStay {
  readonly stayId: string;
  readonly holdId: string;
  readonly accommodationId: string;
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  readonly occupants: readonly Occupants[];
  /** Kept so that re-pricing the stay asks for the same extras. */
  readonly optionalSupplementIds: readonly string[];
  readonly pricing: StayPricing;
}

/**
 * A stay's taxe de séjour as last assessed: the adults the owner recorded as exempt (seasonal
 * workers, emergency housing), the amount, and night by night how it was found when the
 * accommodation is taxed from its commune's tables ("au réel"); null detail for a flat amount.
 * The amount is the stay pricing's `touristTax`; the register of the commune reads the rest.
 */
export interface StayTouristTax {
  readonly stayId: string;
  readonly exemptions: RecordedExemptions;
  readonly amount: Money;
  readonly detail: TouristTaxDetail | null;
  /** The authority whose tables taxed it ("COMMUNE:84050"): whose register declares the stay; null for a flat amount. */
  readonly authority: string | null;
}

export type TaxedStays = { readonly stays: readonly DossierStay[]; readonly touristTaxes: readonly StayTouristTax[] };

/**
 * A stay priced again keeps its recorded exemptions, but its detail no longer holds: until the
 * assessment that follows it in the same append, the pricing's amount stands alone.
 */
export const repricedTouristTaxes = (file: TaxedStays, stay: DossierStay): StayTouristTax[] =>
  file.touristTaxes.map((t) => (t.stayId === stay.stayId ? { ...t, amount: stay.pricing.touristTax, detail: null, authority: null } : t));

/** The assessment an event records, without the file's address. */
export const assessmentOf = ({ stayId, exemptions, amount, detail, authority }: StayTouristTax): StayTouristTax => ({ stayId, exemptions, amount, detail, authority });

/** The file once a stay's tax is assessed: the assessment kept, its amount the stay pricing's. */
export const withAssessedTouristTax = (file: TaxedStays, tax: StayTouristTax): TaxedStays => ({
  stays: file.stays.map((s) => (s.stayId === tax.stayId ? { ...s, pricing: { ...s.pricing, touristTax: tax.amount } } : s)),
  touristTaxes: [...file.touristTaxes.filter((t) => t.stayId !== tax.stayId), tax],
});

/** A free line on the whole file: cancellation fees, a late check-out. */
export interface GlobalSupplement {
  readonly supplementId: string;
  readonly label: string;
  readonly amount: Money;
}

/** A payment as the file knows it; Paiement's ledger is the reference. */
export type ReceivedPayment = Payment;

export interface DepositDue extends DepositTerms {
  readonly dueDate: CalendarDate;
}

export const DISCOUNT_KINDS = ['AMOUNT', 'PERCENT'] as const;

/**
 * A discount ("remise") the owner gives by hand on the whole file: an amount, or a percentage of
 * the accommodation prices. Like a promo code it never takes off the supplements, and the deposit
 * is a share of the accommodation prices after it (the manual: 50 € less 7.50 € is 42.50 €, whose
 * 25 % is 10.62 €).
 */
export type HandDiscount = { readonly label: string | null } & ({ readonly kind: 'AMOUNT'; readonly amount: Money } | { readonly kind: 'PERCENT'; readonly percent: number });

/**
 * That the guest was told when their option goes if its deposit stays unpaid: the deposit due
 * date it was about, and the day its nights are freed. `released` once it was.
 */
export interface ReleaseNotice {
  readonly depositDueDate: CalendarDate;
  readonly releaseOn: CalendarDate;
  readonly released: boolean;
}

/** A booking file as its events made it. Plain data, so a read model can store it as it is. */
export interface Dossier {
  readonly dossierId: string;
  readonly ownerId: string;
  /** Null only in the instant between opening the file and numbering it. */
  readonly number: number | null;
  readonly createdAt: string;
  /** The accommodation's zone when the file was made: its day of making and due dates are counted there. */
  readonly timeZone: string;
  readonly origin: Origin;
  /** The destination whose marketplace the guest booked through (origin MARKETPLACE); null otherwise. */
  readonly destinationId: string | null;
  readonly guest: Guest;
  readonly stays: readonly DossierStay[];
  /** Stays whose tax was assessed with a detail or recorded exemptions; the others' is their pricing's flat amount. */
  readonly touristTaxes: readonly StayTouristTax[];
  readonly globalSupplements: readonly GlobalSupplement[];
  readonly note: string | null;
  readonly internalNote: string | null;
  readonly contractSigned: boolean;
  readonly promoCode: string | null;
  readonly deposit: DepositDue;
  readonly balanceDueDate: CalendarDate;
  /** The owner's own discount on the file, if any. */
  readonly discount: HandDiscount | null;
  /** The last notice that the unpaid option will be released, if the owner has that on. */
  readonly releaseNotice: ReleaseNotice | null;
  readonly payments: readonly ReceivedPayment[];
  readonly confirmedByHand: boolean;
  readonly status: DossierStatus;
  readonly cancellation: Cancellation | null;
  readonly deleted: boolean;
  /** The guest was erased: the file names nobody and takes no more changes. */
  readonly erased: boolean;
}

export const CANCELLING_PARTIES = ['GUEST', 'OWNER'] as const;
/** Who gives up the stay: what the deposit's law makes of the money (see cancellation-settlement). */
export type CancellingParty = (typeof CANCELLING_PARTIES)[number];

export interface Cancellation {
  readonly reason: string | null;
  readonly at: string;
  /** Null when not said (files cancelled before it was asked, an unpaid option released). */
  readonly by: CancellingParty | null;
}

export interface DossierTotals {
  readonly total: Money;
  readonly paid: Money;
  /** What is still owed: total less payments. */
  readonly balance: Money;
  readonly depositAmount: Money;
  /** What the owner's discount takes off (0 without one). */
  readonly discount: Money;
}


export const stayPrice = (pricing: StayPricing): Money => euros(pricing.accommodationPrice.cents + sumOf(pricing.supplements.map((s) => s.amount)));

/** What a file's sums depend on: a read model holding these fields computes them the same way. */
export type Priced = Pick<Dossier, 'stays' | 'globalSupplements' | 'payments' | 'cancellation' | 'deposit' | 'discount'>;

/**
 * What the owner's discount takes off accommodation prices of `accommodationCents`: never more
 * than they are, so a discount given in euros on a stay later made cheaper never turns the
 * deposit's base negative.
 */
export function discountOff(discount: HandDiscount | null, accommodationCents: number): number {
  if (discount === null) return 0;
  const off = discount.kind === 'AMOUNT' ? discount.amount.cents : percentOf(accommodationCents, discount.percent);
  return Math.min(off, Math.max(accommodationCents, 0));
}

/**
 * The deposit is the file's percentage of the accommodation prices after the owner's discount,
 * supplements excluded, rounded half to even: 25 % of 42.50 € is 10.62 €. Once cancelled, a file
 * owes only its global lines (cancellation fees); what was paid beyond them is for the owner to
 * keep or refund.
 */
export function totalsOf(dossier: Priced): DossierTotals {
  const accommodation = sumOf(dossier.stays.map((s) => s.pricing.accommodationPrice));
  const discount = discountOff(dossier.discount, accommodation);
  // A cancelled file no longer sells its stays: what it owes is its global lines (the fees).
  const stays = dossier.cancellation === null ? sumOf(dossier.stays.map((s) => stayPrice(s.pricing))) - discount : 0;
  const total = stays + sumOf(dossier.globalSupplements.map((s) => s.amount));
  const paid = sumOf(dossier.payments.map((p) => p.amount));
  return {
    total: euros(total),
    paid: euros(paid),
    balance: euros(total - paid),
    depositAmount: euros(percentOf(accommodation - discount, dossier.deposit.percent)),
    discount: euros(dossier.cancellation === null ? discount : 0),
  };
}

/**
 * Where the lifecycle stands: an option until a payment arrives or the owner confirms by hand,
 * then paid once payments cover the total (and back to confirmed if the total grows or a refund
 * is made). A cancellation is final.
 */
export function lifecycleStatus(dossier: Dossier): DossierStatus {
  if (dossier.cancellation !== null) return 'CANCELLED';
  if (!dossier.confirmedByHand && dossier.payments.length === 0) return 'OPTION';
  const { total, paid } = totalsOf(dossier);
  return paid.cents >= total.cents ? 'PAID' : 'CONFIRMED';
}

/** The first arrival and last departure over the file's stays. */
export function spanOf(dossier: Pick<Dossier, 'stays'>): { arrival: CalendarDate; departure: CalendarDate } {
  const arrivals = dossier.stays.map((s) => s.arrival).sort();
  const departures = dossier.stays.map((s) => s.departure).sort();
  return { arrival: arrivals[0], departure: departures[departures.length - 1] };
}
