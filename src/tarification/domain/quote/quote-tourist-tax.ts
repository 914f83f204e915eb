import { InvalidInput } from '../../../shared/kernel/errors';
import { euros, type Money } from '../../../shared/kernel/money';
import type { Stay } from '../../../shared/kernel/stay';
import type { RecordedExemptions } from '../../../shared/kernel/tourist-tax';
import { isExemptAgeRange } from '../rules/tourist-tax';
import { computeTouristTax, ExemptionsExceedAdults, RECORDED_EXEMPTIONS, spreadOverNights, type TouristTaxDetail } from '../tourist-tax/tourist-tax-computation';
import type { TouristTaxCategory } from '../tourist-tax/tourist-tax-legal-bounds';
import type { TouristTaxTariff } from '../tourist-tax/tourist-tax-tariff';
import type { Occupants } from './quote-request';

export type { RecordedExemptions };

/**
 * What a quote needs to tax a stay: the owner's flat amount, or the category the accommodation
 * is taxed in with the tables of its authority for the years of the stay's nights.
 */
export type TouristTaxFacts =
  | { readonly kind: 'FLAT'; readonly perPersonPerNight: Money }
  | { readonly kind: 'TARIFF'; readonly authority: string; readonly category: TouristTaxCategory; readonly tariffs: readonly TouristTaxTariff[] };

export interface QuotedTouristTax {
  /** The amount per taxed person and per night; with tables, that of the first taxed nights. */
  readonly perPersonPerNight: Money;
  /** With tables, the most persons any night taxes. */
  readonly taxedPersons: number;
  readonly amount: Money;
  /** Night by night, with tables; null for a flat amount. */
  readonly detail: TouristTaxDetail | null;
  /** Whose tables taxed it ("COMMUNE:84050", "INTERCOMMUNALITY:200054781"): the register it is declared in; null for a flat amount. */
  readonly authority: string | null;
}

export interface TaxedQuote {
  readonly stay: Stay;
  /** The accommodation's price after discounts, excluding taxes and supplements: the base of a proportional rate. */
  readonly accommodationPrice: Money;
  readonly occupants: readonly Occupants[];
  readonly ageRanges: readonly { readonly ageRangeId: string; readonly maxAge: number }[];
  readonly exemptions: RecordedExemptions;
}

/** An accommodation that collects none still says whom a tax would reach. */
const NO_TAX: TouristTaxFacts = { kind: 'FLAT', perPersonPerNight: euros(0) };

/**
 * The taxe de séjour of a quoted stay, apart from its total. The proportional rate of an
 * unclassified accommodation is taken on the accommodation's price alone: supplements (cleaning,
 * linen) are services other than the lodging (L2333-30 speaks of "the cost of the night").
 */
export function quotedTouristTax(given: TouristTaxFacts | null, taxed: TaxedQuote): QuotedTouristTax {
  const facts = given ?? NO_TAX;
  const maxAgeOf = new Map(taxed.ageRanges.map((range) => [range.ageRangeId, range.maxAge]));
  const occupants = taxed.occupants.map((o) => ({ maxAge: maxAgeOf.get(o.ageRangeId) ?? Number.POSITIVE_INFINITY, count: o.count }));
  const adults = occupants.filter((o) => !isExemptAgeRange(o)).reduce((sum, o) => sum + o.count, 0);
  const exempt = recordedCount(taxed.exemptions);
  if (exempt > adults) throw new ExemptionsExceedAdults(EXEMPTIONS_FIELD, exempt, adults);
  if (facts.kind === 'FLAT') {
    const taxedPersons = adults - exempt;
    return { perPersonPerNight: facts.perPersonPerNight, taxedPersons, amount: euros(facts.perPersonPerNight.cents * taxedPersons * taxed.stay.nights), detail: null, authority: null };
  }
  const detail = computeTouristTax(
    'input',
    { arrival: taxed.stay.arrival, nightlyPrices: spreadOverNights(taxed.accommodationPrice, taxed.stay.nights), category: facts.category, occupants, exemptions: taxed.exemptions },
    facts.tariffs,
  );
  const taxedLines = detail.lines.filter((line) => line.status === 'TAXED');
  return {
    perPersonPerNight: taxedLines[0]?.perPersonNight ?? euros(0),
    taxedPersons: Math.max(0, ...taxedLines.map((line) => line.personsTaxed)),
    amount: detail.total,
    detail,
    authority: facts.authority,
  };
}

/** Where the request names the adults recorded as exempt. */
const EXEMPTIONS_FIELD = 'input.touristTaxExemptions';

/** The adults recorded as exempt, each reason a whole number of persons, 0 or more. */
function recordedCount(exemptions: RecordedExemptions): number {
  return RECORDED_EXEMPTIONS.reduce((sum, reason) => {
    const count = exemptions[reason] ?? 0;
    if (!Number.isInteger(count) || count < 0) throw new InvalidInput(`${EXEMPTIONS_FIELD}.${reason}`, 'must be a whole number of persons, 0 or more');
    return sum + count;
  }, 0);
}
