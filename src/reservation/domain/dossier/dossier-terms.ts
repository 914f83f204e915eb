import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import { euros, type Money } from '../../../shared/kernel/money';
import { repricedTouristTaxes, spanOf, totalsOf, type Dossier, type DossierStay, type HandDiscount, type TaxedStays } from './dossier';
import { DepositPercentOutOfRange, DiscountTooLarge, DueDatesIncoherent, TotalAboveLines } from './dossier.errors';

/*
 * The terms of one file the owner changes by hand: the deposit's percentage, when the deposit and
 * the balance fall due, a stay's price, a discount. Each rule is checked against the file as it
 * stands, so that what the decider records always holds together.
 */

/** The deposit's share as the owner types it: 0 (no deposit asked) to 100, to the hundredth. */
export function depositPercent(field: string, value: number): number {
  const hundredths = Math.round(value * 100);
  if (!Number.isFinite(value) || Math.abs(value * 100 - hundredths) > 1e-6 || hundredths < 0 || hundredths > 10_000) throw new DepositPercentOutOfRange(field, value);
  return hundredths / 100;
}

export interface DueDatesAsked {
  /** Null keeps the date the file has. */
  readonly depositDueDate: CalendarDate | null;
  readonly balanceDueDate: CalendarDate | null;
}

/**
 * The file's due dates once the owner moved them. A date moved by hand is never moved into the
 * past (`today`, where the accommodation is); the deposit then falls due no later than the first
 * arrival, the balance no later than the last departure, and the deposit no later than the
 * balance. Dates the owner leaves as they are stand as they are.
 */
export function dueDatesSetByHand(dossier: Dossier, asked: DueDatesAsked, today: CalendarDate): { depositDueDate: CalendarDate; balanceDueDate: CalendarDate } {
  const depositDueDate = asked.depositDueDate ?? dossier.deposit.dueDate;
  const balanceDueDate = asked.balanceDueDate ?? dossier.balanceDueDate;
  const movesDeposit = depositDueDate !== dossier.deposit.dueDate;
  const movesBalance = balanceDueDate !== dossier.balanceDueDate;
  const { arrival, departure } = spanOf(dossier);
  if (movesDeposit) {
    if (depositDueDate < today) throw new DueDatesIncoherent('depositDueDate', `must not be before today (${today})`, 'DUE_DATE_IN_THE_PAST');
    if (depositDueDate > arrival) throw new DueDatesIncoherent('depositDueDate', `must not be after the first arrival (${arrival})`, 'DEPOSIT_DUE_AFTER_ARRIVAL');
  }
  if (movesBalance) {
    if (balanceDueDate < today) throw new DueDatesIncoherent('balanceDueDate', `must not be before today (${today})`, 'DUE_DATE_IN_THE_PAST');
    if (balanceDueDate > departure) throw new DueDatesIncoherent('balanceDueDate', `must not be after the last departure (${departure})`, 'BALANCE_DUE_AFTER_DEPARTURE');
  }
  if ((movesDeposit || movesBalance) && depositDueDate > balanceDueDate) {
    if (movesDeposit) throw new DueDatesIncoherent('depositDueDate', `must not be after the balance's due date (${balanceDueDate})`, 'DEPOSIT_DUE_AFTER_BALANCE');
    throw new DueDatesIncoherent('balanceDueDate', `must not be before the deposit's due date (${depositDueDate})`, 'DEPOSIT_DUE_AFTER_BALANCE');
  }
  return { depositDueDate, balanceDueDate };
}

const accommodationCents = (dossier: Pick<Dossier, 'stays'>): number => dossier.stays.reduce((sum, s) => sum + s.pricing.accommodationPrice.cents, 0);

/** A discount in euros takes off at most the accommodation prices; a percentage (at most 100) never can. */
export function checkDiscount(dossier: Dossier, discount: HandDiscount | null, field: string): void {
  if (discount?.kind !== 'AMOUNT') return;
  const accommodation = accommodationCents(dossier);
  if (discount.amount.cents > accommodation) throw new DiscountTooLarge(field, discount.amount.cents, accommodation);
}

/**
 * The discount that brings the file's total to `total`: what its lines come to without the
 * owner's discount, less `total`. None when they come to `total` already.
 */
export function discountForTotal(dossier: Dossier, total: Money, label: string | null, field: string): HandDiscount | null {
  const lines = totalsOf({ ...dossier, discount: null }).total.cents;
  if (total.cents > lines) throw new TotalAboveLines(field, lines);
  const off = lines - total.cents;
  if (off === 0) return null;
  const discount: HandDiscount = { kind: 'AMOUNT', amount: euros(off), label };
  checkDiscount(dossier, discount, field);
  return discount;
}

/**
 * The stay at the owner's own price: the quote's discounts no longer explain it, and re-pricing
 * keeps it (`overridden`), as with a price given when the file was made.
 */
export const atOwnerPrice = (stay: DossierStay, price: Money, touristTax: Money | null = null): DossierStay => ({
  ...stay,
  pricing: { ...stay.pricing, accommodationPrice: price, overridden: true, discounts: [], touristTax: touristTax ?? stay.pricing.touristTax },
});

/** The file once the owner set a stay's price by hand (StayPriceSet), with the tax that price brings when it brings one. */
export function withOwnerPrice(file: TaxedStays, set: { readonly stayId: string; readonly accommodationPrice: Money; readonly touristTax: Money | null }): TaxedStays {
  const stays = file.stays.map((s) => (s.stayId === set.stayId ? atOwnerPrice(s, set.accommodationPrice, set.touristTax) : s));
  const stay = stays.find((s) => s.stayId === set.stayId);
  return { stays, touristTaxes: stay ? repricedTouristTaxes(file, stay) : file.touristTaxes };
}
