import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import type { Lang } from '../../../shared/kernel/lang';
import type { PrintImage } from './document-facts';

/**
 * A booking file's document with every text already written in its language, in the order a
 * gîte contract reads. Plain data only (strings, numbers, booleans, arrays, image bytes): it
 * crosses to the PDF worker thread by structured clone, and the renderer decides nothing but
 * the layout. Long texts come as paragraphs, one per line the owner typed.
 */
export interface PrintableDossier {
  readonly lang: Lang;
  /** The day the document is made; also the PDF's creation date, so the same facts print the same bytes. */
  readonly issuedOn: CalendarDate;
  /** What a PDF reader shows as the file's title and author. */
  readonly metadata: { readonly title: string; readonly author: string };
  /** Part 1. */
  readonly header: { readonly name: string; readonly slogan: string | null; readonly logo: PrintImage | null };
  /** Part 2. */
  readonly summary: PrintableSummary;
  /** Part 3. */
  readonly description: PrintableDescription;
  /** Part 4, the general terms of sale; null when not printed or not written. */
  readonly terms: PrintableSection | null;
  /** The owner asked for the terms to be printed but has not written them: the caller warns the owner. */
  readonly termsMissing: boolean;
  /** "Page 1 / 3", "Page 1 of 3": the words around the numbers, which only the renderer knows. */
  readonly footer: { readonly text: string; readonly page: string; readonly of: string };
}

export interface PrintableSummary {
  readonly owner: PrintableParty;
  readonly guest: PrintableParty;
  /** "Foix, le 20/01/2020". */
  readonly placeAndDate: string;
  /** "Dossier n° 12"; null while the file has no number yet. */
  readonly fileNumber: string | null;
  /** "Proposition de location", "Contrat de location" or "Réservation annulée". */
  readonly title: string;
  readonly stays: readonly PrintableStay[];
  /** The price detail (when the owner shows it) and the global supplements; null when neither has a line. */
  readonly prices: PrintablePrices | null;
  /** "Total : 47,50 € (remise de 7,50 € déduite)". */
  readonly total: string;
  readonly touristTax: string | null;
  /** Under it, how the commune's tariff made it: "7 nuits à partir du 04/07/2026 : 2 personnes × 0,88 € (…) = 12,32 €". */
  readonly touristTaxDetail: readonly string[];
  readonly deposit: string | null;
  readonly paid: string | null;
  readonly balance: string | null;
  readonly paymentMethods: string | null;
  readonly arrival: PrintableNotice | null;
  readonly departure: PrintableNotice | null;
  /** The legal mentions of a seasonal let (the deposit's kind and what it commits to, the security deposit, the état descriptif, no withdrawal), then the owner's text. */
  readonly furtherInformation: PrintableSection | null;
  readonly note: PrintableSection | null;
  readonly statusText: readonly string[];
  readonly politeness: readonly string[];
  /** None for a cancelled file: there is nothing left to sign. */
  readonly signature: PrintableSignature | null;
}

export interface PrintableParty {
  readonly heading: string;
  readonly lines: readonly string[];
}

export interface PrintableStay {
  /** "Séjour du samedi 25 janvier 2020 au samedi 8 février 2020". */
  readonly period: string;
  /** "Gîte des Tilleuls – Location de vacances, 3 étoiles – 4 chemin de l’Arget, 09000 Foix". */
  readonly accommodation: string;
  /** "Occupants : 2 Adultes, 1 Enfant"; null when nobody is counted. */
  readonly occupants: string | null;
}

export interface PrintablePrices {
  readonly heading: string;
  readonly rows: readonly PrintablePriceRow[];
}

export interface PrintablePriceRow {
  readonly label: string;
  readonly amount: string;
  /** A subtotal reads in bold; a discount is a negative amount. */
  readonly kind: 'line' | 'discount' | 'subtotal';
}

/** "Arrivée entre 16 h 00 et 20 h 00" and the owner's note below it. */
export interface PrintableNotice {
  readonly text: string;
  readonly note: string | null;
}

export interface PrintableSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface PrintableSignature {
  readonly request: readonly string[];
  /** The owner's box, then the guest's. */
  readonly boxes: readonly { readonly heading: string; readonly caption: string }[];
}

export interface PrintableDescription {
  readonly heading: string;
  readonly accommodations: readonly PrintableSheet[];
  /** The establishment's text and images, when the owner's settings print them. */
  readonly establishment: PrintableEstablishment | null;
}

export interface PrintableSheet {
  readonly name: string;
  /** Kind and stars, capacity, surface, address: one short line each. */
  readonly facts: readonly string[];
  readonly characteristics: string | null;
  readonly paragraphs: readonly string[];
  readonly images: readonly PrintImage[];
}

export interface PrintableEstablishment {
  readonly name: string;
  readonly paragraphs: readonly string[];
  readonly images: readonly PrintImage[];
}
