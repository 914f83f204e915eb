import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { calendarDateSchema, depositKindSchema, instantSchema, localizedTextSchema, moneySchema, paymentSchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import type { Money } from '../../../shared/kernel/money';
import { ADDITIONAL_TAX_KINDS, CLASSIFIED_CATEGORIES, RECORDED_EXEMPTIONS, type TouristTaxDetail } from '../../../shared/kernel/tourist-tax';
import {
  CANCELLING_PARTIES,
  DOSSIER_STATUSES,
  ORIGINS,
  type CancellingParty,
  type DepositDue,
  type DossierStatus,
  type DossierStay,
  type GlobalSupplement,
  type HandDiscount,
  type Origin,
  type ReceivedPayment,
  type StayTouristTax,
} from './dossier';
import type { Guest } from './guest';
import { ERASURE_CAUSES, type ErasureCause } from './guest-erasure';

/**
 * The events of a `dossier-<dossierId>` stream: one booking file. Each names its file and owner,
 * so a reader of the event stream needs nothing else to route it. Stored contracts: a change of
 * shape is a new version with an upcaster below.
 */
interface Addressed {
  readonly dossierId: string;
  readonly ownerId: string;
}

export interface DossierOpened extends Addressed {
  /** When the file was made, as an ISO instant. */
  readonly createdAt: string;
  /** The accommodation's IANA zone: the day the file was made, and its due dates, are counted there (since v2). */
  readonly timeZone: string;
  readonly origin: Origin;
  /** The destination whose marketplace the guest booked through, with origin MARKETPLACE; else null (since v3). */
  readonly destinationId: string | null;
  readonly guest: Guest;
  readonly stays: readonly DossierStay[];
  /** Shown to the guest. */
  readonly note: string | null;
  /** For the owner only. */
  readonly internalNote: string | null;
  /** The code whose discount the stays carry, as typed (upper case); null when none applied. */
  readonly promoCode: string | null;
  /** The deposit's kind and percent as frozen at opening, and when it falls due. */
  readonly deposit: DepositDue;
  readonly balanceDueDate: string;
}

export interface DossierNumbered extends Addressed {
  readonly number: number;
}

export interface StayAdded extends Addressed {
  readonly stay: DossierStay;
}

/** Replaces the stay with the same `stayId`: new nights, occupants or price. */
export interface StayChanged extends Addressed {
  readonly stay: DossierStay;
  readonly previous: DossierStay;
}

/**
 * When the deposit and the balance fall due changed: with the stays' dates (worked out again from
 * the deposit policy), or because the owner set them by hand (more time to pay the deposit, a
 * "relance"). The same fact either way; the event's actor and history say which.
 */
export interface DueDatesMoved extends Addressed {
  readonly depositDueDate: string;
  readonly balanceDueDate: string;
}

/** The owner set the deposit's share of the accommodation prices by hand. */
export interface DepositPercentChanged extends Addressed {
  readonly percent: number;
  readonly previous: number;
}

/**
 * The owner set a stay's accommodation price by hand: it replaces the quote's price and the
 * discounts that explained it, and survives re-pricing, as a price given at opening does.
 */
export interface StayPriceSet extends Addressed {
  readonly stayId: string;
  readonly accommodationPrice: Money;
  readonly previous: Money;
  /** The stay's taxe de séjour at this price when it is a share of it ("au réel", unclassified); null: unchanged (since v2). */
  readonly touristTax: Money | null;
}

/** The owner's discount on the whole file: given, changed, or taken back (null). */
export interface DossierDiscountSet extends Addressed {
  readonly discount: HandDiscount | null;
  readonly previous: HandDiscount | null;
}

/** The guest is told their option goes on `releaseOn` unless the deposit due on `depositDueDate` is paid first. */
export interface OptionReleaseScheduled extends Addressed {
  readonly depositDueDate: string;
  readonly releaseOn: string;
}

/**
 * The option was released, its deposit unpaid: an unpaid proposal is "considérée comme non
 * acceptée". The DossierCancelled that follows it cancels the file, saying why.
 */
export interface OptionReleased extends Addressed {
  readonly depositDueDate: string;
}

export interface GlobalSupplementAdded extends Addressed {
  readonly supplement: GlobalSupplement;
}

export interface DossierNotesSet extends Addressed {
  readonly note: string | null;
  readonly internalNote: string | null;
}

export interface PaymentReceived extends Addressed {
  readonly payment: ReceivedPayment;
}

export interface DossierCancelled extends Addressed {
  readonly reason: string | null;
  readonly cancelledAt: string;
  /** Who gave up the stay, when said (since v2). */
  readonly by: CancellingParty | null;
}

export interface DossierDeleted extends Addressed {
  /** The holds the file's stays had on their plannings, to be freed. */
  readonly holdIds: readonly string[];
}

/** The owner corrected who the file is for: `guest` replaces `previous` as a whole. */
export interface GuestChanged extends Addressed {
  readonly guest: Guest;
  readonly previous: Guest;
}

/**
 * A stay's taxe de séjour assessed again: with its commune's tables ("au réel"), or with the
 * adults the owner recorded as exempt. It follows the StayAdded, StayChanged or StayPriceSet that
 * priced the stay, in the same append, or comes alone when the owner records exemptions.
 */
export interface StayTouristTaxAssessed extends Addressed, Omit<StayTouristTax, never> {}

/**
 * The file's guest was erased: from here on the file names nobody, and the key that sealed the
 * guest's data in every event about the file is deleted (crypto-shredding).
 */
export interface GuestErased extends Addressed {
  readonly cause: ErasureCause;
  readonly erasedAt: string;
}

/** Follows whichever event moved the lifecycle, so integrators can react to statuses alone. */
export interface DossierStatusChanged extends Addressed {
  readonly from: DossierStatus;
  readonly to: DossierStatus;
}

export type DossierEvent =
  | Event<'DossierOpened', DossierOpened>
  | Event<'DossierNumbered', DossierNumbered>
  | Event<'StayAdded', StayAdded>
  | Event<'StayChanged', StayChanged>
  | Event<'DueDatesMoved', DueDatesMoved>
  | Event<'GlobalSupplementAdded', GlobalSupplementAdded>
  | Event<'DossierNotesSet', DossierNotesSet>
  | Event<'ContractSigned', Addressed>
  | Event<'DossierConfirmed', Addressed>
  | Event<'PaymentReceived', PaymentReceived>
  | Event<'DossierCancelled', DossierCancelled>
  | Event<'DossierDeleted', DossierDeleted>
  | Event<'DossierStatusChanged', DossierStatusChanged>
  | Event<'StayTouristTaxAssessed', StayTouristTaxAssessed>
  | Event<'GuestChanged', GuestChanged>
  | Event<'GuestErased', GuestErased>
  | Event<'DepositPercentChanged', DepositPercentChanged>
  | Event<'StayPriceSet', StayPriceSet>
  | Event<'DossierDiscountSet', DossierDiscountSet>
  | Event<'OptionReleaseScheduled', OptionReleaseScheduled>
  | Event<'OptionReleased', OptionReleased>;

const addressed = { dossierId: z.string(), ownerId: z.string() };
const pricedLine = { label: localizedTextSchema, amount: moneySchema };

export const dossierStaySchema: z.ZodType<DossierStay> = z.object({
  stayId: z.string(),
  holdId: z.string(),
  accommodationId: z.string(),
  arrival: calendarDateSchema,
  departure: calendarDateSchema,
  occupants: z.array(z.object({ ageRangeId: z.string(), count: z.number().int() })),
  optionalSupplementIds: z.array(z.string()),
  pricing: z.object({
    accommodationPrice: moneySchema,
    overridden: z.boolean(),
    discounts: z.array(z.object(pricedLine)),
    supplements: z.array(z.object({ supplementId: z.string(), ...pricedLine })),
    touristTax: moneySchema,
  }),
});

const text = z.string().nullable();

const personCounts = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((key) => [key, z.number().int().optional()])) as Record<K, z.ZodOptional<z.ZodNumber>>);

