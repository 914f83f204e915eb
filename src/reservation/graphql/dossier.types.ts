import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { JsonObjectScalar } from '../../shared/graphql/json-object.scalar';
import { LocalizedTextType } from '../../shared/graphql/localized-text.type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { OccupantsInput } from '../../shared/graphql/occupants.input';
import { DepositKindEnum, PaymentMethodEnum } from '../../shared/graphql/payment-terms.types';
import type { DepositKind, PaymentMethod } from '../../shared/kernel/payment-terms';
import type { DossierDocument } from '../infrastructure/dossier-document';
import type { HistoryEntry } from '../infrastructure/dossier.queries';
import { DOSSIER_ORDERS } from '../infrastructure/dossier-listing';
import { DOSSIER_STATUSES, ORIGINS, stayPrice, type DossierStatus, type Origin } from '../domain/dossier/dossier';
import { PageInfoType } from '../../shared/graphql/page-info.type';
import { DossierDiscountType } from './dossier-terms.types';
import { CancellationSettlementType, cancellationSettlementType, CancellingPartyEnum } from './cancellation.types';
import { cancellationSettlement } from '../domain/dossier/cancellation-settlement';
import type { CancellingParty } from '../domain/dossier/dossier';
import { TouristTaxExemptCountType, TouristTaxLineType, touristTaxLineTypes } from '../../tarification/contracts';

export const DossierStatusEnum = enumType(DOSSIER_STATUSES, 'DossierStatus', 'OPTION waits for the deposit; CONFIRMED (not paid); PAID ("soldé"); CANCELLED');
export const OriginEnum = enumType(
  ORIGINS,
  'Origin',
  'BACK_OFFICE (the owner), ONLINE (booking engine), MARKETPLACE (booking engine, through a destination’s marketplace), CHANNEL (channel manager), ICAL (imported calendar)',
);
const BalanceFilterEnum = enumType(['PAID', 'UNPAID'] as const, 'BalanceFilter', 'PAID: nothing left to pay; UNPAID: a balance is owed');
export const DossierOrderEnum = enumType(
  DOSSIER_ORDERS,
  'DossierOrder',
  'ARRIVAL: by first arrival, then number (the default); CREATED_DESC: the latest made first ("dernières réservations"); CREATED_ASC: the oldest made first',
);

/** One class for both directions: the guest reads back exactly the fields it is given with. */
@ObjectType('Guest')
@InputType('GuestInput')
export class GuestInput {
  @Field(() => String, { nullable: true }) company?: string | null;
  @Field(() => String, { nullable: true }) civility?: string | null;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) addressLine2?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => String, { nullable: true }) phone1?: string | null;
  @Field(() => String, { nullable: true }) phone2?: string | null;
  @Field(() => String, { nullable: true }) phone3?: string | null;
  @Field(() => String, { nullable: true }) fax?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType('StayInput')
export class StayInput {
  @Field(() => ID) accommodationId!: string;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar, { description: 'Exclusive: the day the guest leaves' }) departure!: string;
  @Field(() => [OccupantsInput]) occupants!: OccupantsInput[];
  @Field(() => [ID], { nullable: true, description: 'Optional supplements chosen; mandatory ones are always included' }) optionalSupplementIds?: string[] | null;
}

@InputType('CreateDossierInput')
export class CreateDossierInput extends StayInput {
  @Field(() => GuestInput) guest!: GuestInput;
  @Field(() => String, { nullable: true }) promoCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'Cents: the accommodation price agreed with the guest, in place of the quote’s; supplements still apply' })
  price?: number | null;
  @Field(() => String, { nullable: true, description: 'Shown to the guest' }) note?: string | null;
  @Field(() => String, { nullable: true, description: 'For the owner only' }) internalNote?: string | null;
}

@InputType('PaymentInput')
export class PaymentInput {
  @Field(() => DateScalar) date!: string;
  @Field(() => PaymentMethodEnum) method!: PaymentMethod;
  @Field(() => Int, { description: 'Cents; negative for a refund, whose reason goes in the note' }) cents!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('DossierFilter')
export class DossierFilterInput {
  @Field(() => DateScalar, { nullable: true }) arrivalFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) arrivalTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the guest’s name, company or email' }) guest?: string | null;
  @Field(() => ID, { nullable: true }) accommodationId?: string | null;
  @Field(() => Int, { nullable: true }) number?: number | null;
  @Field(() => [DossierStatusEnum], { nullable: true }) status?: DossierStatus[] | null;
  @Field(() => BalanceFilterEnum, { nullable: true }) balance?: 'PAID' | 'UNPAID' | null;
  @Field(() => OriginEnum, { nullable: true }) origin?: Origin | null;
  @Field(() => String, { nullable: true }) promoCode?: string | null;
}

