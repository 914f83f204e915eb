import type { DocumentFacts, DossierFacts, PrintImage, StayFacts } from '../../src/communication/domain/document/document-facts';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from '../../src/communication/domain/settings/document-settings';
import type { CalendarDate } from '../../src/shared/kernel/calendar-date';
import type { Lang } from '../../src/shared/kernel/lang';
import { euros } from '../../src/shared/kernel/money';

/**
 * The manual's model contract as DocumentFacts: a gîte in Foix let from Saturday 25 January to
 * Saturday 8 February 2020 for 50 € with a 7.50 € discount (42.50 €), 5 € final cleaning, total
 * 47.50 €; an acompte of 25 % of 42.50 € = 10.625 → 10.62 €, received, so the balance is 36.88 €.
 * The file is confirmed (a contract), numbered 12, written on 20 January 2020.
 *
 * Each override replaces its part one level deep: `{ dossier: { status: 'OPTION' } }` keeps the
 * rest of the file, `{ settings: { terms: { fr: null, en: null } } }` the rest of the settings.
 */
export interface ManualContractOverrides {
  readonly lang?: Lang;
  readonly today?: CalendarDate;
  readonly settings?: Partial<DocumentSettings>;
  readonly establishment?: DocumentFacts['establishment'];
  readonly owner?: Partial<DocumentFacts['owner']>;
  readonly dossier?: Partial<DossierFacts>;
  readonly payment?: Partial<DocumentFacts['payment']>;
  readonly images?: Partial<DocumentFacts['images']>;
}

/** A 16×8 PNG: small enough to read here, real enough for the PDF renderer to decode and draw. */
export const SMALL_PNG: PrintImage = {
  format: 'png',
  data: new Uint8Array(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAABAAAAAICAIAAAB/FOjAAAAA9UlEQVR42gXBIRXAIBRA0cUhAAEWYAE4aAwOicCDeJLz9QwOiZiHAAQgzO69lEVbbstjMRZnCZZkKZZqeS3d8lmWZVuO5VIe7bk9j8d4nCd4kqd4quf1dM/nWZ7tOZ5LRXTkjjwRE3GREEmREqmRN9IjX2RFduRELpXRmTvzZEzGZUImZUqmZt5Mz3yZldmZk7mUoIVbeAQjOCEISShCFV6hC5+whC0c4VIN3bgbT8M0XCM0UqM0auNt9MbXWI3dOI1LDfTgHjwDM3CDMEiDMqiDd9AH32AN9uAMLjXRk3vyTMzETcIkTcqkTt5Jn3yTNdmTM/kB5lTOQaVqaWEAAAAASUVORK5CYII=',
      'base64',
    ),
  ),
};

export const MANUAL_TERMS = {
  fr: [
    'Article 1 – Durée du séjour : le locataire ne pourra en aucune circonstance se prévaloir d’un quelconque droit au maintien dans les lieux à l’issue du séjour.',
    'Article 2 – Conclusion du contrat : la réservation devient effective dès réception par le propriétaire d’un exemplaire du contrat signé, portant la mention « Lu et approuvé », et de l’acompte.',
    'Article 3 – Annulation par le locataire : toute annulation doit être notifiée par lettre recommandée au propriétaire.',
  ].join('\n'),
  en: [
    'Article 1 – Length of stay: the guest may in no circumstances claim any right to remain in the premises after the stay.',
    'Article 2 – Conclusion of the contract: the booking is effective once the owner receives a signed copy of the contract marked "Read and approved" and the deposit.',
  ].join('\n'),
};

const stay: StayFacts = {
  arrival: '2020-01-25',
  departure: '2020-02-08',
  accommodation: {
    name: 'Gîte des Tilleuls',
    kind: 'HOLIDAY_RENTAL',
    starRating: 3,
    classification: { decidedOn: null, expiresOn: null },
    registrationNumber: null,
    address: '4 chemin de l’Arget',
    postalCode: '09000',
    city: 'Foix',
    capacity: { min: 4, max: 6 },
    surface: 85,
    characteristics: [
      { fr: 'Wifi', en: 'Wifi' },
      { fr: 'Cheminée', en: 'Fireplace' },
      { fr: 'Jardin clos', en: 'Enclosed garden' },
    ],
    description: {
      fr: 'Maison de caractère au pied du château, entièrement rénovée.\nTrois chambres, une salle d’eau, un séjour avec cheminée.',
      en: 'A characterful house below the castle, fully renovated.\nThree bedrooms, a shower room, a living room with a fireplace.',
    },
    images: [SMALL_PNG],
  },
  occupants: [
    { label: 'Adultes', count: 2 },
    { label: 'Enfant', count: 1 },
  ],
  priceBeforeDiscounts: euros(5000),
  discounts: [{ label: { fr: 'Remise fidélité', en: 'Loyalty discount' }, amount: euros(750) }],
  accommodationPrice: euros(4250),
  supplements: [{ label: { fr: 'Ménage de fin de séjour', en: 'Final cleaning' }, amount: euros(500) }],
  touristTax: euros(0),
  touristTaxLines: [],
  price: euros(4750),
};

export function manualContractFacts(overrides: ManualContractOverrides = {}): DocumentFacts {
  return {
    lang: overrides.lang ?? 'FR',
    today: overrides.today ?? '2020-01-20',
    settings: { ...DEFAULT_DOCUMENT_SETTINGS, terms: MANUAL_TERMS, ...overrides.settings },
    establishment:
      overrides.establishment === undefined
        ? { name: 'Les Gîtes du Castella', slogan: 'Au pied du château de Foix', description: { fr: 'Deux gîtes au calme, à cinq minutes du centre.', en: 'Two quiet gîtes, five minutes from the centre.' } }
        : overrides.establishment,
    owner: {
      company: null,
      civility: 'Mme',
      lastName: 'Dupont',
      firstName: 'Marie',
      address: '12 rue des Tilleuls',
      postalCode: '09000',
      city: 'Foix',
      country: 'France',
      phones: ['05 61 00 00 00', '06 12 34 56 78'],
      email: 'marie.dupont@example.fr',
      website: null,
      ...overrides.owner,
    },
    dossier: {
      number: 12,
      status: 'CONFIRMED',
      guest: {
        company: null,
        civility: 'M.',
        lastName: 'Martin',
        firstName: 'Jean',
        address: '3 allée des Pins',
        addressLine2: 'Bâtiment B',
        postalCode: '31000',
        city: 'Toulouse',
        country: 'France',
        phones: ['06 98 76 54 32'],
        email: 'jean.martin@example.fr',
      },
      stays: [stay],
      globalSupplements: [],
      note: null,
      total: euros(4750),
      paid: euros(1062),
      balance: euros(3688),
      discount: euros(750),
      deposit: { kind: 'ACOMPTE', percent: 25, amount: euros(1062), dueDate: '2020-01-30' },
      balanceDueDate: '2020-01-25',
      touristTax: euros(0),
      ...overrides.dossier,
    },
    payment: { acceptedMethods: ['CHEQUE', 'HOLIDAY_VOUCHERS', 'TRANSFER'], chequePayableTo: 'Marie Dupont', ...overrides.payment },
    images: { logo: SMALL_PNG, establishment: [], ...overrides.images },
  };
}

/** The manual's stay, for specs that build files of several stays. */
export const manualStay = (overrides: Partial<StayFacts> = {}): StayFacts => ({ ...stay, ...overrides });