const touristTaxDetailSchema: z.ZodType<TouristTaxDetail> = z.object({
  lines: z.array(
    z.discriminatedUnion('status', [
      z.object({
        status: z.literal('TAXED'),
        nights: z.array(calendarDateSchema),
        personsTaxed: z.number().int(),
        personsExempt: personCounts(['MINOR', ...RECORDED_EXEMPTIONS, 'RENT_BELOW_THRESHOLD'] as const),
        basis: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('TARIFF'), category: z.enum(CLASSIFIED_CATEGORIES) }),
          z.object({ kind: z.literal('PROPORTIONAL'), ratePercent: z.number(), basePerPerson: moneySchema, cap: moneySchema, capApplied: z.boolean() }),
        ]),
        communalPerPersonNight: moneySchema,
        additionalTaxes: z.array(z.object({ kind: z.enum(ADDITIONAL_TAX_KINDS), label: z.string(), percent: z.number(), perPersonNight: moneySchema, amount: moneySchema })),
        perPersonNight: moneySchema,
        amount: moneySchema,
      }),
      z.object({ status: z.literal('OUTSIDE_COLLECTION_PERIOD'), nights: z.array(calendarDateSchema), amount: moneySchema }),
      z.object({ status: z.literal('NO_TARIFF_FOR_YEAR'), nights: z.array(calendarDateSchema), amount: moneySchema }),
    ]),
  ),
  total: moneySchema,
});

const stayTouristTaxAssessed = z.object({
  ...addressed,
  stayId: z.string(),
  exemptions: personCounts(RECORDED_EXEMPTIONS),
  amount: moneySchema,
  detail: touristTaxDetailSchema.nullable(),
  authority: z.string().nullable(),
});