@ObjectType('DossierOccupants')
export class DossierOccupantsType {
  @Field(() => ID) ageRangeId!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('PricedLine')
export class PricedLineType {
  @Field(() => LocalizedTextType) label!: LocalizedTextType;
  @Field(() => MoneyType) amount!: MoneyType;
}

@ObjectType('DossierStay', { description: 'One accommodation’s nights in the file, priced when made or last changed' })
export class DossierStayType {
  @Field(() => ID) id!: string;
  @Field(() => ID) accommodationId!: string;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar, { description: 'Exclusive: the day the guest leaves' }) departure!: string;
  @Field(() => [DossierOccupantsType]) occupants!: DossierOccupantsType[];
  @Field(() => MoneyType, { description: 'Accommodation price after discounts, plus supplements' }) price!: MoneyType;
  @Field(() => MoneyType, { description: 'After discounts: the base of the deposit' }) accommodationPrice!: MoneyType;
  @Field(() => Boolean, { description: 'True when the owner set the accommodation price by hand' }) priceOverridden!: boolean;
  @Field(() => [PricedLineType]) discounts!: PricedLineType[];
  @Field(() => [PricedLineType]) supplements!: PricedLineType[];
  @Field(() => MoneyType, { description: 'Apart from the price: the commune’s, usually paid on site' }) touristTax!: MoneyType;
  @Field(() => [TouristTaxLineType], { description: 'How touristTax was found night by night, when the accommodation is taxed from its commune’s tables; empty for a flat amount' })
  touristTaxLines!: TouristTaxLineType[];
  @Field(() => [TouristTaxExemptCountType], { description: 'Adults the owner recorded as exempt (seasonal workers, emergency housing); minors are exempt by their age range' })
  touristTaxExemptions!: TouristTaxExemptCountType[];
}

@ObjectType('GlobalSupplement')
export class GlobalSupplementType {
  @Field(() => ID) id!: string;
  @Field(() => String) label!: string;
  @Field(() => MoneyType) amount!: MoneyType;
}

@ObjectType('DossierDeposit')
export class DossierDepositType {
  @Field(() => DepositKindEnum) kind!: DepositKind;
  @Field(() => Number) percent!: number;
  @Field(() => MoneyType, { description: 'The percentage of the accommodation prices, supplements excluded, rounded half to even' }) amount!: MoneyType;
  @Field(() => DateScalar) dueDate!: string;
}

@ObjectType('Payment')
export class PaymentType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => PaymentMethodEnum) method!: PaymentMethod;
  @Field(() => MoneyType, { description: 'Negative for a refund' }) amount!: MoneyType;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('Dossier', { description: 'A booking file ("dossier de réservation")' })
export class DossierType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: 'Sequential per owner; null only for the instant before it is given' }) number!: number | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => DossierStatusEnum) status!: DossierStatus;
  @Field(() => OriginEnum) origin!: Origin;
  @Field(() => ID, { nullable: true, description: 'The destination whose marketplace the guest booked through (origin MARKETPLACE)' }) destinationId!: string | null;
  @Field(() => GuestInput) guest!: GuestInput;
  @Field(() => [DossierStayType]) stays!: DossierStayType[];
  @Field(() => [GlobalSupplementType]) globalSupplements!: GlobalSupplementType[];
  @Field(() => String, { nullable: true, description: 'Shown to the guest' }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'For the owner only' }) internalNote!: string | null;
  @Field(() => Boolean) contractSigned!: boolean;
  @Field(() => String, { nullable: true }) promoCode!: string | null;
  @Field(() => MoneyType) total!: MoneyType;
  @Field(() => MoneyType) paid!: MoneyType;
  @Field(() => MoneyType, { description: 'Total less payments' }) balance!: MoneyType;
  @Field(() => DossierDepositType) deposit!: DossierDepositType;
  @Field(() => DateScalar) balanceDueDate!: string;
  @Field(() => DossierDiscountType, { nullable: true, description: 'The owner’s discount on the whole file, already taken off the total' }) discount!: DossierDiscountType | null;
  @Field(() => [PaymentType]) payments!: PaymentType[];
  @Field(() => String, { nullable: true }) cancellationReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => CancellingPartyEnum, { nullable: true, description: 'Who gave up the stay, when the cancellation said so' }) cancelledBy!: CancellingParty | null;
  @Field(() => CancellationSettlementType, { nullable: true, description: 'Once cancelled with who gave up the stay: what is owed or to refund under the deposit’s law, with the reason in French and English' })
  cancellationSettlement!: CancellationSettlementType | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the file was deleted: only dossierAsOf shows a deleted file, for audit' }) deletedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its guest was erased (eraseGuest, or your retention period): the file names nobody since, keeps its figures and takes no more changes' })
  guestErasedAt!: Date | null;
  @Field(() => String, { description: 'The accommodation’s time zone: the day the file was made and its due dates are counted there' }) timeZone!: string;
}

