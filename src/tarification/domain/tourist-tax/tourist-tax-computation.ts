import { addDays, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import { euros, type Money } from '../../../shared/kernel/money';
import { MAX_STAY_NIGHTS } from '../../../shared/kernel/stay';
import { RECORDED_EXEMPTIONS, type AdditionalTaxShare, type ExemptionReason, type RecordedExemption, type TaxedNights, type TouristTaxBasis, type TouristTaxDetail, type TouristTaxLine, type UntaxedNights } from '../../../shared/kernel/tourist-tax';
import { isExemptAgeRange } from '../rules/tourist-tax';
import { legalScale, type TouristTaxCategory } from './tourist-tax-legal-bounds';
import { highestTariffCents, isCollectedOn, type TouristTaxTariff } from './tourist-tax-tariff';

export { RECORDED_EXEMPTIONS, type AdditionalTaxShare, type ExemptionReason, type RecordedExemption, type TaxedNights, type TouristTaxBasis, type TouristTaxDetail, type TouristTaxLine, type UntaxedNights };

/** One stay as the tax sees it: who slept there, in what kind of accommodation, at what price. */
export interface TaxedStay {
  readonly arrival: CalendarDate;
  /** Each night's price excluding taxes, in the order of the nights: the base of a proportional rate and of a rent threshold. */
  readonly nightlyPrices: readonly Money[];
  readonly category: TouristTaxCategory;
  /** Occupants per age range; a range whose oldest age is under 18 holds minors. */
  readonly occupants: readonly { readonly maxAge: number; readonly count: number }[];
  /** Adults exempt for a reason recorded on the file. */
  readonly exemptions: Readonly<Partial<Record<RecordedExemption, number>>>;
}

/** Far above any accommodation's capacity; it keeps every product below exact in a number. */
export const MAX_OCCUPANTS = 1_000;

export class NoOccupants extends InvalidInput {
  override readonly reason = 'NO_OCCUPANTS';

  constructor(field: string) {
    super(field, 'a stay has at least one occupant');
  }
}

export class ExemptionsExceedAdults extends InvalidInput {
  override readonly reason = 'EXEMPTIONS_EXCEED_ADULTS';

  constructor(
    field: string,
    readonly exempt: number,
    readonly adults: number,
  ) {
    super(field, `${exempt} persons are recorded as exempt, but the stay has ${adults} adults (minors are exempt already)`);
  }
}

/**
 * The taxe de séjour "au réel" of a stay, night by night (CGCT art. L2333-29 to L2333-31): for
 * each night in a collection period, the amount per person and per night times the persons it
 * taxes. `tariffs` holds one table per year, so a stay across New Year takes each night's own.
 */
export function computeTouristTax(field: string, stay: TaxedStay, tariffs: readonly TouristTaxTariff[]): TouristTaxDetail {
  const people = countPeople(field, stay);
  const lines: TouristTaxLine[] = [];
  const byKey = new Map<string, number>();
  stay.nightlyPrices.forEach((price, i) => {
    const night = addDays(stay.arrival, i);
    const line = nightLine(night, price, stay.category, people, tariffFor(`${field}.tariffs`, tariffs, night));
    const key = JSON.stringify({ ...line, nights: [] });
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, lines.length);
      lines.push(line);
    } else {
      lines[at] = merge(lines[at], line);
    }
  });
  return { lines, total: euros(lines.reduce((sum, line) => sum + line.amount.cents, 0)) };
}

/**
 * A stay's price excluding taxes spread over its nights, for a stay priced as a whole: equal
 * shares, the cents left over going one each to the first nights, so the shares add up to it.
 */
export function spreadOverNights(total: Money, nights: number): Money[] {
  if (!Number.isInteger(nights) || nights < 1 || nights > MAX_STAY_NIGHTS) throw new InvalidInput('nights', `must be from 1 to ${MAX_STAY_NIGHTS}`);
  const share = Math.floor(total.cents / nights);
  const left = total.cents - share * nights;
  return Array.from({ length: nights }, (_, i) => euros(share + (i < left ? 1 : 0)));
}

interface People {
  readonly occupants: number;
  readonly exempt: Readonly<Partial<Record<ExemptionReason, number>>>;
  /** Adults not exempt by a recorded reason: taxed unless the rent is below the threshold. */
  readonly liable: number;
}

