import { formatAmount } from '../../../shared/kernel/formats';
import { euros, sumOf, type Money } from '../../../shared/kernel/money';
import type { DepositKind } from '../../../shared/kernel/payment-terms';
import { totalsOf, type CancellingParty, type Priced } from './dossier';

/**
 * What the law makes of the money when a stay is given up (Code de la consommation, L214-1):
 * with **arrhes**, the guest who gives up loses them and the owner who gives up pays back twice
 * their amount; with an **acompte**, both sides are bound: the guest who gives up still owes the
 * agreed price (unless the owner's terms of sale say less), the owner who gives up pays back all
 * and may owe damages. Worked out from the money the file received and gave back, so recording a
 * refund brings `stillToRefund` down (the ledger refunds only money received: the arrhes paid a
 * second time are `compensation`, paid beside it), and nothing here moves money by itself.
 */
export interface CancellationSettlement {
  readonly by: CancellingParty;
  readonly depositKind: DepositKind;
  /** The stay's price as agreed before the cancellation: stays and their supplements, less discounts. */
  readonly price: Money;
  /** The deposit the file asked: the arrhes or the acompte. */
  readonly deposit: Money;
  /** Every payment the file received, and every refund it gave. */
  readonly received: Money;
  readonly refunded: Money;
  /** What the owner may keep of what was received. */
  readonly ownerKeeps: Money;
  /** What the guest is owed back in all: twice the arrhes received when the owner gives up. */
  readonly owedToGuest: Money;
  /**
   * The part of it that is no money received but the owner's own (the arrhes paid a second time):
   * paid to the guest beside the refunds, which give back only money the file received.
   */
  readonly compensation: Money;
  /** What is left to refund of the money received, after the refunds recorded. */
  readonly stillToRefund: Money;
  /** What the guest still owes the owner (an acompte: the rest of the price). */
  readonly guestStillOwes: Money;
  /** An owner who gives up a stay under an acompte may owe the guest damages too, which a judge sets. */
  readonly damagesMayBeOwed: boolean;
  /** The rule applied and its figures, as the file shows it to the owner and the guest. */
  readonly explanation: { readonly fr: string; readonly en: string };
}

/** The settlement of a cancelled file whose cancellation says who gave up; null otherwise. */
export function cancellationSettlement(dossier: Priced): CancellationSettlement | null {
  const { cancellation } = dossier;
  if (cancellation === null || cancellation.by === null) return null;
  const by = cancellation.by;
  const asAgreed = totalsOf({ ...dossier, cancellation: null });
  const lines = sumOf(dossier.globalSupplements.map((s) => s.amount));
  const price = asAgreed.total.cents - lines;
  const deposit = asAgreed.depositAmount.cents;
  const received = sumOf(dossier.payments.filter((p) => p.amount.cents > 0).map((p) => p.amount));
  const refunded = received - asAgreed.paid.cents;
  const kind = dossier.deposit.kind;
  const figures = { price, deposit, received };
  let ownerKeeps: number;
  let owedToGuest: number;
  let compensation = 0;
  let guestStillOwes = 0;
  if (kind === 'ARRHES') {
    const arrhes = Math.min(received, deposit);
    ownerKeeps = by === 'GUEST' ? arrhes : 0;
    compensation = by === 'GUEST' ? 0 : arrhes;
    owedToGuest = received - ownerKeeps + compensation;
  } else {
    ownerKeeps = by === 'GUEST' ? Math.min(received, price) : 0;
    owedToGuest = received - ownerKeeps;
    guestStillOwes = by === 'GUEST' ? Math.max(price - received, 0) : 0;
  }
  return {
    by,
    depositKind: kind,
    price: euros(price),
    deposit: euros(deposit),
    received: euros(received),
    refunded: euros(refunded),
    ownerKeeps: euros(ownerKeeps),
    owedToGuest: euros(owedToGuest),
    compensation: euros(compensation),
    stillToRefund: euros(Math.max(owedToGuest - compensation - refunded, 0)),
    guestStillOwes: euros(guestStillOwes),
    damagesMayBeOwed: kind === 'ACOMPTE' && by === 'OWNER',
    explanation: explain(kind, by, { ...figures, ownerKeeps, owedToGuest, guestStillOwes }),
  };
}

interface Figures {
  readonly price: number;
  readonly deposit: number;
  readonly received: number;
  readonly ownerKeeps: number;
  readonly owedToGuest: number;
  readonly guestStillOwes: number;
}

function explain(kind: DepositKind, by: CancellingParty, f: Figures): { fr: string; en: string } {
  const fr = (amount: number) => formatAmount(amount, 'FR');
  const en = (amount: number) => formatAmount(amount, 'EN');
  if (kind === 'ARRHES' && by === 'GUEST')
    return {
      fr: `Annulation par le client, avec des arrhes : le propriétaire garde les arrhes reçues (${fr(f.ownerKeeps)}) et rembourse le reste des sommes versées (${fr(f.owedToGuest)}).`,
      en: `Cancelled by the guest, with arrhes: the owner keeps the arrhes received (${en(f.ownerKeeps)}) and refunds the rest of what was paid (${en(f.owedToGuest)}).`,
    };
  if (kind === 'ARRHES')
    return {
      fr: `Annulation par le propriétaire, avec des arrhes : il restitue les sommes versées et le double des arrhes reçues, soit ${fr(f.owedToGuest)} au total.`,
      en: `Cancelled by the owner, with arrhes: the owner gives back what was paid and the arrhes received a second time, ${en(f.owedToGuest)} in all.`,
    };
  if (by === 'GUEST')
    return {
      fr: `Annulation par le client, avec un acompte : le client reste redevable du prix convenu (${fr(f.price)}), soit ${fr(f.guestStillOwes)} encore dus, sauf si les conditions de vente du propriétaire prévoient moins.`,
      en: `Cancelled by the guest, with an acompte (binding deposit): the guest still owes the agreed price (${en(f.price)}), ${en(f.guestStillOwes)} still due, unless the owner’s terms of sale say less.`,
    };
  return {
    fr: `Annulation par le propriétaire, avec un acompte : il rembourse toutes les sommes versées (${fr(f.owedToGuest)}) et peut devoir des dommages et intérêts au client.`,
    en: `Cancelled by the owner, with an acompte (binding deposit): the owner refunds everything paid (${en(f.owedToGuest)}) and may owe the guest damages.`,
  };
}
