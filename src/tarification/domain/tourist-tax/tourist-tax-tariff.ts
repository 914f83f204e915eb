import { calendarDate, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import { euros, formatMoney, money, type Money } from '../../../shared/kernel/money';
import { inseeCode } from '../../../shared/kernel/french-geography';
import { optionalText, requiredText, TEXT_LIMITS } from '../../../shared/kernel/text';
import { ADDITIONAL_TAX_KINDS, type AdditionalTaxKind } from '../../../shared/kernel/tourist-tax';
import { CLASSIFIED_CATEGORIES, legalScale, PROPORTIONAL_RATE_BOUNDS, type ClassifiedCategory, type LegalScale } from './tourist-tax-legal-bounds';

/**
 * Who levies the taxe de séjour: a commune, named by its INSEE code, or an intercommunality
 * (EPCI) that took the tax over for its member communes (CGCT art. L5211-21), named by its SIREN.
 */
export type TaxingAuthority =
  | { readonly kind: 'COMMUNE'; readonly inseeCode: string }
  | { readonly kind: 'INTERCOMMUNALITY'; readonly siren: string; readonly communes: readonly string[] };

export { ADDITIONAL_TAX_KINDS, type AdditionalTaxKind };

export interface AdditionalTax {
  readonly kind: AdditionalTaxKind;
  readonly label: string;
  /** A percentage of the commune's amount, with at most two decimals. */
  readonly percent: number;
}

/**
 * L2333-31 4° lets the commune exempt "persons occupying premises whose rent is below an amount
 * it sets"; deliberations word it per night or per person and per night.
 */
export interface RentThreshold {
  readonly amount: Money;
  readonly per: 'NIGHT' | 'PERSON_NIGHT';
}

export interface LocalExemptions {
  /** The deliberation's own wording, shown to the owner and the guest; not computed. */
  readonly notes: readonly string[];
  readonly rentThreshold: RentThreshold | null;
}

/** The nights on which the tax is collected, both ends included, within the tariff's year. */
export interface CollectionPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * One authority's tariff table of the taxe de séjour "au réel" for one year, as its deliberation
 * sets it: an amount per person and per night for each classified category, the proportional rate
 * of unclassified accommodations, the additional taxes, when it is collected and who is exempt.
 */
export interface TouristTaxTariff {
  readonly authority: TaxingAuthority;
  readonly year: number;
  readonly perPersonNight: Readonly<Record<ClassifiedCategory, Money>>;
  /** A percentage, 1 to 5, of the cost per person of the night. */
  readonly unclassifiedRate: number;
  readonly additionalTaxes: readonly AdditionalTax[];
  readonly collectionPeriod: CollectionPeriod;
  readonly localExemptions: LocalExemptions;
}

export interface TouristTaxTariffInput {
  readonly authority: {
    readonly kind: TaxingAuthority['kind'];
    readonly inseeCode?: string | null;
    readonly siren?: string | null;
    readonly communes?: readonly string[] | null;
  };
  readonly year: number;
  /** Cents per person and per night, one for every category. */
  readonly perPersonNight: Readonly<Partial<Record<ClassifiedCategory, number | null>>>;
  readonly unclassifiedRate: number;
  readonly additionalTaxes?: readonly { readonly kind: AdditionalTaxKind; readonly label?: string | null; readonly percent: number }[] | null;
  /** The whole year when absent. */
  readonly collectionPeriod?: { readonly from: string; readonly to: string } | null;
  readonly localExemptions?: {
    readonly notes?: readonly string[] | null;
    readonly rentThreshold?: { readonly cents: number; readonly per: RentThreshold['per'] } | null;
  } | null;
}

/** The largest intercommunalities gather a few hundred communes. */
export const MAX_COMMUNES = 700;
export const MAX_ADDITIONAL_TAXES = 5;
/** Île-de-France Mobilités' 200 % is the largest additional tax the law knows. */
export const MAX_ADDITIONAL_TAX_PERCENT = 200;
export const DEPARTMENTAL_TAX_PERCENT = 10;
export const MAX_EXEMPTION_NOTES = 10;
/** Far above any threshold a deliberation sets; it only keeps typos out. */
export const MAX_RENT_THRESHOLD_CENTS = 100_000;

export class TariffOutOfLegalBounds extends InvalidInput {
  override readonly reason = 'TARIFF_OUT_OF_LEGAL_BOUNDS';

  constructor(field: string, category: ClassifiedCategory, year: number, cents: number, floorCents: number, ceilingCents: number) {
    super(field, `the ${category} tariff for ${year} must be from ${formatMoney(euros(floorCents))} to ${formatMoney(euros(ceilingCents))} per person and per night (CGCT art. L2333-30; got ${formatMoney(euros(cents))})`);
  }
}

export class ProportionalRateOutOfBounds extends InvalidInput {
  override readonly reason = 'PROPORTIONAL_RATE_OUT_OF_BOUNDS';

  constructor(field: string, rate: number) {
    super(field, `the rate of unclassified accommodations must be from ${PROPORTIONAL_RATE_BOUNDS.min} % to ${PROPORTIONAL_RATE_BOUNDS.max} %, with at most two decimals (CGCT art. L2333-30; got ${rate})`);
  }
}

export class AdditionalTaxOutOfBounds extends InvalidInput {
  override readonly reason = 'ADDITIONAL_TAX_OUT_OF_BOUNDS';

  constructor(field: string, kind: AdditionalTaxKind, percent: number) {
    super(
      field,
      kind === 'DEPARTMENTAL'
        ? `the departmental additional tax is ${DEPARTMENTAL_TAX_PERCENT} % by law (CGCT art. L3333-1; got ${percent})`
        : `an additional tax must be a percentage above 0 and at most ${MAX_ADDITIONAL_TAX_PERCENT}, with at most two decimals (got ${percent})`,
    );
  }
}

export class DuplicateAdditionalTax extends InvalidInput {
  override readonly reason = 'ADDITIONAL_TAX_DUPLICATED';

  constructor(field: string, label: string) {
    super(field, `"${label}" is already listed; each additional tax is listed once`);
  }
}

export class CollectionPeriodOutsideYear extends InvalidInput {
  override readonly reason = 'COLLECTION_PERIOD_OUTSIDE_YEAR';

  constructor(field: string, year: number, date: CalendarDate) {
    super(field, `the collection period must lie within ${year}, the tariff's year (got ${date})`);
  }
}

export class MalformedSiren extends InvalidInput {
  override readonly reason = 'SIREN_MALFORMED';

  constructor(field: string, siren: string) {
    super(field, `a SIREN is 9 digits whose Luhn check holds, such as 200054781 (got "${siren}")`);
  }
}

/**
 * A deliberation's table, checked against the law of its year. Refuses a year whose legal bounds
 * are not known here rather than letting an amount through unchecked.
 */
export function parseTariffTable(field: string, input: TouristTaxTariffInput): TouristTaxTariff {
  const scale = legalScale(`${field}.year`, input.year);
  const year = input.year;
  return {
    authority: parseAuthority(`${field}.authority`, input.authority),
    year,
    perPersonNight: parseAmounts(`${field}.perPersonNight`, input.perPersonNight, year, scale),
    unclassifiedRate: parseRate(`${field}.unclassifiedRate`, input.unclassifiedRate),
    additionalTaxes: parseAdditionalTaxes(`${field}.additionalTaxes`, input.additionalTaxes ?? []),
    collectionPeriod: parseCollectionPeriod(`${field}.collectionPeriod`, input.collectionPeriod ?? null, year),
    localExemptions: parseLocalExemptions(`${field}.localExemptions`, input.localExemptions ?? null),
  };
}

/** The highest amount the table sets: what caps an unclassified accommodation's tax (L2333-30). */
export const highestTariffCents = (tariff: TouristTaxTariff): number => Math.max(...CLASSIFIED_CATEGORIES.map((category) => tariff.perPersonNight[category].cents));

export const isCollectedOn = (tariff: TouristTaxTariff, night: CalendarDate): boolean => tariff.collectionPeriod.from <= night && night <= tariff.collectionPeriod.to;

/**
 * An authority as an accommodation names it, without its member communes: "COMMUNE:84050" or
 * "INTERCOMMUNALITY:200054781", what `authorityKey` writes.
 */
export function authorityReference(field: string, input: Pick<TouristTaxTariffInput['authority'], 'kind' | 'inseeCode' | 'siren'>): string {
  if (input.kind === 'COMMUNE') return authorityKey({ kind: 'COMMUNE', inseeCode: inseeCode(`${field}.inseeCode`, input.inseeCode ?? '') });
  if (input.kind !== 'INTERCOMMUNALITY') throw new InvalidInput(`${field}.kind`, 'must be COMMUNE or INTERCOMMUNALITY');
  return authorityKey({ kind: 'INTERCOMMUNALITY', siren: siren(`${field}.siren`, input.siren ?? '') });
}

/** "COMMUNE:84050" or "INTERCOMMUNALITY:200054781": how an accommodation names the authority whose tables tax it. */
export const authorityKey = (authority: Pick<TaxingAuthority, 'kind'> & { readonly inseeCode?: string; readonly siren?: string }): string =>
  authority.kind === 'COMMUNE' ? `COMMUNE:${authority.inseeCode}` : `INTERCOMMUNALITY:${authority.siren}`;

function siren(field: string, raw: string): string {
  const value = raw.replace(/\s/g, '');
  if (!isSiren(value)) throw new MalformedSiren(field, raw);
  return value;
}

function parseAuthority(field: string, input: TouristTaxTariffInput['authority']): TaxingAuthority {
  if (input.kind === 'COMMUNE') return { kind: 'COMMUNE', inseeCode: inseeCode(`${field}.inseeCode`, input.inseeCode ?? '') };
  if (input.kind !== 'INTERCOMMUNALITY') throw new InvalidInput(`${field}.kind`, 'must be COMMUNE or INTERCOMMUNALITY');
  const sirenCode = siren(`${field}.siren`, input.siren ?? '');
  const communes = (input.communes ?? []).map((code, i) => inseeCode(`${field}.communes.${i}`, code));
  if (communes.length === 0 || communes.length > MAX_COMMUNES) throw new InvalidInput(`${field}.communes`, `must list from 1 to ${MAX_COMMUNES} member communes`);
  const repeated = communes.findIndex((code, i) => communes.indexOf(code) !== i);
  if (repeated >= 0) throw new InvalidInput(`${field}.communes.${repeated}`, `${communes[repeated]} is listed twice`);
  return { kind: 'INTERCOMMUNALITY', siren: sirenCode, communes };
}

/** INSEE gives every SIREN a Luhn check digit; it catches a mistyped or swapped digit. */
function isSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const sum = [...value].reverse().reduce((total, digit, i) => {
    const doubled = Number(digit) * (i % 2 === 1 ? 2 : 1);
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

function parseAmounts(field: string, input: TouristTaxTariffInput['perPersonNight'], year: number, scale: LegalScale): Record<ClassifiedCategory, Money> {
  const amounts = {} as Record<ClassifiedCategory, Money>;
  for (const category of CLASSIFIED_CATEGORIES) {
    const cents = input[category];
    if (cents === null || cents === undefined) throw new InvalidInput(`${field}.${category}`, 'is required: a deliberation sets a tariff for every category');
    const amount = money(`${field}.${category}`, cents);
    const { floorCents, ceilingCents } = scale[category];
    if (amount.cents < floorCents || amount.cents > ceilingCents) throw new TariffOutOfLegalBounds(`${field}.${category}`, category, year, amount.cents, floorCents, ceilingCents);
    amounts[category] = amount;
  }
  return amounts;
}

/** A percentage with at most two decimals, or null when it has more or is not a number. */
function twoDecimals(value: number): number | null {
  if (!Number.isFinite(value) || Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return null;
  return Math.round(value * 100) / 100;
}

function parseRate(field: string, value: number): number {
  const rate = twoDecimals(value);
  if (rate === null || rate < PROPORTIONAL_RATE_BOUNDS.min || rate > PROPORTIONAL_RATE_BOUNDS.max) throw new ProportionalRateOutOfBounds(field, value);
  return rate;
}

const DEPARTMENTAL_LABEL = 'Taxe additionnelle départementale';

function parseAdditionalTaxes(field: string, input: NonNullable<TouristTaxTariffInput['additionalTaxes']>): AdditionalTax[] {
  if (input.length > MAX_ADDITIONAL_TAXES) throw new InvalidInput(field, `must list at most ${MAX_ADDITIONAL_TAXES} additional taxes`);
  const taxes: AdditionalTax[] = [];
  input.forEach((entry, i) => {
    const at = `${field}.${i}`;
    if (!ADDITIONAL_TAX_KINDS.includes(entry.kind)) throw new InvalidInput(`${at}.kind`, `must be one of ${ADDITIONAL_TAX_KINDS.join(', ')}`);
    const percent = twoDecimals(entry.percent);
    const allowed = entry.kind === 'DEPARTMENTAL' ? percent === DEPARTMENTAL_TAX_PERCENT : percent !== null && percent > 0 && percent <= MAX_ADDITIONAL_TAX_PERCENT;
    if (percent === null || !allowed) throw new AdditionalTaxOutOfBounds(`${at}.percent`, entry.kind, entry.percent);
    const label =
      entry.kind === 'DEPARTMENTAL'
        ? (optionalText(`${at}.label`, entry.label, TEXT_LIMITS.name) ?? DEPARTMENTAL_LABEL)
        : requiredText(`${at}.label`, entry.label, TEXT_LIMITS.name);
    const clash = taxes.find((tax) => (entry.kind === 'DEPARTMENTAL' && tax.kind === 'DEPARTMENTAL') || tax.label.toLowerCase() === label.toLowerCase());
    if (clash) throw new DuplicateAdditionalTax(at, clash.label);
    taxes.push({ kind: entry.kind, label, percent });
  });
  return taxes;
}

function parseCollectionPeriod(field: string, input: TouristTaxTariffInput['collectionPeriod'], year: number): CollectionPeriod {
  if (!input) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const from = calendarDate(`${field}.from`, input.from);
  const to = calendarDate(`${field}.to`, input.to);
  if (Number(from.slice(0, 4)) !== year) throw new CollectionPeriodOutsideYear(`${field}.from`, year, from);
  if (Number(to.slice(0, 4)) !== year) throw new CollectionPeriodOutsideYear(`${field}.to`, year, to);
  if (to < from) throw new InvalidInput(`${field}.to`, 'must not be before from');
  return { from, to };
}

function parseLocalExemptions(field: string, input: TouristTaxTariffInput['localExemptions']): LocalExemptions {
  const rawNotes = input?.notes ?? [];
  if (rawNotes.length > MAX_EXEMPTION_NOTES) throw new InvalidInput(`${field}.notes`, `must list at most ${MAX_EXEMPTION_NOTES} exemptions`);
  const notes = rawNotes.map((note, i) => requiredText(`${field}.notes.${i}`, note, TEXT_LIMITS.line));
  const threshold = input?.rentThreshold ?? null;
  if (threshold === null) return { notes, rentThreshold: null };
  const amount = money(`${field}.rentThreshold.cents`, threshold.cents);
  if (amount.cents === 0 || amount.cents > MAX_RENT_THRESHOLD_CENTS) throw new InvalidInput(`${field}.rentThreshold.cents`, `must be above 0 and at most ${MAX_RENT_THRESHOLD_CENTS} cents`);
  if (threshold.per !== 'NIGHT' && threshold.per !== 'PERSON_NIGHT') throw new InvalidInput(`${field}.rentThreshold.per`, 'must be NIGHT or PERSON_NIGHT');
  return { notes, rentThreshold: { amount, per: threshold.per } };
}
