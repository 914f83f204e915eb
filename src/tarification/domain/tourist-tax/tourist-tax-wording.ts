import { formatAmount, formatPercent, shortDate } from '../../../shared/kernel/formats';
import type { Lang } from '../../../shared/kernel/lang';
import type { ExemptionReason, TouristTaxLine } from './tourist-tax-computation';
import type { TouristTaxCategory } from './tourist-tax-legal-bounds';

const CATEGORIES: Readonly<Record<Lang, Readonly<Record<TouristTaxCategory, string>>>> = {
  FR: {
    PALACE: 'palace',
    FIVE_STARS: 'meublé 5 étoiles',
    FOUR_STARS: 'meublé 4 étoiles',
    THREE_STARS: 'meublé 3 étoiles',
    TWO_STARS: 'meublé 2 étoiles',
    ONE_STAR: 'meublé 1 étoile',
    GUEST_ROOM: "chambre d'hôtes",
    UNCLASSIFIED: 'non classé',
  },
  EN: {
    PALACE: 'palace',
    FIVE_STARS: '5-star rental',
    FOUR_STARS: '4-star rental',
    THREE_STARS: '3-star rental',
    TWO_STARS: '2-star rental',
    ONE_STAR: '1-star rental',
    GUEST_ROOM: 'guest room',
    UNCLASSIFIED: 'unclassified',
  },
};

const EXEMPTIONS: Readonly<Record<Lang, Readonly<Record<ExemptionReason, [one: string, many: string]>>>> = {
  FR: {
    MINOR: ['mineur', 'mineurs'],
    SEASONAL_WORKER: ['travailleur saisonnier', 'travailleurs saisonniers'],
    EMERGENCY_HOUSING: ["personne en hébergement d'urgence", "personnes en hébergement d'urgence"],
    TEMPORARY_REHOUSING: ['personne relogée temporairement', 'personnes relogées temporairement'],
    RENT_BELOW_THRESHOLD: ['personne sous le seuil de loyer', 'personnes sous le seuil de loyer'],
  },
  EN: {
    MINOR: ['minor', 'minors'],
    SEASONAL_WORKER: ['seasonal worker', 'seasonal workers'],
    EMERGENCY_HOUSING: ['person in emergency housing', 'persons in emergency housing'],
    TEMPORARY_REHOUSING: ['person temporarily rehoused', 'persons temporarily rehoused'],
    RENT_BELOW_THRESHOLD: ['person under the rent threshold', 'persons under the rent threshold'],
  },
};

const plural = (count: number, [one, many]: readonly [string, string]): string => `${count} ${count > 1 ? many : one}`;

const nightsFrom = (line: TouristTaxLine, lang: Lang): string => {
  const count = line.nights.length;
  const from = shortDate(line.nights[0], lang);
  return lang === 'FR' ? `${plural(count, ['nuit', 'nuits'])} à partir du ${from}` : `${plural(count, ['night', 'nights'])} from ${from}`;
};

/** The category's name, as the detail of a tax names it. */
export const touristTaxCategoryName = (category: TouristTaxCategory, lang: Lang): string => CATEGORIES[lang][category];

/**
 * One line of a stay's taxe de séjour in words, as the guest and the commune read it: "7 nuits à
 * partir du 12/07/2025 : 2 personnes × 0,88 € (meublé 2 étoiles 0,80 € + Taxe additionnelle
 * départementale 10 % 0,08 €) = 12,32 € ; exonérés : 2 mineurs".
 */
export function touristTaxLineText(line: TouristTaxLine, lang: Lang): string {
  const money = (cents: number) => formatAmount(cents, lang);
  const nights = nightsFrom(line, lang);
  if (line.status !== 'TAXED') {
    const untaxed = line.nights.length > 1 ? 'non taxées' : 'non taxée';
    if (line.status === 'OUTSIDE_COLLECTION_PERIOD') return lang === 'FR' ? `${nights} : hors de la période de perception, ${untaxed}` : `${nights}: outside the collection period, not taxed`;
    const year = line.nights[0].slice(0, 4);
    return lang === 'FR' ? `${nights} : aucun tarif de ${year} n'est encore saisi, ${untaxed}` : `${nights}: no ${year} tariff entered yet, not taxed`;
  }
  const { basis } = line;
  const communal =
    basis.kind === 'TARIFF'
      ? `${touristTaxCategoryName(basis.category, lang)} ${money(line.communalPerPersonNight.cents)}`
      : lang === 'FR'
        ? `${formatPercent(basis.ratePercent, lang)} de ${money(basis.basePerPerson.cents)} par personne${basis.capApplied ? `, plafonné à ${money(basis.cap.cents)}` : ''}`
        : `${formatPercent(basis.ratePercent, lang)} of ${money(basis.basePerPerson.cents)} per person${basis.capApplied ? `, capped at ${money(basis.cap.cents)}` : ''}`;
  const parts = [communal, ...line.additionalTaxes.map((tax) => `${tax.label} ${formatPercent(tax.percent, lang)} ${money(tax.perPersonNight.cents)}`)];
  const persons = plural(line.personsTaxed, lang === 'FR' ? ['personne', 'personnes'] : ['person', 'persons']);
  const exempt = (Object.entries(line.personsExempt) as [ExemptionReason, number][]).filter(([, count]) => count > 0).map(([reason, count]) => plural(count, EXEMPTIONS[lang][reason]));
  const sum = `${nights}${lang === 'FR' ? ' : ' : ': '}${persons} × ${money(line.perPersonNight.cents)} (${parts.join(' + ')}) = ${money(line.amount.cents)}`;
  if (exempt.length === 0) return sum;
  return lang === 'FR' ? `${sum} ; exonérés : ${exempt.join(', ')}` : `${sum}; exempt: ${exempt.join(', ')}`;
}
