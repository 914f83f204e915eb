import type { CalendarDate } from '../../shared/kernel/calendar-date';
import { printedRegistrationNumber } from '../../shared/kernel/registration-number';
import type { ExemptionReason } from '../../shared/kernel/tourist-tax';
import type { TouristTaxRegister } from '../domain/tourist-tax-register/register';
import { EXEMPTION_REASONS, EXEMPTION_WORDS } from '../domain/tourist-tax-register/register-wording';

/**
 * The register as the spreadsheet and the CSV lay it out, the same columns in the same order (the
 * README's "Registre du logeur" documents them): one row per stay and rate, so a stay taxed at two
 * amounts per person and per night (over New Year, two tables) takes two rows, each with its own
 * tariff, as declaration platforms take one tariff per row. A stay taxed at one rate is one row.
 */
export interface RegisterRow {
  readonly number: number | null;
  readonly accommodation: string;
  readonly address: string | null;
  readonly registrationNumber: string | null;
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  /** The nights of this rate in the period. */
  readonly nights: number;
  readonly personsTaxed: number;
  readonly exempt: Readonly<Record<ExemptionReason, number>>;
  readonly taxedPersonNights: number;
  readonly exemptPersonNights: number;
  readonly rate: string;
  /** Cents; null when a flat amount gives no whole number of cents per person and night. */
  readonly perPersonNight: number | null;
  readonly amount: number;
  readonly authority: string | null;
}

export type RegisterColumn = keyof Omit<RegisterRow, 'exempt'> | `exempt.${ExemptionReason}`;

export const REGISTER_COLUMNS: readonly { readonly key: RegisterColumn; readonly header: string }[] = [
  { key: 'number', header: 'Numéro de dossier' },
  { key: 'accommodation', header: 'Hébergement' },
  { key: 'address', header: "Adresse de l'hébergement" },
  { key: 'registrationNumber', header: "Numéro d'enregistrement" },
  { key: 'arrival', header: "Date d'arrivée" },
  { key: 'departure', header: 'Date de départ' },
  { key: 'nights', header: 'Nombre de nuitées' },
  { key: 'personsTaxed', header: 'Nombre de personnes assujetties' },
  ...EXEMPTION_REASONS.map((reason) => ({ key: `exempt.${reason}` as const, header: `Personnes exonérées – ${EXEMPTION_WORDS[reason]}` })),
  { key: 'taxedPersonNights', header: 'Nuitées assujetties' },
  { key: 'exemptPersonNights', header: 'Nuitées exonérées' },
  { key: 'rate', header: 'Catégorie ou tarif' },
  { key: 'perPersonNight', header: 'Tarif par personne et par nuit' },
  { key: 'amount', header: 'Montant de la taxe' },
  { key: 'authority', header: 'Collectivité' },
];

export function registerRows(register: TouristTaxRegister): RegisterRow[] {
  return register.lines.flatMap((line) =>
    line.rates.map((rate) => ({
      number: line.dossierNumber,
      accommodation: line.accommodationName,
      address: line.accommodationAddress,
      registrationNumber: line.registrationNumber === null ? null : printedRegistrationNumber(line.registrationNumber),
      arrival: line.arrival,
      departure: line.departure,
      nights: rate.nights,
      personsTaxed: rate.personsTaxed,
      exempt: Object.fromEntries(EXEMPTION_REASONS.map((reason) => [reason, rate.personsExempt[reason] ?? 0])) as Record<ExemptionReason, number>,
      taxedPersonNights: rate.taxedPersonNights,
      exemptPersonNights: rate.exemptPersonNights,
      rate: rate.label,
      perPersonNight: rate.perPersonNight?.cents ?? null,
      amount: rate.amount.cents,
      authority: line.authority,
    })),
  );
}

/** A cell's value, by its column. */
export function cellOf(row: RegisterRow, key: RegisterColumn): string | number | null {
  if (key.startsWith('exempt.')) return row.exempt[key.slice('exempt.'.length) as ExemptionReason];
  return row[key as keyof Omit<RegisterRow, 'exempt'>];
}

/** "registre-taxe-de-sejour-2026-07-01-2026-07-31[-COMMUNE-84050]", without the extension. */
export const registerFileName = (register: TouristTaxRegister): string =>
  ['registre-taxe-de-sejour', register.from, register.to, ...(register.authority === null ? [] : [register.authority.replace(':', '-')])].join('-');