@ObjectType('DossierConnection')
export class DossierConnectionType {
  @Field(() => [DossierType]) nodes!: DossierType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => Int) totalCount!: number;
}

@ObjectType('DossierHistoryEntry', { description: 'One event of the file or of its payments' })
export class DossierHistoryEntryType {
  @Field(() => ID) eventId!: string;
  @Field(() => String) type!: string;
  @Field(() => Int, { description: 'The version of the event’s shape it was stored with; see the README’s event contract' }) schemaVersion!: number;
  @Field(() => String, { description: 'dossier-… or payments-…' }) stream!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => String, { description: 'owner:<id>, guest or system:<name>' }) actor!: string;
  @Field(() => JsonObjectScalar) data!: Record<string, unknown>;
}

function touristTaxOf(view: DossierDocument, stayId: string): Pick<DossierStayType, 'touristTaxLines' | 'touristTaxExemptions'> {
  const assessed = view.touristTaxes.find((t) => t.stayId === stayId);
  return {
    touristTaxLines: touristTaxLineTypes(assessed?.detail ?? null),
    touristTaxExemptions: Object.entries(assessed?.exemptions ?? {}).map(([reason, count]) => ({ reason, count: count ?? 0 })),
  };
}

export function dossierType(view: DossierDocument): DossierType {
  const settlement = cancellationSettlement(view);
  return {
    id: view.dossierId,
    number: view.number,
    createdAt: new Date(view.createdAt),
    status: view.status,
    origin: view.origin,
    destinationId: view.destinationId,
    guest: view.guest,
    stays: view.stays.map((s) => ({
      id: s.stayId,
      accommodationId: s.accommodationId,
      arrival: s.arrival,
      departure: s.departure,
      occupants: [...s.occupants],
      price: moneyType(stayPrice(s.pricing)),
      accommodationPrice: moneyType(s.pricing.accommodationPrice),
      priceOverridden: s.pricing.overridden,
      discounts: s.pricing.discounts.map((d) => ({ label: d.label, amount: moneyType(d.amount) })),
      supplements: s.pricing.supplements.map((d) => ({ label: d.label, amount: moneyType(d.amount) })),
      touristTax: moneyType(s.pricing.touristTax),
      ...touristTaxOf(view, s.stayId),
    })),
    globalSupplements: view.globalSupplements.map((s) => ({ id: s.supplementId, label: s.label, amount: moneyType(s.amount) })),
    note: view.note,
    internalNote: view.internalNote,
    contractSigned: view.contractSigned,
    promoCode: view.promoCode,
    total: moneyType(view.total),
    paid: moneyType(view.paid),
    balance: moneyType(view.balance),
    deposit: { kind: view.deposit.kind, percent: view.deposit.percent, amount: moneyType(view.deposit.amount), dueDate: view.deposit.dueDate },
    balanceDueDate: view.balanceDueDate,
    discount: view.discount ? { label: view.discount.label, percent: view.discount.kind === 'PERCENT' ? view.discount.percent : null, amount: moneyType(view.discountAmount) } : null,
    payments: view.payments.map((p) => ({ id: p.paymentId, date: p.date, method: p.method, amount: moneyType(p.amount), note: p.note })),
    cancellationReason: view.cancellation?.reason ?? null,
    cancelledAt: view.cancellation ? new Date(view.cancellation.at) : null,
    cancelledBy: view.cancellation?.by ?? null,
    cancellationSettlement: settlement && cancellationSettlementType(settlement),
    deletedAt: view.deletedAt === null ? null : new Date(view.deletedAt),
    guestErasedAt: view.erasedAt ? new Date(view.erasedAt) : null,
    timeZone: view.timeZone,
  };
}

export const historyEntryType = (entry: HistoryEntry): DossierHistoryEntryType => ({ ...entry, occurredAt: new Date(entry.occurredAt) });