function countPeople(field: string, stay: TaxedStay): People {
  if (stay.nightlyPrices.length === 0 || stay.nightlyPrices.length > MAX_STAY_NIGHTS) throw new InvalidInput(`${field}.nightlyPrices`, `must give the price of each of 1 to ${MAX_STAY_NIGHTS} nights`);
  let occupants = 0;
  let minors = 0;
  stay.occupants.forEach(({ maxAge, count }, i) => {
    if (!Number.isInteger(count) || count < 0) throw new InvalidInput(`${field}.occupants.${i}.count`, 'must be a whole number of persons, 0 or more');
    occupants += count;
    if (isExemptAgeRange({ maxAge })) minors += count;
  });
  if (occupants === 0) throw new NoOccupants(`${field}.occupants`);
  if (occupants > MAX_OCCUPANTS) throw new InvalidInput(`${field}.occupants`, `must count at most ${MAX_OCCUPANTS} persons`);
  const exempt: Partial<Record<ExemptionReason, number>> = minors > 0 ? { MINOR: minors } : {};
  let recorded = 0;
  for (const reason of RECORDED_EXEMPTIONS) {
    const count = stay.exemptions[reason] ?? 0;
    if (!Number.isInteger(count) || count < 0) throw new InvalidInput(`${field}.exemptions.${reason}`, 'must be a whole number of persons, 0 or more');
    if (count === 0) continue;
    exempt[reason] = count;
    recorded += count;
  }
  const adults = occupants - minors;
  if (recorded > adults) throw new ExemptionsExceedAdults(`${field}.exemptions`, recorded, adults);
  return { occupants, exempt, liable: adults - recorded };
}

function tariffFor(field: string, tariffs: readonly TouristTaxTariff[], night: CalendarDate): TouristTaxTariff | null {
  const year = Number(night.slice(0, 4));
  const found = tariffs.filter((tariff) => tariff.year === year);
  if (found.length > 1) throw new InvalidInput(field, `give one tariff table per year (${year} has ${found.length})`);
  return found[0] ?? null;
}

function nightLine(night: CalendarDate, price: Money, category: TouristTaxCategory, people: People, tariff: TouristTaxTariff | null): TouristTaxLine {
  if (tariff === null) return { status: 'NO_TARIFF_FOR_YEAR', nights: [night], amount: euros(0) };
  if (!isCollectedOn(tariff, night)) return { status: 'OUTSIDE_COLLECTION_PERIOD', nights: [night], amount: euros(0) };
  const lowRent = rentBelowThreshold(tariff, price, people.occupants);
  const personsTaxed = lowRent ? 0 : people.liable;
  const personsExempt = lowRent && people.liable > 0 ? { ...people.exempt, RENT_BELOW_THRESHOLD: people.liable } : people.exempt;
  const { basis, communal } = communalShare(tariff, category, price, people.occupants);
  const shares = perPersonNightShares(communal, tariff.additionalTaxes.map((tax) => tax.percent));
  const perPersonNight = shares.reduce((sum, cents) => sum + cents, 0);
  return {
    status: 'TAXED',
    nights: [night],
    personsTaxed,
    personsExempt,
    basis,
    communalPerPersonNight: euros(shares[0]),
    additionalTaxes: tariff.additionalTaxes.map((tax, i) => ({ ...tax, perPersonNight: euros(shares[i + 1]), amount: euros(shares[i + 1] * personsTaxed) })),
    perPersonNight: euros(perPersonNight),
    amount: euros(perPersonNight * personsTaxed),
  };
}

/** Nights taxed alike make one line: the same amounts per night, times its nights. */
function merge(line: TouristTaxLine, night: TouristTaxLine): TouristTaxLine {
  const nights = [...line.nights, ...night.nights];
  if (line.status !== 'TAXED') return { ...line, nights };
  const personNights = line.personsTaxed * nights.length;
  return {
    ...line,
    nights,
    additionalTaxes: line.additionalTaxes.map((tax) => ({ ...tax, amount: euros(tax.perPersonNight.cents * personNights) })),
    amount: euros(line.perPersonNight.cents * personNights),
  };
}

function rentBelowThreshold(tariff: TouristTaxTariff, price: Money, occupants: number): boolean {
  const threshold = tariff.localExemptions.rentThreshold;
  if (threshold === null) return false;
  return threshold.per === 'NIGHT' ? price.cents < threshold.amount.cents : price.cents < threshold.amount.cents * occupants;
}

