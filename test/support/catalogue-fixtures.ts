import type { AccommodationDetails } from '../../src/catalogue/domain/accommodation/accommodation-details';

/** A fully described gîte, as its decider holds it, for specs that need one. */
export const accommodationDetails = (overrides: Partial<AccommodationDetails> = {}): AccommodationDetails => ({
  name: 'Gîte des Vignes',
  kind: 'HOLIDAY_RENTAL',
  starRating: 3,
  address: '3 chemin des Vignes',
  postalCode: '84000',
  city: 'Avignon',
  location: { latitude: 43.9493, longitude: 4.8055 },
  altitude: 23,
  minCapacity: 2,
  maxCapacity: 6,
  surface: 85.5,
  floor: 1,
  orientation: 'SOUTH',
  securityDeposit: { cents: 30_000, currency: 'EUR' },
  description: { fr: 'Une maison au calme.', en: 'A quiet house.' },
  characteristics: ['WIFI', 'GARDEN'],
  photos: [{ url: 'https://photos.example.fr/1.jpg', caption: { fr: 'La façade', en: null } }],
  ...overrides,
});
