import { InvalidInput } from '../../../shared/kernel/errors';
import { searchKey } from '../../../shared/kernel/text';

/** A commune as the official list gives it for one postal code. */
export interface Commune {
  /** The INSEE code of the commune ("code officiel géographique"): 84050, 2A004 in Corsica. */
  readonly inseeCode: string;
  /** As written officially: "Saint-Pantaléon", "Lyon 3e Arrondissement". */
  readonly name: string;
  readonly postalCode: string;
  /**
   * The "libellé d'acheminement": what follows the postal code on the last line of an envelope,
   * in capitals without accents ("ST-JEAN-DE-VERGES", "LYON"); sometimes a locality of the
   * commune ("LES MILLES" for a part of Aix-en-Provence).
   */
  readonly deliveryLabel: string;
}

/** The fields of an address a French postal code is checked against; no country means France. */
export interface PostalAddressFields {
  readonly postalCode: string | null;
  readonly city: string | null;
  readonly country?: string | null;
}

export interface FrenchPostalAddress {
  readonly postalCode: string;
  readonly city: string | null;
}

// Each refusal's `reason` names it for a form that words it in its own language.
export class UnknownPostalCode extends InvalidInput {
  override readonly reason = 'POSTAL_CODE_UNKNOWN';

  constructor(field: string, postalCode: string) {
    super(field, `${postalCode} is not in the official list of French postal codes`);
  }
}

/** How many of a postal code's communes a refusal names: a few dozen share some codes. */
const NAMED_COMMUNES = 8;

export class CommuneNotInPostalCode extends InvalidInput {
  override readonly reason = 'COMMUNE_NOT_IN_POSTAL_CODE';

  constructor(field: string, city: string, postalCode: string, communes: readonly Commune[]) {
    const names = communes.slice(0, NAMED_COMMUNES).map((commune) => commune.name);
    const more = communes.length > NAMED_COMMUNES ? `, … (${communes.length} in all)` : '';
    super(field, `"${city}" is not a commune of postal code ${postalCode}, which serves ${names.join(', ')}${more}`);
  }
}

const FRANCE = new Set(['fr', 'fra', 'france']);

/** An owner's address is in France unless its country says otherwise: most never fill it in. */
export const isInFrance = (country: string | null | undefined): boolean => country === null || country === undefined || FRANCE.has(searchKey(country));

/** The postal code and city to check against the official list, or null when there is no French postal code. */
export function frenchPostalAddress(address: PostalAddressFields): FrenchPostalAddress | null {
  if (address.postalCode === null || !isInFrance(address.country)) return null;
  return { postalCode: address.postalCode, city: address.city };
}

/**
 * Refuses a postal code the official list does not hold (`communes` is what it holds for it), and
 * a city that is none of its communes. A city matches a commune's official name or its libellé
 * d'acheminement, whatever the case, accents, hyphens or "St"/"Ste" abbreviations.
 */
export function assertCommuneOf(prefix: string, address: FrenchPostalAddress, communes: readonly Commune[]): void {
  if (communes.length === 0) throw new UnknownPostalCode(`${prefix}.postalCode`, address.postalCode);
  if (address.city === null) return;
  const city = searchKey(address.city);
  const matches = (commune: Commune) => searchKey(commune.name) === city || searchKey(deliveryLabelAsName(commune.deliveryLabel)) === city;
  if (!communes.some(matches)) throw new CommuneNotInPostalCode(`${prefix}.city`, address.city, address.postalCode, communes);
}

/** La Poste writes some articles after the name: "BAUX-DE-PROVENCE (LES)" is "Les Baux-de-Provence". */
function deliveryLabelAsName(label: string): string {
  const article = /^(.*\S)\s*\((LE|LA|LES|L)\)$/i.exec(label);
  return article ? `${article[2]} ${article[1]}` : label;
}
