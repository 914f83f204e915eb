import { addDays, daysBetween, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { euros, type Money } from '../../../shared/kernel/money';
import { RECORDED_EXEMPTIONS, type ClassifiedCategory, type ExemptionReason, type TouristTaxLine } from '../../../shared/kernel/tourist-tax';
import type { Cancellation, DossierStatus, DossierStay, StayTouristTax } from '../dossier/dossier';
import type { RegisterRequest } from './register-request';
import { EXEMPTION_REASONS, rateLabel } from './register-wording';

/**
 * The registre du logeur of the taxe de séjour: the "état" every logeur keeps "à la date et dans
 * l'ordre des perceptions effectuées, pour chaque hébergement loué, l'adresse du logement, le
 * nombre de personnes ayant logé, le nombre de nuitées constatées, le montant de la taxe perçue
 * ainsi que, le cas échéant, les motifs d'exonération" (CGCT art. R2333-50, R2333-51 before the
 * décret of 2019), and what the commune's declaration platforms ask of each stay.
 */

export type ExemptCounts = Readonly<Partial<Record<ExemptionReason, number>>>;

/**
 * What the register reads of a booking file. Nothing of its guest: the état counts persons and
 * nights and never asks who they are (communes' guides say "sans éléments relatifs à l'état
 * civil"), and a document that is handed over to a commune holds no personal data it does not
 * need (GDPR art. 5(1)(c), data minimisation).
 */
export interface RegisteredFile {
  readonly dossierId: string;
  readonly number: number | null;
  readonly status: DossierStatus;
  readonly cancellation: Cancellation | null;
  readonly deletedAt: string | null;
  readonly stays: readonly DossierStay[];
  readonly touristTaxes: readonly StayTouristTax[];
}

export interface RegisteredAccommodation {
  readonly name: string;
  /** "12 rue des Lices, 84000 Avignon": the address R2333-50 asks for; null when the owner gave none. */
  readonly address: string | null;
  /** A meublé de tourisme's, 13 characters without spaces; null when it has none. */
  readonly registrationNumber: string | null;
}

export interface RegisterFacts {
  /** By id; an accommodation left out is named by its id. */
  readonly accommodations: ReadonlyMap<string, RegisteredAccommodation>;
  /**
   * The oldest age of each of the owner's age ranges: a stay taxed a flat amount has no detail, so
   * its minors are counted from its occupants (a range is a minor's when its oldest age is under
   * 18, L2333-31 1°). A range no longer known counts as adults, as the quote counted it.
   */
  readonly ageRangeMaxAges: ReadonlyMap<string, number>;
}

export const REGISTER_RATE_KINDS = ['TARIFF', 'PROPORTIONAL', 'FLAT', 'OUTSIDE_COLLECTION_PERIOD', 'NO_TARIFF_FOR_YEAR'] as const;
/** From a commune's table by category, at a share of the price (unclassified), a flat amount, or untaxed nights. */
export type RegisterRateKind = (typeof REGISTER_RATE_KINDS)[number];

/** A stay's nights of the period taxed alike. */
export interface RegisterRate {
  readonly kind: RegisterRateKind;
  readonly category: ClassifiedCategory | null;
  readonly ratePercent: number | null;
  readonly label: string;
  readonly nights: number;
  /** Persons taxed each of these nights. */
  readonly personsTaxed: number;
  readonly personsExempt: ExemptCounts;
  /** Null when not known: a flat amount that is not a whole number of cents per taxed person and night. */
  readonly perPersonNight: Money | null;
  readonly taxedPersonNights: number;
  readonly exemptPersonNights: number;
  readonly amount: Money;
}

/** One stay with nights in the period, counting those nights only. */
export interface RegisterLine {
  readonly dossierId: string;
  readonly dossierNumber: number | null;
  readonly stayId: string;
  readonly accommodationId: string;
  readonly accommodationName: string;
  readonly accommodationAddress: string | null;
  readonly registrationNumber: string | null;
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  /** The whole stay's nights, the "durée du séjour". */
  readonly stayNights: number;
  /** Its nights in the period. */
  readonly nights: number;
  /** The most persons any of its rates taxes each night. */
  readonly personsTaxed: number;
  /** By reason, the most any of its rates exempts each night. */
  readonly personsExempt: ExemptCounts;
  readonly taxedPersonNights: number;
  readonly exemptPersonNights: number;
  /** Its rates' labels, " / " between them. */
  readonly label: string;
  /** The amount per person and per night when its taxed nights share one; null otherwise. */
  readonly perPersonNight: Money | null;
  /** The tax collected for its nights in the period. */
  readonly amount: Money;
  /** Whose tables taxed it; null for a flat amount. */
  readonly authority: string | null;
  readonly rates: readonly RegisterRate[];
}

export interface RegisterTotals {
  readonly stays: number;
  readonly nights: number;
  readonly taxedPersonNights: number;
  readonly exemptPersonNights: number;
  readonly exemptPersonNightsByReason: ExemptCounts;
  readonly amount: Money;
}

export interface TouristTaxRegister extends RegisterRequest {
  readonly lines: readonly RegisterLine[];
  readonly totals: RegisterTotals;
}

/**
 * The register of the period: one line per stay with at least one night in it, of files neither
 * deleted nor cancelled, in the order of arrivals (the tax is collected before the guest leaves,
 * R2333-51 of old: arrivals are the order of collections a register can know). A cancelled file's
 * stay is never spent, so it collects nothing (the taxe de séjour is due per night stayed, L2333-29);
 * cancellation fees are no lodging. With an authority, only the stays its tables taxed.
 */
export function touristTaxRegister(files: readonly RegisteredFile[], request: RegisterRequest, facts: RegisterFacts): TouristTaxRegister {
  const lines = files
    .filter((file) => file.deletedAt === null && file.cancellation === null && file.status !== 'CANCELLED')
    .flatMap((file) => file.stays.flatMap((stay) => registerLine(file, stay, request, facts) ?? []))
    .filter((line) => request.authority === null || line.authority === request.authority)
    .sort(byArrival);
  return { ...request, lines, totals: totalsOf(lines) };
}

function registerLine(file: RegisteredFile, stay: DossierStay, period: RegisterRequest, facts: RegisterFacts): RegisterLine | null {
  const stayNights = daysBetween(stay.arrival, stay.departure);
  const first = stay.arrival > period.from ? stay.arrival : period.from;
  const end = stay.departure < addDays(period.to, 1) ? stay.departure : addDays(period.to, 1);
  const nights = daysBetween(first, end);
  if (nights <= 0) return null;
  const tax = file.touristTaxes.find((t) => t.stayId === stay.stayId);
  const rates =
    tax?.detail == null
      ? [flatRate(stay, tax?.exemptions ?? {}, { skipped: daysBetween(stay.arrival, first), nights, stayNights }, facts.ageRangeMaxAges)]
      : mergedRates(tax.detail.lines.flatMap((line) => detailRate(line, period) ?? []));
  const accommodation = facts.accommodations.get(stay.accommodationId);
  const taxing = rates.filter((rate) => rate.kind !== 'OUTSIDE_COLLECTION_PERIOD' && rate.kind !== 'NO_TARIFF_FOR_YEAR');
  const amounts = [...new Set(taxing.map((rate) => rate.perPersonNight?.cents ?? null))];
  return {
    dossierId: file.dossierId,
    dossierNumber: file.number,
    stayId: stay.stayId,
    accommodationId: stay.accommodationId,
    accommodationName: accommodation?.name ?? stay.accommodationId,
    accommodationAddress: accommodation?.address ?? null,
    registrationNumber: accommodation?.registrationNumber ?? null,
    arrival: stay.arrival,
    departure: stay.departure,
    stayNights,
    nights,
    personsTaxed: Math.max(0, ...rates.map((rate) => rate.personsTaxed)),
    personsExempt: mostExempt(rates.map((rate) => rate.personsExempt)),
    taxedPersonNights: sum(rates.map((rate) => rate.taxedPersonNights)),
    exemptPersonNights: sum(rates.map((rate) => rate.exemptPersonNights)),
    label: [...new Set(rates.map((rate) => rate.label))].join(' / '),
    perPersonNight: amounts.length === 1 && amounts[0] !== null ? euros(amounts[0]) : null,
    amount: euros(sum(rates.map((rate) => rate.amount.cents))),
    authority: tax?.detail == null ? null : tax.authority,
    rates,
  };
}

/**
 * A line of the assessed detail cut to the period. Its amount per person and per night is the
 * rounded one the commune posts, and the detail's amount is that times its person-nights exactly
 * (tourist-tax-computation.ts), so the nights of the period collect that product, to the cent.
 */
function detailRate(line: TouristTaxLine, period: RegisterRequest): RegisterRate | null {
  const nights = line.nights.filter((night) => period.from <= night && night <= period.to).length;
  if (nights === 0) return null;
  if (line.status !== 'TAXED') {
    return { kind: line.status, category: null, ratePercent: null, label: rateLabel({ kind: line.status }), nights, personsTaxed: 0, personsExempt: {}, perPersonNight: null, taxedPersonNights: 0, exemptPersonNights: 0, amount: euros(0) };
  }
  const { basis } = line;
  const wording = basis.kind === 'TARIFF' ? ({ kind: 'TARIFF', category: basis.category } as const) : ({ kind: 'PROPORTIONAL', ratePercent: basis.ratePercent } as const);
  return {
    kind: basis.kind,
    category: basis.kind === 'TARIFF' ? basis.category : null,
    ratePercent: basis.kind === 'PROPORTIONAL' ? basis.ratePercent : null,
    label: rateLabel(wording),
    nights,
    personsTaxed: line.personsTaxed,
    personsExempt: positive(line.personsExempt),
    perPersonNight: line.perPersonNight,
    taxedPersonNights: line.personsTaxed * nights,
    exemptPersonNights: exemptCount(line.personsExempt) * nights,
    amount: euros(line.perPersonNight.cents * line.personsTaxed * nights),
  };
}

/**
 * A stay taxed a flat amount: the owner's amount per taxed person and per night times its adults
 * not recorded as exempt, times its nights (quote-tourist-tax.ts). That product is a whole number
 * of cents per night, so the nights of the period collect the amount divided by the stay's nights
 * times theirs. Should an amount not divide (a file priced by older rules), its cents are spread
 * as a price is over nights, the first nights taking one more, so the periods still add up to it.
 */
function flatRate(
  stay: DossierStay,
  recorded: Readonly<Partial<Record<ExemptionReason, number>>>,
  span: { readonly skipped: number; readonly nights: number; readonly stayNights: number },
  maxAges: ReadonlyMap<string, number>,
): RegisterRate {
  const minors = sum(stay.occupants.filter((o) => (maxAges.get(o.ageRangeId) ?? Number.POSITIVE_INFINITY) < ADULT_AGE).map((o) => o.count));
  const adults = sum(stay.occupants.map((o) => o.count)) - minors;
  const personsExempt = positive({ MINOR: minors, ...Object.fromEntries(RECORDED_EXEMPTIONS.map((reason) => [reason, recorded[reason] ?? 0])) });
  const personsTaxed = Math.max(0, adults - sum(RECORDED_EXEMPTIONS.map((reason) => recorded[reason] ?? 0)));
  const total = stay.pricing.touristTax.cents;
  const perNight = Math.floor(total / span.stayNights);
  const extraCents = total - perNight * span.stayNights;
  const perPersonNights = span.stayNights * personsTaxed;
  return {
    kind: 'FLAT',
    category: null,
    ratePercent: null,
    label: rateLabel({ kind: 'FLAT' }),
    nights: span.nights,
    personsTaxed,
    personsExempt,
    perPersonNight: personsTaxed > 0 && total % perPersonNights === 0 ? euros(total / perPersonNights) : null,
    taxedPersonNights: personsTaxed * span.nights,
    exemptPersonNights: exemptCount(personsExempt) * span.nights,
    amount: euros(perNight * span.nights + Math.max(0, Math.min(extraCents, span.skipped + span.nights) - span.skipped)),
  };
}

/** L2333-31 1°: persons under 18. */
const ADULT_AGE = 18;

/** Lines of the detail that come apart only by nights the period leaves out make one rate. */
function mergedRates(rates: readonly RegisterRate[]): RegisterRate[] {
  const merged = new Map<string, RegisterRate>();
  for (const rate of rates) {
    const key = JSON.stringify([rate.kind, rate.category, rate.ratePercent, rate.perPersonNight?.cents ?? null, rate.personsTaxed, EXEMPTION_REASONS.map((reason) => rate.personsExempt[reason] ?? 0)]);
    const before = merged.get(key);
    merged.set(
      key,
      before === undefined
        ? rate
        : {
            ...before,
            nights: before.nights + rate.nights,
            taxedPersonNights: before.taxedPersonNights + rate.taxedPersonNights,
            exemptPersonNights: before.exemptPersonNights + rate.exemptPersonNights,
            amount: euros(before.amount.cents + rate.amount.cents),
          },
    );
  }
  return [...merged.values()];
}

function totalsOf(lines: readonly RegisterLine[]): RegisterTotals {
  const rates = lines.flatMap((line) => line.rates);
  const byReason = Object.fromEntries(EXEMPTION_REASONS.map((reason) => [reason, sum(rates.map((rate) => (rate.personsExempt[reason] ?? 0) * rate.nights))]));
  return {
    stays: lines.length,
    nights: sum(lines.map((line) => line.nights)),
    taxedPersonNights: sum(lines.map((line) => line.taxedPersonNights)),
    exemptPersonNights: sum(lines.map((line) => line.exemptPersonNights)),
    exemptPersonNightsByReason: positive(byReason),
    amount: euros(sum(lines.map((line) => line.amount.cents))),
  };
}

function byArrival(a: RegisterLine, b: RegisterLine): number {
  if (a.arrival !== b.arrival) return a.arrival < b.arrival ? -1 : 1;
  const numbers = (a.dossierNumber ?? Number.MAX_SAFE_INTEGER) - (b.dossierNumber ?? Number.MAX_SAFE_INTEGER);
  return numbers || a.accommodationName.localeCompare(b.accommodationName, 'fr') || a.stayId.localeCompare(b.stayId);
}

function mostExempt(counts: readonly ExemptCounts[]): ExemptCounts {
  return positive(Object.fromEntries(EXEMPTION_REASONS.map((reason) => [reason, Math.max(0, ...counts.map((c) => c[reason] ?? 0))])));
}

/** Reasons of no one are left out, so two counts of the same persons compare equal. */
const positive = (counts: ExemptCounts): ExemptCounts => Object.fromEntries(EXEMPTION_REASONS.filter((reason) => (counts[reason] ?? 0) > 0).map((reason) => [reason, counts[reason]]));

const exemptCount = (counts: ExemptCounts): number => sum(EXEMPTION_REASONS.map((reason) => counts[reason] ?? 0));

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