export const guestSchema: z.ZodType<Guest> = z.object({
  company: text,
  civility: text,
  lastName: z.string(),
  firstName: text,
  address: text,
  addressLine2: text,
  postalCode: text,
  city: text,
  country: text,
  phone1: text,
  phone2: text,
  phone3: text,
  fax: text,
  email: text,
});

const status = z.enum(DOSSIER_STATUSES);

export const handDiscountSchema: z.ZodType<HandDiscount> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('AMOUNT'), amount: moneySchema, label: text }),
  z.object({ kind: z.literal('PERCENT'), percent: z.number(), label: text }),
]);

const dossierOpened: z.ZodType<DossierOpened> = z.object({
  ...addressed,
  createdAt: instantSchema,
  timeZone: z.string(),
  origin: z.enum(ORIGINS),
  destinationId: z.string().nullable(),
  guest: guestSchema,
  stays: z.array(dossierStaySchema),
  note: text,
  internalNote: text,
  promoCode: text,
  deposit: z.object({ kind: depositKindSchema, percent: z.number(), dueDate: calendarDateSchema }),
  balanceDueDate: calendarDateSchema,
});

/** Files opened before v2 were counted in Paris time, the only zone the code then knew. */
const withParisTime = (v1: Record<string, unknown>) => ({ ...v1, timeZone: 'Europe/Paris' });
/** Cancellations before v2 did not say who gave up the stay. */
const byNobodySaid = (v1: Record<string, unknown>) => ({ ...v1, by: null });
/** Prices set before v2 left the tax as it was: it was a flat amount per person. */
const taxUnchanged = (v1: Record<string, unknown>) => ({ ...v1, touristTax: null });
/** Files opened before v3 came from no destination: there was no marketplace. */
const withoutDestination = (v2: Record<string, unknown>) => ({ ...v2, destinationId: null });

export const dossierEvents = eventCodec<DossierEvent>('dossier', {
  DossierOpened: { version: 3, schema: dossierOpened, upcasters: { 1: withParisTime, 2: withoutDestination } },
  DossierNumbered: { version: 1, schema: z.object({ ...addressed, number: z.number().int() }) },
  StayAdded: { version: 1, schema: z.object({ ...addressed, stay: dossierStaySchema }) },
  StayChanged: { version: 1, schema: z.object({ ...addressed, stay: dossierStaySchema, previous: dossierStaySchema }) },
  DueDatesMoved: { version: 1, schema: z.object({ ...addressed, depositDueDate: calendarDateSchema, balanceDueDate: calendarDateSchema }) },
  GlobalSupplementAdded: { version: 1, schema: z.object({ ...addressed, supplement: z.object({ supplementId: z.string(), label: z.string(), amount: moneySchema }) }) },
  DossierNotesSet: { version: 1, schema: z.object({ ...addressed, note: text, internalNote: text }) },
  ContractSigned: { version: 1, schema: z.object(addressed) },
  DossierConfirmed: { version: 1, schema: z.object(addressed) },
  PaymentReceived: { version: 1, schema: z.object({ ...addressed, payment: paymentSchema }) },
  DossierCancelled: { version: 2, schema: z.object({ ...addressed, reason: text, cancelledAt: instantSchema, by: z.enum(CANCELLING_PARTIES).nullable() }), upcasters: { 1: byNobodySaid } },
  DossierDeleted: { version: 1, schema: z.object({ ...addressed, holdIds: z.array(z.string()) }) },
  DossierStatusChanged: { version: 1, schema: z.object({ ...addressed, from: status, to: status }) },
  GuestChanged: { version: 1, schema: z.object({ ...addressed, guest: guestSchema, previous: guestSchema }) },
  DepositPercentChanged: { version: 1, schema: z.object({ ...addressed, percent: z.number(), previous: z.number() }) },
  StayPriceSet: { version: 2, schema: z.object({ ...addressed, stayId: z.string(), accommodationPrice: moneySchema, previous: moneySchema, touristTax: moneySchema.nullable() }), upcasters: { 1: taxUnchanged } },
  DossierDiscountSet: { version: 1, schema: z.object({ ...addressed, discount: handDiscountSchema.nullable(), previous: handDiscountSchema.nullable() }) },
  OptionReleaseScheduled: { version: 1, schema: z.object({ ...addressed, depositDueDate: calendarDateSchema, releaseOn: calendarDateSchema }) },
  OptionReleased: { version: 1, schema: z.object({ ...addressed, depositDueDate: calendarDateSchema }) },
  StayTouristTaxAssessed: { version: 1, schema: stayTouristTaxAssessed },
  GuestErased: { version: 1, schema: z.object({ ...addressed, cause: z.enum(ERASURE_CAUSES), erasedAt: instantSchema }) },
});