/** The commune's amount per person and per night as an exact fraction of cents. */
interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Classified: the category's tariff. Unclassified: the rate times "the cost per person of the
 * night", its price excluding taxes (L2333-30), divided by all its occupants, minors and other
 * exempt persons included, as collectors are told to (Grand-Bornand: 700 € for 7 nights and 4
 * occupants, 2 of them children, is 25 € each; aubrac-gorgesdutarn.com: "taxable and exempt
 * persons").
 *
 * Capped "dans la limite du tarif le plus élevé adopté par la collectivité" (L2333-30), and by
 * nothing else since 1 January 2021. From 2019 to 2020 the article added "ou, s'il est inférieur à
 * ce dernier, du tarif plafond applicable aux hôtels de tourisme 4 étoiles" (loi de finances
 * rectificative pour 2017, art. 44): deliberations of that time still quote it (Grand-Bornand,
 * 19 April 2018; Fier-et-Usses). The loi de finances pour 2021, art. 124 (article 42 quinquies
 * of the bill), struck that second limit: senators who moved to delete the article wrote that it
 * "prévoit un déplafonnement au plus haut tarif de taxe de séjour de la collectivité et non au
 * plafond de l'hôtellerie 4 étoiles comme actuellement" (Sénat, amendement II-400, 2 December
 * 2020); "ce double plafond est supprimé" (pro-tourismeloiret.com, "Taxe de séjour, ce qui change
 * en 2021"). Paris's cap shows it: 5 % "up to a limit of €14.95" in 2024 (service-public.fr,
 * actualité A17102), its palace rate of 4.60 € with its additional taxes, where the 4★ ceiling,
 * 2.50 €, would have made it 8.13 €.
 *
 * The year's palace ceiling is kept as a guard, not as a second legal limit: a table that passed
 * parseTariffTable never goes above it, since every category's amount is within its own ceiling.
 * The cap bounds the commune's part; additional taxes are added on top of it.
 */
function communalShare(tariff: TouristTaxTariff, category: TouristTaxCategory, price: Money, occupants: number): { basis: TouristTaxBasis; communal: Fraction } {
  if (category !== 'UNCLASSIFIED') return { basis: { kind: 'TARIFF', category }, communal: { numerator: tariff.perPersonNight[category].cents, denominator: 1 } };
  const capCents = Math.min(highestTariffCents(tariff), legalScale('year', tariff.year).PALACE.ceilingCents);
  const rateHundredths = Math.round(tariff.unclassifiedRate * 100);
  const exact = { numerator: price.cents * rateHundredths, denominator: 10_000 * occupants };
  const capApplied = exact.numerator > capCents * exact.denominator;
  return {
    basis: { kind: 'PROPORTIONAL', ratePercent: tariff.unclassifiedRate, basePerPerson: euros(divideHalfUp(price.cents, occupants)), cap: euros(capCents), capApplied },
    communal: capApplied ? { numerator: capCents, denominator: 1 } : exact,
  };
}

/**
 * The amount per person and per night, additional taxes included, rounded once to the cent; the
 * commune's part rounded alone, and what is left shared among the additional taxes by largest
 * remainders (the first listed first on a tie), so the parts add up to the amount.
 *
 * No article fixes the rounding of the taxe de séjour. Communes publish one amount per person and
 * per night with the additional taxes, rounded to the nearest cent with a half cent going up, and
 * the tax is that amount times the taxed nights (service-public.fr F31635: "multiply the tariff by
 * the nights, then by the taxed persons"). Paris, 2019: 4★ at 2.30 € + 10 % + 15 % = 2.875, posted
 * 2.88 € as 2.30 + 0.23 + 0.35; 3★ at 1.50 € as 1.50 + 0.15 + 0.23 = 1.88 € (lhotellerie-
 * restauration.fr, 2 January 2019). So this rounds half up, not half to even as shared money does
 * (money.ts): the guest pays what the commune posts, and a stay's tax is the posted amount times
 * its person-nights exactly.
 */
function perPersonNightShares(communal: Fraction, surchargePercents: readonly number[]): number[] {
  const common = communal.denominator * 10_000;
  const surcharges = surchargePercents.map((percent) => communal.numerator * Math.round(percent * 100));
  const total = divideHalfUp(
    surcharges.reduce((sum, part) => sum + part, communal.numerator * 10_000),
    common,
  );
  const communalCents = divideHalfUp(communal.numerator, communal.denominator);
  const shares = surcharges.map((part) => divideDown(part, common));
  const byRemainder = surcharges.map((part, i) => ({ i, remainder: part - shares[i] * common })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let left = total - communalCents - shares.reduce((sum, cents) => sum + cents, 0);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return [communalCents, ...shares];
}

/** Whole division of whole numbers that are not negative, exact even where the float quotient rounds up to the next integer. */
function divideDown(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator);
  while (quotient * denominator > numerator) quotient -= 1;
  while ((quotient + 1) * denominator <= numerator) quotient += 1;
  return quotient;
}

/** `numerator / denominator` to the nearest whole number, a half going up; both are whole and not negative. */
function divideHalfUp(numerator: number, denominator: number): number {
  const quotient = divideDown(numerator, denominator);
  return 2 * (numerator - quotient * denominator) >= denominator ? quotient + 1 : quotient;
}
